/** The audit trail: one entry per mutation, in the same transaction as the change. */
import { auditLog } from "../db/schema.js";
import type { DepartmentDb } from "./db.js";

/** Who acted: a verified identity, or an operator at the command line (role "cli"). */
export interface Actor {
  subject: string;
  role: string;
  department?: string;
}

export async function audit(db: DepartmentDb, actor: Actor, operation: string, affectedIds: (string | number)[]) {
  await db.insert(auditLog).values({
    subject: actor.subject,
    role: actor.role,
    actorDepartment: actor.department ?? null,
    operation,
    affectedIds: affectedIds.map(String),
  });
}
