/** The only SQL of notifications: the kept notifications and their webhook outbox rows. */
import { and, desc, inArray, lt } from "drizzle-orm";
import { notificationOutbox, notifications } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";

export async function insertNotifications(db: OfficeDb, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows).returning();
}

export async function enqueue(db: OfficeDb, rows: (typeof notificationOutbox.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(notificationOutbox).values(rows).onConflictDoNothing();
}

/** Newest first, before the id `before`; of some departments, or all. */
export async function listNotifications(db: OfficeDb, departments: readonly string[] | undefined, before: number | undefined, first: number) {
  return db.select().from(notifications)
    .where(and(departments === undefined ? undefined : inArray(notifications.department, [...departments]), before === undefined ? undefined : lt(notifications.id, before)))
    .orderBy(desc(notifications.id)).limit(first);
}

/** Whether each notification reached each webhook, for the ones listed. */
export async function deliveriesOf(db: OfficeDb, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select({ notificationId: notificationOutbox.notificationId, receiver: notificationOutbox.receiver, deliveredAt: notificationOutbox.deliveredAt, attempts: notificationOutbox.attempts, lastError: notificationOutbox.lastError })
    .from(notificationOutbox).where(inArray(notificationOutbox.notificationId, [...ids]));
}

