/** The only SQL of the to-do list: what waits on a department or the office, read across the office's tables. */
import { JointPlanEntryStatus, JointStatus, ProposalStatus, ResponseStatus, TaskStatus } from "@hub/schema";
import { and, arrayContains, asc, eq, inArray, isNotNull, isNull, lt, ne, sql } from "drizzle-orm";
import { jointInspections, jointParticipants, jointPlanEntries, jointPlans, jointProposals, jointRecords, taskEntries } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";

/** How many items of one kind a list shows; the rest are counted. */
export const LISTED = 200;

export async function openProposals(db: OfficeDb, department?: string) {
  return db.select({ key: jointProposals.key, year: jointProposals.year, departments: jointProposals.departments, windowStart: jointProposals.windowStart, windowEnd: jointProposals.windowEnd, targetCount: jointProposals.targetCount })
    .from(jointProposals)
    .where(and(eq(jointProposals.status, ProposalStatus.OPEN), department === undefined ? undefined : arrayContains(jointProposals.departments, [department])))
    .orderBy(asc(jointProposals.windowStart), asc(jointProposals.key));
}

/** A department's part in joint inspections still under way: its answer, its team, and whether it leads. */
export async function jointWork(db: OfficeDb, department: string) {
  return db.select({
    id: jointInspections.id, lead: jointInspections.lead, status: jointInspections.status, windowStart: jointInspections.windowStart, windowEnd: jointInspections.windowEnd,
    scheduledDate: jointInspections.scheduledDate, response: jointParticipants.response, inspectors: jointParticipants.inspectors,
  }).from(jointParticipants)
    .innerJoin(jointInspections, eq(jointInspections.id, jointParticipants.jointId))
    .where(and(eq(jointParticipants.department, department), ne(jointParticipants.response, ResponseStatus.DECLINED),
      inArray(jointInspections.status, [JointStatus.PROPOSED, JointStatus.CONSULTED, JointStatus.SCHEDULED, JointStatus.IN_PROGRESS, JointStatus.RECORDED])))
    .orderBy(asc(jointInspections.id));
}

export async function planEntries(db: OfficeDb, status: JointPlanEntryStatus, lead?: string) {
  return db.select({ id: jointPlanEntries.id, year: jointPlanEntries.year, lead: jointPlanEntries.lead, name: jointPlanEntries.name })
    .from(jointPlanEntries)
    .where(and(eq(jointPlanEntries.status, status), lead === undefined ? undefined : eq(jointPlanEntries.lead, lead)))
    .orderBy(asc(jointPlanEntries.year), asc(jointPlanEntries.id));
}

/** Per year: accepted entries that the published plan (if any) does not hold yet. */
export async function unpublishedAccepted(db: OfficeDb): Promise<{ year: number; entries: number }[]> {
  const rows = await db.select({ year: jointPlanEntries.year, entries: sql<number>`count(*)`.mapWith(Number) })
    .from(jointPlanEntries)
    .leftJoin(jointPlans, eq(jointPlans.year, jointPlanEntries.year))
    .where(and(eq(jointPlanEntries.status, JointPlanEntryStatus.ACCEPTED), sql`(${jointPlans.year} is null or not (${jointPlanEntries.id} = any(${jointPlans.entryIds})))`))
    .groupBy(jointPlanEntries.year)
    .orderBy(asc(jointPlanEntries.year));
  return rows;
}

/** Per joint inspection and department: records whose delivery failed. */
export async function failedDeliveries(db: OfficeDb) {
  return db.select({ jointId: jointRecords.jointId, department: jointRecords.department, records: sql<number>`count(*)`.mapWith(Number), error: sql<string>`max(${jointRecords.deliveryError})` })
    .from(jointRecords)
    .where(and(isNull(jointRecords.deliveredAt), isNotNull(jointRecords.deliveryError)))
    .groupBy(jointRecords.jointId, jointRecords.department)
    .orderBy(asc(jointRecords.jointId), asc(jointRecords.department));
}

/** A department's tasks whose window has ended without a result (the office's index): how many, the earliest, the first few. */
export async function resultsToEnter(db: OfficeDb, department: string, today: string) {
  const where = and(eq(taskEntries.department, department), ne(taskEntries.status, TaskStatus.DONE), lt(taskEntries.dueEnd, today));
  const [count] = await db.select({ n: sql<number>`count(*)`.mapWith(Number), earliest: sql<string | null>`min(${taskEntries.dueEnd})::text` }).from(taskEntries).where(where);
  const first = await db.select({ taskId: taskEntries.taskId }).from(taskEntries).where(where).orderBy(asc(taskEntries.dueEnd), asc(taskEntries.taskId)).limit(20);
  return { count: count?.n ?? 0, earliest: count?.earliest ?? null, taskIds: first.map((r) => r.taskId) };
}
