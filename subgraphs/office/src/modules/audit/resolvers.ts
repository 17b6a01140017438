/** 全程留痕 of the office: its own audit trail (joint inspections, syncs), for its coordinators. */
import { auditPage, AuditPage } from "@hub/kit";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { requireCoordinator } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";

@Resolver()
export class OfficeAuditResolver {
  @Query(() => AuditPage, {
    description: "全程留痕: every change the office made (joint inspections, syncs), newest first, who made it and when; for office coordinators. Dates are China dates, inclusive.",
  })
  async officeAuditLog(
    @Ctx() ctx: OfficeContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("operation", () => String, { nullable: true, description: "Only this operation (proposeJointInspection…)" }) operation?: string,
    @Arg("subject", () => String, { nullable: true, description: "Only this account" }) subject?: string,
    @Arg("from", () => String, { nullable: true }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
  ): Promise<AuditPage> {
    requireCoordinator(ctx);
    return auditPage(ctx.db, { first, after, operation, subject, from, to });
  }
}

export const officeAuditResolvers = [OfficeAuditResolver] as const;
