/** A changed task as the office's index keeps it: flat fields, so that a page of thousands needs no per-row resolvers. */
import { officeKeyOf } from "@hub/kit";
import { isProblemCategory, type ResolvedDepartment, type TaskChangeShape } from "@hub/schema";
import type { FollowUpRow, TaskResultRow, TaskRow } from "../../db/schema.js";
import { taskPublicationDue } from "../results/deadlines.js";
import { followUpState } from "../results/follow-up.js";

export function toTaskChange(dept: ResolvedDepartment, r: { task: TaskRow; result: TaskResultRow | null; followUps: FollowUpRow[] }): TaskChangeShape {
  const { task, result } = r;
  return {
    id: task.id,
    // an individual business leaves the department under its pseudonym (kit pseudonym.ts)
    uscc: officeKeyOf(task),
    source: task.source,
    status: task.status,
    itemCodes: task.itemCodes,
    inspectorCount: task.inspectors.length,
    dueStart: task.dueStart,
    dueEnd: task.dueEnd,
    publicationDue: taskPublicationDue(task, result, dept.resultDeadlines).date,
    categoryCode: result?.categoryCode ?? null,
    inspectionDate: result?.inspectionDate ?? null,
    publishedAt: result?.publishedAt ?? null,
    publishedLate: result?.publishedLate ?? null,
    followUpState: result ? followUpState(isProblemCategory(dept.resultCategories, result.categoryCode), r.followUps) : null,
    jointInspectionId: result?.jointInspectionId ?? null,
  };
}
