/** Bearer tokens for tests, signed with the process's user-token secret (the demo's by default). */
import { authSettings, signUserToken } from "@hub/kit";
import { Role, type Identity } from "@hub/schema";

export type As = Identity | "public";

export const admin = (department: string): Identity => ({ subject: `${department}-admin`, role: Role.DEPARTMENT_ADMIN, department });
export const officer = (department: string): Identity => ({ subject: `${department}-officer`, role: Role.DEPARTMENT_OFFICER, department });
export const coordinator: Identity = { subject: "office-coordinator", role: Role.OFFICE_COORDINATOR };
export const dashboard: Identity = { subject: "dashboard", role: Role.DASHBOARD_VIEWER };

export async function bearer(as: As): Promise<Record<string, string>> {
  if (as === "public") return {};
  return { authorization: `Bearer ${await signUserToken(as, authSettings().userSecret!)}` };
}
