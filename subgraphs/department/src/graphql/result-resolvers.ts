/**
 * Results (检查结果), follow-up (后续处置) and publication (公示) on a department's entry points, with
 * working-day deadlines, alerts, and the target's inspection history as other departments see it.
 */
import { HubError, notFound, numericId } from "@hub/kit";
import {
  CalendarError,
  categoryName,
  findCategory,
  isIsoDate,
  isProblemCategory,
  maskResidentId,
  noticePeriod,
  publicationDeadline,
  workingDayCalendar,
  type ResolvedDepartment,
} from "@hub/schema";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { requireInspectorReader, requireOwner, requireTargetReader } from "../authz.js";
import type { DepartmentContext } from "../context.js";
import { targets, taskFollowUps, taskResults, tasks, type FollowUpRow, type TaskResultRow } from "../db/schema.js";
import { AlertKind, alertsFor } from "../domain/alerts.js";
import { checkFollowUpStep, FollowUpError, FollowUpState, followUpState, pendingRectificationDeadline } from "../domain/follow-up.js";
import { outboxStatus } from "../outbox.js";
import { publishResults } from "../publication.js";
import { audit } from "../repository/audit.js";
import type { DepartmentDb } from "../repository/targets.js";
import { PublishedResult, ResultCategoryInfo, ResultInput, Task, TaskResult, TaskStatus } from "./draw-types.js";
import { toTask } from "./draw-resolvers.js";
import { Deadline, FollowUp, FollowUpInput, InspectionRecord, ReceiverStatus, ResultAlert } from "./result-types.js";
import { toFollowUp } from "./outcome.js";
import { DepartmentMutation, DepartmentQuery } from "./resolvers.js";
import { TargetRecord } from "./types.js";

const today = () => new Date().toISOString().slice(0, 10);


const toResult = (dept: ResolvedDepartment, row: TaskResultRow): TaskResult => ({ ...row, categoryName: categoryName(dept.resultCategories, row.categoryCode) });

/** A date the calendar cannot count from is the caller's input error. */
function asInputError(e: unknown): never {
  if (e instanceof CalendarError) throw new HubError("BAD_USER_INPUT", e.message);
  throw e;
}
function calendarRule<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    asInputError(e);
  }
}

@Resolver(() => DepartmentQuery)
export class ResultQueryResolver {
  @FieldResolver(() => [ResultCategoryInfo], { description: "Result categories (the nine of the seeds unless configured), with stable codes" })
  resultCategories(@Ctx() ctx: DepartmentContext) {
    return ctx.department.resultCategories;
  }

