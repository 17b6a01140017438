/** The only SQL of results (检查结果), follow-up (后续处置), publication (公示) and its outbox rows (推送; the outbox itself is @hub/kit's). */
import { groupBy } from "@hub/kit";
import { FollowUpKind } from "@hub/schema";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { publicationOutbox, targets, taskFollowUps, taskResults, tasks, type FollowUpRow, type TaskResultRow } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

/** A batch of tasks' results (the dataloader's batch function). */
export async function resultsByTask(db: DepartmentDb, ids: readonly number[]): Promise<(TaskResultRow | null)[]> {
  const rows = await db.select().from(taskResults).where(inArray(taskResults.taskId, [...ids]));
  const byId = new Map(rows.map((r) => [r.taskId, r]));
  return ids.map((i) => byId.get(i) ?? null);
}

/** A batch of tasks' follow-up steps, oldest first. */
export async function followUpsByTask(db: DepartmentDb, ids: readonly number[]): Promise<FollowUpRow[][]> {
  const rows = await db.select().from(taskFollowUps).where(inArray(taskFollowUps.taskId, [...ids])).orderBy(asc(taskFollowUps.id));
  const byTask = groupBy(rows, (r) => r.taskId);
  return ids.map((i) => byTask.get(i) ?? []);
}

export async function resultOf(db: DepartmentDb, taskId: number): Promise<TaskResultRow | undefined> {
  const [row] = await db.select().from(taskResults).where(eq(taskResults.taskId, taskId));
  return row;
}

export async function insertResult(db: DepartmentDb, values: typeof taskResults.$inferInsert) {
  await db.insert(taskResults).values(values);
}

export async function stepsOf(db: DepartmentDb, taskId: number): Promise<FollowUpRow[]> {
  return db.select().from(taskFollowUps).where(eq(taskFollowUps.taskId, taskId)).orderBy(asc(taskFollowUps.id));
}

export async function insertStep(db: DepartmentDb, values: typeof taskFollowUps.$inferInsert) {
  await db.insert(taskFollowUps).values(values);
}

/** Tasks with their results and targets' names, the tasks locked for the rest of the transaction. */
export async function lockedForPublication(db: DepartmentDb, ids: readonly number[]) {
  return db
    .select({ task: tasks, result: taskResults, name: targets.name })
    .from(tasks)
    .leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
    .leftJoin(targets, eq(targets.uscc, tasks.uscc))
    .where(inArray(tasks.id, [...ids]))
    .for("update", { of: tasks });
}

export async function markPublished(db: DepartmentDb, taskId: number, set: Pick<TaskResultRow, "publishedAt" | "publicationDue" | "publishedLate">) {
  await db.update(taskResults).set(set).where(eq(taskResults.taskId, taskId));
}

