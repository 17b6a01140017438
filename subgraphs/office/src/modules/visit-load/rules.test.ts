import fc from "fast-check";
import { addDays, type VisitLimit } from "@hub/schema";
import { describe, expect, it } from "vitest";
import { excesses, visitsOf, type JointOnTarget, type TaskOnTarget, type Visit } from "./rules.js";

const day = (d: number) => addDays("2026-03-01", d);
const visit = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 10 }), fixed: fc.boolean() })
  .map(({ start, len, fixed }) => ({ from: day(start), to: day(fixed ? start : start + len), fixed }));
const visits = fc.array(visit, { maxLength: 12 }).map((vs) => vs.map((v, i): Visit => ({ ...v, key: `v${i}`, departments: ["market"] })));
const limit = fc.record({ days: fc.integer({ min: 1, max: 31 }), maxVisits: fc.integer({ min: 1, max: 4 }) });

/** The most visits any period of `days` days holds, trying every start day. */
function fullest(vs: readonly Visit[], days: number, including?: string, from = day(-100), to = day(200)): number {
  let most = 0;
  for (let s = -40; s <= 75; s++) {
    const start = day(s);
    const end = addDays(start, days - 1);
    if (end < from || start > to) continue;
    const inside = vs.filter((v) => v.from >= start && v.to <= end);
    if (including !== undefined && !inside.some((v) => v.key === including)) continue;
    most = Math.max(most, inside.length);
  }
  return most;
}

describe("excesses", () => {
  it("flags a limit exactly when some period holds more visits than it allows, with the fullest such period", () => {
    fc.assert(
      fc.property(visits, limit, (vs, l) => {
        const found = excesses(vs, [l]);
        const most = fullest(vs, l.days);
        if (most > l.maxVisits) {
          expect(found).toHaveLength(1);
          expect(found[0]!.visits).toHaveLength(most);
          expect(addDays(found[0]!.periodStart, l.days - 1)).toBe(found[0]!.periodEnd);
          for (const v of found[0]!.visits) expect(v.from >= found[0]!.periodStart && v.to <= found[0]!.periodEnd).toBe(true);
        } else expect(found).toEqual([]);
      }),
    );
  });

  it("with a visit to include, flags only periods that hold it", () => {
    fc.assert(
      fc.property(visits, limit, fc.nat(), (vs, l, pick) => {
        fc.pre(vs.length > 0);
        const key = vs[pick % vs.length]!.key;
        const found = excesses(vs, [l], { including: key });
        const most = fullest(vs, l.days, key);
        expect(found.length).toBe(most > l.maxVisits ? 1 : 0);
        for (const e of found) expect(e.visits.some((v) => v.key === key)).toBe(true);
      }),
    );
  });

  it("within some days, flags only periods touching them", () => {
    fc.assert(
      fc.property(visits, limit, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (vs, l, a, n) => {
        const [from, to] = [day(a), day(a + n)];
        const found = excesses(vs, [l], { from, to });
        const most = fullest(vs, l.days, undefined, from, to);
        expect(found.length).toBe(most > l.maxVisits ? 1 : 0);
        if (found[0]) expect(found[0].visits).toHaveLength(most);
        for (const e of found) expect(e.periodEnd >= from && e.periodStart <= to).toBe(true);
      }),
    );
  });

  it("counts a visit with a long window in no shorter period", () => {
    const long: Visit = { key: "long", departments: ["market"], from: day(0), to: day(20), fixed: false };
    const days = [0, 1].map((d): Visit => ({ key: `d${d}`, departments: ["transport"], from: day(d), to: day(d), fixed: true }));
    const week: VisitLimit = { days: 7, maxVisits: 2 };
    expect(excesses([long, ...days], [week])).toEqual([]);
    expect(excesses([long, ...days], [{ days: 30, maxVisits: 2 }])[0]!.visits.map((v) => v.key)).toEqual(["long", "d0", "d1"]);
  });
});

describe("visitsOf", () => {
  const task = (department: string, taskId: number, over: Partial<TaskOnTarget> = {}): TaskOnTarget => ({ department, taskId, dueStart: day(0), dueEnd: day(30), inspectionDate: null, jointInspectionId: null, ...over });
  const joint: JointOnTarget = { id: 7, departments: ["transport", "market"], windowStart: day(5), windowEnd: day(10), scheduledDate: day(6) };

  it("counts a joint inspection once for all its departments and the tasks it carries out not again", () => {
    const vs = visitsOf([task("market", 1), task("transport", 2), task("environment", 3)], [joint]);
    expect(vs.map((v) => v.key)).toEqual(["task:environment:2026-03-01:2026-03-31", "joint:7"]);
    expect(vs.find((v) => v.key === "joint:7")).toMatchObject({ departments: ["market", "transport"], from: day(6), to: day(6), fixed: true });
  });

  it("counts one visit per department and day inspected, and none for a result of a joint inspection", () => {
    const vs = visitsOf([task("market", 1, { inspectionDate: day(3) }), task("market", 2, { inspectionDate: day(3) }), task("market", 3, { inspectionDate: day(4) }), task("transport", 4, { inspectionDate: day(6), jointInspectionId: 7 })], [joint]);
    expect(vs.map((v) => v.key)).toEqual([`done:market:${day(3)}`, `done:market:${day(4)}`, "joint:7"]);
  });

  it("keeps a task whose window the joint inspection's day misses", () => {
    const vs = visitsOf([task("market", 1, { dueStart: day(7), dueEnd: day(9) })], [joint]);
    expect(vs.map((v) => v.key)).toEqual(["joint:7", `task:market:${day(7)}:${day(9)}`]);
  });
});
