/** SQL over the item list and annual plans. */
import { groupBy } from "@hub/kit";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { inspectionItems, planAdjustments, plans, type PlanRow } from "../db/schema.js";
import type { PlanValues } from "../domain/plans.js";
import type { DepartmentDb } from "./targets.js";

export async function listItems(db: DepartmentDb) {
  return db.select().from(inspectionItems).orderBy(asc(inspectionItems.code));
}

export async function itemsByCode(db: DepartmentDb, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(inspectionItems).where(inArray(inspectionItems.code, codes));
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

export async function adjustmentsByPlan(db: DepartmentDb, planIds: readonly number[]) {
  const rows = await db
    .select()
    .from(planAdjustments)
    .where(inArray(planAdjustments.planId, [...planIds]))
    .orderBy(asc(planAdjustments.id));
  const byPlan = groupBy(rows, (r) => r.planId);
  return planIds.map((id) => byPlan.get(id) ?? []);
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
    frequency: p.frequency,
  };
}
