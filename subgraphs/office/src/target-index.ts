/** The office's index of department directories and tasks, by USCC. */
import { groupBy, type Db } from "@hub/kit";
import { and, asc, count, gt, gte, inArray, lte, sql } from "drizzle-orm";
import { directoryEntries, taskEntries, type OfficeSchema } from "./db/schema.js";
import type { PlannedTask } from "./domain/visits.js";

export type OfficeDb = Db<OfficeSchema>;

export interface IndexedTarget {
  uscc: string;
  name: string;
  /** Departments whose directory holds the target as active, sorted. */
  departments: string[];
}

/** One query for a batch of USCCs (the dataloader's batch function). */
export async function indexByUscc(db: OfficeDb, usccs: readonly string[]): Promise<(IndexedTarget | null)[]> {
  if (usccs.length === 0) return [];
  const rows = await db
    .select({
      uscc: directoryEntries.uscc,
      name: sql<string>`min(${directoryEntries.name})`,
      departments: sql<string[]>`coalesce(array_agg(${directoryEntries.department} order by ${directoryEntries.department}) filter (where ${directoryEntries.status} = 'ACTIVE'), '{}')`,
    })
    .from(directoryEntries)
    .where(inArray(directoryEntries.uscc, [...new Set(usccs)]))
    .groupBy(directoryEntries.uscc);
  const byUscc = new Map(rows.map((r) => [r.uscc, r]));
  return usccs.map((u) => byUscc.get(u) ?? null);
}

/**
 * Round 1 of the four rounds (第一轮融合): targets active in two or more departments' directories,
 * the joint inspection target library, in USCC order.
 */
export async function jointTargetLibrary(db: OfficeDb, minDepartments: number, first: number, after?: string) {
  const holders = sql<string[]>`array_agg(${directoryEntries.department} order by ${directoryEntries.department})`;
  const rows = await db
    .select({ uscc: directoryEntries.uscc, name: sql<string>`min(${directoryEntries.name})`, departments: holders })
    .from(directoryEntries)
    .where(and(sql`${directoryEntries.status} = 'ACTIVE'`, after ? gt(directoryEntries.uscc, after) : undefined))
    .groupBy(directoryEntries.uscc)
    .having(sql`count(*) >= ${minDepartments}`)
    .orderBy(asc(directoryEntries.uscc))
    .limit(first + 1);
  const overlapping = db
    .select({ uscc: directoryEntries.uscc })
    .from(directoryEntries)
    .where(sql`${directoryEntries.status} = 'ACTIVE'`)
    .groupBy(directoryEntries.uscc)
    .having(sql`count(*) >= ${minDepartments}`)
    .as("overlapping");
  const [total] = await db.select({ n: count() }).from(overlapping);
  return { rows: rows.slice(0, first), hasMore: rows.length > first, totalCount: Number(total?.n ?? 0) };
}

/** Round 3 (第三轮融合): every department's inspections of these targets whose window touches the year. */
export async function inspectionsInYear(db: OfficeDb, usccs: readonly string[], year: number) {
  if (usccs.length === 0) return [];
  const rows = await db
    .select()
    .from(taskEntries)
    .where(and(inArray(taskEntries.uscc, [...new Set(usccs)]), lte(taskEntries.dueStart, `${year}-12-31`), gte(taskEntries.dueEnd, `${year}-01-01`)))
    .orderBy(asc(taskEntries.dueStart), asc(taskEntries.department));
  const byUscc = groupBy(rows, (r) => r.uscc);
  return usccs.map((u) => byUscc.get(u) ?? []);
}

/** Round 2 input: drawn tasks not yet done whose window touches the year, by target. */
export async function plannedTasksByTarget(db: OfficeDb, year: number, department?: string, usccs?: readonly string[]) {
  const rows = await db
    .select()
    .from(taskEntries)
    .where(
      and(
        sql`${taskEntries.source} = 'DRAW' and ${taskEntries.status} <> 'DONE'`,
        lte(taskEntries.dueStart, `${year}-12-31`),
        gte(taskEntries.dueEnd, `${year}-01-01`),
        // a department sees the targets it has planned tasks on, with every department's tasks there
        department ? sql`${taskEntries.uscc} in (select uscc from ${taskEntries} where department = ${department})` : undefined,
        // an incremental update recomputes only the targets whose tasks changed
        usccs ? inArray(taskEntries.uscc, [...usccs]) : undefined,
        // a task taken up by a joint inspection (not declined or cancelled, the department taking part) is not
        // proposed again (outer columns spelled out: the subquery has a "department" of its own)
        sql`not exists (select 1 from joint_targets jt join joint_inspections j on j.id = jt.joint_id
          join joint_participants jp on jp.joint_id = j.id and jp.department = "task_entries"."department"
          where jt.uscc = "task_entries"."uscc" and j.status not in ('DECLINED', 'CANCELLED') and jp.response <> 'DECLINED'
            and j.window_start <= "task_entries"."due_end" and j.window_end >= "task_entries"."due_start")`,
      ),
    );
  const planned = rows.map((r): PlannedTask => ({ department: r.department, taskId: r.taskId, uscc: r.uscc, itemCodes: r.itemCodes, inspectors: r.inspectorCount, dueStart: r.dueStart, dueEnd: r.dueEnd }));
  return groupBy(planned, (t) => t.uscc);
}
