/** Inspection tasks (检查任务): created from a complaint, referral or monitoring, moved along, merged into one visit. */
import { notFound } from "@hub/kit";
import { certificateKey, TaskStatus } from "@hub/schema";
import type { TaskRow } from "../../db/schema.js";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { inspectorsByCertificate } from "../directory/store.js";
import { checkAdvance, checkNewTask, mergedVisitId, type NewTaskInput } from "./rules.js";
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
