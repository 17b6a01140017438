/** The only SQL of exports: each kind read in a stable order, in batches. */
import { and, asc, eq, gt, gte, inArray, isNotNull, lte } from "drizzle-orm";
import { inspectionItems, inspectors, plans, targets, taskResults, tasks } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export const allItems = (db: DepartmentDb) => db.select().from(inspectionItems).orderBy(asc(inspectionItems.code));

export const publishedPlans = (db: DepartmentDb) => db.select().from(plans).where(isNotNull(plans.publishedAt)).orderBy(asc(plans.id));

export const inspectorsAfter = (db: DepartmentDb, afterId: number, n: number) =>
  db.select().from(inspectors).where(gt(inspectors.id, afterId)).orderBy(asc(inspectors.id)).limit(n);

export const targetsAfter = (db: DepartmentDb, afterUscc: string, n: number) =>
  db.select().from(targets).where(gt(targets.uscc, afterUscc)).orderBy(asc(targets.uscc)).limit(n);

/** Published results after a task id, by task id, with the target's name; inspection dates within [from, to] when given. */
export const publishedResultsAfter = (db: DepartmentDb, afterTaskId: number, n: number, period: { from?: string; to?: string }) =>
  db
    .select({ task: tasks, result: taskResults, name: targets.name })
    .from(taskResults)
    .innerJoin(tasks, eq(tasks.id, taskResults.taskId))
    .leftJoin(targets, eq(targets.uscc, tasks.uscc))
    .where(and(
      isNotNull(taskResults.publishedAt),
      gt(taskResults.taskId, afterTaskId),
      period.from ? gte(taskResults.inspectionDate, period.from) : undefined,
      period.to ? lte(taskResults.inspectionDate, period.to) : undefined,
    ))
    .orderBy(asc(taskResults.taskId))
    .limit(n);

/** The directory records of these keys (a push of what an edit or an import wrote). */
export const targetsIn = (db: DepartmentDb, usccs: readonly string[]) => (usccs.length ? db.select().from(targets).where(inArray(targets.uscc, [...usccs])).orderBy(asc(targets.uscc)) : Promise.resolve([]));
export const inspectorsIn = (db: DepartmentDb, certificates: readonly string[]) =>
  certificates.length ? db.select().from(inspectors).where(inArray(inspectors.certificateNumber, [...certificates])).orderBy(asc(inspectors.id)) : Promise.resolve([]);
