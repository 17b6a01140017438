/**
 * Who may read and write what in the office subgraph. @apollo/gateway does not enforce
 * @authenticated/@requiresScopes, so every check lives here, called by the resolvers.
 *
 *   departments, checkUscc, publicResults    everyone
 *   target entry points, history, joint work departments and the office (not the public or dashboards)
 *   statistics                               everyone signed in
 *   sync                                     the office only
 */
import { HubError } from "@hub/kit";
import { isDepartmentRole, Role } from "@hub/schema";
import type { OfficeContext } from "./context.js";

export function requireCoordinator(ctx: OfficeContext) {
  if (ctx.identity.role !== Role.OFFICE_COORDINATOR)
    throw new HubError(ctx.identity.role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN", "only the joint-meeting office may do this");
}

/** Target entry points serve joint work: departments and the office, not the public or dashboards. */
export function requireJointReader(ctx: OfficeContext) {
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to look up targets");
  if (ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "dashboards see aggregates only");
}

export function requireSignedIn(ctx: OfficeContext, what: string) {
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", `sign in to read ${what}`);
}

/** The office acts for any lead department; department staff for their own only (`what`: "propose", "submit for"). */
export function requireLeadOrOffice(ctx: OfficeContext, lead: string, what: string) {
  if (ctx.identity.role === Role.OFFICE_COORDINATOR) return;
  const acting = actingDepartment(ctx);
  if (acting !== lead) throw new HubError("FORBIDDEN", `a ${acting ?? ctx.identity.role} account cannot ${what} ${JSON.stringify(lead.slice(0, 40))}: the lead department does`);
}

/** Department staff act for their department; the office coordinator for none. */
export function actingDepartment(ctx: OfficeContext): string | undefined {
  return isDepartmentRole(ctx.identity.role) ? ctx.identity.department : undefined;
}