/** Pending messages per receiver and China day they were written: the backlog's age. */
export async function pendingByDay(db: DepartmentDb): Promise<{ receiver: string; day: string; count: number }[]> {
  return db.select({
    receiver: publicationOutbox.receiver,
    day: sql<string>`to_char(${publicationOutbox.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
    count: sql<number>`count(*)`.mapWith(Number),
  }).from(publicationOutbox).where(isNull(publicationOutbox.deliveredAt)).groupBy(sql`1`, sql`2`);
}

/** Many outbox rows at once (a large import's push), in batches. */
export async function enqueuePushes(db: DepartmentDb, rows: readonly (typeof publicationOutbox.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(publicationOutbox).values(rows.slice(i, i + 1000));
}

export async function enqueuePush(db: DepartmentDb, values: typeof publicationOutbox.$inferInsert) {
  await db.insert(publicationOutbox).values(values);
}

/** Published results, newest first, after a (publishedAt, taskId) cursor. */
export async function publishedResults(
  db: DepartmentDb,
  f: { uscc?: string; categoryCode?: string; from?: string; to?: string; after?: { publishedAt: string; taskId: number } },
  first: number,
) {
  return db
    .select({ result: taskResults, uscc: tasks.uscc, name: targets.name, idKind: targets.idKind })
    .from(taskResults)
    .innerJoin(tasks, eq(tasks.id, taskResults.taskId))
    .leftJoin(targets, eq(targets.uscc, tasks.uscc))
    .where(and(
      isNotNull(taskResults.publishedAt),
      f.uscc ? eq(tasks.uscc, f.uscc) : undefined,
      f.categoryCode ? eq(taskResults.categoryCode, f.categoryCode) : undefined,
      f.from ? gte(taskResults.inspectionDate, f.from) : undefined,
      f.to ? lte(taskResults.inspectionDate, f.to) : undefined,
      f.after ? sql`(${taskResults.publishedAt}, ${taskResults.taskId}) < (${f.after.publishedAt}::timestamptz, ${f.after.taskId})` : undefined,
    ))
    .orderBy(desc(taskResults.publishedAt), desc(taskResults.taskId))
    .limit(first);
}

const withResult = { task: tasks, result: taskResults };

/**
 * Candidates for the publication alerts, each list in deadline order, at most `first`. Without a
 * result, a task's deadline grows with its window's end (and the year's cut-off); with one, it was
 * stored when the result was recorded, and is never before the inspection date, which stands in for
 * results recorded before deadlines were stored.
 */
export async function publicationCandidates(db: DepartmentDb, horizon: string, cutoff: string | null, first: number) {
  const [cutoffMonth, cutoffDay] = (cutoff ?? "12-31").split("-").map(Number);
  const recordedDue = sql`coalesce(${taskResults.publicationDue}, ${taskResults.inspectionDate})`;
  const [unrecorded, unpublished] = await Promise.all([
    db.select(withResult).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
      .where(and(isNull(taskResults.taskId), or(lte(tasks.dueEnd, horizon), cutoff ? sql`make_date(extract(year from ${tasks.dueEnd})::int, ${cutoffMonth}, ${cutoffDay}) <= ${horizon}` : undefined)))
      .orderBy(asc(tasks.dueEnd), asc(tasks.id)).limit(first),
    db.select(withResult).from(tasks).innerJoin(taskResults, eq(taskResults.taskId, tasks.id))
      .where(and(isNull(taskResults.publishedAt), sql`${recordedDue} <= ${horizon}`)).orderBy(asc(recordedDue), asc(tasks.id)).limit(first),
  ]);
  return [...unrecorded, ...unpublished];
}

/** Results published late since `since`, in deadline order. */
export async function publishedLateSince(db: DepartmentDb, since: Date, first: number) {
  return db.select(withResult).from(tasks).innerJoin(taskResults, eq(taskResults.taskId, tasks.id))
    .where(and(eq(taskResults.publishedLate, true), gte(taskResults.publishedAt, since))).orderBy(asc(taskResults.publicationDue), asc(tasks.id)).limit(first);
}

/** Tasks whose case waits on a rectification order past its deadline (the order is still the latest step). */
export async function overdueRectifications(db: DepartmentDb, today: string, first: number): Promise<number[]> {
  const rows = await db.select({ taskId: taskFollowUps.taskId }).from(taskFollowUps)
    .where(and(
      eq(taskFollowUps.kind, FollowUpKind.RECTIFICATION_ORDER),
      lt(taskFollowUps.deadline, today),
      sql`not exists (select 1 from task_follow_ups later where later.task_id = "task_follow_ups"."task_id" and later.id > "task_follow_ups"."id")`,
    ))
    .orderBy(asc(taskFollowUps.deadline), asc(taskFollowUps.taskId)).limit(first);
  return [...new Set(rows.map((o) => o.taskId))];
}

export async function tasksWithResults(db: DepartmentDb, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select(withResult).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id)).where(inArray(tasks.id, [...ids]));
}

const JOINT_LOCK_CLASS = 0x10_0b; // the advisory-lock key space of joint result deliveries

/** One delivery of a joint inspection's results at a time (the office may send the same one twice at once). */
export async function lockJointDelivery(db: DepartmentDb, jointInspectionId: number) {
  await db.execute(sql`select pg_advisory_xact_lock(${JOINT_LOCK_CLASS}, ${jointInspectionId})`);
}

/** The tasks (by target) already holding a result of the joint inspection. */
export async function jointResultTasks(db: DepartmentDb, jointInspectionId: number): Promise<Map<string, number>> {
  const rows = await db.select({ uscc: tasks.uscc, taskId: tasks.id }).from(taskResults).innerJoin(tasks, eq(tasks.id, taskResults.taskId)).where(eq(taskResults.jointInspectionId, jointInspectionId));
  return new Map(rows.map((r) => [r.uscc, r.taskId]));
}
