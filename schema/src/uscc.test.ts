import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkResidentId,
  checkUscc,
  completeUscc,
  normalizeCode,
  REGISTRATION_AUTHORITIES,
  USCC_CHARSET,
  usccCheckCharacter,
} from "./uscc.js";

/** Codes published by the enterprises themselves (business licences on their websites). */
const PUBLISHED = [
  ["91330100716105852F", "阿里巴巴（中国）有限公司"],
  ["9144030071526726XG", "腾讯科技（深圳）有限公司"],
  ["914403001922038216", "华为技术有限公司"],
  ["91110108551385082Q", "北京小米科技有限责任公司"],
  ["91310000MA1FL1MMXL", "上海 (MA-prefixed post-2015 code)"],
] as const;

const authorityPairs = Object.entries(REGISTRATION_AUTHORITIES).flatMap(([a, { categories }]) =>
  Object.keys(categories).map((c) => a + c),
);
const provinces = ["11", "12", "31", "32", "33", "44", "50", "51", "65", "10"];

/** Arbitrary syntactically valid USCC (random authority/category, region, organization code). */
const validUscc = fc
  .tuple(
    fc.constantFrom(...authorityPairs),
    fc.constantFrom(...provinces),
    fc.stringMatching(/^\d{4}$/),
    fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 9, maxLength: 9 }),
  )
  .map(([pair, prov, rest, org]) => completeUscc(pair + prov + rest + org.join("")));

describe("checkUscc", () => {
  it.each(PUBLISHED)("accepts the published code %s (%s)", (code) => {
    const r = checkUscc(code);
    expect(r).toMatchObject({ valid: true, normalized: code, reason: null });
  });

  it("accepts every generated valid code, and normalization is idempotent", () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const r = checkUscc(code);
        expect(r.valid).toBe(true);
        expect(normalizeCode(r.normalized!)).toBe(r.normalized);
      }),
    );
  });

  it("normalizes full-width, lower-case and surrounding spaces to the same code", () => {
    fc.assert(
      fc.property(validUscc, fc.boolean(), (code, fullWidth) => {
        let messy = code.toLowerCase();
        if (fullWidth) messy = [...messy].map((ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xfee0)).join("");
        const r = checkUscc(`\u3000 ${messy} `);
        expect(r.valid).toBe(true);
        expect(r.normalized).toBe(code);
      }),
    );
  });

  it("detects every single-character substitution (mod 31 over a prime)", () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...USCC_CHARSET), (code, pos, ch) => {
        fc.pre(code[pos] !== ch);
        const broken = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(checkUscc(broken).valid).toBe(false);
      }),
    );
  });

  it("detects transpositions of two different adjacent characters in positions 1–17", () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 8, max: 15 }), (code, pos) => {
        fc.pre(code[pos] !== code[pos + 1]);
        const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
        const r = checkUscc(swapped);
        expect(r.valid).toBe(false);
        expect(r.rule).toBe("CHECK_CHARACTER");
      }),
    );
  });

  it("a check character of 0 is valid (one code in 31)", () => {
    const first17 = Array.from({ length: 200 }, (_, i) => `91440300${String(10000000 + i * 7919).slice(0, 8)}1`).find(
      (f) => usccCheckCharacter(f) === "0",
    )!;
    expect(checkUscc(first17 + "0").valid).toBe(true);
  });

  it.each([
    ["", "EMPTY"],
    ["91330100716105852", "LENGTH"],
    ["91330100716105852FF", "LENGTH"],
    ["91330100716I05852F", "CHARSET"],
    ["9133010071610585SF", "CHARSET"],
    ["B1330100716105852F", "AUTHORITY_CATEGORY"],
    ["95330100716105852F", "AUTHORITY_CATEGORY"],
    ["91990100716105852F", "REGION"],
    ["91330100716105852G", "CHECK_CHARACTER"],
  ])("rejects %j with rule %s and says why", (code, rule) => {
    const r = checkUscc(code);
    expect(r.valid).toBe(false);
    expect(r.rule).toBe(rule);
    expect(r.reason).toBeTruthy();
  });

  it("accepts non-digit registration authorities (military A, agriculture N, other Y)", () => {
    for (const prefix of ["A1", "N2", "Y1"]) expect(checkUscc(completeUscc(`${prefix}110000MB0000001`)).valid).toBe(true);
  });

  it("warns, not rejects, when the embedded organization code's own check fails", () => {
    // Organization code body 71610585 has check 2; replace by 3 and recompute the USCC check.
    const code = completeUscc("9133010071610585" + "3");
    const r = checkUscc(code);
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(checkUscc("91330100716105852F").warnings).toHaveLength(0);
  });
});

describe("checkResidentId", () => {
  it("accepts the GB 11643 example and rejects a wrong check digit", () => {
    expect(checkResidentId("11010519491231002X").valid).toBe(true);
    expect(checkResidentId("110105194912310021").rule).toBe("CHECK_CHARACTER");
    expect(checkResidentId("11010519491231002x").normalized).toBe("11010519491231002X");
  });
});
