import { TaskSource, TaskStatus } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taskForJointResult, type TaskForJoint } from "./joint.js";

const task = (id: number, source: TaskSource, status = TaskStatus.ASSIGNED, dueStart = "2026-05-01", dueEnd = "2026-05-31"): TaskForJoint => ({ id, source, status, dueStart, dueEnd });

describe("where a joint inspection's result lands", () => {
  it("on the drawn task whose window holds the visit, before any other and whatever the order", () => {
    const tasks = [task(9, TaskSource.COMPLAINT), task(7, TaskSource.DRAW), task(3, TaskSource.REFERRAL), task(8, TaskSource.DRAW)];
    fc.assert(fc.property(fc.shuffledSubarray(tasks, { minLength: tasks.length }), (order) => {
      expect(taskForJointResult(order, "2026-05-20")).toBe(7);
    }));
    // without a drawn one, the oldest other task
    expect(taskForJointResult([task(9, TaskSource.COMPLAINT), task(3, TaskSource.REFERRAL)], "2026-05-20")).toBe(3);
  });

  it("never on a task done, of another window, or made by another joint inspection: then a new task", () => {
    expect(taskForJointResult([task(1, TaskSource.DRAW, TaskStatus.DONE)], "2026-05-20")).toBeNull();
    expect(taskForJointResult([task(1, TaskSource.DRAW, TaskStatus.ASSIGNED, "2026-06-01", "2026-06-30")], "2026-05-20")).toBeNull();
    expect(taskForJointResult([task(1, TaskSource.JOINT)], "2026-05-20")).toBeNull();
    // the window's first and last days hold the visit
    expect(taskForJointResult([task(1, TaskSource.DRAW)], "2026-05-01")).toBe(1);
    expect(taskForJointResult([task(1, TaskSource.DRAW)], "2026-05-31")).toBe(1);
    expect(taskForJointResult([], "2026-05-20")).toBeNull();
  });
});
