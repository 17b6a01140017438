/**
 * Round 2's proposals, kept and pushed: after a sync that changed tasks, the office recomputes the
 * joint inspection actions of every year with planned tasks, records each (new, changed, or
 * withdrawn when no longer produced), and pushes a notice to every department involved through the
 * gateway (`<code> { receiveJointProposals }`). A department that cannot be reached keeps its
 * notices pending and gets them after a later sync. A proposal launched as a joint inspection is
 * ADOPTED; the targets of joint inspections under way or done are not proposed again.
 */
import { groupBy, logger, systemClock, type JobProgress } from "@hub/kit";
import { NotificationKind, type ProposalNoticeShape } from "@hub/schema";
import { askDepartment, DepartmentCallError } from "../../department-api/client.js";
import { ReceiveJointProposalsDocument } from "../../department-api/generated.js";
import type { OfficeDb } from "../../shared/db.js";
import { syncAll, type DepartmentSyncReport, type SyncOptions } from "../index/sync.js";
import { deliverJointResults } from "../joint/delivery.js";
import { tell, type Teller } from "../notifications/service.js";
import * as store from "./store.js";
import { jointActions } from "./visits.js";

export const proposalKey = (year: number, a: { departments: string[]; windowStart: string; windowEnd: string }) =>
  `${year}|${a.departments.join(",")}|${a.windowStart}|${a.windowEnd}`;

/** Recompute and record the proposals; returns how many are produced. */
export async function refreshProposals(db: OfficeDb, by?: Teller): Promise<number> {
  const current: Parameters<typeof store.replaceProposals>[1] = [];
  for (const year of await store.yearsWithPlannedTasks(db))
    for (const a of jointActions(await store.plannedTasksByTarget(db, year)))
      current.push({ key: proposalKey(year, a), year, departments: a.departments, windowStart: a.windowStart, windowEnd: a.windowEnd, targetCount: a.visits.length });
  await db.transaction(async (tx) => {
    const firstSeen = await store.replaceProposals(tx, current);
    // 消息通知: each department told once of each proposal naming it
    if (by) {
      const byKey = new Map(current.map((p) => [p.key, p]));
      await tell(tx, by, firstSeen.map(({ key, department }) => {
        const p = byKey.get(key)!;
        return { department, kind: NotificationKind.JOINT_PROPOSAL_RECEIVED, proposalKey: key, facts: { departments: p.departments, windowStart: p.windowStart, windowEnd: p.windowEnd, targets: p.targetCount } };
      }));
    }
  });
  return current.length;
}

/** Push every notice a department has not acknowledged yet; one request per 500 notices and department. */
export async function pushProposals(opts: SyncOptions): Promise<{ department: string; delivered: number; error: string | null }[]> {
  const known = new Set(opts.config.departments.map((d) => d.code));
  const pending = (await store.undelivered(opts.db)).filter((p) => known.has(p.department));
  const reports = [];
  for (const [department, rows] of groupBy(pending, (p) => p.department)) {
    const notices: ProposalNoticeShape[] = rows.map(({ proposal: { key, year, departments, windowStart, windowEnd, targetCount, status } }) => ({ key, year, departments, windowStart, windowEnd, targetCount, status }));
    try {
      for (let i = 0; i < notices.length; i += 500)
        await askDepartment(opts, department, ReceiveJointProposalsDocument, { notices: notices.slice(i, i + 500) });
      // What was sent is what is acknowledged (a proposal that changed meanwhile stays pending).
      for (const n of notices) await store.markDelivered(opts.db, department, n);
      reports.push({ department, delivered: notices.length, error: null });
    } catch (e) {
      const error = e instanceof DepartmentCallError ? e.message : `cannot push: ${(e as Error).message}`;
      await store.markUndelivered(opts.db, department, notices.map((n) => n.key), error);
      logger.warn({ department, error, pending: notices.length }, "joint proposals not delivered; will retry after the next sync");
      reports.push({ department, delivered: 0, error });
    }
  }
  return reports;
}

/**
 * Deliver joint inspection results still pending, sync every department, then, if any task changed,
 * recompute the proposals, and push what the departments have not been told yet. What the schedule
 * and `syncDepartments` run.
 */
export async function syncAndPropose(opts: SyncOptions, progress?: JobProgress): Promise<DepartmentSyncReport[]> {
  const total = opts.config.departments.length + 1;
  let done = 0;
  // first the joint inspection results a department did not take when they were recorded, so that this sync reads them back
  await deliverJointResults(opts).catch((e) => logger.error({ err: e }, "joint inspection results could not be delivered"));
  await progress?.progress(0, total, "读取各部门的变更");
  const reports = await syncAll(opts, (r) => progress?.progress(++done, total, `已读取 ${r.department}`));
  try {
    await progress?.progress(done, total, "更新联合抽查建议");
    if (reports.some((r) => r.tasks > 0)) await refreshProposals(opts.db, { config: opts.config, clock: opts.clock ?? systemClock });
    await pushProposals(opts);
  } catch (e) {
    logger.error({ err: e }, "joint proposals could not be refreshed or pushed");
  }
  await progress?.progress(total, total, null);
  return reports;
}
