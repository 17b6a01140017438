/**
 * The office's own database. Departments stay the owners of their data; the office keeps an index
 * of which department directories hold which USCC (filled by pulling through the supergraph).
 */
import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const targetIndex = pgTable(
  "target_index",
  {
    uscc: text("uscc").primaryKey(),
    /** The name as last seen in any department's directory. */
    name: text("name").notNull(),
    /** Codes of the departments whose directory holds this target, sorted. */
    departments: text("departments").array().notNull().default(sql`'{}'::text[]`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("target_index_departments_idx").using("gin", t.departments)],
);

export const officeSchema = { targetIndex };
export type OfficeSchema = typeof officeSchema;
