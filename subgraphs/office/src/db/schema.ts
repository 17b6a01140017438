/**
 * The office's own database. Departments stay the owners of their data; the office keeps an index
 * of every department's directory entries and tasks, pulled incrementally through the supergraph.
 */
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Which department's directory holds which USCC (round 1 of the four rounds of de-duplication). */
export const directoryEntries = pgTable(
  "directory_entries",
  {
    department: text("department").notNull(),
    uscc: text("uscc").notNull(),
    name: text("name").notNull(),
    status: text("status").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.department, t.uscc] }), index("directory_entries_uscc_idx").on(t.uscc)],
);

/** Every department's inspection tasks, planned, ongoing and done. */
export const taskEntries = pgTable(
  "task_entries",
  {
    department: text("department").notNull(),
    taskId: integer("task_id").notNull(),
    uscc: text("uscc").notNull(),
    source: text("source").notNull(),
    status: text("status").notNull(),
    itemCodes: text("item_codes").array().notNull().default(sql`'{}'::text[]`),
    inspectorCount: integer("inspector_count").notNull().default(0),
    dueStart: date("due_start").notNull(),
    dueEnd: date("due_end").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.department, t.taskId] }), index("task_entries_uscc_idx").on(t.uscc)],
);

/** Per department: how far the office has read, and when it last succeeded or failed. */
export const syncState = pgTable("sync_state", {
  department: text("department").primaryKey(),
  directoryCursor: text("directory_cursor"),
  taskCursor: text("task_cursor"),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastError: text("last_error"),
});

export const officeSchema = { directoryEntries, taskEntries, syncState };
export type OfficeSchema = typeof officeSchema;
