import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupVisits, jointActions, MAX_DEPARTMENTS_PER_VISIT, MAX_INSPECTORS_PER_VISIT, type PlannedTask } from "./visits.js";

const DEPTS = ["market", "transport", "environment", "emergency", "health", "fire", "tax"];
const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);

const task = fc
  .record({ dept: fc.constantFrom(...DEPTS), start: fc.integer({ min: 0, max: 300 }), len: fc.integer({ min: 0, max: 60 }), inspectors: fc.integer({ min: 1, max: 4 }), item: fc.constantFrom("I1", "I2", "I3", "I4") })
  .map((r): Omit<PlannedTask, "taskId" | "uscc"> => ({ department: r.dept, dueStart: day(r.start), dueEnd: day(r.start + r.len), inspectors: r.inspectors, itemCodes: [r.item] }));
const tasks = fc.array(task, { minLength: 1, maxLength: 14 }).map((ts) => ts.map((t, i): PlannedTask => ({ ...t, taskId: i + 1, uscc: "U" })));

/** The fewest visits if only windows mattered: the minimum number of days stabbing every window. */
function minStabbing(ts: PlannedTask[]): number {
  const sorted = [...ts].sort((a, b) => (a.dueEnd < b.dueEnd ? -1 : 1));
  let n = 0;
  let point = "";
  for (const t of sorted) if (!(t.dueStart <= point && point <= t.dueEnd)) (n++, (point = t.dueEnd));
  return n;
}

describe("groupVisits", () => {
  it("puts every task in exactly one visit, within every limit and every task's window", () => {
    fc.assert(
      fc.property(tasks, (ts) => {
        const visits = groupVisits("U", ts);
        expect(visits.flatMap((v) => v.tasks.map((t) => t.taskId)).sort((a, b) => a - b)).toEqual(ts.map((t) => t.taskId));
        for (const v of visits) {
          expect(v.departments.length).toBeLessThanOrEqual(MAX_DEPARTMENTS_PER_VISIT);
          expect(v.inspectors).toBeLessThanOrEqual(MAX_INSPECTORS_PER_VISIT);
          expect(v.windowStart <= v.windowEnd).toBe(true);
          for (const t of v.tasks) expect(t.dueStart <= v.windowStart && v.windowEnd <= t.dueEnd).toBe(true);
        }
      }),
    );
  });

  it("uses the fewest visits the windows allow when no limit binds", () => {
    fc.assert(
      fc.property(tasks, (ts) => {
        const small = ts.map((t, i) => ({ ...t, department: DEPTS[i % 3]!, inspectors: 1 }));
        expect(groupVisits("U", small)).toHaveLength(minStabbing(small));
      }),
    );
  });

  it("opens another visit for a sixth department or an eleventh inspector", () => {
    const six = DEPTS.slice(0, 6).map((department, i): PlannedTask => ({ department, taskId: i, uscc: "U", itemCodes: [], inspectors: 1, dueStart: day(0), dueEnd: day(30) }));
    expect(groupVisits("U", six).map((v) => v.departments.length).sort()).toEqual([1, 5]);
    const heavy = DEPTS.slice(0, 3).map((department, i): PlannedTask => ({ department, taskId: i, uscc: "U", itemCodes: [], inspectors: 4, dueStart: day(0), dueEnd: day(30) }));
    expect(groupVisits("U", heavy).map((v) => v.inspectors).sort()).toEqual([4, 8]);
  });

  it("flags the same item planned by two departments, to be inspected once", () => {
    const ts: PlannedTask[] = [
      { department: "market", taskId: 1, uscc: "U", itemCodes: ["FOOD"], inspectors: 2, dueStart: day(0), dueEnd: day(30) },
      { department: "health", taskId: 2, uscc: "U", itemCodes: ["FOOD", "WATER"], inspectors: 2, dueStart: day(10), dueEnd: day(40) },
    ];
    const [v] = groupVisits("U", ts);
    expect(v).toMatchObject({ departments: ["health", "market"], windowStart: day(10), windowEnd: day(30), inspectors: 4, duplicateItems: ["FOOD"] });
  });
});

describe("jointActions", () => {
  it("batches targets with the same departments and window into one action; single-department visits are not joint", () => {
    const t = (uscc: string, department: string, id: number, start = 0, end = 30): PlannedTask => ({ department, taskId: id, uscc, itemCodes: [], inspectors: 2, dueStart: day(start), dueEnd: day(end) });
    const byTarget = new Map([
      ["A", [t("A", "market", 1), t("A", "transport", 2)]],
      ["B", [t("B", "market", 3), t("B", "transport", 4)]],
      ["C", [t("C", "market", 5), t("C", "transport", 6, 40, 60)]],
      ["D", [t("D", "market", 7)]],
    ]);
    const actions = jointActions(byTarget);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ departments: ["market", "transport"], windowStart: day(0), windowEnd: day(30) });
    expect(actions[0]!.visits.map((v) => v.uscc)).toEqual(["A", "B"]);
  });
});
