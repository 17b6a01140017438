/**
 * 检查结果 and 后续处置: recording a task's result and each follow-up step, in a transaction with the
 * audit entry. The rules are in domain/results.ts and domain/follow-up.ts; dates come from the
 * request's clock, in China time.
 */
import { HubError, notFound, today } from "@hub/kit";
import { CalendarError, chinaDate, isProblemCategory, publicationDeadline, workingDayCalendar } from "@hub/schema";
import { asc, eq, inArray } from "drizzle-orm";
import type { DepartmentContext } from "./context.js";
import { inspectors, taskFollowUps, taskResults, tasks, type TaskResultRow, type TaskRow } from "./db/schema.js";
import { checkFollowUpStep, FollowUpError, type FollowUpStep } from "./domain/follow-up.js";
import { checkResult, type ResultSubmission } from "./domain/results.js";
import { audit } from "./repository/audit.js";
import type { DepartmentDb } from "./repository/targets.js";

/** A date the calendar cannot count from is the caller's input error. */
export function calendarRule<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalendarError) throw new HubError("BAD_USER_INPUT", e.message);
    throw e;
  }
}

/** Record a task's result; the task is then done. */
export async function recordResult(ctx: DepartmentContext, taskId: number, input: ResultSubmission): Promise<TaskRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const t = tx as unknown as DepartmentDb;
    const [task] = await t.select().from(tasks).where(eq(tasks.id, taskId)).for("update");
    if (!task) throw notFound(`task ${taskId}`);
    if (task.status === "DONE") throw new HubError("CONFLICT", `task ${taskId} already has its result`);
    const certificates = [...new Set(input.signers.map((s) => s.certificateNumber.trim().toUpperCase()))].slice(0, 50);
    const names = new Map(
      (await t.select({ c: inspectors.certificateNumber, name: inspectors.name }).from(inspectors).where(inArray(inspectors.certificateNumber, certificates))).map((r) => [r.c, r.name]),
    );
    const checked = checkResult(input, {
      categories: ctx.department.resultCategories,
      task: { inspectors: task.inspectors, dueStart: task.dueStart, dueEnd: task.dueEnd, createdOn: chinaDate(task.createdAt) },
      names,
      today: chinaDate(now),
    });
    if (!checked.ok) throw new HubError("BAD_USER_INPUT", checked.problems.join("; "), { problems: checked.problems });
    const r = checked.value;
    const deadlines = ctx.department.resultDeadlines;
    const entry = calendarRule(() => workingDayCalendar().addWorkingDays(r.inspectionDate, deadlines.entryWorkingDays));
    const publication = calendarRule(() => publicationDeadline(r.inspectionDate, deadlines));
    await t.insert(taskResults).values({
      taskId: task.id,
      ...r,
      entryDue: entry.date,
      entryDueProvisional: entry.provisional,
      enteredLate: chinaDate(now) > entry.date,
      publicationDue: publication.date,
      recordedBy: ctx.identity.subject,
      recordedAt: now,
    });
    const [row] = await t.update(tasks).set({ status: "DONE", updatedAt: new Date() }).where(eq(tasks.id, task.id)).returning();
    await audit(t, ctx.identity, "recordResult", [task.id, r.categoryCode]);
    return row!;
  });
}

/** Record the next follow-up step of a task's result; returns the result. */
export async function recordFollowUp(ctx: DepartmentContext, taskId: number, step: FollowUpStep): Promise<TaskResultRow> {
  return ctx.db.transaction(async (tx) => {
    const t = tx as unknown as DepartmentDb;
    const [task] = await t.select().from(tasks).where(eq(tasks.id, taskId)).for("update");
    if (!task) throw notFound(`task ${taskId}`);
    const [result] = await t.select().from(taskResults).where(eq(taskResults.taskId, taskId));
    if (!result) throw new HubError("BAD_USER_INPUT", `task ${taskId} has no result yet: record it first`);
    const steps = (await t.select().from(taskFollowUps).where(eq(taskFollowUps.taskId, taskId)).orderBy(asc(taskFollowUps.id))).map((f) => f as FollowUpStep);
    try {
      checkFollowUpStep(isProblemCategory(ctx.department.resultCategories, result.categoryCode), result.inspectionDate, steps, step, today(ctx.clock));
    } catch (e) {
      if (e instanceof FollowUpError) throw new HubError(e.code, e.message);
      throw e;
    }
    await t.insert(taskFollowUps).values({ taskId, ...step, recordedBy: ctx.identity.subject, recordedAt: ctx.clock.now() });
    // Touch the task, so that the office's incremental sync carries the new state.
    await t.update(tasks).set({ updatedAt: new Date() }).where(eq(tasks.id, taskId));
    await audit(t, ctx.identity, "recordFollowUp", [taskId, step.kind]);
    return result;
  });
}
