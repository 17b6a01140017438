/** A task's publication deadline, as alerts, the office's feed and the API show it. */
import { publicationDeadline, type ResultDeadlines, type WorkingDayResult } from "@hub/schema";
import type { TaskResultRow, TaskRow } from "../../db/schema.js";

/**
 * The deadline its result was held to when recorded (N working days after the inspection, at most
 * the cut-off); before a result, the deadline if it were inspected on the window's last day.
 */
export function taskPublicationDue(task: Pick<TaskRow, "dueEnd">, result: Pick<TaskResultRow, "publicationDue" | "inspectionDate"> | null, deadlines: ResultDeadlines): WorkingDayResult {
  const counted = publicationDeadline(result?.inspectionDate ?? task.dueEnd, deadlines);
  return result?.publicationDue && result.publicationDue !== counted.date ? { date: result.publicationDue, provisional: false, reason: null } : counted;
}
