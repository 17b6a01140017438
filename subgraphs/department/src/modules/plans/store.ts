/** The only SQL over the item list, annual plans, their adjustments, and idempotency keys. */
import { groupBy } from "@hub/kit";
import { PlanStatus } from "@hub/schema";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { idempotencyKeys, inspectionItems, planAdjustments, plans, type PlanRow } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import type { ItemValues, PlanValues } from "./rules.js";

export async function listItems(db: DepartmentDb) {
  return db.select().from(inspectionItems).orderBy(asc(inspectionItems.code));
}

export async function itemsByCode(db: DepartmentDb, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(inspectionItems).where(inArray(inspectionItems.code, codes));
}

export async function upsertItem(db: DepartmentDb, values: ItemValues) {
  const [row] = await db
    .insert(inspectionItems)
    .values(values)
    .onConflictDoUpdate({ target: inspectionItems.code, set: { ...values, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function listPlans(db: DepartmentDb, year?: number | null) {
  return db
    .select()
    .from(plans)
    .where(year ? eq(plans.year, year) : undefined)
    .orderBy(desc(plans.year), asc(plans.id));
}

export async function planById(db: DepartmentDb, id: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

/** The plan, locked for the rest of the transaction. */
export async function lockedPlan(db: DepartmentDb, id: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).for("update");
  return row;
}

export async function insertPlan(db: DepartmentDb, values: PlanValues): Promise<PlanRow> {
  const [row] = await db.insert(plans).values({ ...values, status: PlanStatus.DRAFT }).returning();
  return row!;
}

export async function updatePlan(db: DepartmentDb, id: number, set: Partial<PlanValues> & Partial<Pick<PlanRow, "status" | "publishedAt" | "version">>): Promise<PlanRow> {
  const [row] = await db.update(plans).set({ ...set, updatedAt: new Date() }).where(eq(plans.id, id)).returning();
  return row!;
}

export async function insertAdjustment(db: DepartmentDb, adjustment: typeof planAdjustments.$inferInsert) {
  await db.insert(planAdjustments).values(adjustment);
}

export async function adjustmentsByPlan(db: DepartmentDb, planIds: readonly number[]) {
  const rows = await db
    .select()
    .from(planAdjustments)
    .where(inArray(planAdjustments.planId, [...planIds]))
    .orderBy(asc(planAdjustments.id));
  const byPlan = groupBy(rows, (r) => r.planId);
  return planIds.map((id) => byPlan.get(id) ?? []);
}

/** What an idempotency key created, if it was used before. */
export async function idempotencyHit(db: DepartmentDb, key: string) {
  const [hit] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
  return hit;
}

export async function rememberIdempotencyKey(db: DepartmentDb, key: string, operation: string, resultId: number) {
  await db.insert(idempotencyKeys).values({ key, operation, resultId: String(resultId) });
}

/** The fields of a plan that an adjustment records, before and after. */
export function planSnapshot(p: PlanRow | PlanValues): Record<string, unknown> {
  return {
    year: p.year,
    name: p.name,
    itemCodes: p.itemCodes,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    ratios: p.ratios,
    cellRatios: p.cellRatios,
    frequency: p.frequency,
  };
}
