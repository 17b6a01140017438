/** The only SQL over check forms (检查表): versions per item, the current one per item. */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { checkForms, type CheckFormRow } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import { formKey, type CheckPointValues } from "./rules.js";

/** The latest version of each of these items' forms (items without a form are absent). */
export async function currentForms(db: DepartmentDb, itemCodes: readonly string[]): Promise<Map<string, CheckFormRow>> {
  if (itemCodes.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([checkForms.itemCode])
    .from(checkForms)
    .where(inArray(checkForms.itemCode, [...new Set(itemCodes)]))
    .orderBy(checkForms.itemCode, desc(checkForms.version));
  return new Map(rows.map((r) => [r.itemCode, r]));
}

export async function formVersion(db: DepartmentDb, itemCode: string, version: number): Promise<CheckFormRow | undefined> {
  const [row] = await db.select().from(checkForms).where(and(eq(checkForms.itemCode, itemCode), eq(checkForms.version, version)));
  return row;
}

/** These versions of forms, by formKey (versions that do not exist are absent). */
export async function formsOfVersions(db: DepartmentDb, versions: readonly { itemCode: string; formVersion: number }[]): Promise<Map<string, CheckFormRow>> {
  if (versions.length === 0) return new Map();
  const items = [...new Set(versions.map((v) => v.itemCode))];
  const wanted = new Set(versions.map((v) => formKey(v.itemCode, v.formVersion)));
  const rows = await db.select().from(checkForms).where(inArray(checkForms.itemCode, items));
  return new Map(rows.filter((r) => wanted.has(formKey(r.itemCode, r.version))).map((r) => [formKey(r.itemCode, r.version), r]));
}

/** Take the item's forms for the rest of the transaction, so that versions are numbered one writer at a time. */
export async function lockItemForms(db: DepartmentDb, itemCode: string) {
  await db.execute(sql`select pg_advisory_xact_lock(${0x43_46}, hashtext(${itemCode}))`);
}

export async function insertForm(db: DepartmentDb, values: { itemCode: string; version: number; points: CheckPointValues[]; createdBy: string; createdAt: Date }) {
  const [row] = await db.insert(checkForms).values(values).returning();
  return row!;
}
