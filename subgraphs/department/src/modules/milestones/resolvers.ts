/** The year's milestones (工作节点) on a department's entry points: arguments and authorization only. */
import { badInput, textArg, today, yearArg } from "@hub/kit";
import { MilestoneKind } from "@hub/schema";
import { Arg, Ctx, FieldResolver, Int, Resolver } from "type-graphql";
import { requireInspectorReader, requireOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "../department/types.js";
import { milestones, reportMilestone } from "./service.js";
import { Milestone } from "./types.js";

@Resolver(() => DepartmentQuery)
export class MilestoneQueryResolver {
  @FieldResolver(() => [Milestone], { description: "工作节点: the year's milestones in order of their days — plan published, draws made, inspections done, results published, reports sent, and each month's tasks where configured — with where each stands" })
  async milestones(
    @Ctx() ctx: DepartmentContext,
    @Arg("year", () => Int, { nullable: true, description: "This year in China when absent" }) year?: number | null,
    @Arg("withinWorkingDays", () => Int, { defaultValue: 10, description: "How far ahead counts as due soon" }) within = 10,
  ) {
    requireInspectorReader(ctx, "milestones");
    if (!Number.isInteger(within) || within < 0 || within > 60) throw badInput("withinWorkingDays must be between 0 and 60", { argument: "withinWorkingDays" });
    return milestones(ctx, year === null || year === undefined ? Number(today(ctx.clock).slice(0, 4)) : yearArg(year), within);
  }
}

@Resolver(() => DepartmentMutation)
export class MilestoneMutationResolver {
  @FieldResolver(() => Milestone, { description: "情况报送: mark the half-year or annual report sent (department admin); a second mark keeps the first" })
  async reportMilestone(
    @Ctx() ctx: DepartmentContext,
    @Arg("year", () => Int) year: number,
    @Arg("kind", () => MilestoneKind) kind: MilestoneKind,
    @Arg("note", () => String, { nullable: true, description: "What was sent, to whom (at most 500 characters)" }) note?: string | null,
  ) {
    requireOwner(ctx, "admin");
    return reportMilestone(ctx, yearArg(year), kind, textArg(note, "note", { max: 500 }));
  }
}

export const milestoneResolvers = [MilestoneQueryResolver, MilestoneMutationResolver] as const;
