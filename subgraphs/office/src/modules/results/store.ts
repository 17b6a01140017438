/** The only SQL of the office's public feed and of a target's history across departments. */
import { likeLiteral } from "@hub/kit";
import { and, desc, eq, gte, isNotNull, lte, sql } from "drizzle-orm";
import { taskEntries } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";

/** Published results of every department, newest first, after a (publishedAt, department, taskId) cursor. */
export async function publicResults(
  db: OfficeDb,
  f: { department?: string; uscc?: string; categoryCode?: string; name?: string; from?: string; to?: string; after?: { publishedAt: string; department: string; taskId: number } },
  first: number,
) {
  // Spelled out: inside a select list drizzle leaves column names unqualified, which would compare uscc with itself.
  const name = sql<string | null>`(select min(d.name) from directory_entries d where d.uscc = "task_entries"."uscc")`;
  const displayCode = sql<string | null>`(select min(d.display_code) from directory_entries d where d.uscc = "task_entries"."uscc")`;
  return db
    .select({ entry: taskEntries, name, displayCode })
    .from(taskEntries)
    .where(and(
      isNotNull(taskEntries.publishedAt),
      f.department ? eq(taskEntries.department, f.department) : undefined,
      f.uscc ? eq(taskEntries.uscc, f.uscc) : undefined,
      f.categoryCode ? eq(taskEntries.categoryCode, f.categoryCode) : undefined,
      f.name ? sql`exists (select 1 from directory_entries d where d.uscc = "task_entries"."uscc" and d.name ilike ${`%${likeLiteral(f.name)}%`})` : undefined,
      f.from ? gte(taskEntries.inspectionDate, f.from) : undefined,
      f.to ? lte(taskEntries.inspectionDate, f.to) : undefined,
      f.after ? sql`(${taskEntries.publishedAt}, ${taskEntries.department}, ${taskEntries.taskId}) < (${f.after.publishedAt}::timestamptz, ${f.after.department}, ${f.after.taskId})` : undefined,
    ))
    .orderBy(desc(taskEntries.publishedAt), desc(taskEntries.department), desc(taskEntries.taskId))
    .limit(first);
}

/** A target's inspections in every department, newest window first, after a (dueEnd, department, taskId) cursor. */
export async function historyOf(db: OfficeDb, uscc: string, first: number, after?: { dueEnd: string; department: string; taskId: number }) {
  return db.select().from(taskEntries).where(and(
    eq(taskEntries.uscc, uscc),
    after ? sql`(${taskEntries.dueEnd}, ${taskEntries.department}, ${taskEntries.taskId}) < (${after.dueEnd}::date, ${after.department}, ${after.taskId})` : undefined,
  )).orderBy(desc(taskEntries.dueEnd), desc(taskEntries.department), desc(taskEntries.taskId)).limit(first);
}
