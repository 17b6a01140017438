import fc from "fast-check";
import { DEFAULT_MILESTONE_DAYS, MilestoneKind } from "@hub/schema";
import { describe, expect, it } from "vitest";
import { MilestoneState, milestonesOf, milestoneState, type YearFacts } from "./rules.js";

const none = { done: 0, total: 0, lastOn: null };
const facts = (over: Partial<YearFacts> = {}): YearFacts => ({
  plans: { total: 0, published: 0, firstPublishedOn: null }, drawnPlans: none, inspected: none, published: none, monthly: new Map(), reported: new Map(), ...over,
});
const iso = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

describe("milestoneState", () => {
  it("met when done (late after the day); otherwise overdue past the day, due soon within the look-ahead, open beyond", () => {
    fc.assert(
      fc.property(iso, fc.option(iso, { nil: null }), iso, fc.integer({ min: 0, max: 30 }), (due, metOn, today, ahead) => {
        const horizon = new Date(Date.parse(today) + ahead * 86_400_000).toISOString().slice(0, 10);
        const s = milestoneState(due, metOn, today, horizon);
        if (metOn) expect(s).toBe(metOn <= due ? MilestoneState.MET : MilestoneState.MET_LATE);
        else if (today > due) expect(s).toBe(MilestoneState.OVERDUE);
        else expect(s).toBe(due <= horizon ? MilestoneState.DUE_SOON : MilestoneState.OPEN);
      }),
    );
  });
});

describe("milestonesOf", () => {
  const days = { ...DEFAULT_MILESTONE_DAYS, monthlyTasks: true };
  it("gives the year's milestones in order of their days, each met by what was done", () => {
    const m = milestonesOf(2026, days, facts({
      plans: { total: 2, published: 2, firstPublishedOn: "2026-05-06" },
      drawnPlans: { done: 1, total: 2, lastOn: null },
      inspected: { done: 3, total: 3, lastOn: "2026-06-20" },
      published: { done: 2, total: 3, lastOn: null },
      monthly: new Map([[6, { done: 2, total: 2, lastOn: "2026-06-20" }], [7, { done: 0, total: 1, lastOn: null }], [12, { done: 0, total: 4, lastOn: null }]]),
      reported: new Map([[MilestoneKind.HALF_YEAR_REPORT, { on: "2026-06-29", by: "market-admin", note: "已报送" }]]),
    }), "2026-07-10", "2026-07-24");
    expect(m.map((x) => [x.kind, x.month, x.dueDate, x.state])).toEqual([
      ["PLAN_PUBLISHED", null, "2026-04-30", "MET_LATE"],
      ["HALF_YEAR_REPORT", null, "2026-06-30", "MET"],
      ["MONTHLY_TASKS", 6, "2026-06-30", "MET"],
      ["MONTHLY_TASKS", 7, "2026-07-31", "OPEN"],
      ["DRAWS_DONE", null, "2026-09-30", "OPEN"],
      ["ANNUAL_REPORT", null, "2026-10-31", "OPEN"],
      ["INSPECTIONS_DONE", null, "2026-11-30", "MET"],
      ["RESULTS_PUBLISHED", null, "2026-11-30", "OPEN"],
    ]);
    expect(m.find((x) => x.kind === "HALF_YEAR_REPORT")).toMatchObject({ reportedBy: "market-admin", note: "已报送", metOn: "2026-06-29" });
    expect(m.find((x) => x.kind === "DRAWS_DONE")).toMatchObject({ done: 1, total: 2, metOn: null });
  });

  it("nothing to do is not done: no drawn tasks leave the inspections open; an unused milestone is left out", () => {
    const m = milestonesOf(2026, { ...days, RESULTS_PUBLISHED: null, monthlyTasks: false }, facts(), "2026-12-01", "2026-12-15");
    expect(m.map((x) => x.kind)).not.toContain("RESULTS_PUBLISHED");
    expect(m.find((x) => x.kind === "INSPECTIONS_DONE")).toMatchObject({ state: "OVERDUE", done: 0, total: 0 });
  });
});
