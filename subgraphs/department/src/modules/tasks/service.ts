/** Inspection tasks (检查任务): created from a complaint, referral or monitoring, moved along, merged into one visit. */
import { badInput, HubError, notFound } from "@hub/kit";
import { certificateKey, TaskSource, TaskStatus } from "@hub/schema";
import type { TaskRow } from "../../db/schema.js";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { inspectorsByCertificate } from "../directory/store.js";
import { checkAdvance, checkNewTask, checkTeam, checkWindow, mergedVisitId, type NewTaskInput } from "./rules.js";
import * as store from "./store.js";

export async function createTask(ctx: DepartmentContext, input: NewTaskInput & { itemCodes: string[]; note: string | null }): Promise<TaskRow> {
  const known = await inspectorsByCertificate(ctx.db, input.inspectors.slice(0, 50).map(certificateKey));
  const team = checkNewTask(ctx.department.code, input, known);
  return ctx.db.transaction(async (tx) => {
    const row = await store.insertTask(tx, {
      source: input.source, uscc: input.uscc, itemCodes: input.itemCodes, inspectors: team, dueStart: input.dueStart, dueEnd: input.dueEnd,
      status: TaskStatus.ASSIGNED, note: input.note, createdAt: ctx.clock.now(),
    });
    await audit(tx, ctx.identity, "createTask", [row.id]);
    return row;
  });
}

/** 上级下发: one task a higher platform hands down, checked (its team comes later: assignTaskTeam). */
export interface TaskFromAbove {
  reference: string;
  uscc: string;
  itemCodes: string[];
  dueStart: string;
  dueEnd: string;
  note: string | null;
}

/**
 * A higher platform hands tasks down: each lands DRAWN, without a team, with its origin and the
 * platform's reference; the same reference again is the same task (a retried call makes none twice).
 */
export async function receiveFromAbove(ctx: DepartmentContext, origin: string, list: readonly TaskFromAbove[]): Promise<TaskRow[]> {
  list.forEach((t, i) => {
    try {
      checkWindow(t.dueStart, t.dueEnd);
    } catch (e) {
      throw badInput(`tasks[${i}] (${t.reference.slice(0, 40)}): ${(e as Error).message}`);
    }
  });
  return ctx.db.transaction(async (tx) => {
    const known = await store.tasksFromOrigin(tx, origin, list.map((t) => t.reference));
    const out: TaskRow[] = [];
    for (const t of list) {
      const existing = known.get(t.reference);
      if (existing) {
        out.push(existing);
        continue;
      }
      const row = await store.insertTask(tx, {
        source: TaskSource.UPPER_LEVEL, uscc: t.uscc, itemCodes: t.itemCodes, inspectors: [], dueStart: t.dueStart, dueEnd: t.dueEnd,
        status: TaskStatus.DRAWN, note: t.note, origin, originReference: t.reference, createdAt: ctx.clock.now(),
      });
      known.set(t.reference, row);
      out.push(row);
    }
    await audit(tx, ctx.identity, "receiveTasksFromAbove", [origin, ...out.map((r) => r.id)]);
    return out;
  });
}

/** A task that came without a team (from a higher platform) gets its team: the task is then ASSIGNED. */
export async function assignTeam(ctx: DepartmentContext, id: number, inspectors: string[]): Promise<TaskRow> {
  return ctx.db.transaction(async (tx) => {
    const task = await store.lockedTask(tx, id);
    if (!task) throw notFound(`task ${id}`);
    if (task.inspectors.length > 0 || task.status !== TaskStatus.DRAWN) throw new HubError("CONFLICT", `task ${id} already has its team; change it member by member (replaceInspector)`);
    const known = await inspectorsByCertificate(tx, inspectors.slice(0, 50).map(certificateKey));
    const team = checkTeam(ctx.department.code, task.uscc, inspectors, known);
    const [row] = await store.updateTasks(tx, [id], { inspectors: team, status: TaskStatus.ASSIGNED });
    await audit(tx, ctx.identity, "assignTaskTeam", [id, ...team]);
    return row!;
  });
}

export async function advanceTask(ctx: DepartmentContext, id: number, status: TaskStatus): Promise<TaskRow> {
  return ctx.db.transaction(async (tx) => {
    const task = await store.lockedTask(tx, id);
    if (!task) throw notFound(`task ${id}`);
    checkAdvance(id, task.status, status);
    const [row] = await store.updateTasks(tx, [task.id], { status });
    await audit(tx, ctx.identity, "advanceTask", [task.id, status]);
    return row!;
  });
}

/** 第四轮融合: merge tasks on one target into one visit; returns the visit's tasks. */
export async function mergeTasks(ctx: DepartmentContext, ids: number[]): Promise<TaskRow[]> {
  return ctx.db.transaction(async (tx) => {
    const rows = await store.lockedTasks(tx, ids);
    if (rows.length !== ids.length) throw notFound(`tasks ${ids.filter((i) => !rows.some((r) => r.id === i)).join(", ")}`);
    const visitId = mergedVisitId(rows);
    await store.updateTasks(tx, ids, { visitId });
    await audit(tx, ctx.identity, "mergeTasksIntoVisit", [visitId, ...ids]);
    return store.tasksOfVisit(tx, visitId);
  });
}
