/**
 * 消息通知: the office writes a notification in the same transaction as the step it tells of, one
 * per department told, and an outbox row for each of that department's webhooks that wants the
 * kind; the outbox (@hub/kit) delivers them, signed and retried until acknowledged.
 */
import { outboxOptions, startOutbox, outboxStatus, type OutboxReceiver } from "@hub/kit";
import { secretFrom, type HubConfig, type NotificationKind } from "@hub/schema";
import { notificationOutbox } from "../../db/schema.js";
import type { OfficeContext } from "../../shared/context.js";
import type { OfficeDb } from "../../shared/db.js";
import { notificationText, type NotificationFacts } from "./rules.js";
import * as store from "./store.js";

export interface Tell {
  /** The department told. */
  department: string;
  kind: NotificationKind;
  facts: NotificationFacts;
  proposalKey?: string;
  planEntryId?: number;
}

/** Who acted and when: the request's identity and clock, or the office's own sync. */
export type Teller = Pick<OfficeContext, "config" | "clock"> & { identity?: OfficeContext["identity"] };

/** Write the notifications (and their webhook deliveries) in the caller's transaction. Departments not configured are skipped. */
export async function tell(db: OfficeDb, by: Teller, tells: readonly Tell[]): Promise<void> {
  const departments = new Map(by.config.departments.map((d) => [d.code, d]));
  const name = (code: string | undefined) => (code ? (departments.get(code)?.name ?? code) : "");
  const at = by.clock.now();
  const wanted = tells.filter((t) => departments.has(t.department));
  const rows = await store.insertNotifications(db, wanted.map((t) => ({
    department: t.department, kind: t.kind, text: notificationText(t.kind, t.facts, name),
    jointInspectionId: t.facts.jointInspectionId ?? null, proposalKey: t.proposalKey ?? null, planEntryId: t.planEntryId ?? null,
    bySubject: by.identity?.subject ?? null, byDepartment: by.identity?.department ?? null, createdAt: at,
  })));
  await store.enqueue(db, rows.flatMap((n) => (departments.get(n.department)?.webhooks ?? [])
    .filter((w) => !w.events || w.events.includes(n.kind))
    .map((w) => ({
      notificationId: n.id, receiver: `${n.department}:${w.name}`, key: `hub-notification-${n.id}`,
      payload: JSON.stringify({
        id: n.id, kind: n.kind, department: n.department, text: n.text, at: n.createdAt.toISOString(),
        jointInspectionId: n.jointInspectionId, proposalKey: n.proposalKey, planEntryId: n.planEntryId,
        by: n.bySubject ? { subject: n.bySubject, department: n.byDepartment } : null,
      }),
    }))));
}

/** Every department's webhooks as the outbox's receivers, secrets from the environment (a missing one stops the start). */
export function webhookReceivers(config: HubConfig, env = process.env): OutboxReceiver[] {
  return config.departments.flatMap((d) => (d.webhooks ?? []).map((w, i) => ({
    name: `${d.code}:${w.name}`, url: w.url, secret: secretFrom(w.secretEnv, `departments.${d.code}.webhooks[${i}].secretEnv`, env),
  })));
}

/** The webhook worker, when any department has webhooks. */
export function startNotificationOutbox(db: OfficeDb, config: HubConfig, o = outboxOptions()) {
  const receivers = webhookReceivers(config);
  return receivers.length ? startOutbox(db, notificationOutbox, () => receivers, o, "notifications") : undefined;
}

/** Per webhook of these departments: delivered, pending, failed attempts, the last error, the oldest pending. */
export function webhookStatus(db: OfficeDb, config: HubConfig, departments: readonly string[]) {
  const names = config.departments.filter((d) => departments.includes(d.code)).flatMap((d) => (d.webhooks ?? []).map((w) => ({ name: `${d.code}:${w.name}` })));
  return outboxStatus(db, notificationOutbox, names);
}
