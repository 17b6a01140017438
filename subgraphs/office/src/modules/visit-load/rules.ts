/**
 * 多头检查、重复检查: how often one target's door is knocked on, across departments. A visit is one
 * department's inspection of the target on a day (or, before it happens, within its task's window);
 * a joint inspection is one visit for all its departments. A visit limit says how many visits any
 * run of consecutive days may hold (e.g. at most 1 a day, 2 a week, 3 in 30 days). A visit counts
 * towards a period only when it is sure to fall in it — done on a day of the period, or due within
 * it — so a task with a long window flags nothing until it is done or its window is short. Pure.
 */
import { addDays, type VisitLimit } from "@hub/schema";

/** One known or planned visit to a target. */
export interface Visit {
  /** Stable and unique per target: `joint:12`, `task:market:340`, `done:market:2026-05-06`, `new`. */
  key: string;
  departments: string[];
  /** ISO dates, inclusive: the day it happened or is scheduled, or the window it is due in. */
  from: string;
  to: string;
  /** True when it happened or is scheduled on a day (from = to). */
  fixed: boolean;
}

/** A department's task on the target, as the office's index has it. */
export interface TaskOnTarget {
  department: string;
  taskId: number;
  dueStart: string;
  dueEnd: string;
  /** The day its result says it was inspected. */
  inspectionDate: string | null;
  /** The joint inspection its result was recorded in. */
  jointInspectionId: number | null;
}

/** A joint inspection that visits (or visited) the target and is not cancelled or declined. */
export interface JointOnTarget {
  id: number;
  /** The lead and every department that has not declined. */
  departments: string[];
  windowStart: string;
  windowEnd: string;
  scheduledDate: string | null;
}

/**
 * The visits a target has had or is due: one per joint inspection; one per department and day of
 * its inspected tasks (one visit inspects several tasks); one per department and window of its
 * pending tasks, unless a joint inspection of that department in the task's window carries it out.
 */
export function visitsOf(tasks: readonly TaskOnTarget[], joints: readonly JointOnTarget[]): Visit[] {
  const visits = new Map<string, Visit>();
  for (const j of joints) {
    const day = j.scheduledDate;
    visits.set(`joint:${j.id}`, { key: `joint:${j.id}`, departments: [...j.departments].sort(), from: day ?? j.windowStart, to: day ?? j.windowEnd, fixed: day !== null });
  }
  for (const t of tasks) {
    if (t.jointInspectionId !== null) continue; // the joint inspection is the visit
    if (t.inspectionDate !== null) {
      const key = `done:${t.department}:${t.inspectionDate}`;
      visits.set(key, { key, departments: [t.department], from: t.inspectionDate, to: t.inspectionDate, fixed: true });
      continue;
    }
    const carried = joints.some((j) => j.departments.includes(t.department) && (j.scheduledDate ?? j.windowStart) <= t.dueEnd && (j.scheduledDate ?? j.windowEnd) >= t.dueStart);
    if (carried) continue;
    const key = `task:${t.department}:${t.dueStart}:${t.dueEnd}`;
    visits.set(key, { key, departments: [t.department], from: t.dueStart, to: t.dueEnd, fixed: false });
  }
  return [...visits.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.key < b.key ? -1 : 1));
}

/** A limit a target's visits exceed, in the period that holds the most of them. */
export interface VisitExcess {
  limit: VisitLimit;
  periodStart: string;
  periodEnd: string;
  /** The visits sure to fall in the period, earliest first (more than limit.maxVisits). */
  visits: Visit[];
}

/** Which periods to consider: those holding a visit (the one about to be scheduled), or touching some days. */
export interface ExcessScope {
  including?: string;
  /** ISO dates: only periods with a day in [from, to]. */
  from?: string;
  to?: string;
}

/**
 * The limits the visits exceed, each with its fullest period in scope. With `including`, only periods
 * that hold that visit count, so that an old excess does not flag a new visit.
 */
export function excesses(visits: readonly Visit[], limits: readonly VisitLimit[], scope: ExcessScope = {}): VisitExcess[] {
  const out: VisitExcess[] = [];
  for (const limit of limits) {
    let best: VisitExcess | null = null;
    // the fullest period can be moved until its last day is some visit's last day (or the scope's first
    // day, when the scope cuts it off: then until its first day is a visit's first day)
    const candidates = new Set<string>();
    for (const v of visits) candidates.add(v.to).add(addDays(v.from, limit.days - 1));
    for (const end of candidates) {
      const start = addDays(end, 1 - limit.days);
      if ((scope.from !== undefined && end < scope.from) || (scope.to !== undefined && start > scope.to)) continue;
      const inside = visits.filter((v) => v.from >= start && v.to <= end);
      if (inside.length <= limit.maxVisits) continue;
      if (scope.including !== undefined && !inside.some((v) => v.key === scope.including)) continue;
      if (!best || inside.length > best.visits.length || (inside.length === best.visits.length && start < best.periodStart)) best = { limit, periodStart: start, periodEnd: end, visits: inside };
    }
    if (best) out.push(best);
  }
  return out;
}
