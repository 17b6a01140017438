/**
 * Results (检查结果), follow-up (后续处置), alerts and publication (公示) on a department's entry points,
 * and the target's inspection history as other departments see it. Authorization and arguments only.
 */
import { badInput, cursorArg, dateArg, encodeCursor, listArg, numericId, optionalDate, pageSize, targetKey, textArg, today } from "@hub/kit";
import { categoryName, certificateKey, chinaDate, FollowUpKind, Role, FollowUpState, isProblemCategory, noticePeriod, publicCodeOf, workingDayCalendar, type ResolvedDepartment } from "@hub/schema";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { TaskResultRow } from "../../db/schema.js";
import { forbidden, requireInspectorReader, requireOwner, requireTargetReader } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "../department/types.js";
import { TargetRecord } from "../directory/types.js";
import { toTask } from "../tasks/view.js";
import { Task } from "../tasks/types.js";
import { AlertKind, alertsFor } from "./alerts.js";
import { taskPublicationDue } from "./deadlines.js";
import { allowedSteps, followUpState, pendingRectificationDeadline } from "./follow-up.js";
import { outboxStatus } from "./outbox.js";
import { publishResults, receiveJointResults, recordFollowUp, recordResult } from "./service.js";
import * as store from "./store.js";
import {
  Deadline,
  FollowUp,
  FollowUpInput,
  InspectionRecord,
  JointOrigin,
  JointResultDeliveryInput,
  JointResultReceipt,
  PublishedResultPage,
  ReceiverStatus,
  ResultAlert,
  ResultCategoryInfo,
  ResultInput,
  TaskResult,
} from "./types.js";
import { realCode } from "../directory/store.js";

/** 联合抽查: the joint inspection a result was recorded in, if any. */
const jointOf = (row: TaskResultRow): JointOrigin | null =>
  row.jointInspectionId ? { id: row.jointInspectionId, lead: row.jointLead ?? "", departments: row.jointDepartments ?? [] } : null;

const toResult = (dept: ResolvedDepartment, row: TaskResultRow): TaskResult => ({ ...row, categoryName: categoryName(dept.resultCategories, row.categoryCode), jointInspection: jointOf(row) });

const PUBLISHED_CURSOR = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([1-9]\d{0,8})$/;

@Resolver(() => DepartmentQuery)
export class ResultQueryResolver {
  @FieldResolver(() => [ResultCategoryInfo], { description: "Result categories (the nine of the seeds unless configured), with stable codes" })
  resultCategories(@Ctx() ctx: DepartmentContext) {
    return ctx.department.resultCategories;
  }

