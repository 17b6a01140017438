/**
 * Round 2's proposals, kept and pushed: after a sync that changed tasks, the office recomputes the
 * joint inspection actions of every year with planned tasks, records each (new, changed, or
 * withdrawn when no longer produced), and pushes a notice to every department involved through the
 * gateway (`<code> { receiveJointProposals }`). A department that cannot be reached keeps its
 * notices pending and gets them after a later sync. A proposal launched as a joint inspection is
 * ADOPTED; the targets of joint inspections under way or done are not proposed again.
 */
import { groupBy, logger } from "@hub/kit";
import { and, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import { jointProposals, proposalDeliveries, taskEntries } from "./db/schema.js";
import { jointActions } from "./domain/visits.js";
import { gatewayQuery, syncAll, SyncError, type DepartmentSyncReport, type SyncOptions } from "./sync.js";
import { plannedTasksByTarget, type OfficeDb } from "./target-index.js";

export const proposalKey = (year: number, a: { departments: string[]; windowStart: string; windowEnd: string }) =>
  `${year}|${a.departments.join(",")}|${a.windowStart}|${a.windowEnd}`;

/** Recompute and record the proposals; returns how many are open. */
export async function refreshProposals(db: OfficeDb): Promise<number> {
  const years = await db
    .selectDistinct({ year: sql<number>`extract(year from ${taskEntries.dueEnd})::int` })
    .from(taskEntries)
    .where(sql`${taskEntries.source} = 'DRAW' and ${taskEntries.status} <> 'DONE'`);
  const current: Omit<typeof jointProposals.$inferInsert, "status">[] = [];
  for (const { year } of years)
    for (const a of jointActions(await plannedTasksByTarget(db, year)))
      current.push({ key: proposalKey(year, a), year, departments: a.departments, windowStart: a.windowStart, windowEnd: a.windowEnd, targetCount: a.visits.length });
  await db.transaction(async (tx) => {
    const t = tx as unknown as OfficeDb;
    for (let i = 0; i < current.length; i += 500) {
      const batch = current.slice(i, i + 500);
      // An adopted proposal stays adopted: it names the joint inspection launched from it.
      await t.insert(jointProposals).values(batch.map((p) => ({ ...p, status: "OPEN" })))
        .onConflictDoUpdate({
          target: jointProposals.key,
          set: { status: sql`case when ${jointProposals.status} = 'ADOPTED' then 'ADOPTED' else 'OPEN' end`, targetCount: sql`excluded.target_count`, updatedAt: sql`now()` },
        });
      await t.insert(proposalDeliveries).values(batch.flatMap((p) => p.departments.map((department) => ({ key: p.key, department })))).onConflictDoNothing();
    }
    const keys = current.map((p) => p.key);
    await t.update(jointProposals).set({ status: "WITHDRAWN", updatedAt: new Date() })
      .where(and(eq(jointProposals.status, "OPEN"), keys.length ? notInArray(jointProposals.key, keys) : undefined));
  });
  return current.length;
}

/** Push every notice a department has not acknowledged yet; one request per department. */
export async function pushProposals(opts: SyncOptions): Promise<{ department: string; delivered: number; error: string | null }[]> {
  const pending = await opts.db
    .select({ proposal: jointProposals, department: proposalDeliveries.department })
    .from(proposalDeliveries)
    .innerJoin(jointProposals, eq(jointProposals.key, proposalDeliveries.key))
    .where(or(
      isNull(proposalDeliveries.deliveredStatus),
      ne(proposalDeliveries.deliveredStatus, jointProposals.status),
      ne(proposalDeliveries.deliveredTargetCount, jointProposals.targetCount),
    ));
  const known = new Set(opts.config.departments.map((d) => d.code));
  const reports = [];
  for (const [department, rows] of groupBy(pending.filter((p) => known.has(p.department)), (p) => p.department)) {
    const proposals = rows.map((r) => r.proposal);
    const keys = proposals.map((p) => p.key);
    const where = and(eq(proposalDeliveries.department, department), inArray(proposalDeliveries.key, keys));
    try {
      for (let i = 0; i < proposals.length; i += 500) {
        const notices = proposals.slice(i, i + 500).map(({ key, year, departments, windowStart, windowEnd, targetCount, status }) => ({ key, year, departments, windowStart, windowEnd, targetCount, status }));
        await gatewayQuery(opts, `mutation($n: [JointProposalNoticeInput!]!) { ${department} { receiveJointProposals(notices: $n) } }`, { n: notices });
      }
      // What was sent is what is acknowledged (a proposal that changed meanwhile stays pending).
      for (const p of proposals)
        await opts.db.update(proposalDeliveries).set({ deliveredStatus: p.status, deliveredTargetCount: p.targetCount, deliveredAt: new Date(), lastError: null })
          .where(and(eq(proposalDeliveries.department, department), eq(proposalDeliveries.key, p.key)));
      reports.push({ department, delivered: proposals.length, error: null });
    } catch (e) {
      const error = e instanceof SyncError ? e.message : `cannot reach the gateway: ${(e as Error).message}`;
      await opts.db.update(proposalDeliveries).set({ attempts: sql`${proposalDeliveries.attempts} + 1`, lastError: error }).where(where);
      logger.warn({ department, error, pending: proposals.length }, "joint proposals not delivered; will retry after the next sync");
      reports.push({ department, delivered: 0, error });
    }
  }
  return reports;
}

/**
 * Sync every department, then, if any task changed, recompute the proposals, and push what the
 * departments have not been told yet. What the schedule and `syncDepartments` run.
 */
export async function syncAndPropose(opts: SyncOptions): Promise<DepartmentSyncReport[]> {
  const reports = await syncAll(opts);
  try {
    if (reports.some((r) => r.tasks > 0)) await refreshProposals(opts.db);
    await pushProposals(opts);
  } catch (e) {
    logger.error({ err: e }, "joint proposals could not be refreshed or pushed");
  }
  return reports;
}
