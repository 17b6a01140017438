/**
 * Results (检查结果), follow-up (后续处置) and publication (公示) on a department's entry points, with
 * working-day deadlines, alerts, and the target's inspection history as other departments see it.
 */
import { decodeCursor, encodeCursor, HubError, numericId, quoted, targetKey, today } from "@hub/kit";
import { categoryName, chinaDate, isIsoDate, isProblemCategory, maskResidentId, noticePeriod, workingDayCalendar, type ResolvedDepartment } from "@hub/schema";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { requireInspectorReader, requireOwner, requireTargetReader } from "../authz.js";
import type { DepartmentContext } from "../context.js";
import { targets, taskFollowUps, taskResults, tasks, type FollowUpRow, type TaskResultRow } from "../db/schema.js";
import { AlertKind, alertsFor } from "../domain/alerts.js";
import { FollowUpState, followUpState, pendingRectificationDeadline } from "../domain/follow-up.js";
import { outboxStatus } from "../outbox.js";
import { publishResults } from "../publication.js";
import { calendarRule, recordFollowUp, recordResult } from "../results.js";
import { PublishedResultPage, ResultCategoryInfo, ResultInput, Task, TaskResult } from "./draw-types.js";
import { toTask } from "./draw-resolvers.js";
import { Deadline, FollowUp, FollowUpInput, InspectionRecord, ReceiverStatus, ResultAlert } from "./result-types.js";
import { taskPublicationDue, toFollowUp } from "./outcome.js";
import { DepartmentMutation, DepartmentQuery } from "./resolvers.js";
import { TargetRecord } from "./types.js";

