/**
 * 联合抽查 counts as the department's own inspection: each result the office delivers from a joint
 * inspection's record lands on one of the department's tasks for that target. Pure: the service
 * loads and stores, this decides.
 *
 * - It lands on a task not done yet whose window holds the day of the visit: a drawn task (双随机)
 *   before any other, then the oldest. That is the task the office's proposal came from.
 * - Without such a task the department gets a new task of source JOINT, for that day, with its own
 *   inspectors of the visit as the team.
 * - A delivery names the joint inspection; a result already delivered for it and the target is kept
 *   as it is (the office may deliver again after a lost answer).
 */
import { TaskSource, TaskStatus } from "@hub/schema";

export interface TaskForJoint {
  id: number;
  source: TaskSource;
  status: TaskStatus;
  dueStart: string;
  dueEnd: string;
}

/** The task a joint result for a target lands on, or null when a JOINT task is to be made. */
export function taskForJointResult(tasks: readonly TaskForJoint[], day: string): number | null {
  const open = tasks.filter((t) => t.status !== TaskStatus.DONE && t.source !== TaskSource.JOINT && t.dueStart <= day && day <= t.dueEnd);
  open.sort((a, b) => Number(b.source === TaskSource.DRAW) - Number(a.source === TaskSource.DRAW) || a.id - b.id);
  return open[0]?.id ?? null;
}
