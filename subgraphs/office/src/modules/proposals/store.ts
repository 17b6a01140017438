/** The only SQL of round 2: planned tasks by target, and the proposals kept and pushed. */
import { groupBy } from "@hub/kit";
import { ProposalStatus, TaskSource, TaskStatus, type ProposalNoticeShape } from "@hub/schema";
import { and, eq, gte, inArray, isNull, lte, ne, notInArray, or, sql } from "drizzle-orm";
import { jointProposals, proposalDeliveries, taskEntries, type JointProposalRow } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";
import type { PlannedTask } from "./visits.js";

/** Round 2 input: drawn tasks not yet done whose window touches the year, by target. */
export async function plannedTasksByTarget(db: OfficeDb, year: number, department?: string, usccs?: readonly string[]) {
  const rows = await db
    .select()
    .from(taskEntries)
    .where(
      and(
        eq(taskEntries.source, TaskSource.DRAW),
        ne(taskEntries.status, TaskStatus.DONE),
        lte(taskEntries.dueStart, `${year}-12-31`),
        gte(taskEntries.dueEnd, `${year}-01-01`),
        // a department sees the targets it has planned tasks on, with every department's tasks there
        department ? sql`${taskEntries.uscc} in (select uscc from ${taskEntries} where department = ${department})` : undefined,
        // an incremental update recomputes only the targets whose tasks changed
        usccs ? inArray(taskEntries.uscc, [...usccs]) : undefined,
        // a task taken up by a joint inspection (not declined or cancelled, the department taking part) is not
        // proposed again (outer columns spelled out: the subquery has a "department" of its own)
        sql`not exists (select 1 from joint_targets jt join joint_inspections j on j.id = jt.joint_id
          join joint_participants jp on jp.joint_id = j.id and jp.department = "task_entries"."department"
          where jt.uscc = "task_entries"."uscc" and j.status not in ('DECLINED', 'CANCELLED') and jp.response <> 'DECLINED'
            and j.window_start <= "task_entries"."due_end" and j.window_end >= "task_entries"."due_start")`,
      ),
    );
  const planned = rows.map((r): PlannedTask => ({ department: r.department, taskId: r.taskId, uscc: r.uscc, itemCodes: r.itemCodes, inspectors: r.inspectorCount, dueStart: r.dueStart, dueEnd: r.dueEnd }));
  return groupBy(planned, (t) => t.uscc);
}

/** The years with drawn tasks not yet done. */
export async function yearsWithPlannedTasks(db: OfficeDb): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${taskEntries.dueEnd})::int` })
    .from(taskEntries)
    .where(and(eq(taskEntries.source, TaskSource.DRAW), ne(taskEntries.status, TaskStatus.DONE)));
  return rows.map((r) => Number(r.year));
}

/**
 * Record the proposals as computed now: new ones OPEN (and owed to each of their departments),
 * known ones take the new target count (an adopted one stays adopted), the rest are withdrawn.
 */
/** Keep the current proposals; returns the (proposal, department) pairs seen for the first time. */
export async function replaceProposals(db: OfficeDb, current: Omit<typeof jointProposals.$inferInsert, "status">[]): Promise<{ key: string; department: string }[]> {
  const firstSeen: { key: string; department: string }[] = [];
  for (let i = 0; i < current.length; i += 500) {
    const batch = current.slice(i, i + 500);
    await db.insert(jointProposals).values(batch.map((p) => ({ ...p, status: ProposalStatus.OPEN })))
      .onConflictDoUpdate({
        target: jointProposals.key,
        set: { status: sql`case when ${jointProposals.status} = 'ADOPTED' then 'ADOPTED' else 'OPEN' end`, targetCount: sql`excluded.target_count`, updatedAt: sql`now()` },
      });
    firstSeen.push(...(await db.insert(proposalDeliveries).values(batch.flatMap((p) => p.departments.map((department) => ({ key: p.key, department }))))
      .onConflictDoNothing().returning({ key: proposalDeliveries.key, department: proposalDeliveries.department })));
  }
  const keys = current.map((p) => p.key);
  await db.update(jointProposals).set({ status: ProposalStatus.WITHDRAWN, updatedAt: new Date() })
    .where(and(eq(jointProposals.status, ProposalStatus.OPEN), keys.length ? notInArray(jointProposals.key, keys) : undefined));
  return firstSeen;
}

/** Every notice a department has not acknowledged in its current state. */
export async function undelivered(db: OfficeDb) {
  return db
    .select({ proposal: jointProposals, department: proposalDeliveries.department })
    .from(proposalDeliveries)
    .innerJoin(jointProposals, eq(jointProposals.key, proposalDeliveries.key))
    .where(or(
      isNull(proposalDeliveries.deliveredStatus),
      ne(proposalDeliveries.deliveredStatus, jointProposals.status),
      ne(proposalDeliveries.deliveredTargetCount, jointProposals.targetCount),
    ));
}

export async function markDelivered(db: OfficeDb, department: string, notice: ProposalNoticeShape) {
  await db.update(proposalDeliveries).set({ deliveredStatus: notice.status, deliveredTargetCount: notice.targetCount, deliveredAt: new Date(), lastError: null })
    .where(and(eq(proposalDeliveries.department, department), eq(proposalDeliveries.key, notice.key)));
}

export async function markUndelivered(db: OfficeDb, department: string, keys: string[], error: string) {
  await db.update(proposalDeliveries).set({ attempts: sql`${proposalDeliveries.attempts} + 1`, lastError: error })
    .where(and(eq(proposalDeliveries.department, department), inArray(proposalDeliveries.key, keys)));
}

/** The proposal, locked for the rest of the transaction. */
export async function lockedProposal(db: OfficeDb, key: string): Promise<JointProposalRow | undefined> {
  const [row] = await db.select().from(jointProposals).where(eq(jointProposals.key, key)).for("update");
  return row;
}

export async function setProposalStatus(db: OfficeDb, where: { key: string } | { jointInspectionId: number }, status: ProposalStatus, jointInspectionId: number | null) {
  await db.update(jointProposals).set({ status, jointInspectionId, updatedAt: new Date() })
    .where("key" in where ? eq(jointProposals.key, where.key) : eq(jointProposals.jointInspectionId, where.jointInspectionId));
}
