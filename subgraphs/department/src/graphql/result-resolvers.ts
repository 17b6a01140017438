/** Recording inspection results (检查结果) on tasks, with working-day entry deadlines. */
import { HubError, notFound, numericId } from "@hub/kit";
import { CalendarError, DEFAULT_RESULT_CATEGORIES, maskResidentId } from "@hub/schema";
import { and, asc, desc, eq, gte, inArray, isNotNull, lte } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { requireInspectorReader, requireOwner } from "../authz.js";
import { workingDayCalendar } from "../calendar.js";
import type { DepartmentContext } from "../context.js";
import { targets, taskResults, tasks } from "../db/schema.js";
import { audit } from "../repository/audit.js";
import type { DepartmentDb } from "../repository/targets.js";
import { PublishedResult, ResultCategoryInfo, ResultInput, Task, TaskResult, TaskStatus } from "./draw-types.js";
import { toTask } from "./draw-resolvers.js";
import { DepartmentMutation, DepartmentQuery } from "./resolvers.js";

const categoryName = (code: string) => DEFAULT_RESULT_CATEGORIES.find((c) => c.code === code)?.name ?? code;
const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => DepartmentQuery)
export class ResultQueryResolver {
  @FieldResolver(() => [ResultCategoryInfo], { description: "The nine result categories, with stable codes" })
  resultCategories() {
    return DEFAULT_RESULT_CATEGORIES;
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
      categoryName: categoryName(r.result.categoryCode),
      inspectionDate: r.result.inspectionDate,
      publishedAt: r.result.publishedAt!,
    }));
  }
}

@Resolver(() => Task)
export class TaskResultResolver {
  @FieldResolver(() => TaskResult, { nullable: true })
  async result(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    requireInspectorReader(ctx);
    const [row] = await ctx.db.select().from(taskResults).where(eq(taskResults.taskId, task.id));
    return row ? { ...row, categoryName: categoryName(row.categoryCode) } : null;
  }
}

@Resolver(() => DepartmentMutation)
export class ResultMutationResolver {
  @FieldResolver(() => [Task], { description: "公示: publish recorded results; each is checked against its publication deadline in working days" })
  async publishResults(@Ctx() ctx: DepartmentContext, @Arg("taskIds", () => [ID]) taskIds: string[]) {
    requireOwner(ctx, "officer");
    const ids = [...new Set(taskIds.map((t) => numericId(t, "task")))];
    if (ids.length === 0 || ids.length > 5000) throw new HubError("BAD_USER_INPUT", "publish between 1 and 5,000 results at a time");
    return ctx.db.transaction(async (tx) => {
      const rows = await tx.select({ task: tasks, result: taskResults }).from(tasks).leftJoin(taskResults, eq(taskResults.taskId, tasks.id)).where(inArray(tasks.id, ids));
      const missing = ids.filter((i) => !rows.some((r) => r.task.id === i && r.result));
      if (missing.length) throw new HubError("BAD_USER_INPUT", `no recorded result for tasks ${missing.join(", ")}`);
      const now = new Date();
      for (const { task, result } of rows) {
        if (result!.publishedAt) continue; // publishing twice changes nothing
        const due = publicationDue(task.dueEnd, ctx.department.resultDeadlines.publicationWorkingDays);
        await tx.update(taskResults).set({ publishedAt: now, publicationDue: due.date, publishedLate: now.toISOString().slice(0, 10) > due.date }).where(eq(taskResults.taskId, task.id));
      }
      await audit(tx as unknown as DepartmentDb, ctx.identity, "publishResults", ids);
      return rows.map((r) => toTask(r.task));
    });
  }

  @FieldResolver(() => Task, { description: "Record a task's result, signed by at least two of its inspectors; the task is then done" })
  async recordResult(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("input", () => ResultInput) input: ResultInput) {
    requireOwner(ctx, "officer");
    if (!DEFAULT_RESULT_CATEGORIES.some((c) => c.code === input.categoryCode))
      throw new HubError("BAD_USER_INPUT", `unknown result category "${input.categoryCode}"; see resultCategories`);
    if (!input.findings.trim()) throw new HubError("BAD_USER_INPUT", "findings are required (未发现问题 is a finding too)");
    const signers = input.signers.map((s) => ({ name: s.name.trim(), certificateNumber: s.certificateNumber.trim().toUpperCase() }));
    if (new Set(signers.map((s) => s.certificateNumber)).size < 2 || signers.some((s) => !s.name))
      throw new HubError("BAD_USER_INPUT", "at least two inspectors sign, each with name and certificate number");
    const evidence = input.evidence.map((e) => ({ id: e.id.trim(), kind: e.kind.trim().toUpperCase(), sha256: e.sha256.trim().toLowerCase() }));
    if (evidence.some((e) => !e.id || !/^[0-9a-f]{64}$/.test(e.sha256)))
      throw new HubError("BAD_USER_INPUT", "evidence needs an id and the SHA-256 of the file (64 hex characters)");
    if (input.inspectionDate > today()) throw new HubError("BAD_USER_INPUT", "the inspection date is in the future");
    let due;
    try {
      due = workingDayCalendar().addWorkingDays(input.inspectionDate, ctx.department.resultDeadlines.entryWorkingDays);
    } catch (e) {
      if (e instanceof CalendarError) throw new HubError("BAD_USER_INPUT", e.message);
      throw e;
    }
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
}

export const resultResolvers = [ResultQueryResolver, TaskResultResolver, ResultMutationResolver] as const;

/** The publication deadline of a task's result: working days after its due window (the plan period) ends. */
export function publicationDue(dueEnd: string, workingDays: number) {
  return workingDayCalendar().addWorkingDays(dueEnd, workingDays);
}
