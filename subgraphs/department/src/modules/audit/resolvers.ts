/** 全程留痕 on a department's entry point: its audit trail, for its admins and the office. */
import { auditPage, AuditPage } from "@hub/kit";
import { Role } from "@hub/schema";
import { Arg, Ctx, FieldResolver, Int, Resolver } from "type-graphql";
import { forbidden, isOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentQuery } from "../department/types.js";

@Resolver(() => DepartmentQuery)
export class AuditQueryResolver {
  @FieldResolver(() => AuditPage, {
    description: "全程留痕: every change to this department's data, newest first, who made it and when; for the department's admins and the office. Dates are China dates, inclusive.",
  })
  async auditLog(
    @Ctx() ctx: DepartmentContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("operation", () => String, { nullable: true, description: "Only this operation (upsertTarget, drawTargets…)" }) operation?: string,
    @Arg("subject", () => String, { nullable: true, description: "Only this account" }) subject?: string,
    @Arg("from", () => String, { nullable: true }) from?: string,
    @Arg("to", () => String, { nullable: true }) to?: string,
  ): Promise<AuditPage> {
    const { role } = ctx.identity;
    if (!(role === Role.OFFICE_COORDINATOR || (isOwner(ctx) && role === Role.DEPARTMENT_ADMIN)))
      throw forbidden(`${ctx.department.code}'s audit trail is for its admins and the office`);
    return auditPage(ctx.db, { first, after, operation, subject, from, to });
  }
}

export const auditResolvers = [AuditQueryResolver] as const;