  @FieldResolver(() => [PublishedResult], { description: "一公开: published results, open to everyone; an individual's ID number is masked" })
  async publishedResults(
    @Ctx() ctx: DepartmentContext,
    @Arg("uscc", () => String, { nullable: true }) uscc?: string,
    @Arg("categoryCode", () => String, { nullable: true }) categoryCode?: string,
    @Arg("from", () => String, { nullable: true, description: "Inspection date from (YYYY-MM-DD)" }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
  ): Promise<PublishedResult[]> {
    if (first < 1 || first > 500) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 500");
    for (const d of [from, to]) if (d !== undefined && !isIsoDate(d)) throw new HubError("BAD_USER_INPUT", `"${d}" is not a date (YYYY-MM-DD)`);
    const rows = await ctx.db
      .select({ result: taskResults, uscc: tasks.uscc, name: targets.name, idKind: targets.idKind })
      .from(taskResults)
      .innerJoin(tasks, eq(tasks.id, taskResults.taskId))
      .leftJoin(targets, eq(targets.uscc, tasks.uscc))
      .where(and(
        isNotNull(taskResults.publishedAt),
        uscc ? eq(tasks.uscc, uscc.trim().toUpperCase()) : undefined,
        categoryCode ? eq(taskResults.categoryCode, categoryCode) : undefined,
        from ? gte(taskResults.inspectionDate, from) : undefined,
        to ? lte(taskResults.inspectionDate, to) : undefined,
      ))
      .orderBy(desc(taskResults.publishedAt), asc(taskResults.taskId))
      .limit(first);
    return rows.map((r) => ({
      uscc: r.idKind === "RESIDENT_ID" ? maskResidentId(r.uscc) : r.uscc,
      targetName: r.name ?? "",
      department: ctx.department.name,
      categoryCode: r.result.categoryCode,
      categoryName: categoryName(ctx.department.resultCategories, r.result.categoryCode),
      inspectionDate: r.result.inspectionDate,
      publishedAt: r.result.publishedAt!,
      ...noticePeriod(r.result.publishedAt!, ctx.department.resultDeadlines),
    }));
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
    if (within < 0 || within > 60) throw new HubError("BAD_USER_INPUT", "withinWorkingDays must be between 0 and 60");
    if (first < 1 || first > 5000) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 5000");
    const now = today();
    const horizon = workingDayCalendar().addWorkingDays(now, within).date;
    const recent = new Date(Date.now() - 90 * 86_400_000);
    const wants = (k: AlertKind) => !kinds || kinds.includes(k);
    const withResult = { task: tasks, result: taskResults };
    // Each kind's candidates in deadline order, at most `first` of each: a deadline is never before
    // its window's end, and later windows never have earlier deadlines.
    const unpublished = wants(AlertKind.PUBLICATION_OVERDUE) || wants(AlertKind.PUBLICATION_DUE_SOON)
      ? await ctx.db.select(withResult).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
        .where(and(isNull(taskResults.publishedAt), lte(tasks.dueEnd, horizon))).orderBy(asc(tasks.dueEnd), asc(tasks.id)).limit(first)
      : [];
    const late = wants(AlertKind.PUBLISHED_LATE)
      ? await ctx.db.select(withResult).from(tasks).innerJoin(taskResults, eq(taskResults.taskId, tasks.id))
        .where(and(eq(taskResults.publishedLate, true), gte(taskResults.publishedAt, recent))).orderBy(asc(taskResults.publicationDue), asc(tasks.id)).limit(first)
      : [];
    // Rectification orders past their deadline that are still the case's latest step.
    const ordered = wants(AlertKind.RECTIFICATION_OVERDUE)
      ? await ctx.db.select({ taskId: taskFollowUps.taskId }).from(taskFollowUps)
        .where(and(
          eq(taskFollowUps.kind, "RECTIFICATION_ORDER"),
          lt(taskFollowUps.deadline, now),
          sql`not exists (select 1 from task_follow_ups later where later.task_id = "task_follow_ups"."task_id" and later.id > "task_follow_ups"."id")`,
        ))
        .orderBy(asc(taskFollowUps.deadline), asc(taskFollowUps.taskId)).limit(first)
      : [];
    const rows = [...unpublished, ...late];
    const orderedIds = [...new Set(ordered.map((o) => o.taskId))];
    const seen = new Set(rows.map((r) => r.task.id));
    const extra = orderedIds.filter((id) => !seen.has(id));
    if (extra.length) rows.push(...(await ctx.db.select(withResult).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id)).where(inArray(tasks.id, extra))));
    const followUps = await ctx.loaders.followUpsByTask.loadMany(orderedIds);
    const stepsOf = new Map(orderedIds.map((id, i) => [id, followUps[i] instanceof Error ? [] : (followUps[i] as FollowUpRow[])]));
    const out: ResultAlert[] = [];
    for (const { task, result } of rows) {
      const deadline = calendarRule(() => publicationDeadline(task.dueEnd, ctx.department.resultDeadlines));
      const facts = {
        publicationDue: result?.publicationDue ?? deadline.date,
        published: Boolean(result?.publishedAt),
        publishedLate: Boolean(result?.publishedLate),
        rectificationDeadline: pendingRectificationDeadline((stepsOf.get(task.id) ?? []).map(toFollowUp)),
      };
      for (const a of alertsFor(facts, now, horizon))
        if (!kinds || kinds.includes(a.kind))
          out.push({ kind: a.kind, taskId: task.id, uscc: task.uscc, due: a.due, provisional: a.kind === AlertKind.RECTIFICATION_OVERDUE ? false : deadline.provisional });
    }
    return out.sort((a, b) => a.due.localeCompare(b.due) || a.taskId - b.taskId).slice(0, first);
  }

  @FieldResolver(() => [ReceiverStatus], { description: "推送: delivery of published results to each configured higher platform" })
  async publicationReceivers(@Ctx() ctx: DepartmentContext) {
    requireInspectorReader(ctx);
    return outboxStatus(ctx.db, ctx.department.publicationReceivers);
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

  @FieldResolver(() => Deadline, { description: "Last day to publish the result: working days after the task's window ends" })
  publicationDeadline(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    return calendarRule(() => publicationDeadline(task.dueEnd, ctx.department.resultDeadlines));
  }
}

@Resolver(() => TaskResult)
export class TaskResultFieldsResolver {
  @FieldResolver(() => [FollowUp], { description: "后续处置 steps, oldest first" })
  async followUps(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext) {
    return (await ctx.loaders.followUpsByTask.load(result.taskId)).map(toFollowUp);
  }

  @FieldResolver(() => FollowUpState)
  async followUpState(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext) {
    return followUpState(isProblemCategory(ctx.department.resultCategories, result.categoryCode), (await ctx.loaders.followUpsByTask.load(result.taskId)).map(toFollowUp));
  }

  @FieldResolver(() => String, { nullable: true, description: "公示期: the last working day of the public notice period" })
  noticeEndsOn(@Root() result: TaskResult, @Ctx() ctx: DepartmentContext) {
    return result.publishedAt ? noticePeriod(result.publishedAt, ctx.department.resultDeadlines).noticeEndsOn : null;
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
      const followUps = steps[i] instanceof Error ? [] : (steps[i] as FollowUpRow[]).map(toFollowUp);
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
    return (await publishResults(ctx, ids).catch(asInputError)).map(toTask);
  }

