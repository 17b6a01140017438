/** The only SQL of the proposal inbox. */
import type { ProposalNoticeShape, ProposalStatus } from "@hub/schema";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { jointProposalInbox } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export async function inbox(db: DepartmentDb, status: ProposalStatus | undefined, first: number, after?: string) {
  return db.select().from(jointProposalInbox)
    .where(and(status ? eq(jointProposalInbox.status, status) : undefined, after ? gt(jointProposalInbox.key, after) : undefined))
    .orderBy(asc(jointProposalInbox.key)).limit(first);
}

/** New notices are kept; a known one takes the new status and target count. */
export async function upsertNotices(db: DepartmentDb, notices: ProposalNoticeShape[]) {
  await db
    .insert(jointProposalInbox)
    .values(notices)
    .onConflictDoUpdate({
      target: jointProposalInbox.key,
      set: { status: sql`excluded.status`, targetCount: sql`excluded.target_count`, updatedAt: sql`now()` },
    });
}
