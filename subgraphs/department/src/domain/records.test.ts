import { completeUscc, RiskLevel, TargetKind } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlan } from "./plans.js";
import { checkInspector, checkTarget, splitList } from "./records.js";

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
        expect(new Set(r.value.tags).size).toBe(r.value.tags.length);
        expect(r.value.tags.every((x) => x === x.trim() && x.length > 0)).toBe(true);
      }),
    );
  });

  it("rejects a credit class outside the department's scale and names every bad field", () => {
    const r = checkTarget({ uscc: "123", name: " ", riskLevel: null, creditClass: "E", region: "4403", industry: "??" }, CLASSES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(["creditClass", "industry", "name", "region", "riskLevel", "uscc"]);
    expect(checkTarget({ uscc: syntheticUscc(1, "440305"), name: "x", riskLevel: RiskLevel.LOW, creditClass: "E" }, [...CLASSES, "E"]).ok).toBe(true);
  });

  it("accepts a resident ID only for individual businesses", () => {
    const id = "11010519491231002X";
    expect(checkTarget({ uscc: id, name: "个体店", riskLevel: RiskLevel.LOW, creditClass: "A" }, CLASSES).ok).toBe(false);
    expect(checkTarget({ uscc: id, name: "个体店", riskLevel: RiskLevel.LOW, creditClass: "A", kind: TargetKind.INDIVIDUAL_BUSINESS }, CLASSES).ok).toBe(true);
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

describe("checkPlan", () => {
  const base = { year: 2026, name: "计划", itemCodes: ["X-1"], periodStart: "2026-03-01", periodEnd: "2026-11-30", frequency: 1 };

  it("accepts any ratios in [0, 1] covering the whole scale", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), (ratios) => {
        const r = checkPlan({ ...base, ratios: ratios.map((ratio, i) => ({ creditClass: CLASSES[i]!, ratio })) }, CLASSES);
        expect("value" in r).toBe(true);
      }),
    );
  });

  it("rejects a missing class, a ratio out of range, and a period outside the year or reversed", () => {
    const r = checkPlan(
      { ...base, periodStart: "2026-12-01", periodEnd: "2027-01-31", ratios: [{ creditClass: "A", ratio: 1.5 }, { creditClass: "Q", ratio: 0.1 }] },
      CLASSES,
    );
    expect("problems" in r && r.problems.join("\n")).toMatch(/within 2026[\s\S]*between 0 and 1[\s\S]*"Q"[\s\S]*missing for credit class B, C, D/);
    const reversed = checkPlan({ ...base, periodStart: "2026-05-01", periodEnd: "2026-04-01", ratios: CLASSES.map((c) => ({ creditClass: c, ratio: 0.1 })) }, CLASSES);
    expect("problems" in reversed && reversed.problems).toContain("periodStart is after periodEnd");
    expect("problems" in checkPlan({ ...base, periodEnd: "2026-02-30", ratios: [] }, CLASSES)).toBe(true);
  });
});
