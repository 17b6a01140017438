/** The office's statistics on the supergraph: results and joint inspections per department and period. */
import { today, yearArg } from "@hub/kit";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { requireSignedIn } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { syncStatusOf } from "../index/service.js";
import { period } from "./period.js";
import { jointStatistics, resultStatistics } from "./service.js";
import { JointStatistics, ResultStatistics } from "./types.js";

@Resolver()
export class StatisticsResolver {
  @Query(() => [ResultStatistics], { description: "Per department: plan completion, publication on time / late / overdue, problem detection rate, results by category, joint share" })
  async resultStatistics(
    @Ctx() ctx: OfficeContext,
    @Arg("year", () => Int) year: number,
    @Arg("half", () => Int, { nullable: true, description: "1 = January–June, 2 = July–December; the whole year when absent" }) half?: number,
  ) {
    requireSignedIn(ctx, "statistics");
    const p = period(year, half); // a PeriodError is BAD_USER_INPUT
    const [stats, sync] = await Promise.all([resultStatistics(ctx.db, ctx.config.departments.map((d) => d.code), ctx.config.resultCategories, p, today(ctx.clock)), syncStatusOf(ctx.db, ctx.config)]);
    return stats.map((s) => {
      const state = sync.find((x) => x.department === s.department);
      return { ...s, asOf: state?.lastSuccessAt ?? null, stale: state?.stale ?? true };
    });
  }

  @Query(() => [JointStatistics], {
    description: "Per department and year: joint inspections carried out, led and joined, the joint visits, and the joint share against the department's configured goal",
  })
  async jointStatistics(@Ctx() ctx: OfficeContext, @Arg("year", () => Int) year: number): Promise<JointStatistics[]> {
    requireSignedIn(ctx, "statistics");
    return jointStatistics(ctx.db, ctx.config.departments, yearArg(year));
  }
}

export const statisticsResolvers = [StatisticsResolver] as const;
