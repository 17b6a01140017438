/**
 * Result statistics per department and period, over the office's index of every department's tasks:
 * plan completion, publication on time / late / overdue, problem detection rate (问题发现率), results
 * by category, and the joint-inspection share. A task belongs to the period its window ends in.
 */
import { chinaDate, jointGoalFor, resolveDepartment, type DepartmentConfig, type ResultCategory } from "@hub/schema";
import { and, gte, inArray, lte, sql } from "drizzle-orm";
import { taskEntries } from "./db/schema.js";
import { CARRIED_OUT_STATUSES, JointStatus } from "./domain/joint.js";
import type { OfficeDb } from "./target-index.js";

export interface Period {
  year: number;
  /** 1 = January–June, 2 = July–December; the whole year when absent. */
  half?: 1 | 2;
  from: string;
  to: string;
  label: string;
}

export class PeriodError extends Error {}

export function period(year: number, half?: number | null): Period {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new PeriodError(`year ${year} is out of range`);
  if (half === undefined || half === null) return { year, from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}` };
  if (half !== 1 && half !== 2) throw new PeriodError("half must be 1 (January–June) or 2 (July–December)");
  return half === 1
    ? { year, half, from: `${year}-01-01`, to: `${year}-06-30`, label: `${year}-H1` }
    : { year, half, from: `${year}-07-01`, to: `${year}-12-31`, label: `${year}-H2` };
}

export interface DepartmentStatistics {
  department: string;
  period: string;
  /** Tasks whose window ends in the period (drawn and from other sources). */
  tasks: number;
  /** Of them, drawn from the annual plan. */
  plannedTasks: number;
  /** Drawn tasks published: "已实施检查但未进行公示的，视为未完成抽查检查". */
  plannedTasksPublished: number;
  /** plannedTasksPublished / plannedTasks (1 when nothing was planned). */
  planCompletion: number;
  resultsRecorded: number;
  publishedOnTime: number;
  publishedLate: number;
  /** Not published, and the publication deadline has passed. */
  overdue: number;
  /** Results in a category that means a problem was found. */
  problemsFound: number;
  /** problemsFound / resultsRecorded (0 when no result yet). */
  problemDetectionRate: number;
  byCategory: { code: string; name: string; count: number }[];
  /** Targets visited jointly: its accepted joint inspections carried out in the period. */
  jointVisits: number;
  /** jointVisits / tasks. */
  jointShare: number;
}

const ratio = (n: number, d: number, empty: number) => (d === 0 ? empty : n / d);

/** A department's joint inspections in a period: only those carried out count (已实施). */
export interface JointFigures {
  led: number;
  joined: number;
  /** Proposed, consulted, scheduled or in progress: not carried out (yet). */
  pending: number;
  /** Targets visited in its joint inspections carried out. */
  jointVisits: number;
}

const CARRIED_OUT = sql.raw(CARRIED_OUT_STATUSES.map((s) => `'${s}'`).join(", "));
const NOT_YET = sql.raw([JointStatus.PROPOSED, JointStatus.CONSULTED, JointStatus.SCHEDULED, JointStatus.IN_PROGRESS].map((s) => `'${s}'`).join(", "));

/**
 * Per department: joint inspections it took part in (accepted), carried out on a day in [from, to],
 * led or joined, and their targets that are in the office's directory index (a code nobody's
 * directory holds was never a visit); and those not carried out whose window touches the period.
 */
export async function jointFigures(db: OfficeDb, from: string, to: string): Promise<Map<string, JointFigures>> {
  const rows = await db.execute<{ department: string; led: number; joined: number; pending: number; visits: number }>(sql`
    select p.department,
      count(distinct j.id) filter (where j.status in (${CARRIED_OUT}) and j.scheduled_date between ${from} and ${to} and j.lead = p.department)::int as led,
      count(distinct j.id) filter (where j.status in (${CARRIED_OUT}) and j.scheduled_date between ${from} and ${to} and j.lead <> p.department)::int as joined,
      count(distinct j.id) filter (where j.status in (${NOT_YET}) and j.window_start <= ${to} and j.window_end >= ${from})::int as pending,
      (select count(*) from joint_targets t join joint_inspections k on k.id = t.joint_id join joint_participants q on q.joint_id = k.id
        where q.department = p.department and q.response = 'ACCEPTED' and k.status in (${CARRIED_OUT}) and k.scheduled_date between ${from} and ${to}
          and exists (select 1 from directory_entries d where d.uscc = t.uscc))::int as visits
    from joint_participants p join joint_inspections j on j.id = p.joint_id
    where p.response = 'ACCEPTED'
    group by p.department`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: typeof rows }).rows;
  return new Map((list as { department: string; led: number; joined: number; pending: number; visits: number }[]).map((r) => [
    r.department, { led: Number(r.led), joined: Number(r.joined), pending: Number(r.pending), jointVisits: Number(r.visits) },
  ]));
}

const NO_JOINT: JointFigures = { led: 0, joined: 0, pending: 0, jointVisits: 0 };

/** The joint share: joint visits over the department's inspection tasks in the period. The one definition. */
export const jointShareOf = (jointVisits: number, tasks: number) => ratio(jointVisits, tasks, 0);

/** Tasks per department whose window ends in the period, and of them the drawn ones. */
async function taskTotals(db: OfficeDb, departments: readonly string[], p: Period) {
  const rows = await db
    .select({ department: taskEntries.department, tasks: sql<number>`count(*)::int`, planned: sql<number>`count(*) filter (where ${taskEntries.source} = 'DRAW')::int` })
    .from(taskEntries)
    .where(and(inArray(taskEntries.department, [...departments]), gte(taskEntries.dueEnd, p.from), lte(taskEntries.dueEnd, p.to)))
    .groupBy(taskEntries.department);
  return new Map(rows.map((r) => [r.department, { tasks: Number(r.tasks), planned: Number(r.planned) }]));
}

/** jointStatistics(year): joint figures, the share and the department's goal. */
export async function jointStatistics(db: OfficeDb, departments: readonly DepartmentConfig[], year: number) {
  const p = period(year);
  const codes = departments.map((d) => d.code);
  const [figures, totals] = await Promise.all([jointFigures(db, p.from, p.to), taskTotals(db, codes, p)]);
  return departments.map((d) => {
    const f = figures.get(d.code) ?? NO_JOINT;
    const t = totals.get(d.code) ?? { tasks: 0, planned: 0 };
    const jointShare = jointShareOf(f.jointVisits, t.tasks);
    const goal = jointGoalFor(resolveDepartment(d).jointGoal, t.planned);
    return {
      department: d.code,
      ...f,
      inspections: t.tasks,
      plannedTasks: t.planned,
      jointShare,
      jointGoal: goal.share,
      meetsJointGoal: jointShare >= goal.share && f.jointVisits >= (goal.atLeast ?? 0),
      meetsTenPercentGoal: jointShare >= 0.1,
      ledAtLeastOne: f.led > 0,
    };
  });
}

/** One pass over the period's tasks per grouping; `today` decides what is overdue. */
export async function resultStatistics(
  db: OfficeDb,
  departments: readonly string[],
  categories: readonly ResultCategory[],
  p: Period,
  today = chinaDate(new Date()),
): Promise<DepartmentStatistics[]> {
  const problemCodes = categories.filter((c) => c.problem).map((c) => c.code);
  const inPeriod = and(inArray(taskEntries.department, [...departments]), gte(taskEntries.dueEnd, p.from), lte(taskEntries.dueEnd, p.to));
  const n = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})::int`;
  const [totals, byCategory, joint] = await Promise.all([
    db
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
      .where(inPeriod)
      .groupBy(taskEntries.department),
    db
      .select({ department: taskEntries.department, code: taskEntries.categoryCode, n: sql<number>`count(*)::int` })
      .from(taskEntries)
      .where(and(inPeriod, sql`${taskEntries.categoryCode} is not null`))
      .groupBy(taskEntries.department, taskEntries.categoryCode),
    jointFigures(db, p.from, p.to),
  ]);
  return departments.map((department) => {
    const t = totals.find((r) => r.department === department);
    const tasks = Number(t?.tasks ?? 0);
    const planned = Number(t?.planned ?? 0);
    const plannedPublished = Number(t?.plannedPublished ?? 0);
    const recorded = Number(t?.recorded ?? 0);
    const problems = Number(t?.problems ?? 0);
    const jointVisits = joint.get(department)?.jointVisits ?? 0;
    const counted = byCategory.filter((r) => r.department === department);
    const known = categories.map((c) => ({ code: c.code, name: c.name, count: Number(counted.find((r) => r.code === c.code)?.n ?? 0) }));
    // Codes recorded under an earlier list still count, under their code.
    const retired = counted.filter((r) => !categories.some((c) => c.code === r.code)).map((r) => ({ code: r.code!, name: r.code!, count: Number(r.n) }));
    return {
      department,
      period: p.label,
      tasks,
      plannedTasks: planned,
      plannedTasksPublished: plannedPublished,
      planCompletion: ratio(plannedPublished, planned, 1),
      resultsRecorded: recorded,
      publishedOnTime: Number(t?.onTime ?? 0),
      publishedLate: Number(t?.late ?? 0),
      overdue: Number(t?.overdue ?? 0),
      problemsFound: problems,
      problemDetectionRate: ratio(problems, recorded, 0),
      byCategory: [...known, ...retired],
      jointVisits,
      jointShare: jointShareOf(jointVisits, tasks),
    };
  });
}

/** Statistics as flat rows (one per department, a column per category) for CSV and XLSX. */
export function statisticsTable(stats: readonly DepartmentStatistics[], departmentNames: Record<string, string>) {
  const categories = [...new Map(stats.flatMap((s) => s.byCategory).map((c) => [c.code, c])).values()];
  const headers = [
    "期间", "部门", "任务数", "计划任务数", "已公示计划任务数", "计划完成率", "已录入结果", "按期公示", "逾期公示", "超期未公示",
    "发现问题数", "问题发现率", "联合检查户次", "联合检查占比", ...categories.map((c) => c.name),
  ];
  const rows = stats.map((s) => [
    s.period, departmentNames[s.department] ?? s.department, s.tasks, s.plannedTasks, s.plannedTasksPublished, round(s.planCompletion),
    s.resultsRecorded, s.publishedOnTime, s.publishedLate, s.overdue, s.problemsFound, round(s.problemDetectionRate), s.jointVisits,
    round(s.jointShare), ...categories.map((c) => s.byCategory.find((b) => b.code === c.code)?.count ?? 0),
  ]);
  return { headers, rows };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
