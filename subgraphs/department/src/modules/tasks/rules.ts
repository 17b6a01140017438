/**
 * Rules of inspection tasks (检查任务). Pure: the service loads and stores, this decides.
 *
 * - A task moves one step at a time: DRAWN → ASSIGNED → INSPECTING → DONE.
 * - A task not drawn (投诉举报, 转办交办, 检测监测) names its team: at least two active inspectors of
 *   the department, none with a declared conflict with the target; its window is two dates, start first.
 * - 第四轮融合: tasks on one target, none done, merge into one visit, named by the smallest visit or
 *   task id among them; each keeps its source.
 */
import { certificateKey, isIsoDate, RuleError, TaskSource, TaskStatus } from "@hub/schema";

const ORDER = [TaskStatus.DRAWN, TaskStatus.ASSIGNED, TaskStatus.INSPECTING, TaskStatus.DONE];

/** The status after `from`, or null at the end. */
export const nextStatus = (from: TaskStatus): TaskStatus | null => ORDER[ORDER.indexOf(from) + 1] ?? null;

export function checkAdvance(id: number, from: TaskStatus, to: TaskStatus) {
  if (to !== nextStatus(from))
    throw new RuleError("BAD_USER_INPUT", `task ${id} is ${from}; it can only move to the next status (${nextStatus(from) ?? "none"})`);
}

export interface NewTaskInput {
  source: TaskSource;
  uscc: string;
  inspectors: string[];
  dueStart: string;
  dueEnd: string;
}

/** The team a new task names, checked against the department's inspectors as stored. */
export function checkNewTask(
  department: string,
  input: NewTaskInput,
  known: readonly { certificateNumber: string; status: string; conflicts: readonly string[] }[],
): string[] {
  if (input.source === TaskSource.DRAW) throw new RuleError("BAD_USER_INPUT", "drawn tasks come from drawTargets");
  if (input.source === TaskSource.JOINT) throw new RuleError("BAD_USER_INPUT", "joint inspection tasks come from the joint inspection's record (recordJointInspection)");
  if (input.source === TaskSource.UPPER_LEVEL) throw new RuleError("BAD_USER_INPUT", "tasks from a higher platform come through receiveTasksFromAbove");
  const team = checkTeam(department, input.uscc, input.inspectors, known);
  checkWindow(input.dueStart, input.dueEnd);
  return team;
}

/** A task's team: two to ten of the department's active inspectors, none who must recuse for the target. */
export function checkTeam(department: string, uscc: string, inspectors: readonly string[], known: readonly { certificateNumber: string; status: string; conflicts: readonly string[] }[]): string[] {
  const team = [...new Set(inspectors.map(certificateKey))];
  if (team.length < 2) throw new RuleError("BAD_USER_INPUT", "a task needs at least two inspectors");
  if (team.length > 10) throw new RuleError("BAD_USER_INPUT", "a task has at most ten inspectors");
  const unusable = team.filter((c) => !known.some((k) => k.certificateNumber === c && k.status === "ACTIVE"));
  if (unusable.length) throw new RuleError("BAD_USER_INPUT", `not active inspectors of ${department}: ${unusable.join(", ")}`);
  const conflicted = known.filter((k) => team.includes(k.certificateNumber) && k.conflicts.includes(uscc)).map((k) => k.certificateNumber);
  if (conflicted.length) throw new RuleError("BAD_USER_INPUT", `must recuse (declared conflict): ${conflicted.join(", ")}`);
  return team;
}

/** A due window: two dates, the start first. */
export function checkWindow(dueStart: string, dueEnd: string): void {
  if (!isIsoDate(dueStart) || !isIsoDate(dueEnd) || dueStart > dueEnd)
    throw new RuleError("BAD_USER_INPUT", "dueStart and dueEnd must be dates (YYYY-MM-DD), start first");
}

/** The visit id tasks merge into; refuses tasks on different targets or tasks already done. */
export function mergedVisitId(rows: readonly { id: number; uscc: string; status: TaskStatus; visitId: number | null }[]): number {
  if (rows.length < 2) throw new RuleError("BAD_USER_INPUT", "merge at least two tasks");
  if (new Set(rows.map((r) => r.uscc)).size > 1) throw new RuleError("BAD_USER_INPUT", "only tasks on the same target can share a visit");
  if (rows.some((r) => r.status === TaskStatus.DONE)) throw new RuleError("BAD_USER_INPUT", "a task that is done cannot join a visit");
  // Merging into an existing visit keeps its id; otherwise the first task's id names the visit.
  return Math.min(...rows.map((r) => r.visitId ?? r.id));
}
