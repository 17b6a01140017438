/** A task's outcome as the API shows it: follow-up steps and the office's flat change record. */
import { isProblemCategory, publicationDeadline, type ResolvedDepartment, type ResultDeadlines, type WorkingDayResult } from "@hub/schema";
import type { FollowUpRow, TaskResultRow, TaskRow } from "../db/schema.js";
import { followUpState, type FollowUpKind } from "../domain/follow-up.js";
import type { TaskChange, TaskSource, TaskStatus } from "./draw-types.js";

export const toFollowUp = (row: FollowUpRow) => ({ ...row, kind: row.kind as FollowUpKind });

/**
 * A task's publication deadline: the one its result was held to when recorded (N working days after
 * the inspection, at most the cut-off); before a result, the deadline if it were inspected on the
 * window's last day.
 */
export function taskPublicationDue(task: Pick<TaskRow, "dueEnd">, result: Pick<TaskResultRow, "publicationDue" | "inspectionDate"> | null, deadlines: ResultDeadlines): WorkingDayResult {
  const counted = publicationDeadline(result?.inspectionDate ?? task.dueEnd, deadlines);
  return result?.publicationDue && result.publicationDue !== counted.date ? { date: result.publicationDue, provisional: false, reason: null } : counted;
}

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
    publicationDue: taskPublicationDue(task, result, dept.resultDeadlines).date,
    categoryCode: result?.categoryCode ?? null,
    inspectionDate: result?.inspectionDate ?? null,
    publishedAt: result?.publishedAt ?? null,
    publishedLate: result?.publishedLate ?? null,
    followUpState: result ? followUpState(isProblemCategory(dept.resultCategories, result.categoryCode), r.followUps.map(toFollowUp)) : null,
  };
}
