/**
 * Joint inspection proposals pushed by the office (第二轮融合): a notice per action — departments,
 * window, how many targets — kept in the department's inbox. The details (targets, tasks, visits)
 * stay in the office: `jointInspectionProposals(year)`.
 */
import { oneOf, pageSize } from "@hub/kit";
import { PROPOSAL_STATUSES, Role } from "@hub/schema";
import { Arg, Ctx, FieldResolver, Int, Resolver } from "type-graphql";
import { forbidden, requireInspectorReader } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "../department/types.js";
import { receiveNotices } from "./service.js";
import { inbox } from "./store.js";
import { JointProposalNotice, JointProposalNoticeInput } from "./types.js";

@Resolver(() => DepartmentQuery)
export class ProposalInboxResolver {
  @FieldResolver(() => [JointProposalNotice], { description: "Proposals the office pushed here, by key (year first); page with `after` (the last key you have)" })
  async jointProposalInbox(
    @Ctx() ctx: DepartmentContext,
    @Arg("status", () => String, { nullable: true, description: "OPEN, WITHDRAWN or ADOPTED; all when absent" }) status?: string,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    requireInspectorReader(ctx);
    return inbox(ctx.db, status === undefined ? undefined : oneOf(status, PROPOSAL_STATUSES, "status"), pageSize(first, 100), after ?? undefined);
  }
}

@Resolver(() => DepartmentMutation)
export class ProposalDeliveryResolver {
  @FieldResolver(() => Int, { description: "The office delivers proposal notices (new, changed, withdrawn or adopted); idempotent by key. Office only." })
  async receiveJointProposals(@Ctx() ctx: DepartmentContext, @Arg("notices", () => [JointProposalNoticeInput]) notices: JointProposalNoticeInput[]) {
    if (ctx.identity.role !== Role.OFFICE_COORDINATOR) throw forbidden("only the joint-meeting office delivers proposals");
    return receiveNotices(ctx, notices);
  }
}

export const proposalResolvers = [ProposalInboxResolver, ProposalDeliveryResolver] as const;
