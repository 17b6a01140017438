/**
 * 公示: publishing recorded results. Each result is held to its publication deadline (N working days
 * after the inspection, never past the year's cut-off), gets its notice period (公示期), and is queued for every configured
 * higher platform in the same transaction, so that a published result is always pushed.
 */
import { HubError } from "@hub/kit";
import { chinaDate, publicationDeadline } from "@hub/schema";
import { eq, inArray } from "drizzle-orm";
import type { DepartmentContext } from "./context.js";
import { publicationOutbox, targets, taskResults, tasks, type TaskRow } from "./db/schema.js";
import { pick, receiverColumns, resultRecord } from "./export/records.js";
import { audit } from "./repository/audit.js";
import type { DepartmentDb } from "./repository/targets.js";

export async function publishResults(ctx: DepartmentContext, ids: number[]): Promise<TaskRow[]> {
  if (ids.length === 0 || ids.length > 5000) throw new HubError("BAD_USER_INPUT", "publish between 1 and 5,000 results at a time");
  const dept = ctx.department;
  const receivers = dept.publicationReceivers.map((receiver) => ({ receiver, columns: receiverColumns(dept, receiver) }));
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
    const now = ctx.clock.now();
    const fresh = rows.filter((r) => !r.result!.publishedAt); // publishing twice changes nothing
    for (const { task, result, name } of fresh) {
      // Recorded results carry their deadline (from the inspection); older records are counted here.
      const deadline = result!.publicationDue ?? publicationDeadline(result!.inspectionDate, dept.resultDeadlines).date;
      const published = { ...result!, publishedAt: now, publicationDue: deadline, publishedLate: chinaDate(now) > deadline };
      await tx.update(taskResults).set({ publishedAt: now, publicationDue: deadline, publishedLate: published.publishedLate }).where(eq(taskResults.taskId, task.id));
      const record = resultRecord(dept, task, published, name);
      for (const { receiver, columns } of receivers)
        await tx.insert(publicationOutbox).values({
          receiver: receiver.name,
          taskId: task.id,
          key: `${dept.code}-result-${task.id}-${receiver.name}`,
          payload: JSON.stringify({ department: dept.code, taskId: task.id, record: pick(record, columns) }),
        });
    }
    // Touch the tasks, so that the office's incremental sync sees the publication.
    if (fresh.length) await tx.update(tasks).set({ updatedAt: now }).where(inArray(tasks.id, fresh.map((r) => r.task.id)));
    await audit(tx as unknown as DepartmentDb, ctx.identity, "publishResults", ids);
    return rows.map((r) => r.task);
  });
}
