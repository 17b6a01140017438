/** A task's outcome as the API shows it: category names, follow-up state, the office's flat change record. */
import { workingDayCalendar, type ResolvedDepartment } from "@hub/schema";
import type { FollowUpRow, TaskResultRow, TaskRow } from "../db/schema.js";
import { followUpState, type FollowUpKind } from "../domain/follow-up.js";
import type { TaskChange, TaskSource, TaskStatus } from "./draw-types.js";

export const category = (dept: ResolvedDepartment, code: string) => dept.resultCategories.find((c) => c.code === code);
export const categoryName = (dept: ResolvedDepartment, code: string) => category(dept, code)?.name ?? code;
/** A code no longer configured is not counted as a problem. */
export const isProblem = (dept: ResolvedDepartment, code: string) => category(dept, code)?.problem ?? false;
export const toFollowUp = (row: FollowUpRow) => ({ ...row, kind: row.kind as FollowUpKind });

export function toTaskChange(dept: ResolvedDepartment, r: { task: TaskRow; result: TaskResultRow | null; followUps: FollowUpRow[] }): TaskChange {
  const { task, result } = r;
  return {
    id: task.id,
    uscc: task.uscc,
    source: task.source as TaskSource,
    status: task.status as TaskStatus,
    itemCodes: task.itemCodes,
    inspectorCount: task.inspectors.length,
    dueStart: task.dueStart,
    dueEnd: task.dueEnd,
    publicationDue: result?.publicationDue ?? workingDayCalendar().addWorkingDays(task.dueEnd, dept.resultDeadlines.publicationWorkingDays).date,
    categoryCode: result?.categoryCode ?? null,
    inspectionDate: result?.inspectionDate ?? null,
    publishedAt: result?.publishedAt ?? null,
    publishedLate: result?.publishedLate ?? null,
    followUpState: result ? followUpState(isProblem(dept, result.categoryCode), r.followUps.map(toFollowUp)) : null,
  };
}
