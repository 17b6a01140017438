import { completeUscc, RiskLevel, TargetKind } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInspectorChange as checkInspector, checkTargetChange as checkTarget, joinList, mergeInspector, mergeTarget, splitList, type TargetValues } from "./rules.js";

const CLASSES = ["A", "B", "C", "D"];
const syntheticUscc = (i: number, region: string) => completeUscc(`91${region}${String(i).padStart(9, "0")}`);
const validTarget = fc.record({
  uscc: fc.integer({ min: 0, max: 9_999_999 }).map((i) => syntheticUscc(i, "440305")),
  name: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
  riskLevel: fc.constantFrom(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW),
  creditClass: fc.constantFrom("A", "b", " C ", "d"),
  tags: fc.array(fc.constantFrom("两客一危", "重点监管对象", " 两客一危 ", "")),
});

describe("checkTarget", () => {
  it("accepts valid records, normalizing credit class and de-duplicating tags", () => {
    fc.assert(
      fc.property(validTarget, (t) => {
        const r = checkTarget(t, CLASSES);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(CLASSES).toContain(r.value.creditClass);
        expect(new Set(r.value.tags).size).toBe(r.value.tags!.length);
        expect(r.value.tags!.every((x: string) => x === x.trim() && x.length > 0)).toBe(true);
      }),
    );
  });

  it("rejects a credit class outside the department's scale and names every bad field", () => {
    const r = checkTarget({ uscc: "123", name: " ", riskLevel: null, creditClass: "E", region: "4403", industry: "??" }, CLASSES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p: { field: string }) => p.field).sort()).toEqual(["creditClass", "industry", "name", "region", "riskLevel", "uscc"]);
    expect(checkTarget({ uscc: syntheticUscc(1, "440305"), name: "x", riskLevel: RiskLevel.LOW, creditClass: "E" }, [...CLASSES, "E"]).ok).toBe(true);
  });

  it("accepts a resident ID only for individual businesses; without a kind, the ID says it is one", () => {
    const id = "11010519491231002X";
    expect(checkTarget({ uscc: id, name: "个体店", riskLevel: RiskLevel.LOW, creditClass: "A", kind: TargetKind.ENTERPRISE }, CLASSES).ok).toBe(false);
    expect(checkTarget({ uscc: id, name: "个体店", riskLevel: RiskLevel.LOW, creditClass: "A", kind: TargetKind.INDIVIDUAL_BUSINESS }, CLASSES).ok).toBe(true);
    expect(checkTarget({ uscc: id, name: "个体店", riskLevel: RiskLevel.LOW, creditClass: "A" }, CLASSES)).toMatchObject({ ok: true, value: { kind: TargetKind.INDIVIDUAL_BUSINESS, idKind: "RESIDENT_ID" } });
  });

  it("bounds every stored text and quotes at most a short prefix of a bad value", () => {
    const huge = "深".repeat(1_000_000);
    const r = checkTarget({ uscc: huge, name: huge, riskLevel: RiskLevel.LOW, creditClass: "A", address: huge, legalRepresentative: huge, tags: [huge], industry: huge }, CLASSES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(["address", "industry", "legalRepresentative", "name", "tags", "uscc"]);
    for (const p of r.problems) expect(p.reason.length).toBeLessThan(200);
    const i = checkInspector({ certificateNumber: "AB-1234", name: huge, position: huge, unit: huge, expertise: [huge] });
    expect(i.ok === false && i.problems.map((p) => p.field).sort()).toEqual(["expertise", "name", "position", "unit"]);
    expect(checkTarget({ uscc: syntheticUscc(1, "440305"), name: "x", riskLevel: RiskLevel.LOW, creditClass: "A", tags: ["两客一危，重点"] }, CLASSES).ok).toBe(false);
  });

  it("inspector certificate numbers are normalized and conflicts must be valid codes", () => {
    const ok = checkInspector({ certificateNumber: " ab-1234 ", name: "陈七", conflicts: ["９１３３０１００７１６１０５８５２Ｆ"] });
    expect(ok).toMatchObject({ ok: true, value: { certificateNumber: "AB-1234", conflicts: ["91330100716105852F"] } });
    expect(checkInspector({ certificateNumber: "1", name: "", conflicts: ["x"] }).ok).toBe(false);
  });

  it("splitList accepts Chinese and ASCII separators", () => {
    expect(splitList("两客一危，重点监管对象、危险化学品; 两客一危")).toEqual(["两客一危", "重点监管对象", "危险化学品"]);
  });
});

