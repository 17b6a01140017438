import { InspectionMethod, TargetKind } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkItem, checkPlan } from "./rules.js";

const CLASSES = ["A", "B", "C", "D"];

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

  it("holds every ratio within the department's bounds, naming the bound; the bounds themselves are allowed", () => {
    const bounds = { min: 0.03, max: 0.2 };
    const plan = (ratios: number[]) => checkPlan({ ...base, ratios: ratios.map((ratio, i) => ({ creditClass: CLASSES[i]!, ratio })) }, CLASSES, bounds);
    expect("value" in plan([0.03, 0.05, 0.1, 0.2])).toBe(true);
    const refused = plan([0.01, 0.05, 0.1, 0.5]);
    expect("problems" in refused && refused.problems).toEqual([
      "ratio for A (1%) is below this department's lower bound of 3% (抽查比例下限)",
      "ratio for D (50%) is above this department's upper bound of 20% (抽查比例上限)",
    ]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), (ratios) => {
        expect("value" in plan(ratios)).toBe(ratios.every((r) => r >= bounds.min && r <= bounds.max));
      }),
    );
  });

  it("takes a ratio per (risk level, credit class) cell, within the bounds, once per cell, on the scale", () => {
    const ratios = CLASSES.map((c) => ({ creditClass: c, ratio: 0.05 }));
    const ok = checkPlan({ ...base, ratios, cellRatios: [{ riskLevel: "HIGH", creditClass: "d", ratio: 0.2 }, { riskLevel: "low", creditClass: "A", ratio: 0.03 }] }, CLASSES, { min: 0.03, max: 0.2 });
    expect("value" in ok && ok.value.cellRatios).toEqual({ "HIGH|D": 0.2, "LOW|A": 0.03 });
    expect("value" in checkPlan({ ...base, ratios }, CLASSES) && checkPlan({ ...base, ratios }, CLASSES)).toMatchObject({ value: { cellRatios: {} } });
    const refused = checkPlan(
      { ...base, ratios, cellRatios: [
        { riskLevel: "HIGH", creditClass: "D", ratio: 0.5 },
        { riskLevel: "HIGH", creditClass: "D", ratio: 0.1 },
        { riskLevel: "SEVERE", creditClass: "D", ratio: 0.1 },
        { riskLevel: "LOW", creditClass: "Z", ratio: 0.1 },
      ] },
      CLASSES,
      { min: 0.03, max: 0.2 },
    );
    expect("problems" in refused && refused.problems).toEqual([
      "ratio for HIGH risk, class D (50%) is above this department's upper bound of 20% (抽查比例上限)",
      "risk level \"SEVERE\" is not one of HIGH/MEDIUM/LOW",
      "credit class \"Z\" is not on the scale A/B/C/D",
    ]);
    const twice = checkPlan({ ...base, ratios, cellRatios: [{ riskLevel: "HIGH", creditClass: "D", ratio: 0.1 }, { riskLevel: "HIGH", creditClass: "D", ratio: 0.1 }] }, CLASSES);
    expect("problems" in twice && twice.problems).toEqual(["the ratio for HIGH risk, class D is given twice"]);
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

describe("checkItem", () => {
  const item = { code: " YS-1 ", name: "道路运输经营检查", legalBasis: "《道路运输条例》", targetKind: TargetKind.ENTERPRISE, method: InspectionMethod.ON_SITE, defaultRatio: 0.05, frequency: 1, keyArea: false, expertise: [" 道路运输 ", "道路运输"], industries: ["g54"], regions: ["4403"], tags: [] };

  it("trims, de-duplicates and upper-cases industry prefixes", () => {
    expect(checkItem(item)).toEqual({ value: { ...item, code: "YS-1", expertise: ["道路运输"], industries: ["G54"] } });
  });

  it.each([
    [{ name: " " }, /required/],
    [{ defaultRatio: 1.2 }, /defaultRatio/],
    [{ frequency: 0 }, /frequency/],
    [{ industries: ["物流"] }, /GB\/T 4754/],
    [{ regions: ["44030599"] }, /GB\/T 2260/],
    [{ legalBasis: "依".repeat(2001) }, /too long/],
  ])("refuses %j", (over, message) => {
    const r = checkItem({ ...item, ...over });
    expect("problems" in r && r.problems.join("; ")).toMatch(message);
  });
});