  @FieldResolver(() => Task, { description: "Record a task's result, signed by at least two of its inspectors; the task is then done" })
  async recordResult(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => ResultInput) input: ResultInput) {
    requireOwner(ctx, "officer");
    if (!findCategory(ctx.department.resultCategories, input.categoryCode))
      throw new HubError("BAD_USER_INPUT", `unknown result category "${input.categoryCode}"; see resultCategories`);
    if (!input.findings.trim()) throw new HubError("BAD_USER_INPUT", "findings are required (未发现问题 is a finding too)");
    const signers = input.signers.map((s) => ({ name: s.name.trim(), certificateNumber: s.certificateNumber.trim().toUpperCase() }));
    if (new Set(signers.map((s) => s.certificateNumber)).size < 2 || signers.some((s) => !s.name))
      throw new HubError("BAD_USER_INPUT", "at least two inspectors sign, each with name and certificate number");
    const evidence = input.evidence.map((e) => ({ id: e.id.trim(), kind: e.kind.trim().toUpperCase(), sha256: e.sha256.trim().toLowerCase() }));
    if (evidence.some((e) => !e.id || !/^[0-9a-f]{64}$/.test(e.sha256)))
      throw new HubError("BAD_USER_INPUT", "evidence needs an id and the SHA-256 of the file (64 hex characters)");
    if (!isIsoDate(input.inspectionDate)) throw new HubError("BAD_USER_INPUT", `"${input.inspectionDate}" is not a date (YYYY-MM-DD)`);
    if (input.inspectionDate > today()) throw new HubError("BAD_USER_INPUT", "the inspection date is in the future");
    const due = calendarRule(() => workingDayCalendar().addWorkingDays(input.inspectionDate, ctx.department.resultDeadlines.entryWorkingDays));
    return ctx.db.transaction(async (tx) => {
      const [task] = await tx.select().from(tasks).where(eq(tasks.id, numericId(taskId, "task"))).for("update");
      if (!task) throw notFound(`task ${taskId}`);
      if (task.status === TaskStatus.DONE) throw new HubError("CONFLICT", `task ${taskId} already has its result`);
      const strangers = signers.filter((s) => !task.inspectors.includes(s.certificateNumber)).map((s) => s.certificateNumber);
      if (strangers.length) throw new HubError("BAD_USER_INPUT", `not on task ${taskId}'s team: ${strangers.join(", ")}`);
      await tx.insert(taskResults).values({
        taskId: task.id,
        categoryCode: input.categoryCode,
        findings: input.findings.trim(),
        inspectionDate: input.inspectionDate,
        signers,
        evidence,
        entryDue: due.date,
        entryDueProvisional: due.provisional,
        enteredLate: today() > due.date,
        recordedBy: ctx.identity.subject,
      });
      const [row] = await tx.update(tasks).set({ status: TaskStatus.DONE, updatedAt: new Date() }).where(eq(tasks.id, task.id)).returning();
      await audit(tx as unknown as DepartmentDb, ctx.identity, "recordResult", [task.id, input.categoryCode]);
      return toTask(row!);
    });
  }

  @FieldResolver(() => TaskResult, {
    description: "后续处置: record the next follow-up step of a result (rectification order, re-inspection, transfer, judicial referral, close)",
  })
  async recordFollowUp(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => FollowUpInput) input: FollowUpInput) {
    requireOwner(ctx, "officer");
    for (const d of [input.date, input.deadline]) if (d && !isIsoDate(d)) throw new HubError("BAD_USER_INPUT", `"${d}" is not a date (YYYY-MM-DD)`);
    const step = {
      kind: input.kind,
      date: input.date,
      documentNumber: input.documentNumber?.trim() || null,
      deadline: input.deadline ?? null,
      rectified: input.rectified ?? null,
      receivingParty: input.receivingParty?.trim() || null,
      note: input.note?.trim() || null,
    };
    const id = numericId(taskId, "task");
    return ctx.db.transaction(async (tx) => {
      const [task] = await tx.select().from(tasks).where(eq(tasks.id, id)).for("update");
      if (!task) throw notFound(`task ${taskId}`);
      const [result] = await tx.select().from(taskResults).where(eq(taskResults.taskId, id));
      if (!result) throw new HubError("BAD_USER_INPUT", `task ${taskId} has no result yet: record it first`);
      const steps = (await tx.select().from(taskFollowUps).where(eq(taskFollowUps.taskId, id)).orderBy(asc(taskFollowUps.id))).map(toFollowUp);
      try {
        checkFollowUpStep(isProblemCategory(ctx.department.resultCategories, result.categoryCode), result.inspectionDate, steps, step, today());
      } catch (e) {
        if (e instanceof FollowUpError) throw new HubError(e.code, e.message);
        throw e;
      }
      await tx.insert(taskFollowUps).values({ taskId: id, ...step, recordedBy: ctx.identity.subject });
      // Touch the task, so that the office's incremental sync carries the new state.
      await tx.update(tasks).set({ updatedAt: new Date() }).where(eq(tasks.id, id));
      await audit(tx as unknown as DepartmentDb, ctx.identity, "recordFollowUp", [id, step.kind]);
      return toResult(ctx.department, result);
    });
  }
}

export const resultResolvers = [ResultQueryResolver, TaskResultResolver, TaskResultFieldsResolver, InspectionHistoryResolver, ResultMutationResolver] as const;
