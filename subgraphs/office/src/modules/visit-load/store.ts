/** The only SQL of visit load: the index's tasks and the joint inspections on some targets, or in some days. */
import { executedRows } from "@hub/kit";
import { JointStatus, ResponseStatus } from "@hub/schema";
import { and, gte, inArray, isNotNull, lte, ne, notInArray, or, sql } from "drizzle-orm";
import { directoryEntries, jointInspections, jointParticipants, jointTargets, taskEntries } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";
import type { JointOnTarget, TaskOnTarget } from "./rules.js";

/** A cancelled or declined joint inspection visits nobody. */
const NOT_VISITING = [JointStatus.CANCELLED, JointStatus.DECLINED];

/** Days of a span, as SQL: a task's window, or its inspection day once done. */
const taskTouches = (from: string, to: string) =>
  or(and(isNotNull(taskEntries.inspectionDate), gte(taskEntries.inspectionDate, from), lte(taskEntries.inspectionDate, to)),
    and(sql`${taskEntries.inspectionDate} is null`, lte(taskEntries.dueStart, to), gte(taskEntries.dueEnd, from)));
const jointTouches = (from: string, to: string) =>
  sql`coalesce(${jointInspections.scheduledDate}, ${jointInspections.windowStart}) <= ${to} and coalesce(${jointInspections.scheduledDate}, ${jointInspections.windowEnd}) >= ${from}`;

/** Each target's tasks and joint inspections (not cancelled or declined) with a day in [from, to]. */
export async function visitsOnTargets(db: OfficeDb, usccs: readonly string[], from: string, to: string): Promise<Map<string, { tasks: TaskOnTarget[]; joints: JointOnTarget[] }>> {
  const out = new Map<string, { tasks: TaskOnTarget[]; joints: JointOnTarget[] }>(usccs.map((u) => [u, { tasks: [], joints: [] }]));
  if (usccs.length === 0) return out;
  const tasks = await db.select({
    uscc: taskEntries.uscc, department: taskEntries.department, taskId: taskEntries.taskId, dueStart: taskEntries.dueStart, dueEnd: taskEntries.dueEnd,
    inspectionDate: taskEntries.inspectionDate, jointInspectionId: taskEntries.jointInspectionId,
  }).from(taskEntries).where(and(inArray(taskEntries.uscc, [...usccs]), taskTouches(from, to)));
  for (const { uscc, ...t } of tasks) out.get(uscc)!.tasks.push(t);
  const joints = await db.select({ uscc: jointTargets.uscc, id: jointInspections.id, windowStart: jointInspections.windowStart, windowEnd: jointInspections.windowEnd, scheduledDate: jointInspections.scheduledDate })
    .from(jointTargets).innerJoin(jointInspections, sql`${jointInspections.id} = ${jointTargets.jointId}`)
    .where(and(inArray(jointTargets.uscc, [...usccs]), notInArray(jointInspections.status, NOT_VISITING), jointTouches(from, to)));
  if (joints.length === 0) return out;
  const departments = new Map<number, string[]>();
  for (const p of await db.select({ jointId: jointParticipants.jointId, department: jointParticipants.department }).from(jointParticipants)
    .where(and(inArray(jointParticipants.jointId, [...new Set(joints.map((j) => j.id))]), ne(jointParticipants.response, ResponseStatus.DECLINED))))
    departments.set(p.jointId, [...(departments.get(p.jointId) ?? []), p.department]);
  for (const { uscc, ...j } of joints) out.get(uscc)!.joints.push({ ...j, departments: departments.get(j.id) ?? [] });
  return out;
}

/** Targets with more than `atLeast - 1` tasks and joint inspections touching [from, to]: the only ones that can exceed a limit. */
export async function busyTargets(db: OfficeDb, from: string, to: string, atLeast: number): Promise<string[]> {
  const rows = await db.execute<{ uscc: string }>(sql`
    select uscc from (
      select ${taskEntries.uscc} as uscc from ${taskEntries} where ${taskTouches(from, to)}
      union all
      select ${jointTargets.uscc} from ${jointTargets} join ${jointInspections} on ${jointInspections.id} = ${jointTargets.jointId}
        where ${notInArray(jointInspections.status, NOT_VISITING)} and ${jointTouches(from, to)}
    ) v group by uscc having count(*) >= ${atLeast} order by uscc`);
  return executedRows<{ uscc: string }>(rows).map((r) => r.uscc);
}

/** Each target's name in the office's index (any department's directory). */
export async function targetNames(db: OfficeDb, usccs: readonly string[]): Promise<Map<string, string>> {
  if (usccs.length === 0) return new Map();
  const rows = await db.select({ uscc: directoryEntries.uscc, name: sql<string>`min(${directoryEntries.name})` }).from(directoryEntries)
    .where(inArray(directoryEntries.uscc, [...usccs])).groupBy(directoryEntries.uscc);
  return new Map(rows.map((r) => [r.uscc, r.name]));
}
