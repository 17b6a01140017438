/** The only SQL over inspection tasks (检查任务). */
import { groupBy } from "@hub/kit";
import type { TaskSource, TaskStatus } from "@hub/schema";
import { and, asc, count, desc, eq, gt, inArray } from "drizzle-orm";
import { tasks, type TaskRow } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export interface TaskFilterValues {
  drawId?: number;
  uscc?: string;
  status?: TaskStatus;
  source?: TaskSource;
}

/** A page of tasks in id order, after an id. */
export async function listTasks(db: DepartmentDb, f: TaskFilterValues, first: number, afterId?: number) {
  const where = and(
    f.drawId !== undefined ? eq(tasks.drawId, f.drawId) : undefined,
    f.uscc ? eq(tasks.uscc, f.uscc) : undefined,
    f.status ? eq(tasks.status, f.status) : undefined,
    f.source ? eq(tasks.source, f.source) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(tasks).where(and(where, afterId !== undefined ? gt(tasks.id, afterId) : undefined)).orderBy(asc(tasks.id)).limit(first + 1),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: Number(total?.n ?? 0) };
}

export async function taskById(db: DepartmentDb, id: number): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row;
}

/** The task, locked for the rest of the transaction. */
export async function lockedTask(db: DepartmentDb, id: number): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).for("update");
  return row;
}

/** The tasks, locked for the rest of the transaction. */
export async function lockedTasks(db: DepartmentDb, ids: readonly number[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(tasks).where(inArray(tasks.id, [...ids])).for("update");
}

/** The tasks a higher platform handed down already, by its references. */
export async function tasksFromOrigin(db: DepartmentDb, origin: string, references: readonly string[]): Promise<Map<string, TaskRow>> {
  if (references.length === 0) return new Map();
  const rows = await db.select().from(tasks).where(and(eq(tasks.origin, origin), inArray(tasks.originReference, [...references])));
  return new Map(rows.map((r) => [r.originReference!, r]));
}

export async function insertTask(db: DepartmentDb, values: typeof tasks.$inferInsert): Promise<TaskRow> {
  const [row] = await db.insert(tasks).values(values).returning();
  return row!;
}

/** A draw's tasks, in batches (a city-scale draw creates tens of thousands). */
export async function insertTasks(db: DepartmentDb, values: (typeof tasks.$inferInsert)[]) {
  for (let i = 0; i < values.length; i += 2000) await db.insert(tasks).values(values.slice(i, i + 2000));
}

/** Change tasks; stamping updated_at also moves them in the office's change feed. */
export async function updateTasks(db: DepartmentDb, ids: readonly number[], set: Partial<Pick<TaskRow, "status" | "inspectors" | "visitId">> = {}): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return db.update(tasks).set({ ...set, updatedAt: new Date() }).where(inArray(tasks.id, [...ids])).returning();
}

export async function tasksOfVisit(db: DepartmentDb, visitId: number): Promise<TaskRow[]> {
  return db.select().from(tasks).where(eq(tasks.visitId, visitId)).orderBy(asc(tasks.id));
}

/** A batch of targets' tasks in this department, newest window first (their inspection history). */
export async function tasksByUscc(db: DepartmentDb, usccs: readonly string[]): Promise<TaskRow[][]> {
  const rows = await db.select().from(tasks).where(inArray(tasks.uscc, [...usccs])).orderBy(desc(tasks.dueEnd), desc(tasks.id));
  const byUscc = groupBy(rows, (r) => r.uscc);
  return usccs.map((u) => byUscc.get(u) ?? []);
}
