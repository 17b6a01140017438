/** The office delivers joint inspection proposals (第二轮融合); the department keeps the notices, audited. */
import { badInput } from "@hub/kit";
import { isIsoDate, PROPOSAL_STATUSES, type ProposalNoticeShape, type ProposalStatus } from "@hub/schema";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { upsertNotices } from "./store.js";

export async function receiveNotices(ctx: DepartmentContext, notices: (Omit<ProposalNoticeShape, "status"> & { status: string })[]): Promise<number> {
  if (notices.length > 500) throw badInput("at most 500 notices at a time");
  for (const n of notices)
    if (!isIsoDate(n.windowStart) || !isIsoDate(n.windowEnd) || !PROPOSAL_STATUSES.includes(n.status as ProposalStatus) || !n.departments.includes(ctx.department.code) || n.key.length > 200)
      throw badInput(`notice ${JSON.stringify(n.key.slice(0, 80))} is malformed or not for ${ctx.department.code}`);
  if (notices.length === 0) return 0;
  await ctx.db.transaction(async (tx) => {
    await upsertNotices(tx, notices as ProposalNoticeShape[]);
    await audit(tx, ctx.identity, "receiveJointProposals", notices.map((n) => n.key));
  });
  return notices.length;
}