const toResult = (dept: ResolvedDepartment, row: TaskResultRow): TaskResult => ({ ...row, categoryName: categoryName(dept.resultCategories, row.categoryCode) });

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
    if (first < 1 || first > 500) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 500");
    for (const d of [from, to]) if (d !== undefined && !isIsoDate(d)) throw new HubError("BAD_USER_INPUT", `${quoted(d)} is not a date (YYYY-MM-DD)`);
    const cursor = after === undefined ? undefined : PUBLISHED_CURSOR.exec(decodeCursor<string>(after, "string"));
    if (cursor === null) throw new HubError("BAD_USER_INPUT", `invalid cursor ${quoted(after!)}`);
    const code = uscc === undefined ? undefined : targetKey(uscc);
    const rows = await ctx.db
      .select({ result: taskResults, uscc: tasks.uscc, name: targets.name, idKind: targets.idKind })
      .from(taskResults)
      .innerJoin(tasks, eq(tasks.id, taskResults.taskId))
      .leftJoin(targets, eq(targets.uscc, tasks.uscc))
      .where(and(
        isNotNull(taskResults.publishedAt),
        code ? eq(tasks.uscc, code) : undefined,
        categoryCode ? eq(taskResults.categoryCode, categoryCode) : undefined,
        from ? gte(taskResults.inspectionDate, from) : undefined,
        to ? lte(taskResults.inspectionDate, to) : undefined,
        cursor ? sql`(${taskResults.publishedAt}, ${taskResults.taskId}) < (${cursor[1]}::timestamptz, ${Number(cursor[2])})` : undefined,
      ))
      .orderBy(desc(taskResults.publishedAt), desc(taskResults.taskId))
      .limit(first + 1);
    const now = today(ctx.clock);
    const page = rows.slice(0, first);
    const last = page.at(-1)?.result;
    return {
      results: page.map((r) => ({
        uscc: r.idKind === "RESIDENT_ID" ? maskResidentId(r.uscc) : r.uscc,
        targetName: r.name ?? "",
        department: ctx.department.name,
        categoryCode: r.result.categoryCode,
        categoryName: categoryName(ctx.department.resultCategories, r.result.categoryCode),
        inspectionDate: r.result.inspectionDate,
        publishedAt: r.result.publishedAt!,
        publishedOn: chinaDate(r.result.publishedAt!),
        ...noticePeriod(r.result.publishedAt!, ctx.department.resultDeadlines, now),
      })),
      hasMore: rows.length > first,
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
    if (within < 0 || within > 60) throw new HubError("BAD_USER_INPUT", "withinWorkingDays must be between 0 and 60");
    if (first < 1 || first > 5000) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 5000");
    const now = today(ctx.clock);
    const horizon = workingDayCalendar().addWorkingDays(now, within).date;
    const recent = new Date(ctx.clock.now().getTime() - 90 * 86_400_000);
    const wants = (k: AlertKind) => !kinds || kinds.includes(k);
    const withResult = { task: tasks, result: taskResults };
    const cutoff = ctx.department.resultDeadlines.publicationCutoff;
    // Each kind's candidates in deadline order, at most `first` of each. Without a result, a task's
    // deadline grows with its window's end; with one, it was stored when the result was recorded (it
    // is never before the inspection date, which stands in for results recorded before that).
    const publication = wants(AlertKind.PUBLICATION_OVERDUE) || wants(AlertKind.PUBLICATION_DUE_SOON);
    const [cutoffMonth, cutoffDay] = (cutoff ?? "12-31").split("-").map(Number);
    const unrecorded = publication
      ? await ctx.db.select(withResult).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id))
        .where(and(isNull(taskResults.taskId), or(lte(tasks.dueEnd, horizon), cutoff ? sql`make_date(extract(year from ${tasks.dueEnd})::int, ${cutoffMonth}, ${cutoffDay}) <= ${horizon}` : undefined)))
        .orderBy(asc(tasks.dueEnd), asc(tasks.id)).limit(first)
      : [];
    const recordedDue = sql`coalesce(${taskResults.publicationDue}, ${taskResults.inspectionDate})`;
    const unpublished = publication
      ? await ctx.db.select(withResult).from(tasks).innerJoin(taskResults, eq(taskResults.taskId, tasks.id))
        .where(and(isNull(taskResults.publishedAt), sql`${recordedDue} <= ${horizon}`)).orderBy(asc(recordedDue), asc(tasks.id)).limit(first)
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
    const rows = [...unrecorded, ...unpublished, ...late];
    const orderedIds = [...new Set(ordered.map((o) => o.taskId))];
    const seen = new Set(rows.map((r) => r.task.id));
    const extra = orderedIds.filter((id) => !seen.has(id));
    if (extra.length) rows.push(...(await ctx.db.select(withResult).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id)).where(inArray(tasks.id, extra))));
    const followUps = await ctx.loaders.followUpsByTask.loadMany(orderedIds);
    const stepsOf = new Map(orderedIds.map((id, i) => [id, followUps[i] instanceof Error ? [] : (followUps[i] as FollowUpRow[])]));
    const out: ResultAlert[] = [];
    for (const { task, result } of rows) {
      const deadline = calendarRule(() => taskPublicationDue(task, result, ctx.department.resultDeadlines));
      const facts = {
        publicationDue: deadline.date,
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

  @FieldResolver(() => Deadline, {
    description: "Last day to publish the result: working days after the inspection (before a result: after the window's last day), never past the year's cut-off",
  })
  async publicationDeadline(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    const result = await ctx.loaders.resultByTask.load(task.id);
    return calendarRule(() => taskPublicationDue(task, result, ctx.department.resultDeadlines));
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
    return (await calendarRule(() => publishResults(ctx, ids))).map(toTask);
  }

  @FieldResolver(() => Task, {
    description: "Record a task's result, signed by at least two of its inspectors under their directory names, dated inside the task's window and not before its draw; the task is then done",
  })
  async recordResult(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => ResultInput) input: ResultInput) {
    requireOwner(ctx, "officer");
    return toTask(await recordResult(ctx, numericId(taskId, "task"), input));
  }

  @FieldResolver(() => TaskResult, {
    description: "后续处置: record the next follow-up step of a result (rectification order, re-inspection, transfer, judicial referral, close; closing a problem without one of the others needs the reason in note)",
  })
  async recordFollowUp(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => FollowUpInput) input: FollowUpInput) {
    requireOwner(ctx, "officer");
    for (const d of [input.date, input.deadline]) if (d && !isIsoDate(d)) throw new HubError("BAD_USER_INPUT", `${quoted(d)} is not a date (YYYY-MM-DD)`);
    const step = {
      kind: input.kind,
      date: input.date,
      documentNumber: input.documentNumber?.trim() || null,
      deadline: input.deadline ?? null,
      rectified: input.rectified ?? null,
      receivingParty: input.receivingParty?.trim() || null,
      note: input.note?.trim() || null,
    };
    for (const [field, value, max] of [["documentNumber", step.documentNumber, 100], ["receivingParty", step.receivingParty, 200], ["note", step.note, 2000]] as const)
      if (value && value.length > max) throw new HubError("BAD_USER_INPUT", `${field} is longer than ${max} characters`);
    return toResult(ctx.department, await recordFollowUp(ctx, numericId(taskId, "task"), step));
  }
}

export const resultResolvers = [ResultQueryResolver, TaskResultResolver, TaskResultFieldsResolver, InspectionHistoryResolver, ResultMutationResolver] as const;
