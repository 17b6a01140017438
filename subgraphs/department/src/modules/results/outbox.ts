/**
 * 推送: published results to higher platforms, through the hub's outbox (@hub/kit outbox.ts):
 * publishing writes one row per result and receiver; the worker delivers them, retried until
 * acknowledged, signed with the receiver's secret when it has one.
 */
import { deliverDue as deliverOutbox, outboxOptions, outboxStatus as statusOf, startOutbox as start, type OutboxOptions, type OutboxReceiver } from "@hub/kit";
import { randomUUID } from "node:crypto";
import { chinaDate, DEFAULT_PUSH_DEADLINE_WORKING_DAYS, secretFrom, workingDayCalendar, type PublicationReceiver, type PushKind, type ResolvedDepartment } from "@hub/schema";
import { publicationOutbox } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import { inspectorRecord, pick, receiverColumns, targetRecord, type ExportRecord } from "../exports/records.js";
import { inspectorsIn, targetsIn } from "../exports/store.js";
import { enqueuePushes, pendingByDay } from "./store.js";

export { outboxOptions, retryDelay } from "@hub/kit";

/** One round of deliveries to these receivers; how many were delivered. */
export const deliverDue = (db: DepartmentDb, receivers: readonly OutboxReceiver[], o: OutboxOptions) => deliverOutbox(db, publicationOutbox, receivers, o, "publication");

/** The worker; a receiver whose secret is named but not set stops the start (ConfigError). */
export function startOutbox(db: DepartmentDb, department: ResolvedDepartment, o = outboxOptions()) {
  const receivers = department.publicationReceivers.map((r, i) => ({ ...r, secret: secretFrom(r.secretEnv, `${department.code}.publicationReceivers[${i}].secretEnv`) }));
  return start(db, publicationOutbox, () => receivers, o, "publication");
}

/** Whether a receiver takes a kind: results only, unless it lists its kinds. */
export const takes = (receiver: PublicationReceiver, kind: PushKind) => (receiver.kinds ?? ["results"]).includes(kind);

/**
 * 推送 of the item list and plans (一单…一计划): each changed record, shaped by the receiver's export
 * profile, to every receiver that takes the kind — in the caller's transaction, like the results.
 */
export async function pushRecords(tx: DepartmentDb, department: ResolvedDepartment, kind: Exclude<PushKind, "results">, entries: readonly { ref: string; record: ExportRecord }[], at: Date) {
  for (const receiver of department.publicationReceivers.filter((r) => takes(r, kind))) {
    const columns = receiverColumns(department, receiver, kind);
    await enqueuePushes(tx, entries.map(({ ref, record }) => ({
      kind, ref, receiver: receiver.name, createdAt: at,
      // one message per change: the key is the message's, so a repeat of it is dropped, not the next change
      key: `${department.code}-${kind}-${ref}-${randomUUID()}-${receiver.name}`,
      payload: JSON.stringify({ department: department.code, kind, ref, record: pick(record, columns) }),
    })));
  }
}

/** Keys read per round when a large import is pushed. */
const BATCH = 2000;

/**
 * 推送 of directory changes (一单两库): the targets or inspectors an edit or an import wrote, each as its
 * record, to every receiver that takes the kind (nothing is read when none does).
 */
export async function pushDirectory(tx: DepartmentDb, department: ResolvedDepartment, kind: "targets" | "inspectors", keys: readonly string[], at: Date) {
  if (keys.length === 0 || !department.publicationReceivers.some((r) => takes(r, kind))) return;
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const entries = kind === "targets"
      ? (await targetsIn(tx, batch)).map((r) => ({ ref: r.uscc, record: targetRecord(department, r) }))
      : (await inspectorsIn(tx, batch)).map((r) => ({ ref: r.certificateNumber, record: inspectorRecord(department, r) }));
    await pushRecords(tx, department, kind, entries, at);
  }
}

/**
 * Per receiver: delivered, pending, failed attempts, the last error, the oldest pending message,
 * and how many pending ones are past the receiver's deadline in working days.
 */
export async function outboxStatus(db: DepartmentDb, receivers: readonly PublicationReceiver[], now = new Date()) {
  const [status, pending] = await Promise.all([statusOf(db, publicationOutbox, receivers), pendingByDay(db)]);
  const calendar = workingDayCalendar();
  const today = chinaDate(now);
  return status.map((s, i) => {
    const deadlineWorkingDays = receivers[i]!.deadlineWorkingDays ?? DEFAULT_PUSH_DEADLINE_WORKING_DAYS;
    const overdue = pending.filter((p) => p.receiver === s.receiver && calendar.workingDaysBetween(p.day, today) > deadlineWorkingDays).reduce((n, p) => n + p.count, 0);
    return { ...s, deadlineWorkingDays, overdue };
  });
}
