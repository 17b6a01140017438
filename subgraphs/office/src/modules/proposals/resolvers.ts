/** Round 2 on the supergraph: the joint inspection proposals, computed from every department's planned tasks. */
import { listArg, targetKey, yearArg } from "@hub/kit";
import { Role } from "@hub/schema";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { requireJointReader } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { proposalKey } from "./service.js";
import { plannedTasksByTarget } from "./store.js";
import { JointInspectionProposal } from "./types.js";
import { jointActions } from "./visits.js";

@Resolver()
export class ProposalResolver {
  @Query(() => [JointInspectionProposal], {
    description: "第二轮融合: targets drawn by two or more departments, grouped into the fewest joint visits (≤ 5 departments, ≤ 10 inspectors, a common window) and batched into actions; a department sees the ones it is in",
  })
  async jointInspectionProposals(
    @Ctx() ctx: OfficeContext,
    @Arg("year", () => Int) year: number,
    @Arg("usccs", () => [String], { nullable: true, description: "Only these targets (e.g. those a sync just changed)" }) usccs?: string[],
  ): Promise<JointInspectionProposal[]> {
    requireJointReader(ctx);
    yearArg(year);
    const only = usccs ? [...new Set(listArg(usccs, "usccs", 10_000).map(targetKey))] : undefined;
    const own = ctx.identity.role === Role.OFFICE_COORDINATOR ? undefined : ctx.identity.department;
    const actions = jointActions(await plannedTasksByTarget(ctx.db, year, own, only));
    return actions
      .filter((a) => !own || a.departments.includes(own))
      .map((a) => ({ ...a, key: proposalKey(year, a), targetCount: a.visits.length }));
  }
}

export const proposalResolvers = [ProposalResolver] as const;
