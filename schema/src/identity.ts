/**
 * Who is asking: the roles of the hub and the rules for reading a verified token's claims.
 * Pure: verification of signatures lives in @hub/kit; this only interprets claims.
 */

export enum Role {
  /** 部门执法人员: reads and maintains its own department's directories. */
  DEPARTMENT_OFFICER = "department_officer",
  /** 部门管理员: everything an officer may, plus the item list and annual plans. */
  DEPARTMENT_ADMIN = "department_admin",
  /** 联席办协调员: the office; reads every department for joint work, no department writes. */
  OFFICE_COORDINATOR = "office_coordinator",
  /** Dashboards: aggregates only. */
  DASHBOARD_VIEWER = "dashboard_viewer",
  /** No token: published results only. */
  PUBLIC = "public",
}

export interface Identity {
  /** Token subject (user or system id); "anonymous" for the public. */
  subject: string;
  role: Role;
  /** Department code, for department roles only. */
  department?: string;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ subject: "anonymous", role: Role.PUBLIC });

const DEPARTMENT_ROLES = new Set([Role.DEPARTMENT_OFFICER, Role.DEPARTMENT_ADMIN]);

export const isDepartmentRole = (role: Role) => DEPARTMENT_ROLES.has(role);

/**
 * Read an identity from verified JWT claims: `sub`, `role`, and `department` for department roles.
 * Returns the reason when the claims do not describe a valid identity.
 */
export function identityFromClaims(
  claims: Record<string, unknown>,
  departmentCodes: readonly string[],
): { identity: Identity } | { reason: string } {
  const subject = claims.sub;
  if (typeof subject !== "string" || !subject) return { reason: "token has no subject (sub)" };
  const role = claims.role;
  if (typeof role !== "string" || !Object.values(Role).includes(role as Role) || role === Role.PUBLIC)
    return { reason: `unknown role "${String(role)}"` };
  if (isDepartmentRole(role as Role)) {
    const department = claims.department;
    if (typeof department !== "string" || !departmentCodes.includes(department))
      return { reason: `role ${role} needs a configured department, got "${String(department)}"` };
    return { identity: { subject, role: role as Role, department } };
  }
  return { identity: { subject, role: role as Role } };
}