  @FieldResolver(() => PublishedResultPage, { description: "一公开: published results, newest first, open to everyone; an individual's ID number is masked" })
  async publishedResults(
    @Ctx() ctx: DepartmentContext,
    @Arg("uscc", () => String, { nullable: true }) uscc?: string,
    @Arg("categoryCode", () => String, { nullable: true }) categoryCode?: string,
    @Arg("from", () => String, { nullable: true, description: "Inspection date from (YYYY-MM-DD)" }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<PublishedResultPage> {
    const limit = pageSize(first, 100, { min: 1 });
    const cursor = cursorArg(after, PUBLISHED_CURSOR);
    const rows = await store.publishedResults(ctx.db, {
      uscc: uscc === undefined ? undefined : await realCode(ctx.db, targetKey(uscc)),
      categoryCode: textArg(categoryCode, "categoryCode", { max: 40 }) ?? undefined,
      from: optionalDate(from, "from"),
      to: optionalDate(to, "to"),
      after: cursor && { publishedAt: cursor[1]!, taskId: Number(cursor[2]) },
    }, limit + 1);
    const now = today(ctx.clock);
    const page = rows.slice(0, limit);
    const last = page.at(-1)?.result;
    return {
      results: page.map((r) => ({
        // the target may have left the directory (no kind on record): publicCodeOf reads it from the code
        uscc: publicCodeOf(r.uscc, r.idKind),
        targetName: r.name ?? "",
        department: ctx.department.name,
        categoryCode: r.result.categoryCode,
        categoryName: categoryName(ctx.department.resultCategories, r.result.categoryCode),
        inspectionDate: r.result.inspectionDate,
        publishedAt: r.result.publishedAt!,
        publishedOn: chinaDate(r.result.publishedAt!),
        ...noticePeriod(r.result.publishedAt!, ctx.department.resultDeadlines, now),
        jointInspection: jointOf(r.result),
      })),
      hasMore: rows.length > limit,
      endCursor: last ? encodeCursor(`${last.publishedAt!.toISOString()}|${last.taskId}`) : null,
    };
  }

  @FieldResolver(() => [ResultAlert], {
    description: "Deadlines needing attention: publication due soon or overdue, published late (last 90 days), rectification overdue",
  })
  async resultAlerts(
    @Ctx() ctx: DepartmentContext,
    @Arg("withinWorkingDays", () => Int, { defaultValue: 5, description: "How far ahead counts as due soon" }) within = 5,
    @Arg("kinds", () => [AlertKind], { nullable: true }) kinds?: AlertKind[],
    @Arg("first", () => Int, { defaultValue: 500 }) first = 500,
  ): Promise<ResultAlert[]> {
    requireInspectorReader(ctx);
    if (!Number.isInteger(within) || within < 0 || within > 60) throw badInput("withinWorkingDays must be between 0 and 60", { argument: "withinWorkingDays" });
    const limit = pageSize(first, 500, { min: 1, max: 5000 });
    const now = today(ctx.clock);
    const horizon = workingDayCalendar().addWorkingDays(now, within).date;
    const wants = (k: AlertKind) => !kinds || kinds.includes(k);
    const [publication, late, ordered] = await Promise.all([
      wants(AlertKind.PUBLICATION_OVERDUE) || wants(AlertKind.PUBLICATION_DUE_SOON)
        ? store.publicationCandidates(ctx.db, horizon, ctx.department.resultDeadlines.publicationCutoff, limit) : [],
      wants(AlertKind.PUBLISHED_LATE) ? store.publishedLateSince(ctx.db, new Date(ctx.clock.now().getTime() - 90 * 86_400_000), limit) : [],
      wants(AlertKind.RECTIFICATION_OVERDUE) ? store.overdueRectifications(ctx.db, now, limit) : [],
    ]);
    const rows = [...publication, ...late];
    const seen = new Set(rows.map((r) => r.task.id));
    rows.push(...(await store.tasksWithResults(ctx.db, ordered.filter((id) => !seen.has(id)))));
    const steps = await store.followUpsByTask(ctx.db, ordered);
    const stepsOf = new Map(ordered.map((id, i) => [id, steps[i]!]));
    const out: ResultAlert[] = [];
    for (const { task, result } of rows) {
      const deadline = taskPublicationDue(task, result, ctx.department.resultDeadlines);
      const facts = {
        publicationDue: deadline.date,
        published: Boolean(result?.publishedAt),
        publishedLate: Boolean(result?.publishedLate),
        rectificationDeadline: pendingRectificationDeadline(stepsOf.get(task.id) ?? []),
      };
      for (const a of alertsFor(facts, now, horizon))
        if (wants(a.kind))
          out.push({ kind: a.kind, taskId: task.id, uscc: task.uscc, due: a.due, provisional: a.kind === AlertKind.RECTIFICATION_OVERDUE ? false : deadline.provisional });
    }
    return out.sort((a, b) => a.due.localeCompare(b.due) || a.taskId - b.taskId).slice(0, limit);
  }

  @FieldResolver(() => [ReceiverStatus], { description: "推送: delivery of published results to each configured higher platform" })
  async publicationReceivers(@Ctx() ctx: DepartmentContext) {
    requireInspectorReader(ctx);
    return outboxStatus(ctx.db, ctx.department.publicationReceivers, ctx.clock.now());
  }
}

@Resolver(() => Task)
export class TaskResultResolver {
  @FieldResolver(() => TaskResult, { nullable: true })
  async result(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    requireInspectorReader(ctx);
    const row = await ctx.loaders.resultByTask.load(task.id);
    return row ? toResult(ctx.department, row) : null;
  }

  @FieldResolver(() => Deadline, {
    description: "Last day to publish the result: working days after the inspection (before a result: after the window's last day), never past the year's cut-off",
  })
  async publicationDeadline(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    const result = await ctx.loaders.resultByTask.load(task.id);
    return taskPublicationDue(task, result, ctx.department.resultDeadlines);
  }
}

/** Where a result's follow-up stands, from its category and its steps so far. */
async function stateOf(result: TaskResult, ctx: DepartmentContext) {
  return followUpState(isProblemCategory(ctx.department.resultCategories, result.categoryCode), await ctx.loaders.followUpsByTask.load(result.taskId));
}

@Resolver(() => TaskResult)
export class TaskResultFieldsResolver {
  @FieldResolver(() => [FollowUp], { description: "后续处置 steps, oldest first" })
  async followUps(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext) {
    return ctx.loaders.followUpsByTask.load(result.taskId);
  }

  @FieldResolver(() => FollowUpState)
  async followUpState(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext) {
    return stateOf(result, ctx);
  }

  // a result that found no problem is CLOSED from the start: nothing comes next
  @FieldResolver(() => [FollowUpKind], { description: "The follow-up steps that may come next (none once the case is closed or when the result found no problem)" })
  async nextFollowUpSteps(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext): Promise<readonly FollowUpKind[]> {
    return allowedSteps(await stateOf(result, ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: "公示期: the last working day of the public notice period" })
  noticeEndsOn(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext) {
    return result.publishedAt ? noticePeriod(result.publishedAt, ctx.department.resultDeadlines, today(ctx.clock)).noticeEndsOn : null;
  }
}

@Resolver(() => TargetRecord)
export class InspectionHistoryResolver {
  @FieldResolver(() => [InspectionRecord], {
    description: "This department's inspections of the target, with results and follow-up, newest first: what the next department should know",
  })
  async inspections(@Root() record: TargetRecord, @Ctx() ctx: DepartmentContext): Promise<InspectionRecord[]> {
    requireTargetReader(ctx);
    const rows = await ctx.loaders.tasksByUscc.load(record.key ?? record.uscc);
    const results = await ctx.loaders.resultByTask.loadMany(rows.map((t) => t.id));
    const steps = await ctx.loaders.followUpsByTask.loadMany(rows.map((t) => t.id));
    return rows.map((task, i) => {
      const result = results[i] instanceof Error ? null : (results[i] as TaskResultRow | null);
      const followUps = steps[i] instanceof Error ? [] : (steps[i] as FollowUp[]);
      return {
        taskId: task.id,
        department: ctx.department.code,
        source: task.source,
        itemCodes: task.itemCodes,
        dueStart: task.dueStart,
        dueEnd: task.dueEnd,
        status: task.status,
        inspectionDate: result?.inspectionDate ?? null,
        categoryCode: result?.categoryCode ?? null,
        categoryName: result ? categoryName(ctx.department.resultCategories, result.categoryCode) : null,
        findings: result?.findings ?? null,
        publishedAt: result?.publishedAt ?? null,
        followUpState: result ? followUpState(isProblemCategory(ctx.department.resultCategories, result.categoryCode), followUps) : null,
        followUps: followUps as FollowUp[],
        jointInspection: result ? jointOf(result) : null,
      };
    });
  }
}

@Resolver(() => DepartmentMutation)
export class ResultMutationResolver {
  @FieldResolver(() => [Task], {
    description: "公示: publish recorded results; each is checked against its publication deadline in working days and queued for the higher platforms",
  })
  async publishResults(@Ctx() ctx: DepartmentContext, @Arg("taskIds", () => [ID]) taskIds: string[]) {
    requireOwner(ctx, "officer");
    const ids = [...new Set(taskIds.map((t) => numericId(t, "task")))];
    return (await publishResults(ctx, ids)).map(toTask);
  }

  @FieldResolver(() => Task, {
    description: "Record a task's result, signed by at least two of its inspectors under their directory names, dated inside the task's window and not before its draw; the task is then done",
  })
  async recordResult(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => ResultInput) input: ResultInput) {
    requireOwner(ctx, "officer");
    return toTask(await recordResult(ctx, numericId(taskId, "task"), input));
  }

  @FieldResolver(() => [JointResultReceipt], {
    description: "联合抽查: the office delivers a joint inspection's results for this department once the record is signed; each becomes the result of this department's task for the target (a new task of source JOINT when it has none for that day). Idempotent by joint inspection and target. Office only.",
  })
  async receiveJointResults(@Ctx() ctx: DepartmentContext, @Arg("delivery", () => JointResultDeliveryInput) d: JointResultDeliveryInput) {
    if (ctx.identity.role !== Role.OFFICE_COORDINATOR) throw forbidden("only the joint-meeting office delivers joint inspection results");
    const results = listArg(d.results, "results", 500, 1);
    return receiveJointResults(ctx, {
      jointInspectionId: numericId(d.jointInspectionId, "joint inspection"),
      lead: textArg(d.lead, "lead", { max: 40, required: true })!,
      departments: [...listArg(d.departments, "departments", 10, 1)],
      inspectionDate: dateArg(d.inspectionDate, "inspectionDate"),
      recordedBy: textArg(d.recordedBy, "recordedBy", { max: 200, required: true })!,
      recordedAt: d.recordedAt,
      itemCodes: [...new Set(listArg(d.itemCodes ?? [], "itemCodes", 50).map((c) => textArg(c, "itemCode", { max: 40, required: true })))],
      results: results.map((r) => ({
        uscc: targetKey(r.uscc),
        categoryCode: textArg(r.categoryCode, "categoryCode", { max: 40, required: true })!,
        findings: textArg(r.findings, "findings", { max: 5000, required: true })!,
        signers: listArg(r.signers, "signers", 10, 1).map((s) => ({ name: textArg(s.name, "name", { max: 50, required: true })!, certificateNumber: certificateKey(s.certificateNumber) })),
        evidence: [...r.evidence],
        checkAnswers: listArg(r.checkAnswers, "checkAnswers", 2000).map((a) => ({ ...a, itemCode: textArg(a.itemCode, "itemCode", { max: 40, required: true })! })),
      })),
    });
  }

  @FieldResolver(() => TaskResult, {
    description: "后续处置: record the next follow-up step of a result (rectification order, re-inspection, transfer, judicial referral, close; closing a problem without one of the others needs the reason in note)",
  })
  async recordFollowUp(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => FollowUpInput) input: FollowUpInput) {
    requireOwner(ctx, "officer");
    const step = {
      kind: input.kind,
      date: dateArg(input.date, "date"),
      documentNumber: textArg(input.documentNumber, "documentNumber", { max: 100 }),
      deadline: optionalDate(input.deadline, "deadline") ?? null,
      rectified: input.rectified ?? null,
      receivingParty: textArg(input.receivingParty, "receivingParty", { max: 200 }),
      note: textArg(input.note, "note", { max: 2000 }),
    };
    return toResult(ctx.department, await recordFollowUp(ctx, numericId(taskId, "task"), step));
  }
}

export const resultResolvers = [ResultQueryResolver, TaskResultResolver, TaskResultFieldsResolver, InspectionHistoryResolver, ResultMutationResolver] as const;
