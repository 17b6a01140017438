/** The only SQL of the office's statistics: grouped scans of the index and of joint inspections. */
import { executedRows } from "@hub/kit";
import { and, gte, inArray, lte, sql } from "drizzle-orm";
import { taskEntries } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";
import { JointStatus } from "../joint/rules.js";
import { CARRIED_OUT_SQL } from "../joint/store.js";
import type { Period } from "./period.js";

/** A department's joint inspections in a period: only those carried out count (已实施). */
export interface JointFigures {
  led: number;
  joined: number;
  /** Proposed, consulted, scheduled or in progress: not carried out (yet). */
  pending: number;
  /** Targets visited in its joint inspections carried out. */
  jointVisits: number;
}

const NOT_YET = sql.raw([JointStatus.PROPOSED, JointStatus.CONSULTED, JointStatus.SCHEDULED, JointStatus.IN_PROGRESS].map((s) => `'${s}'`).join(", "));

/**
 * Per department: joint inspections it took part in (accepted), carried out on a day in [from, to],
 * led or joined, and their targets that are in the office's directory index (a code nobody's
 * directory holds was never a visit); and those not carried out whose window touches the period.
 */
export async function jointFigures(db: OfficeDb, from: string, to: string): Promise<Map<string, JointFigures>> {
  const rows = await db.execute<{ department: string; led: number; joined: number; pending: number; visits: number }>(sql`
    select p.department,
      count(distinct j.id) filter (where j.status in (${CARRIED_OUT_SQL}) and j.scheduled_date between ${from} and ${to} and j.lead = p.department)::int as led,
      count(distinct j.id) filter (where j.status in (${CARRIED_OUT_SQL}) and j.scheduled_date between ${from} and ${to} and j.lead <> p.department)::int as joined,
      count(distinct j.id) filter (where j.status in (${NOT_YET}) and j.window_start <= ${to} and j.window_end >= ${from})::int as pending,
      (select count(*) from joint_targets t join joint_inspections k on k.id = t.joint_id join joint_participants q on q.joint_id = k.id
        where q.department = p.department and q.response = 'ACCEPTED' and k.status in (${CARRIED_OUT_SQL}) and k.scheduled_date between ${from} and ${to}
          and exists (select 1 from directory_entries d where d.uscc = t.uscc))::int as visits
    from joint_participants p join joint_inspections j on j.id = p.joint_id
    where p.response = 'ACCEPTED'
    group by p.department`);
  return new Map(executedRows<{ department: string; led: number; joined: number; pending: number; visits: number }>(rows).map((r) => [
    r.department, { led: Number(r.led), joined: Number(r.joined), pending: Number(r.pending), jointVisits: Number(r.visits) },
  ]));
}

/** Tasks per department whose window ends in the period, and of them the drawn ones. */
export async function taskTotals(db: OfficeDb, departments: readonly string[], p: Period) {
  const rows = await db
    .select({ department: taskEntries.department, tasks: sql<number>`count(*)::int`, planned: sql<number>`count(*) filter (where ${taskEntries.source} = 'DRAW')::int` })
    .from(taskEntries)
    .where(and(inArray(taskEntries.department, [...departments]), gte(taskEntries.dueEnd, p.from), lte(taskEntries.dueEnd, p.to)))
    .groupBy(taskEntries.department);
  return new Map(rows.map((r) => [r.department, { tasks: Number(r.tasks), planned: Number(r.planned) }]));
}


/** Per department in the period: tasks, drawn, published, recorded, on time, late, overdue (`today`), problems. */
export async function totalsByDepartment(db: OfficeDb, departments: readonly string[], p: Period, problemCodes: string[], today: string) {
  const n = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})::int`;
  return db
    .select({
      department: taskEntries.department,
      tasks: sql<number>`count(*)::int`,
      planned: n(sql`${taskEntries.source} = 'DRAW'`),
      plannedPublished: n(sql`${taskEntries.source} = 'DRAW' and ${taskEntries.publishedAt} is not null`),
      recorded: n(sql`${taskEntries.categoryCode} is not null`),
      onTime: n(sql`${taskEntries.publishedAt} is not null and not ${taskEntries.publishedLate}`),
      late: n(sql`${taskEntries.publishedLate}`),
      overdue: n(sql`${taskEntries.publishedAt} is null and ${taskEntries.publicationDue} < ${today}`),
      problems: problemCodes.length ? n(sql`${taskEntries.categoryCode} in ${problemCodes}`) : sql<number>`0`,
    })
    .from(taskEntries)
    .where(inPeriod(departments, p))
    .groupBy(taskEntries.department);
}

/** Per department and category in the period. */
export async function countsByCategory(db: OfficeDb, departments: readonly string[], p: Period) {
  return db
    .select({ department: taskEntries.department, code: taskEntries.categoryCode, n: sql<number>`count(*)::int` })
    .from(taskEntries)
    .where(and(inPeriod(departments, p), sql`${taskEntries.categoryCode} is not null`))
    .groupBy(taskEntries.department, taskEntries.categoryCode);
}

const inPeriod = (departments: readonly string[], p: Period) => and(inArray(taskEntries.department, [...departments]), gte(taskEntries.dueEnd, p.from), lte(taskEntries.dueEnd, p.to));
