/** Visit load (多头检查) on the supergraph: arguments and authorization; the rules are rules.ts, the reading service.ts. */
import { dateArg, badInput, listArg, pageSize, yearArg } from "@hub/kit";
import { JointStatus, ResponseStatus, Role } from "@hub/schema";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { actingDepartment, requireJointReader, requireSignedIn } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { participantsOf, targetsOf } from "../joint/store.js";
import { JointInspection } from "../joint/types.js";
import { checkJointVisit, checkNewVisit, visitLoadStatistics } from "./service.js";
import { TargetVisitLoad, VisitLoadStatistics } from "./types.js";

@Resolver()
export class VisitLoadResolver {
  @Query(() => [TargetVisitLoad], {
    description: "多头检查: before scheduling a visit in [from, to] (a task's window, or one day), the targets it would take over the office's visit limits, with the visits that would crowd them; empty when none",
  })
  async visitLoad(
    @Ctx() ctx: OfficeContext,
    @Arg("usccs", () => [String], { description: "At most 1,000 targets" }) usccs: string[],
    @Arg("from", () => String) from: string,
    @Arg("to", () => String) to: string,
    @Arg("departments", () => [String], { nullable: true, description: "Who would visit: your department when absent" }) departments?: string[] | null,
  ) {
    requireJointReader(ctx);
    listArg(usccs, "usccs", 1000, 1);
    if (dateArg(from, "from") > dateArg(to, "to")) throw badInput("from is after to", { argument: "from" });
    const known = new Set(ctx.config.departments.map((d) => d.code));
    const who = departments ?? [actingDepartment(ctx)].filter((d): d is string => d !== undefined);
    for (const d of listArg(who, "departments", 5)) if (!known.has(d)) throw badInput(`unknown department ${JSON.stringify(d.slice(0, 40))}`, { argument: "departments" });
    return checkNewVisit(ctx.db, ctx.config.office.visitLimits, usccs.map((u) => u.trim().toUpperCase()), from, to, who);
  }

  @Query(() => VisitLoadStatistics, { description: "多头检查 in a year: targets visited more often than the office's visit limits allow, per limit and department, and the worst of them (dashboard accounts get the counts only)" })
  async visitLoadStatistics(@Ctx() ctx: OfficeContext, @Arg("year", () => Int) year: number, @Arg("first", () => Int, { defaultValue: 20, description: "How many of the worst targets to list (at most 200)" }) first = 20) {
    requireSignedIn(ctx, "statistics");
    const listed = ctx.identity.role === Role.DASHBOARD_VIEWER ? 0 : pageSize(first, 20, { max: 200 });
    return visitLoadStatistics(ctx.db, ctx.config.office.visitLimits, ctx.config.departments.map((d) => d.code), yearArg(year), listed);
  }
}

@Resolver(() => JointInspection)
export class JointVisitLoadResolver {
  @FieldResolver(() => [TargetVisitLoad], {
    description: "多头检查: its targets that this visit takes over the office's visit limits — on its scheduled day (or within its window), or on `date` when given, to check a day before scheduling it",
  })
  async visitWarnings(@Root() j: JointInspection, @Ctx() ctx: OfficeContext, @Arg("date", () => String, { nullable: true }) date?: string | null) {
    if (j.status === JointStatus.CANCELLED || j.status === JointStatus.DECLINED) return [];
    const on = date === null || date === undefined ? undefined : dateArg(date, "date");
    const [usccs, participants] = await Promise.all([targetsOf(ctx.db, j.id), participantsOf(ctx.db, j.id)]);
    const departments = participants.filter((p) => p.response !== ResponseStatus.DECLINED).map((p) => p.department);
    return checkJointVisit(ctx.db, ctx.config.office.visitLimits, { id: j.id, departments, windowStart: j.windowStart, windowEnd: j.windowEnd, scheduledDate: j.scheduledDate }, usccs, on);
  }
}

export const visitLoadResolvers = [VisitLoadResolver, JointVisitLoadResolver] as const;
