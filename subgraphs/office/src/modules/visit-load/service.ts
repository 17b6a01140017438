/**
 * Visit load (多头检查): the visits the office's index knows of one target, checked against the
 * office's limits — before a task or joint inspection is scheduled, for a joint inspection as it
 * stands, and over a year for the statistics.
 */
import { addDays, type VisitLimit } from "@hub/schema";
import type { OfficeDb } from "../../shared/db.js";
import { excesses, visitsOf, type JointOnTarget, type TaskOnTarget, type Visit, type VisitExcess } from "./rules.js";
import * as store from "./store.js";
import type { TargetVisitLoad, VisitLoadStatistics } from "./types.js";

const PROPOSED = "proposed";
const longest = (limits: readonly VisitLimit[]) => Math.max(1, ...limits.map((l) => l.days));

function toApi(uscc: string, name: string | undefined, found: VisitExcess[]): TargetVisitLoad {
  return {
    uscc,
    name: name ?? null,
    excesses: found.map((e) => ({
      days: e.limit.days, maxVisits: e.limit.maxVisits, periodStart: e.periodStart, periodEnd: e.periodEnd,
      visits: e.visits.map((v: Visit) => ({
        departments: v.departments, from: v.from, to: v.to, onDay: v.fixed, proposed: v.key === PROPOSED,
        jointInspectionId: v.key.startsWith("joint:") ? Number(v.key.slice(6)) : null,
      })),
    })),
  };
}

/**
 * The targets among `usccs` whose visits, read over [from, to] widened by the longest limit, exceed a
 * limit as `check` finds it; named, as the API shows them.
 */
async function overLimits(db: OfficeDb, limits: readonly VisitLimit[], usccs: readonly string[], from: string, to: string, check: (tasks: TaskOnTarget[], joints: JointOnTarget[]) => VisitExcess[]): Promise<TargetVisitLoad[]> {
  const span = longest(limits);
  const known = await store.visitsOnTargets(db, [...new Set(usccs)], addDays(from, 1 - span), addDays(to, span - 1));
  const loads = [...known].map(([uscc, { tasks, joints }]) => ({ uscc, found: check(tasks, joints) })).filter((l) => l.found.length > 0);
  const names = await store.targetNames(db, loads.map((l) => l.uscc));
  return loads.map((l) => toApi(l.uscc, names.get(l.uscc), l.found));
}

/** What one more visit to each target in [from, to] (by `departments`) would exceed; only the targets it would take over a limit. */
export async function checkNewVisit(db: OfficeDb, limits: readonly VisitLimit[], usccs: readonly string[], from: string, to: string, departments: string[]): Promise<TargetVisitLoad[]> {
  if (limits.length === 0) return [];
  const proposed: Visit = { key: PROPOSED, departments: [...departments].sort(), from, to, fixed: from === to };
  return overLimits(db, limits, usccs, from, to, (tasks, joints) => excesses([...visitsOf(tasks, joints), proposed], limits, { including: PROPOSED }));
}

/** What a joint inspection's visit exceeds on each of its targets — as it stands, or as if on `date`. */
export async function checkJointVisit(db: OfficeDb, limits: readonly VisitLimit[], joint: JointOnTarget, usccs: readonly string[], date?: string): Promise<TargetVisitLoad[]> {
  if (limits.length === 0 || usccs.length === 0) return [];
  const at = date === undefined ? joint : { ...joint, scheduledDate: date };
  const key = `joint:${joint.id}`;
  // the joint inspection as it would be, in place of what was read of it
  return overLimits(db, limits, usccs, at.scheduledDate ?? at.windowStart, at.scheduledDate ?? at.windowEnd, (tasks, joints) =>
    excesses(visitsOf(tasks, [...joints.filter((j) => j.id !== joint.id), at]), limits, { including: key }));
}

/** Batches of targets read at once for the year's figures. */
const BATCH = 1000;

/** 多头检查 in a year: every target over a limit in a run of days touching the year, counted per limit and department. */
export async function visitLoadStatistics(db: OfficeDb, limits: readonly VisitLimit[], departments: readonly string[], year: number, first: number): Promise<VisitLoadStatistics> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const span = longest(limits);
  const fewest = Math.min(...limits.map((l) => l.maxVisits)) + 1;
  const candidates = limits.length === 0 ? [] : await store.busyTargets(db, addDays(from, 1 - span), addDays(to, span - 1), fewest);
  const perLimit = limits.map(() => 0);
  const perDepartment = new Map(departments.map((d) => [d, 0]));
  const over: { uscc: string; found: VisitExcess[]; most: number }[] = [];
  for (let i = 0; i < candidates.length; i += BATCH) {
    const known = await store.visitsOnTargets(db, candidates.slice(i, i + BATCH), addDays(from, 1 - span), addDays(to, span - 1));
    for (const [uscc, { tasks, joints }] of known) {
      const found = excesses(visitsOf(tasks, joints), limits, { from, to });
      if (found.length === 0) continue;
      for (const e of found) perLimit[limits.indexOf(e.limit)]!++;
      for (const d of new Set(found.flatMap((e) => e.visits.flatMap((v) => v.departments)))) if (perDepartment.has(d)) perDepartment.set(d, perDepartment.get(d)! + 1);
      over.push({ uscc, found, most: Math.max(...found.map((e) => e.visits.length - e.limit.maxVisits)) });
    }
  }
  const worst = over.sort((a, b) => b.most - a.most || (a.uscc < b.uscc ? -1 : 1)).slice(0, first);
  const names = await store.targetNames(db, worst.map((w) => w.uscc));
  return {
    year,
    targets: over.length,
    limits: limits.map((l, i) => ({ days: l.days, maxVisits: l.maxVisits, targets: perLimit[i]! })),
    byDepartment: [...perDepartment].map(([department, targets]) => ({ department, targets })),
    worst: worst.map((w) => toApi(w.uscc, names.get(w.uscc), w.found)),
  };
}
