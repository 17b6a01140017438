/** The audit trail: one entry per mutation, in the same transaction as the change. */
import { auditLog } from "../db/schema.js";
import type { DepartmentContext } from "../context.js";
import type { DepartmentDb } from "./targets.js";

export async function audit(db: DepartmentDb, ctx: DepartmentContext, operation: string, affectedIds: (string | number)[]) {
  await db.insert(auditLog).values({
    subject: ctx.identity.subject,
    role: ctx.identity.role,
    actorDepartment: ctx.identity.department ?? null,
    operation,
    affectedIds: affectedIds.map(String),
  });
}
