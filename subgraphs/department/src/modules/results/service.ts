/**
 * 检查结果, 后续处置 and 公示: recording a task's result and each follow-up step, and publishing
 * results, each in a transaction with its audit entry. The rules are in rules.ts and follow-up.ts;
 * dates come from the request's clock, in China time.
 */
import { badInput, HubError, notFound, today } from "@hub/kit";
import { certificateKey, chinaDate, isProblemCategory, publicationDeadline, TaskStatus, workingDayCalendar } from "@hub/schema";
import type { TaskResultRow, TaskRow } from "../../db/schema.js";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { inspectorNames } from "../directory/store.js";
import { pick, receiverColumns, resultRecord } from "../exports/records.js";
import { lockedTask, updateTasks } from "../tasks/store.js";
import { checkFollowUpStep, type FollowUpStep } from "./follow-up.js";
import { checkResult, type ResultSubmission } from "./rules.js";
import * as store from "./store.js";

/** Record a task's result; the task is then done. */
export async function recordResult(ctx: DepartmentContext, taskId: number, input: ResultSubmission): Promise<TaskRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const task = await lockedTask(tx, taskId);
    if (!task) throw notFound(`task ${taskId}`);
    if (task.status === TaskStatus.DONE) throw new HubError("CONFLICT", `task ${taskId} already has its result`);
    const names = await inspectorNames(tx, input.signers.slice(0, 50).map((s) => certificateKey(s.certificateNumber)));
    const checked = checkResult(input, {
      categories: ctx.department.resultCategories,
      task: { inspectors: task.inspectors, dueStart: task.dueStart, dueEnd: task.dueEnd, createdOn: chinaDate(task.createdAt) },
      names,
      today: chinaDate(now),
    });
    if (!checked.ok) throw badInput(checked.problems.join("; "), { problems: checked.problems });
    const r = checked.value;
    const deadlines = ctx.department.resultDeadlines;
    const entry = workingDayCalendar().addWorkingDays(r.inspectionDate, deadlines.entryWorkingDays);
    await store.insertResult(tx, {
      taskId: task.id,
      ...r,
      entryDue: entry.date,
      entryDueProvisional: entry.provisional,
      enteredLate: chinaDate(now) > entry.date,
      publicationDue: publicationDeadline(r.inspectionDate, deadlines).date,
      recordedBy: ctx.identity.subject,
      recordedAt: now,
    });
    const [row] = await updateTasks(tx, [task.id], { status: TaskStatus.DONE });
    await audit(tx, ctx.identity, "recordResult", [task.id, r.categoryCode]);
    return row!;
  });
}

/** Record the next follow-up step of a task's result; returns the result. */
export async function recordFollowUp(ctx: DepartmentContext, taskId: number, step: FollowUpStep): Promise<TaskResultRow> {
  return ctx.db.transaction(async (tx) => {
    const task = await lockedTask(tx, taskId);
    if (!task) throw notFound(`task ${taskId}`);
    const result = await store.resultOf(tx, taskId);
    if (!result) throw badInput(`task ${taskId} has no result yet: record it first`);
    const steps = await store.stepsOf(tx, taskId);
    checkFollowUpStep(isProblemCategory(ctx.department.resultCategories, result.categoryCode), result.inspectionDate, steps, step, today(ctx.clock));
    await store.insertStep(tx, { taskId, ...step, recordedBy: ctx.identity.subject, recordedAt: ctx.clock.now() });
    // Touch the task, so that the office's incremental sync carries the new state.
    await updateTasks(tx, [taskId]);
    await audit(tx, ctx.identity, "recordFollowUp", [taskId, step.kind]);
    return result;
  });
}

/**
 * 公示: publish recorded results. Each is held to its publication deadline (N working days after the
 * inspection, never past the year's cut-off), gets its notice period (公示期), and is queued for every
 * configured higher platform in the same transaction, so that a published result is always pushed.
 */
export async function publishResults(ctx: DepartmentContext, ids: number[]): Promise<TaskRow[]> {
  if (ids.length === 0 || ids.length > 5000) throw badInput("publish between 1 and 5,000 results at a time");
  const dept = ctx.department;
  const receivers = dept.publicationReceivers.map((receiver) => ({ receiver, columns: receiverColumns(dept, receiver) }));
  return ctx.db.transaction(async (tx) => {
    const rows = await store.lockedForPublication(tx, ids);
    const missing = ids.filter((i) => !rows.some((r) => r.task.id === i && r.result));
    if (missing.length) throw badInput(`no recorded result for tasks ${missing.slice(0, 20).join(", ")}${missing.length > 20 ? ` and ${missing.length - 20} more` : ""}`);
    const now = ctx.clock.now();
    const fresh = rows.filter((r) => !r.result!.publishedAt); // publishing twice changes nothing
    for (const { task, result, name } of fresh) {
      // Recorded results carry their deadline (from the inspection); older records are counted here.
      const deadline = result!.publicationDue ?? publicationDeadline(result!.inspectionDate, dept.resultDeadlines).date;
      const published = { publishedAt: now, publicationDue: deadline, publishedLate: chinaDate(now) > deadline };
      await store.markPublished(tx, task.id, published);
      const record = resultRecord(dept, task, { ...result!, ...published }, name);
      for (const { receiver, columns } of receivers)
        await store.enqueuePush(tx, {
          receiver: receiver.name,
          taskId: task.id,
          key: `${dept.code}-result-${task.id}-${receiver.name}`,
          payload: JSON.stringify({ department: dept.code, taskId: task.id, record: pick(record, columns) }),
        });
    }
    // Touch the tasks, so that the office's incremental sync sees the publication.
    await updateTasks(tx, fresh.map((r) => r.task.id));
    await audit(tx, ctx.identity, "publishResults", ids);
    return rows.map((r) => r.task);
  });
}
