/**
 * 推送: published results to higher platforms, through the hub's outbox (@hub/kit outbox.ts):
 * publishing writes one row per result and receiver; the worker delivers them, retried until
 * acknowledged, signed with the receiver's secret when it has one.
 */
import { deliverDue as deliverOutbox, outboxOptions, outboxStatus as statusOf, startOutbox as start, type OutboxOptions, type OutboxReceiver } from "@hub/kit";
import { secretFrom, type ResolvedDepartment } from "@hub/schema";
import { publicationOutbox } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export { outboxOptions, retryDelay } from "@hub/kit";

/** One round of deliveries to these receivers; how many were delivered. */
export const deliverDue = (db: DepartmentDb, receivers: readonly OutboxReceiver[], o: OutboxOptions) => deliverOutbox(db, publicationOutbox, receivers, o, "publication");

/** The worker; a receiver whose secret is named but not set stops the start (ConfigError). */
export function startOutbox(db: DepartmentDb, department: ResolvedDepartment, o = outboxOptions()) {
  const receivers = department.publicationReceivers.map((r, i) => ({ ...r, secret: secretFrom(r.secretEnv, `${department.code}.publicationReceivers[${i}].secretEnv`) }));
  return start(db, publicationOutbox, () => receivers, o, "publication");
}

/** Per receiver: delivered, pending, failed attempts, the last error and the oldest pending message. */
export const outboxStatus = (db: DepartmentDb, receivers: readonly { name: string }[]) => statusOf(db, publicationOutbox, receivers);
