/** The year's milestones of a department (工作节点): facts read from its plans, draws and results; reports marked sent. */
import { badInput, today } from "@hub/kit";
import { chinaDate, MilestoneKind, MILESTONE_NAMES, PlanStatus, REPORTED_MILESTONES, workingDayCalendar } from "@hub/schema";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { milestonesOf, type Milestone, type Progress, type YearFacts } from "./rules.js";
import * as store from "./store.js";

const day = (d: Date | null) => (d === null ? null : chinaDate(d));
const latest = (days: (string | null)[]) => days.reduce<string | null>((m, d) => (d !== null && (m === null || d > m) ? d : m), null);

async function yearFacts(ctx: DepartmentContext, year: number): Promise<YearFacts> {
  const [plans, months, reports] = await Promise.all([store.plansOfYear(ctx.db, year), store.drawnTasksByMonth(ctx.db, year), store.reportsOfYear(ctx.db, year)]);
  const published = plans.filter((p) => p.status === PlanStatus.PUBLISHED);
  const drawn = await store.firstDraws(ctx.db, published.map((p) => p.id));
  const progress = (done: number, total: number, lastOn: string | null): Progress => ({ done, total, lastOn: done === total && total > 0 ? lastOn : null });
  const sum = (k: "total" | "inspected" | "published") => months.reduce((a, m) => a + m[k], 0);
  return {
    plans: { total: plans.length, published: published.length, firstPublishedOn: published.map((p) => day(p.publishedAt)).reduce<string | null>((m, d) => (d !== null && (m === null || d < m) ? d : m), null) },
    drawnPlans: progress(drawn.size, published.length, latest([...drawn.values()].map(day))),
    inspected: progress(sum("inspected"), sum("total"), latest(months.map((m) => m.lastInspectedOn))),
    published: progress(sum("published"), sum("total"), latest(months.map((m) => day(m.lastPublishedAt)))),
    monthly: new Map(months.filter((m) => m.month.startsWith(`${year}-`)).map((m) => [Number(m.month.slice(5)), progress(m.inspected, m.total, m.lastInspectedOn)])),
    reported: new Map(reports.map((r) => [r.kind, { on: chinaDate(r.reportedAt), by: r.reportedBy, note: r.note }])),
  };
}

/** The year's milestones, in order of their days; due soon within `withinWorkingDays` working days. */
export async function milestones(ctx: DepartmentContext, year: number, withinWorkingDays: number): Promise<(Milestone & { name: string })[]> {
  const now = today(ctx.clock);
  const horizon = workingDayCalendar().addWorkingDays(now, withinWorkingDays).date;
  return milestonesOf(year, ctx.department.milestones, await yearFacts(ctx, year), now, horizon).map((m) => ({ ...m, name: MILESTONE_NAMES[m.kind] }));
}

/** 情况报送: an admin marks a report milestone sent (once; a second mark keeps the first). */
export async function reportMilestone(ctx: DepartmentContext, year: number, kind: MilestoneKind, note: string | null) {
  if (!REPORTED_MILESTONES.includes(kind)) throw badInput(`${MILESTONE_NAMES[kind]} is met by the work itself, not marked by hand`, { argument: "kind" });
  if (!ctx.department.milestones[kind as "HALF_YEAR_REPORT" | "ANNUAL_REPORT"]) throw badInput(`${MILESTONE_NAMES[kind]} is not one of ${ctx.department.code}'s milestones`, { argument: "kind" });
  await ctx.db.transaction(async (tx) => {
    if (await store.insertReport(tx, { year, kind, reportedBy: ctx.identity.subject, reportedAt: ctx.clock.now(), note }))
      await audit(tx, ctx.identity, "reportMilestone", [year, kind]);
  });
  return (await milestones(ctx, year, 0)).find((m) => m.kind === kind)!;
}
