/** The only SQL of joint inspections: the inspection, its targets, participants, transitions and records. */
import { JointStatus, ResponseStatus } from "@hub/schema";
import { and, arrayOverlaps, asc, desc, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import {
  directoryEntries,
  jointInspections,
  jointParticipants,
  jointRecords,
  jointTargets,
  jointTransitions,
  type JointInspectionRow,
  type JointParticipantRow,
} from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";
import { BOOKING_STATUSES, CARRIED_OUT_STATUSES } from "./rules.js";

/** The carried-out statuses (recorded or closed) as an SQL list, for `status in (…)`. */
export const CARRIED_OUT_SQL = sql.raw(CARRIED_OUT_STATUSES.map((s) => `'${s}'`).join(", "));

/** A joint inspection with its participants, the inspection locked for the rest of the transaction when `lock`. */
export async function jointWithParticipants(db: OfficeDb, id: number, lock = false): Promise<{ joint: JointInspectionRow; participants: JointParticipantRow[] } | undefined> {
  const query = db.select().from(jointInspections).where(eq(jointInspections.id, id));
  const [joint] = lock ? await query.for("update") : await query;
  if (!joint) return undefined;
  const participants = await db.select().from(jointParticipants).where(eq(jointParticipants.jointId, joint.id)).orderBy(asc(jointParticipants.department));
  return { joint, participants };
}

export async function listJoints(db: OfficeDb, f: { department?: string; status?: JointStatus; afterId?: number }, first: number) {
  return db.select().from(jointInspections).where(and(
    f.department ? arrayOverlaps(jointInspections.departments, [f.department]) : undefined,
    f.status ? eq(jointInspections.status, f.status) : undefined,
    f.afterId !== undefined ? gt(jointInspections.id, f.afterId) : undefined,
  )).orderBy(asc(jointInspections.id)).limit(first);
}

/** One joint inspection; with a department, only if it takes part. */
export async function jointById(db: OfficeDb, id: number, department?: string) {
  const [row] = await db.select().from(jointInspections).where(and(eq(jointInspections.id, id), department ? arrayOverlaps(jointInspections.departments, [department]) : undefined));
  return row ?? null;
}

export async function insertJoint(db: OfficeDb, values: typeof jointInspections.$inferInsert) {
  const [row] = await db.insert(jointInspections).values(values).returning();
  return row!;
}

export async function insertTargets(db: OfficeDb, jointId: number, usccs: string[]) {
  await db.insert(jointTargets).values(usccs.map((uscc) => ({ jointId, uscc })));
}

export async function targetsOf(db: OfficeDb, jointId: number): Promise<string[]> {
  return (await db.select().from(jointTargets).where(eq(jointTargets.jointId, jointId)).orderBy(asc(jointTargets.uscc))).map((t) => t.uscc);
}

export async function insertParticipants(db: OfficeDb, rows: (typeof jointParticipants.$inferInsert)[]) {
  await db.insert(jointParticipants).values(rows);
}

export async function participantsOf(db: OfficeDb, jointId: number) {
  return db.select().from(jointParticipants).where(eq(jointParticipants.jointId, jointId)).orderBy(asc(jointParticipants.department));
}

export async function updateParticipant(db: OfficeDb, jointId: number, department: string, set: Partial<typeof jointParticipants.$inferInsert> & { response?: ResponseStatus }) {
  await db.update(jointParticipants).set(set).where(and(eq(jointParticipants.jointId, jointId), eq(jointParticipants.department, department)));
}

export async function setStatus(db: OfficeDb, jointId: number, status: JointStatus, set: Partial<Pick<JointInspectionRow, "scheduledDate">> = {}) {
  await db.update(jointInspections).set({ status, ...set }).where(eq(jointInspections.id, jointId));
}

export async function insertTransition(db: OfficeDb, values: typeof jointTransitions.$inferInsert) {
  await db.insert(jointTransitions).values(values);
}

export async function historyOf(db: OfficeDb, jointId: number) {
  return db.select().from(jointTransitions).where(eq(jointTransitions.jointId, jointId)).orderBy(asc(jointTransitions.id));
}

export async function insertRecords(db: OfficeDb, rows: (typeof jointRecords.$inferInsert)[]) {
  await db.insert(jointRecords).values(rows);
}

export async function recordsOf(db: OfficeDb, jointId: number) {
  return db.select().from(jointRecords).where(eq(jointRecords.jointId, jointId)).orderBy(asc(jointRecords.uscc), asc(jointRecords.department));
}

/** A target's joint records, newest first, after a (recordedAt, jointId, department) cursor. */
export async function recordsOfTarget(db: OfficeDb, uscc: string, first: number, after?: { recordedAt: string; jointId: number; department: string }) {
  return db.select().from(jointRecords).where(and(
    eq(jointRecords.uscc, uscc),
    after
      ? sql`((${jointRecords.recordedAt}, ${jointRecords.jointId}) < (${after.recordedAt}::timestamptz, ${after.jointId})
          or (${jointRecords.recordedAt} = ${after.recordedAt}::timestamptz and ${jointRecords.jointId} = ${after.jointId} and ${jointRecords.department} > ${after.department}))`
      : undefined,
  )).orderBy(desc(jointRecords.recordedAt), desc(jointRecords.jointId), asc(jointRecords.department)).limit(first);
}

/** Inspectors booked on a joint visit that day (still ahead, under way or done). */
export async function bookedOn(db: OfficeDb, date: string): Promise<Set<string>> {
  const sameDay = await db.select({ id: jointInspections.id }).from(jointInspections)
    .where(and(eq(jointInspections.scheduledDate, date), inArray(jointInspections.status, [...BOOKING_STATUSES])));
  if (sameDay.length === 0) return new Set();
  return new Set((await db.select().from(jointParticipants).where(inArray(jointParticipants.jointId, sameDay.map((s) => s.id)))).flatMap((p) => p.inspectors));
}

/** Of these targets, the ones some of these departments hold in their directory (the office's index). */
export async function heldBy(db: OfficeDb, usccs: string[], departments: string[]): Promise<Set<string>> {
  return new Set((await db.selectDistinct({ uscc: directoryEntries.uscc }).from(directoryEntries)
    .where(and(inArray(directoryEntries.uscc, usccs), inArray(directoryEntries.department, departments)))).map((r) => r.uscc));
}

/**
 * Records still to deliver to their departments, with what the delivery needs: the visit's day, the
 * lead and the departments that took part, who recorded it, and the department's team. Records made
 * before results were per department (no category) have nothing to deliver.
 */
export async function undeliveredRecords(db: OfficeDb, jointId?: number) {
  return db
    .select({
      record: jointRecords,
      lead: jointInspections.lead,
      scheduledDate: jointInspections.scheduledDate,
      planEntryId: jointInspections.planEntryId,
      inspectors: jointParticipants.inspectors,
      departments: sql<string[]>`(select array_agg(p.department order by p.department) from joint_participants p where p.joint_id = ${jointRecords.jointId} and p.response = 'ACCEPTED')`,
      recordedBy: sql<string | null>`(select t.by_subject from joint_transitions t where t.joint_id = ${jointRecords.jointId} and t.to_status = 'RECORDED' order by t.at desc limit 1)`,
    })
    .from(jointRecords)
    .innerJoin(jointInspections, eq(jointInspections.id, jointRecords.jointId))
    .innerJoin(jointParticipants, and(eq(jointParticipants.jointId, jointRecords.jointId), eq(jointParticipants.department, jointRecords.department)))
    .where(and(isNull(jointRecords.deliveredAt), isNotNull(jointRecords.categoryCode), jointId === undefined ? undefined : eq(jointRecords.jointId, jointId)))
    .orderBy(asc(jointRecords.jointId), asc(jointRecords.department), asc(jointRecords.uscc));
}

/** The department acknowledged: each target's record now names the task its result landed on. */
export async function markRecordsDelivered(db: OfficeDb, jointId: number, department: string, receipts: readonly { uscc: string; taskId: number }[], at: Date) {
  for (const r of receipts)
    await db.update(jointRecords).set({ departmentTaskId: r.taskId, deliveredAt: at, deliveryError: null })
      .where(and(eq(jointRecords.jointId, jointId), eq(jointRecords.department, department), eq(jointRecords.uscc, r.uscc)));
}

export async function markRecordsUndelivered(db: OfficeDb, jointId: number, department: string, error: string) {
  await db.update(jointRecords).set({ deliveryAttempts: sql`${jointRecords.deliveryAttempts} + 1`, deliveryError: error.slice(0, 500) })
    .where(and(eq(jointRecords.jointId, jointId), eq(jointRecords.department, department), isNull(jointRecords.deliveredAt)));
}

/** Joint inspections by id: the lead and the departments that took part (accepted), in code order. */
export async function jointsTakenPart(db: OfficeDb, ids: readonly number[]): Promise<Map<number, { lead: string; departments: string[] }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: jointInspections.id, lead: jointInspections.lead, department: jointParticipants.department })
    .from(jointInspections)
    .innerJoin(jointParticipants, and(eq(jointParticipants.jointId, jointInspections.id), eq(jointParticipants.response, ResponseStatus.ACCEPTED)))
    .where(inArray(jointInspections.id, [...new Set(ids)]))
    .orderBy(asc(jointInspections.id), asc(jointParticipants.department));
  const found = new Map<number, { lead: string; departments: string[] }>();
  for (const r of rows) {
    const j = found.get(r.id) ?? { lead: r.lead, departments: [] };
    j.departments.push(r.department);
    found.set(r.id, j);
  }
  return found;
}
