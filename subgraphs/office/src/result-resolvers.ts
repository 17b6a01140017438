/**
 * Results across departments, from the office's index: the public feed of published results
 * (一公开), each target's inspection history with results and follow-up, and result statistics.
 */
import { decodeCursor, encodeCursor, HubError, pageSize, quoted, targetKey, today } from "@hub/kit";
import { categoryName, checkTargetIdentifier, chinaDate, DEFAULT_RESULT_DEADLINES, isIsoDate, maskResidentId, noticePeriod, resolveDepartment, Role } from "@hub/schema";
import { and, desc, eq, gte, isNotNull, lte, sql } from "drizzle-orm";
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { taskEntries } from "./db/schema.js";
import { InspectionEntry, requireJointReader, syncStatusOf, Target, type OfficeContext } from "./resolvers.js";
import { period, PeriodError, resultStatistics } from "./statistics.js";

@ObjectType()
export class CategoryCount {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "One department's results in a period (tasks belong to the period their window ends in)" })
export class ResultStatistics {
  @Field(() => String) department!: string;
  @Field(() => String, { description: "2026, 2026-H1 or 2026-H2" }) period!: string;
  @Field(() => Int) tasks!: number;
  @Field(() => Int, { description: "Tasks drawn from the annual plan" }) plannedTasks!: number;
  @Field(() => Int, { description: "Drawn tasks whose result is published (not published = not done)" }) plannedTasksPublished!: number;
  @Field(() => Float, { description: "plannedTasksPublished / plannedTasks" }) planCompletion!: number;
  @Field(() => Int) resultsRecorded!: number;
  @Field(() => Int) publishedOnTime!: number;
  @Field(() => Int) publishedLate!: number;
  @Field(() => Int, { description: "Not published and past the publication deadline" }) overdue!: number;
  @Field(() => Int) problemsFound!: number;
  @Field(() => Float, { description: "问题发现率: problemsFound / resultsRecorded" }) problemDetectionRate!: number;
  @Field(() => [CategoryCount]) byCategory!: CategoryCount[];
  @Field(() => Int, { description: "Targets visited in its joint inspections" }) jointVisits!: number;
  @Field(() => Float, { description: "jointVisits / tasks (the seeds' goal: 10%)" }) jointShare!: number;
  @Field(() => Date, { nullable: true, description: "The office's copy of the department is as of this sync" }) asOf!: Date | null;
  @Field(() => Boolean, { description: "The copy is stale (see syncStatus): figures may lag the department" }) stale!: boolean;
}

@ObjectType({ description: "一公开: a published result from any department, as the public sees it (an individual's ID number masked)" })
export class PublicResult {
  @Field(() => String) department!: string;
  @Field(() => String) departmentName!: string;
  @Field(() => String) uscc!: string;
  @Field(() => String, { nullable: true }) targetName!: string | null;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) categoryName!: string;
  @Field(() => String) inspectionDate!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { description: "公示日期: the China date it was published" }) publishedOn!: string;
  @Field(() => String, { description: "公示期: the last working day of the notice period" }) noticeEndsOn!: string;
  @Field(() => Boolean) inNoticePeriod!: boolean;
}

