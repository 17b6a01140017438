/**
 * 全程留痕: the audit trail every service keeps, one entry per change in the same transaction as the
 * change, and the page of it that a department admin or the office reads. The table, the writer,
 * the reader and the GraphQL types are shared so that every subgraph's trail looks the same.
 */
import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { index, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { chinaInstant } from "@hub/schema";
import { dateArg, pageSize, textArg } from "./args.js";
import { decodeCursor, encodeCursor } from "./pagination.js";

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    subject: text("subject").notNull(),
    role: text("role").notNull(),
    /** The acting user's department, for department roles. */
    actorDepartment: text("actor_department"),
    operation: text("operation").notNull(),
    affectedIds: text("affected_ids").array().notNull(),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

type AnyDb = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/** Who acted: a verified identity, or an operator at the command line (role "cli"). */
export interface Actor {
  subject: string;
  role: string;
  department?: string;
}

export async function audit(db: AnyDb, actor: Actor, operation: string, affectedIds: (string | number)[]) {
  await db.insert(auditLog).values({
    subject: actor.subject,
    role: actor.role,
    actorDepartment: actor.department ?? null,
    operation,
    affectedIds: affectedIds.map(String),
  });
}

@Directive("@shareable")
@ObjectType({ description: "全程留痕: one change, who made it and when" })
export class AuditEntry {
  @Field(() => ID) id!: number;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: "The account that made the change (cli: an operator at the command line)" }) subject!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true, description: "The acting account's department, for department roles" }) actorDepartment!: string | null;
  @Field(() => String, { description: "The operation, by its GraphQL name (upsertTarget, drawTargets…)" }) operation!: string;
  @Field(() => [String], { description: "Ids the change touched: codes, task and plan ids" }) affectedIds!: string[];
}

@Directive("@shareable")
@ObjectType({ description: "A page of the audit trail, newest first" })
export class AuditPage {
  @Field(() => [AuditEntry]) entries!: AuditEntry[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

export interface AuditQuery {
  first?: number | null;
  after?: string | null;
  operation?: string | null;
  subject?: string | null;
  /** China dates, inclusive. */
  from?: string | null;
  to?: string | null;
}

/** A page of the trail, newest first, filtered by operation, account and China dates. */
export async function auditPage(db: AnyDb, q: AuditQuery): Promise<AuditPage> {
  const limit = pageSize(q.first, 100, { min: 1 });
  const w: (SQL | undefined)[] = [];
  const operation = textArg(q.operation, "operation", { max: 60 });
  const subject = textArg(q.subject, "subject", { max: 200 });
  if (operation) w.push(eq(auditLog.operation, operation));
  if (subject) w.push(eq(auditLog.subject, subject));
  if (q.from) w.push(gte(auditLog.at, chinaInstant(dateArg(q.from, "from"))));
  if (q.to) w.push(lt(auditLog.at, new Date(chinaInstant(dateArg(q.to, "to")).getTime() + 86_400_000)));
  if (q.after) w.push(lt(auditLog.id, decodeCursor<number>(q.after, "number")));
  const rows = await db.select().from(auditLog).where(and(...w)).orderBy(desc(auditLog.id)).limit(limit + 1);
  const entries = rows.slice(0, limit);
  return { entries, hasMore: rows.length > limit, endCursor: entries.length ? encodeCursor(entries.at(-1)!.id) : null };
}
