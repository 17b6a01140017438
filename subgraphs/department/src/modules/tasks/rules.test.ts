import { RuleError, TaskSource, TaskStatus } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAdvance, checkNewTask, mergedVisitId, nextStatus } from "./rules.js";

describe("task rules", () => {
  it("a task moves exactly one step at a time, and DONE is the end", () => {
    const all = Object.values(TaskStatus);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...all), (from, to) => {
        if (to === nextStatus(from)) expect(() => checkAdvance(1, from, to)).not.toThrow();
        else expect(() => checkAdvance(1, from, to)).toThrow(RuleError);
      }),
    );
    expect(nextStatus(TaskStatus.DONE)).toBeNull();
    expect([TaskStatus.DRAWN, TaskStatus.ASSIGNED, TaskStatus.INSPECTING].map(nextStatus)).toEqual([TaskStatus.ASSIGNED, TaskStatus.INSPECTING, TaskStatus.DONE]);
  });

  const known = [
    { certificateNumber: "A1", status: "ACTIVE", conflicts: [] },
    { certificateNumber: "A2", status: "ACTIVE", conflicts: ["91440300X"] },
    { certificateNumber: "A3", status: "RETIRED", conflicts: [] },
    { certificateNumber: "A4", status: "ACTIVE", conflicts: [] },
  ];
  const task = { source: TaskSource.COMPLAINT, uscc: "91440300Y", inspectors: [" a1 ", "A4"], dueStart: "2026-05-01", dueEnd: "2026-05-31" };

  it("a task not drawn names two or more active inspectors without a conflict, and a window", () => {
    expect(checkNewTask("market", task, known)).toEqual(["A1", "A4"]);
    expect(() => checkNewTask("market", { ...task, source: TaskSource.DRAW }, known)).toThrow(/drawTargets/);
    expect(() => checkNewTask("market", { ...task, inspectors: ["A1", "a1"] }, known)).toThrow(/at least two/);
    expect(() => checkNewTask("market", { ...task, inspectors: ["A1", "A3"] }, known)).toThrow(/not active inspectors of market: A3/);
    expect(() => checkNewTask("market", { ...task, inspectors: ["A1", "ZZ"] }, known)).toThrow(/ZZ/);
    expect(() => checkNewTask("market", { ...task, uscc: "91440300X", inspectors: ["A1", "A2"] }, known)).toThrow(/must recuse.*A2/);
    expect(() => checkNewTask("market", { ...task, dueStart: "2026-06-01" }, known)).toThrow(/start first/);
    expect(() => checkNewTask("market", { ...task, dueEnd: "2026-02-30" }, known)).toThrow(/dates/);
  });

  it("tasks on one target merge into the smallest visit (or task) id; others are refused", () => {
    const t = (id: number, over = {}) => ({ id, uscc: "U", status: TaskStatus.ASSIGNED, visitId: null, ...over });
    expect(mergedVisitId([t(12), t(57)])).toBe(12);
    expect(mergedVisitId([t(12), t(57, { visitId: 3 })])).toBe(3);
    expect(() => mergedVisitId([t(12)])).toThrow(/at least two/);
    expect(() => mergedVisitId([t(12), t(57, { uscc: "V" })])).toThrow(/same target/);
    expect(() => mergedVisitId([t(12), t(57, { status: TaskStatus.DONE })])).toThrow(/done/);
  });
});
