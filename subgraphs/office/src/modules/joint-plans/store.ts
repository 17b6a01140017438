/** The only SQL of the annual joint plan and the cross-department joint item list. */
import type { JointPlanEntryStatus } from "@hub/schema";
import { and, arrayOverlaps, asc, count, eq, inArray, sql } from "drizzle-orm";
import { jointInspections, jointItems, jointPlanEntries, jointPlans, type JointPlanEntryRow } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";
import { CARRIED_OUT_SQL } from "../joint/store.js";

export const listJointItems = (db: OfficeDb) => db.select().from(jointItems).orderBy(asc(jointItems.code));

export async function jointItemByCode(db: OfficeDb, code: string) {
  const [row] = await db.select().from(jointItems).where(eq(jointItems.code, code));
  return row;
}

export async function upsertJointItem(db: OfficeDb, values: typeof jointItems.$inferInsert) {
  const [row] = await db.insert(jointItems).values(values).onConflictDoUpdate({ target: jointItems.code, set: { ...values, updatedAt: sql`now()` } }).returning();
  return row!;
}

/** One entry, locked for the rest of the transaction when `lock`. */
export async function entryById(db: OfficeDb, id: number, lock = false): Promise<JointPlanEntryRow | undefined> {
  const query = db.select().from(jointPlanEntries).where(eq(jointPlanEntries.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

/** A year's entries in id order; with a department, those it takes part in. */
export async function entriesOf(db: OfficeDb, year: number, f: { department?: string; status?: JointPlanEntryStatus } = {}) {
  return db.select().from(jointPlanEntries).where(and(
    eq(jointPlanEntries.year, year),
    f.department ? arrayOverlaps(jointPlanEntries.departments, [f.department]) : undefined,
    f.status ? eq(jointPlanEntries.status, f.status) : undefined,
  )).orderBy(asc(jointPlanEntries.id));
}

export async function entriesByIds(db: OfficeDb, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select().from(jointPlanEntries).where(inArray(jointPlanEntries.id, [...ids])).orderBy(asc(jointPlanEntries.id));
}

export async function insertEntry(db: OfficeDb, values: typeof jointPlanEntries.$inferInsert) {
  const [row] = await db.insert(jointPlanEntries).values(values).returning();
  return row!;
}

export async function updateEntry(db: OfficeDb, id: number, set: Partial<typeof jointPlanEntries.$inferInsert>) {
  const [row] = await db.update(jointPlanEntries).set(set).where(eq(jointPlanEntries.id, id)).returning();
  return row!;
}

export async function planOf(db: OfficeDb, year: number) {
  const [row] = await db.select().from(jointPlans).where(eq(jointPlans.year, year));
  return row;
}

/** Take the year's plan for the rest of the transaction: one publication at a time. */
export async function lockPlanYear(db: OfficeDb, year: number) {
  await db.execute(sql`select pg_advisory_xact_lock(${0x4a_50}, ${year})`);
}

export async function savePlan(db: OfficeDb, values: typeof jointPlans.$inferInsert) {
  await db.insert(jointPlans).values(values).onConflictDoUpdate({ target: jointPlans.year, set: values });
}

/** Per entry: the joint inspections carrying it out, and how many of them were carried out (recorded or closed). */
export async function executionOf(db: OfficeDb, entryIds: readonly number[]): Promise<Map<number, { jointInspections: number; carriedOut: number }>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db
    .select({ entry: jointInspections.planEntryId, n: count(), done: sql<number>`count(*) filter (where ${jointInspections.status} in (${CARRIED_OUT_SQL}))::int` })
    .from(jointInspections)
    .where(inArray(jointInspections.planEntryId, [...entryIds]))
    .groupBy(jointInspections.planEntryId);
  return new Map(rows.map((r) => [r.entry!, { jointInspections: Number(r.n), carriedOut: Number(r.done) }]));
}
