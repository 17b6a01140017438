/** The only SQL of credit classes (信用风险分类): the change history the trigger writes, and classes set from the credit system. */
import { executedRows } from "@hub/kit";
import { asc, eq, sql } from "drizzle-orm";
import { creditClassChanges } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";

export type CreditSource = "DIRECTORY" | "IMPORT" | "CREDIT_SYSTEM";

/** Say who made this transaction's class changes, why and when (the trigger wrote what changed). */
export async function attribute(db: DepartmentDb, a: { source: CreditSource; reference: string | null; by: string; at: Date }) {
  await db.execute(sql`update credit_class_changes set source = ${a.source}, reference = ${a.reference}, changed_by = ${a.by}, changed_at = ${a.at.toISOString()}
    where txid = pg_current_xact_id()::text::bigint and changed_by is null`);
}

/** Set the classes; returns the targets whose class changed, and the codes no target has. */
export async function setClasses(db: DepartmentDb, usccs: string[], classes: string[]): Promise<{ changed: string[]; unknown: string[] }> {
  // one parameter however large the batch: the pairs as JSON
  const pairs = JSON.stringify(usccs.map((u, i) => ({ u, c: classes[i] })));
  const changed = executedRows<{ uscc: string }>(await db.execute(sql`
    update targets t set credit_class = v.c, updated_at = now()
    from jsonb_to_recordset(${pairs}::jsonb) as v(u text, c text)
    where t.uscc = v.u and t.credit_class is distinct from v.c
    returning t.uscc`)).map((r) => r.uscc);
  const unknown = executedRows<{ u: string }>(await db.execute(sql`
    select v.u from jsonb_to_recordset(${pairs}::jsonb) as v(u text, c text) where not exists (select 1 from targets t where t.uscc = v.u) order by v.u`)).map((r) => r.u);
  return { changed, unknown };
}

export async function historyOf(db: DepartmentDb, uscc: string) {
  return db.select().from(creditClassChanges).where(eq(creditClassChanges.uscc, uscc)).orderBy(asc(creditClassChanges.id));
}
