/**
 * 检查结果, 后续处置 and 公示: recording a task's result and each follow-up step, and publishing
 * results, each in a transaction with its audit entry. The rules are in rules.ts and follow-up.ts;
 * dates come from the request's clock, in China time.
 */
import { badInput, HubError, notFound, quoted, today } from "@hub/kit";
import { certificateKey, checkEvidence, chinaDate, isProblemCategory, publicationDeadline, TaskSource, TaskStatus, workingDayCalendar, type JointResultDeliveryShape } from "@hub/schema";
import type { TaskResultRow, TaskRow } from "../../db/schema.js";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { deliveredAnswers } from "../check-forms/rules.js";
import { currentForms, formsOfVersions } from "../check-forms/store.js";
import { inspectorNames, realCodes } from "../directory/store.js";
import { pick, receiverColumns, resultRecord } from "../exports/records.js";
import { takes } from "./outbox.js";
import { insertTask, lockedTask, tasksByUscc, updateTasks } from "../tasks/store.js";
import { checkFollowUpStep, type FollowUpStep } from "./follow-up.js";
import { taskForJointResult } from "./joint.js";
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
      task: { inspectors: task.inspectors, dueStart: task.dueStart, dueEnd: task.dueEnd, createdOn: chinaDate(task.createdAt), itemCodes: task.itemCodes },
      names,
      today: chinaDate(now),
      // the forms in force now: the result keeps the version it answered
      forms: input.checkAnswers?.length ? await currentForms(tx, task.itemCodes) : undefined,
    });
    if (!checked.ok) throw badInput(checked.problems.join("; "), { problems: checked.problems });
    await store.insertResult(tx, { taskId: task.id, ...checked.value, ...resultDeadlines(ctx, checked.value.inspectionDate, now), recordedBy: ctx.identity.subject, recordedAt: now });
    const [row] = await updateTasks(tx, [task.id], { status: TaskStatus.DONE });
    await audit(tx, ctx.identity, "recordResult", [task.id, checked.value.categoryCode]);
    return row!;
  });
}

/** A result's deadlines from its inspection date: entry (and whether it was entered late) and publication. */
function resultDeadlines(ctx: DepartmentContext, inspectionDate: string, recordedAt: Date) {
  const deadlines = ctx.department.resultDeadlines;
  const entry = workingDayCalendar().addWorkingDays(inspectionDate, deadlines.entryWorkingDays);
  return { entryDue: entry.date, entryDueProvisional: entry.provisional, enteredLate: chinaDate(recordedAt) > entry.date, publicationDue: publicationDeadline(inspectionDate, deadlines).date };
}

/**
 * 联合抽查 counts as this department's own inspection: the office delivers a joint inspection's
 * results for this department once the record is signed, and each becomes the result of the
 * department's task for the target (joint.ts says which, or a new task of source JOINT), with its
 * deadlines counted from the visit, so that publication, follow-up, push, alerts and statistics
 * treat it like any other. Idempotent by joint inspection and target; one transaction.
 */
export async function receiveJointResults(ctx: DepartmentContext, d: JointResultDeliveryShape): Promise<{ uscc: string; taskId: number }[]> {
  const dept = ctx.department;
  if (!d.departments.includes(dept.code) || !d.departments.includes(d.lead))
    throw badInput(`joint inspection ${d.jointInspectionId}: ${quoted(dept.code)} and the lead must be among its departments (${d.departments.join(", ")})`);
  const known = new Set(dept.resultCategories.map((c) => c.code));
  const unknown = [...new Set(d.results.map((r) => r.categoryCode).filter((c) => !known.has(c)))];
  if (unknown.length) throw badInput(`result categories unknown to ${dept.code}: ${unknown.slice(0, 10).map((c) => quoted(c)).join(", ")}`);
  const evidence = d.results.map((r) => checkEvidence(r.evidence));
  const wrong = evidence.flatMap((e) => e.problems);
  if (wrong.length) throw badInput([...new Set(wrong)].join("; "), { problems: wrong.slice(0, 10) });
  const versions = await formsOfVersions(ctx.db, d.results.flatMap((r) => r.checkAnswers ?? []));
  const checked = d.results.map((r) => deliveredAnswers(r.checkAnswers ?? [], versions));
  const unanswerable = checked.flatMap((a) => ("problems" in a ? a.problems : []));
  if (unanswerable.length) throw badInput([...new Set(unanswerable)].slice(0, 10).join("; "), { problems: unanswerable.slice(0, 10) });
  const answers = checked.map((a) => ("value" in a ? a.value : []));
  return ctx.db.transaction(async (tx) => {
    await store.lockJointDelivery(tx, d.jointInspectionId);
    const done = await store.jointResultTasks(tx, d.jointInspectionId);
    // the office names an individual business by pseudonym: this directory's code where it holds it
    const codes = await realCodes(tx, d.results.map((r) => r.uscc));
    const existing = await tasksByUscc(tx, codes);
    const receipts: { uscc: string; taskId: number }[] = [];
    for (const [i, r] of d.results.entries()) {
      const code = codes[i]!;
      const already = done.get(code);
      if (already !== undefined) {
        receipts.push({ uscc: r.uscc, taskId: already });
        continue;
      }
      const taskId = taskForJointResult(existing[i]!, d.inspectionDate)
        ?? (await insertTask(tx, {
          source: TaskSource.JOINT, uscc: code, itemCodes: d.itemCodes ?? [], inspectors: r.signers.map((s) => s.certificateNumber),
          dueStart: d.inspectionDate, dueEnd: d.inspectionDate, status: TaskStatus.ASSIGNED, note: `联合抽查 ${d.jointInspectionId}，牵头部门 ${d.lead}`,
        })).id;
      await store.insertResult(tx, {
        taskId, categoryCode: r.categoryCode, findings: r.findings, inspectionDate: d.inspectionDate, signers: r.signers, evidence: evidence[i]!.evidence,
        checkAnswers: answers[i]!,
        ...resultDeadlines(ctx, d.inspectionDate, d.recordedAt), recordedBy: d.recordedBy, recordedAt: d.recordedAt,
        jointInspectionId: d.jointInspectionId, jointLead: d.lead, jointDepartments: d.departments,
      });
      await updateTasks(tx, [taskId], { status: TaskStatus.DONE });
      done.set(code, taskId);
      receipts.push({ uscc: r.uscc, taskId });
    }
    await audit(tx, ctx.identity, "receiveJointResults", [d.jointInspectionId, ...receipts.map((r) => r.taskId)]);
    return receipts;
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
  const receivers = dept.publicationReceivers.filter((r) => takes(r, "results")).map((receiver) => ({ receiver, columns: receiverColumns(dept, receiver) }));
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
          createdAt: now,
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
