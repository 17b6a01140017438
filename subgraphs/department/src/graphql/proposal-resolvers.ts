/**
 * Joint inspection proposals pushed by the office (第二轮融合): a notice per action — departments,
 * window, how many targets — kept in the department's inbox. The details (targets, tasks, visits)
 * stay in the office: `jointInspectionProposals(year)`.
 */
import { HubError, pageSize } from "@hub/kit";
import { isIsoDate, Role } from "@hub/schema";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { Arg, Ctx, Directive, Field, FieldResolver, InputType, Int, ObjectType, Resolver } from "type-graphql";
import { forbidden, requireInspectorReader } from "../authz.js";
import type { DepartmentContext } from "../context.js";
import { jointProposalInbox } from "../db/schema.js";
import { DepartmentMutation, DepartmentQuery } from "./resolvers.js";

@Directive("@shareable")
@ObjectType({ description: "联合抽查建议: a joint inspection proposal the office pushed to this department" })
export class JointProposalNotice {
  @Field(() => String, { description: "<year>|<departments>|<windowStart>|<windowEnd>" }) key!: string;
  @Field(() => Int) year!: number;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => Int) targetCount!: number;
  @Field(() => String, { description: "OPEN; WITHDRAWN once the office no longer proposes it; ADOPTED once a joint inspection was launched from it" }) status!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class JointProposalNoticeInput {
  @Field(() => String) key!: string;
  @Field(() => Int) year!: number;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => Int) targetCount!: number;
  @Field(() => String) status!: string;
}

const NOTICE_STATUSES = ["OPEN", "WITHDRAWN", "ADOPTED"];

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
    if (status !== undefined && !NOTICE_STATUSES.includes(status)) throw new HubError("BAD_USER_INPUT", `status must be one of ${NOTICE_STATUSES.join(", ")}`);
    return ctx.db.select().from(jointProposalInbox)
      .where(and(status ? eq(jointProposalInbox.status, status) : undefined, after ? gt(jointProposalInbox.key, after) : undefined))
      .orderBy(asc(jointProposalInbox.key)).limit(pageSize(first, 100));
  }
}

@Resolver(() => DepartmentMutation)
export class ProposalDeliveryResolver {
  @FieldResolver(() => Int, { description: "The office delivers proposal notices (new, changed or withdrawn); idempotent by key. Office only." })
  async receiveJointProposals(@Ctx() ctx: DepartmentContext, @Arg("notices", () => [JointProposalNoticeInput]) notices: JointProposalNoticeInput[]) {
    if (ctx.identity.role !== Role.OFFICE_COORDINATOR) throw forbidden("only the joint-meeting office delivers proposals");
    if (notices.length > 500) throw new HubError("BAD_USER_INPUT", "at most 500 notices at a time");
    for (const n of notices)
      if (!isIsoDate(n.windowStart) || !isIsoDate(n.windowEnd) || !NOTICE_STATUSES.includes(n.status) || !n.departments.includes(ctx.department.code))
        throw new HubError("BAD_USER_INPUT", `notice ${n.key} is malformed or not for ${ctx.department.code}`);
    if (notices.length === 0) return 0;
    await ctx.db
      .insert(jointProposalInbox)
      .values(notices.map((n) => ({ ...n })))
      .onConflictDoUpdate({
        target: jointProposalInbox.key,
        set: { status: sql`excluded.status`, targetCount: sql`excluded.target_count`, updatedAt: sql`now()` },
      });
    return notices.length;
  }
}

export const proposalResolvers = [ProposalInboxResolver, ProposalDeliveryResolver] as const;
