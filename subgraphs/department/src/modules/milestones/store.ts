/** The only SQL of milestones: the year's plans, their draws, the drawn tasks' results, the reports marked sent. */
import { PlanStatus, TaskSource, type MilestoneKind } from "@hub/schema";
import { and, eq, inArray, sql } from "drizzle-orm";
import { draws, milestoneReports, plans, taskResults, tasks } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export async function plansOfYear(db: DepartmentDb, year: number) {
  return db.select({ id: plans.id, status: plans.status, publishedAt: plans.publishedAt }).from(plans).where(eq(plans.year, year));
}

/** Per plan: when it was first drawn. */
export async function firstDraws(db: DepartmentDb, planIds: number[]): Promise<Map<number, Date>> {
  if (planIds.length === 0) return new Map();
  const rows = await db.select({ planId: draws.planId, at: sql<Date>`min(${draws.createdAt})`.mapWith((v: string | Date) => new Date(v)) })
    .from(draws).where(inArray(draws.planId, planIds)).groupBy(draws.planId);
  return new Map(rows.map((r) => [r.planId, r.at]));
}

export interface MonthTasks {
  /** YYYY-MM of the tasks' window end. */
  month: string;
  total: number;
  inspected: number;
  published: number;
  lastInspectedOn: string | null;
  lastPublishedAt: Date | null;
}

/** The drawn tasks of the year's plans, by the month their window ends: with a result, and published. */
export async function drawnTasksByMonth(db: DepartmentDb, year: number): Promise<MonthTasks[]> {
  const rows = await db.select({
    month: sql<string>`to_char(${tasks.dueEnd}, 'YYYY-MM')`,
    total: sql<number>`count(*)`.mapWith(Number),
    inspected: sql<number>`count(${taskResults.taskId})`.mapWith(Number),
    published: sql<number>`count(${taskResults.publishedAt})`.mapWith(Number),
    lastInspectedOn: sql<string | null>`max(${taskResults.inspectionDate})::text`,
    lastPublishedAt: sql<Date | null>`max(${taskResults.publishedAt})`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v))),
  }).from(tasks)
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
    .where(and(eq(tasks.source, TaskSource.DRAW), eq(plans.year, year), eq(plans.status, PlanStatus.PUBLISHED)))
    .groupBy(sql`1`);
  return rows;
}

export async function reportsOfYear(db: DepartmentDb, year: number) {
  return db.select().from(milestoneReports).where(eq(milestoneReports.year, year));
}

/** Marks a report sent; a second mark of the same report keeps the first. Returns whether it was new. */
export async function insertReport(db: DepartmentDb, row: { year: number; kind: MilestoneKind; reportedBy: string; reportedAt: Date; note: string | null }): Promise<boolean> {
  const inserted = await db.insert(milestoneReports).values(row).onConflictDoNothing().returning({ year: milestoneReports.year });
  return inserted.length > 0;
}