@ObjectType()
export class PublicResultPage {
  @Field(() => [PublicResult]) results!: PublicResult[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

const publicCode = (code: string) => (checkTargetIdentifier(code, true).kind === "RESIDENT_ID" ? maskResidentId(code) : code);

@Resolver()
export class OfficeResultResolver {
  @Query(() => [ResultStatistics], { description: "Per department: plan completion, publication on time / late / overdue, problem detection rate, results by category, joint share" })
  async resultStatistics(
    @Ctx() ctx: OfficeContext,
    @Arg("year", () => Int) year: number,
    @Arg("half", () => Int, { nullable: true, description: "1 = January–June, 2 = July–December; the whole year when absent" }) half?: number,
  ) {
    if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to read statistics");
    let p;
    try {
      p = period(year, half);
    } catch (e) {
      if (e instanceof PeriodError) throw new HubError("BAD_USER_INPUT", e.message);
      throw e;
    }
    const [stats, sync] = await Promise.all([resultStatistics(ctx.db, ctx.config.departments.map((d) => d.code), ctx.config.resultCategories, p, today(ctx.clock)), syncStatusOf(ctx)]);
    return stats.map((s) => {
      const state = sync.find((x) => x.department === s.department);
      return { ...s, asOf: state?.lastSuccessAt ?? null, stale: state?.stale ?? true };
    });
  }

  @Query(() => PublicResultPage, { description: "一公开: every department's published results, newest first; open to everyone (as current as the office's last sync)" })
  async publicResults(
    @Ctx() ctx: OfficeContext,
    @Arg("department", () => String, { nullable: true }) department?: string,
    @Arg("uscc", () => String, { nullable: true }) uscc?: string,
    @Arg("categoryCode", () => String, { nullable: true }) categoryCode?: string,
    @Arg("from", () => String, { nullable: true, description: "Inspection date from (YYYY-MM-DD)" }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<PublicResultPage> {
    if (first < 1 || first > 500) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 500");
    for (const d of [from, to]) if (d !== undefined && !isIsoDate(d)) throw new HubError("BAD_USER_INPUT", `${quoted(d)} is not a date (YYYY-MM-DD)`);
    const code = uscc === undefined ? undefined : targetKey(uscc);
    const names = Object.fromEntries(ctx.config.departments.map((d) => [d.code, d.name]));
    if (department && !names[department]) throw new HubError("BAD_USER_INPUT", `unknown department ${quoted(department)}`);
    const cursor = after ? decodeCursor<string>(after, "string").split("|") : undefined;
    if (cursor && (cursor.length !== 3 || Number.isNaN(Date.parse(cursor[0]!)) || !/^\d+$/.test(cursor[2]!)))
      throw new HubError("BAD_USER_INPUT", `invalid cursor ${quoted(after!)}`);
    // Spelled out: inside a select list drizzle leaves column names unqualified, which would compare uscc with itself.
    const name = sql<string | null>`(select min(d.name) from directory_entries d where d.uscc = "task_entries"."uscc")`;
    const rows = await ctx.db
      .select({ entry: taskEntries, name })
      .from(taskEntries)
      .where(and(
        isNotNull(taskEntries.publishedAt),
        department ? eq(taskEntries.department, department) : undefined,
        code ? eq(taskEntries.uscc, code) : undefined,
        categoryCode ? eq(taskEntries.categoryCode, categoryCode) : undefined,
        from ? gte(taskEntries.inspectionDate, from) : undefined,
        to ? lte(taskEntries.inspectionDate, to) : undefined,
        cursor ? sql`(${taskEntries.publishedAt}, ${taskEntries.department}, ${taskEntries.taskId}) < (${cursor[0]}::timestamptz, ${cursor[1]}, ${Number(cursor[2])})` : undefined,
      ))
      .orderBy(desc(taskEntries.publishedAt), desc(taskEntries.department), desc(taskEntries.taskId))
      .limit(first + 1);
    const page = rows.slice(0, first);
    // Every department's deadlines are filled in by its configuration; departments are few, rows many.
    const deadlines = new Map(ctx.config.departments.map((d) => [d.code, resolveDepartment(d).resultDeadlines]));
    const now = today(ctx.clock);
    const results = page.map(({ entry: e, name: targetName }) => ({
      department: e.department,
      departmentName: names[e.department] ?? e.department,
      uscc: publicCode(e.uscc),
      targetName,
      categoryCode: e.categoryCode!,
      categoryName: categoryName(ctx.config.resultCategories, e.categoryCode!),
      inspectionDate: e.inspectionDate!,
      publishedAt: e.publishedAt!,
      publishedOn: chinaDate(e.publishedAt!),
      ...noticePeriod(e.publishedAt!, deadlines.get(e.department) ?? DEFAULT_RESULT_DEADLINES, now),
    }));
    const last = page.at(-1)?.entry;
    return {
      results,
      hasMore: rows.length > first,
      endCursor: last ? encodeCursor(`${last.publishedAt!.toISOString()}|${last.department}|${last.taskId}`) : null,
    };
  }
}

@Resolver(() => Target)
export class TargetHistoryResolver {
  @FieldResolver(() => [InspectionEntry], {
    description: "Every department's inspections of this target, newest first, with results, publication and follow-up state (office index)",
  })
  async inspectionHistory(
    @Root() t: Target,
    @Ctx() ctx: OfficeContext,
    @Arg("first", () => Int, { defaultValue: 100, description: "At most 500 a page" }) first = 100,
    @Arg("after", () => String, { nullable: true, description: "An entry's cursor: the entries after it" }) after?: string,
  ) {
    requireJointReader(ctx);
    const cursor = after === undefined ? undefined : HISTORY_CURSOR.exec(decodeCursor<string>(after, "string"));
    if (cursor === null) throw new HubError("BAD_USER_INPUT", `invalid cursor ${quoted(after!)}`);
    return ctx.db.select().from(taskEntries).where(and(
      eq(taskEntries.uscc, t.uscc),
      cursor ? sql`(${taskEntries.dueEnd}, ${taskEntries.department}, ${taskEntries.taskId}) < (${cursor[1]}::date, ${cursor[2]}, ${Number(cursor[3])})` : undefined,
    )).orderBy(desc(taskEntries.dueEnd), desc(taskEntries.department), desc(taskEntries.taskId)).limit(pageSize(first, 100));
  }
}

const HISTORY_CURSOR = /^(\d{4}-\d{2}-\d{2})\|([a-zA-Z0-9]{1,31})\|([1-9]\d{0,8})$/;

@Resolver(() => InspectionEntry)
export class InspectionEntryResolver {
  @FieldResolver(() => String, { nullable: true })
  categoryName(@Root() e: InspectionEntry, @Ctx() ctx: OfficeContext) {
    return e.categoryCode ? categoryName(ctx.config.resultCategories, e.categoryCode) : null;
  }

  @FieldResolver(() => String, { description: "Pass as `after` to inspectionHistory for the entries after this one" })
  cursor(@Root() e: InspectionEntry) {
    return encodeCursor(`${e.dueEnd}|${e.department}|${e.taskId}`);
  }
}

export const officeResultResolvers = [OfficeResultResolver, TargetHistoryResolver, InspectionEntryResolver] as const;
