/**
 * 公示: publishing recorded results. Each result is held to its publication deadline (the task's
 * window end + N working days), gets its notice period (公示期), and is queued for every configured
 * higher platform in the same transaction, so that a published result is always pushed.
 */
import { HubError } from "@hub/kit";
import type { ResolvedDepartment, WorkingDayResult } from "@hub/schema";
import { eq, inArray } from "drizzle-orm";
import { workingDayCalendar } from "@hub/schema";
import type { DepartmentContext } from "./context.js";
import { publicationOutbox, targets, taskResults, tasks, type TaskRow } from "./db/schema.js";
import { columnsFor, pick, resultRecord } from "./export/records.js";
import { audit } from "./repository/audit.js";
import type { DepartmentDb } from "./repository/targets.js";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Deadlines computed on the working-day calendar, memoised per date (a page of tasks shares few dates). */
export function deadlines() {
  const memo = new Map<string, WorkingDayResult>();
  const at = (from: string, days: number) => {
    const key = `${from}+${days}`;
    let r = memo.get(key);
    if (!r) memo.set(key, (r = workingDayCalendar().addWorkingDays(from, days)));
    return r;
  };
  return {
    /** The publication deadline of a task's result: working days after its due window ends. */
    publication: (dueEnd: string, dept: ResolvedDepartment) => at(dueEnd, dept.resultDeadlines.publicationWorkingDays),
    /** The last day of a published result's notice period (公示期). */
    noticeEnds: (publishedAt: Date, dept: ResolvedDepartment) => at(isoDay(publishedAt), dept.resultDeadlines.noticeWorkingDays),
    /** Today plus N working days: the horizon of "due soon". */
    ahead: (from: string, days: number) => at(from, days),
  };
}

export async function publishResults(ctx: DepartmentContext, ids: number[]): Promise<TaskRow[]> {
  if (ids.length === 0 || ids.length > 5000) throw new HubError("BAD_USER_INPUT", "publish between 1 and 5,000 results at a time");
  const dept = ctx.department;
  const due = deadlines();
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ task: tasks, result: taskResults, name: targets.name })
      .from(tasks)
      .leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
      .leftJoin(targets, eq(targets.uscc, tasks.uscc))
      .where(inArray(tasks.id, ids))
      .for("update", { of: tasks });
    const missing = ids.filter((i) => !rows.some((r) => r.task.id === i && r.result));
    if (missing.length) throw new HubError("BAD_USER_INPUT", `no recorded result for tasks ${missing.join(", ")}`);
    const now = new Date();
    const fresh = rows.filter((r) => !r.result!.publishedAt); // publishing twice changes nothing
    for (const { task, result, name } of fresh) {
      const deadline = due.publication(task.dueEnd, dept).date;
      const published = { ...result!, publishedAt: now, publicationDue: deadline, publishedLate: isoDay(now) > deadline };
      await tx.update(taskResults).set({ publishedAt: now, publicationDue: deadline, publishedLate: published.publishedLate }).where(eq(taskResults.taskId, task.id));
      for (const receiver of dept.publicationReceivers) {
        const record = resultRecord(dept, task, published, name);
        const cols = columnsFor("results", receiver.profile ? dept.exportProfiles[receiver.profile] : undefined, receiver.profile);
        await tx.insert(publicationOutbox).values({
          receiver: receiver.name,
          taskId: task.id,
          key: `${dept.code}-result-${task.id}-${receiver.name}`,
          payload: JSON.stringify({ department: dept.code, taskId: task.id, record: pick(record, cols) }),
        });
      }
    }
    // Touch the tasks, so that the office's incremental sync sees the publication.
    if (fresh.length) await tx.update(tasks).set({ updatedAt: now }).where(inArray(tasks.id, fresh.map((r) => r.task.id)));
    await audit(tx as unknown as DepartmentDb, ctx.identity, "publishResults", ids);
    return rows.map((r) => r.task);
  });
}