const CHOICES = {
  kind: [TargetKind.ENTERPRISE, TargetKind.INDIVIDUAL_BUSINESS],
  address: [null, "深圳市南山区科技园", "福田区深南大道1号"],
  legalRepresentative: [null, "李四", "王五"],
  phone: [null, "0755-12345678"],
  industry: [null, "G5430", "F5211"],
  region: [null, "440305", "440304"],
  tags: [[], ["两客一危"], ["两客一危", "重点监管对象"], ["重点监管对象", "两客一危"]],
  status: ["ACTIVE", "DEREGISTERED"],
} as const;
type Optional = keyof typeof CHOICES;
const stored = fc.record(Object.fromEntries(Object.entries(CHOICES).map(([k, v]) => [k, fc.constantFrom(...v)])) as never) as fc.Arbitrary<Omit<TargetValues, "uscc" | "idKind" | "name" | "riskLevel" | "creditClass">>;
const target = (rest: object): TargetValues => ({ uscc: syntheticUscc(7, "440305"), idKind: "USCC", name: "某公司", riskLevel: RiskLevel.LOW, creditClass: "A", ...rest }) as TargetValues;
/** A change that carries some of the optional fields (the others are left out, as an absent column). */
const change = fc.tuple(stored, fc.subarray(Object.keys(CHOICES) as Optional[])).map(([values, given]) => ({
  ...target({}),
  ...Object.fromEntries(given.map((k) => [k, values[k]])),
}));

describe("mergeTarget", () => {
  it("a field the change leaves out keeps its stored value; the rest take the change's value", () => {
    fc.assert(
      fc.property(stored, change, (existing, c) => {
        const m = mergeTarget(target(existing), c as never);
        const asSet = (v: unknown) => [v].flat().sort();
        for (const k of Object.keys(CHOICES) as Optional[]) expect(asSet(m.values[k])).toEqual(asSet(k in c ? (c as never)[k] : existing[k]));
      }),
    );
  });

  it("reports exactly the fields whose value differs (lists as sets), and the ones it clears", () => {
    fc.assert(
      fc.property(stored, change, (existing, c) => {
        const m = mergeTarget(target(existing), c as never);
        const differs = (Object.keys(CHOICES) as Optional[]).filter((k) => k in c && JSON.stringify([(c as never)[k]].flat().sort()) !== JSON.stringify([existing[k]].flat().sort()));
        expect([...m.changed].sort()).toEqual(differs.sort());
        expect(m.action).toBe(differs.length ? "UPDATE" : "UNCHANGED");
        expect([...m.cleared].sort()).toEqual(differs.filter((k) => (c as never)[k] === null || (Array.isArray((c as never)[k]) && ((c as never)[k] as unknown[]).length === 0)).sort());
        // applying the same change again changes nothing
        expect(mergeTarget(m.values, c as never).action).toBe("UNCHANGED");
      }),
    );
  });

  it("a new record takes the defaults for what the change leaves out", () => {
    expect(mergeTarget(undefined, target({}) as never)).toMatchObject({ action: "INSERT", values: { kind: "ENTERPRISE", status: "ACTIVE", tags: [], address: null } });
    expect(mergeInspector(undefined, { certificateNumber: "AB-1234", name: "陈七" })).toMatchObject({ action: "INSERT", values: { status: "ACTIVE", expertise: [], conflicts: [], gender: null } });
  });

  it("joinList writes a list that splitList reads back", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z\u4e00-\u4e20]{1,8}$/)), (xs) => {
      expect(splitList(joinList(xs))).toEqual(xs);
    }));
  });
});
