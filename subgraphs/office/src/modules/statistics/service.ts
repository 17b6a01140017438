/**
 * Result statistics per department and period, over the office's index of every department's tasks:
 * plan completion, publication on time / late / overdue, problem detection rate (问题发现率), results
 * by category, and the joint-inspection share against each department's goal. A task belongs to the
 * period its window ends in.
 */
import { chinaDate, JointPlanEntryStatus, jointGoalFor, resolveDepartment, type DepartmentConfig, type ResultCategory } from "@hub/schema";
import type { OfficeDb } from "../../shared/db.js";
import { period, type Period } from "./period.js";

export { period, PeriodError, type Period } from "./period.js";
import { countsByCategory, jointFigures, taskTotals, totalsByDepartment, type JointFigures } from "./store.js";
import { entriesOf, executionOf } from "../joint-plans/store.js";

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

const NO_JOINT: JointFigures = { led: 0, joined: 0, pending: 0, jointVisits: 0 };

/** The joint share: joint visits over the department's inspection tasks in the period. The one definition. */
export const jointShareOf = (jointVisits: number, tasks: number) => ratio(jointVisits, tasks, 0);

/** jointStatistics(year): joint figures, the share and the department's goal. */
export async function jointStatistics(db: OfficeDb, departments: readonly DepartmentConfig[], year: number) {
  const p = period(year);
  const codes = departments.map((d) => d.code);
  const [figures, totals, entries] = await Promise.all([jointFigures(db, p.from, p.to), taskTotals(db, codes, p), entriesOf(db, year, { status: JointPlanEntryStatus.ACCEPTED })]);
  const execution = await executionOf(db, entries.map((e) => e.id));
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
      // 年度联合抽查计划: its accepted entries, and how many were carried out
      planEntries: entries.filter((e) => e.departments.includes(d.code)).length,
      planEntriesCarriedOut: entries.filter((e) => e.departments.includes(d.code) && (execution.get(e.id)?.carriedOut ?? 0) > 0).length,
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
  const [totals, byCategory, joint] = await Promise.all([
    totalsByDepartment(db, departments, p, problemCodes, today),
    countsByCategory(db, departments, p),
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

