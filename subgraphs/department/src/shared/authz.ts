/**
 * Who may read and write what in a department subgraph. @apollo/gateway does not enforce
 * @authenticated/@requiresScopes, so every check lives here, in the resolvers.
 *
 *   items, published plans      everyone (they are published to society anyway)
 *   draft plans                 the owning department
 *   targets, target views       departments and the office; personal data masked but for the owner
 *   target counts               everyone but the public (dashboards see aggregates only)
 *   inspectors                  the owning department and the office
 *   writes                      the owning department: officers the directories, admins also items and plans
 */
import { HubError } from "@hub/kit";
import { isDepartmentRole, Role } from "@hub/schema";
import type { DepartmentContext } from "./context.js";

export const forbidden = (message: string) => new HubError("FORBIDDEN", message);

export function isOwner(ctx: DepartmentContext): boolean {
  return isDepartmentRole(ctx.identity.role) && ctx.identity.department === ctx.department.code;
}

/** Writes: only the owning department; `admin` writes need the department admin role. */
export function requireOwner(ctx: DepartmentContext, level: "officer" | "admin"): void {
  const { role, department } = ctx.identity;
  if (!isDepartmentRole(role)) throw forbidden(`only ${ctx.department.code} department staff may change its data (you are ${role})`);
  if (department !== ctx.department.code)
    throw forbidden(`a ${department} account cannot change ${ctx.department.code}'s data`);
  if (level === "admin" && role !== Role.DEPARTMENT_ADMIN) throw forbidden("this change needs the department admin role");
}

/** Target directory records: departments and the office, for joint work. */
export function requireTargetReader(ctx: DepartmentContext): void {
  const role = ctx.identity.role;
  if (role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to read target directories");
  if (role === Role.DASHBOARD_VIEWER) throw forbidden("dashboards see aggregates only (use targetCount)");
}

export function requireAggregateReader(ctx: DepartmentContext): void {
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to read directory statistics");
}

/** Inspector details stay inside the department (and the office, which composes joint teams): the directory, and the draw records that carry its pool. */
export function requireInspectorReader(ctx: DepartmentContext, what = "inspector directory"): void {
  if (isOwner(ctx) || ctx.identity.role === Role.OFFICE_COORDINATOR) return;
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", `sign in to read the ${what}`);
  throw forbidden(`${ctx.department.code}'s ${what} is visible to its own staff and the office only`);
}
