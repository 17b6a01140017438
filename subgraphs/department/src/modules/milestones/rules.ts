/**
 * The year's milestones (工作节点) of a department: from the configured days and what the
 * department has done, each milestone's due day and state — met (on time or late), open, due
 * soon, overdue. Pure: the service reads the facts.
 */
import { addDays, MilestoneKind, REPORTED_MILESTONES, type MilestoneDays } from "@hub/schema";

export enum MilestoneState {
  /** Met by its day. */
  MET = "MET",
  /** Met, after its day. */
  MET_LATE = "MET_LATE",
  /** Not met; its day is further off than the look-ahead. */
  OPEN = "OPEN",
  /** Not met; its day falls within the look-ahead. */
  DUE_SOON = "DUE_SOON",
  /** Not met, and its day has passed. */
  OVERDUE = "OVERDUE",
}

export function milestoneState(dueDate: string, metOn: string | null, today: string, horizon: string): MilestoneState {
  if (metOn !== null) return metOn <= dueDate ? MilestoneState.MET : MilestoneState.MET_LATE;
  if (today > dueDate) return MilestoneState.OVERDUE;
  return dueDate <= horizon ? MilestoneState.DUE_SOON : MilestoneState.OPEN;
}

/** What counts towards a milestone: how many of how many, and the day the last of them was done. */
export interface Progress {
  done: number;
  total: number;
  /** The day the last one was done (when all are). */
  lastOn: string | null;
}

/** What the department has done in the year, as the service reads it. */
export interface YearFacts {
  /** Its plans of the year, published ones, and the day the first was published. */
  plans: { total: number; published: number; firstPublishedOn: string | null };
  /** Published plans drawn at least once, and the day the last of them was first drawn. */
  drawnPlans: Progress;
  /** Drawn tasks of the year's plans: inspected (a result), and published. */
  inspected: Progress;
  published: Progress;
  /** Per month (1–12) of the drawn tasks' window end: inspected. */
  monthly: Map<number, Progress>;
  /** Reports marked sent: the day each was. */
  reported: Map<MilestoneKind, { on: string; by: string; note: string | null }>;
}

export interface Milestone {
  kind: MilestoneKind;
  /** For MONTHLY_TASKS: the month. */
  month: number | null;
  dueDate: string;
  state: MilestoneState;
  metOn: string | null;
  done: number | null;
  total: number | null;
  reportedBy: string | null;
  note: string | null;
}

const met = (p: Progress) => (p.total > 0 && p.done === p.total ? p.lastOn : null);
const lastDayOf = (year: number, month: number) => addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, "0")}-01`, -1);

/**
 * The year's milestones in order of their days. Each month's tasks appear once the month has begun
 * (and only months with drawn tasks); a report milestone is met when marked sent.
 */
export function milestonesOf(year: number, days: MilestoneDays, facts: YearFacts, today: string, horizon: string): Milestone[] {
  const out: Milestone[] = [];
  const add = (kind: MilestoneKind, dueDate: string, metOn: string | null, progress: { done: number; total: number } | null, month: number | null = null) => {
    const report = facts.reported.get(kind);
    out.push({
      kind, month, dueDate, state: milestoneState(dueDate, metOn, today, horizon), metOn,
      done: progress?.done ?? null, total: progress?.total ?? null, reportedBy: report?.by ?? null, note: report?.note ?? null,
    });
  };
  const on = (mmdd: string) => `${year}-${mmdd}`;
  if (days.PLAN_PUBLISHED) add(MilestoneKind.PLAN_PUBLISHED, on(days.PLAN_PUBLISHED), facts.plans.firstPublishedOn, { done: facts.plans.published, total: facts.plans.total });
  if (days.DRAWS_DONE) add(MilestoneKind.DRAWS_DONE, on(days.DRAWS_DONE), met(facts.drawnPlans), facts.drawnPlans);
  if (days.INSPECTIONS_DONE) add(MilestoneKind.INSPECTIONS_DONE, on(days.INSPECTIONS_DONE), met(facts.inspected), facts.inspected);
  if (days.RESULTS_PUBLISHED) add(MilestoneKind.RESULTS_PUBLISHED, on(days.RESULTS_PUBLISHED), met(facts.published), facts.published);
  for (const kind of REPORTED_MILESTONES) {
    const day = days[kind as "HALF_YEAR_REPORT" | "ANNUAL_REPORT"];
    if (day) add(kind, on(day), facts.reported.get(kind)?.on ?? null, null);
  }
  if (days.monthlyTasks)
    for (const [month, p] of [...facts.monthly].sort((a, b) => a[0] - b[0]))
      if (p.total > 0 && `${year}-${String(month).padStart(2, "0")}-01` <= today) add(MilestoneKind.MONTHLY_TASKS, lastDayOf(year, month), met(p), p, month);
  return out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
