/** SQL over the inspector directory (检查人员名录库). */
import { and, asc, count, getTableColumns, gt, inArray, sql, type SQL } from "drizzle-orm";
import { inspectors } from "../db/schema.js";
import type { InspectorValues } from "../domain/records.js";
import { insertedFlag, keysetPage, nameOrCodeSearch, overwriteFromExcluded, UPSERT_CHUNK } from "./sql.js";
import type { DepartmentDb } from "./targets.js";

export interface InspectorFilterValues {
  statuses?: string[];
  expertise?: string[];
  search?: string;
}

export async function listInspectors(db: DepartmentDb, f: InspectorFilterValues, first: number, afterId?: number) {
  const w: SQL[] = [];
  if (f.statuses?.length) w.push(inArray(inspectors.status, f.statuses));
  if (f.expertise?.length) w.push(sql`${inspectors.expertise} && ${sql.param(f.expertise)}::text[]`);
  const search = nameOrCodeSearch(inspectors.name, inspectors.certificateNumber, f.search);
  if (search) w.push(search);
  return keysetPage(
    db
      .select()
      .from(inspectors)
      .where(and(...w, afterId !== undefined ? gt(inspectors.id, afterId) : undefined))
      .orderBy(asc(inspectors.id))
      .limit(first + 1),
    db.select({ n: count() }).from(inspectors).where(and(...w)),
    first,
  );
}

const INSPECTOR_VALUE_COLUMNS = {
  certificateNumber: inspectors.certificateNumber, name: inspectors.name, gender: inspectors.gender, position: inspectors.position,
  unit: inspectors.unit, expertise: inspectors.expertise, status: inspectors.status, conflicts: inspectors.conflicts,
};

/** The stored records of these certificate numbers as directory values (locked for the transaction when `lock`). */
export async function inspectorValuesByCertificate(db: DepartmentDb, certificates: readonly string[], lock: boolean): Promise<Map<string, InspectorValues>> {
  if (certificates.length === 0) return new Map();
  const query = db.select(INSPECTOR_VALUE_COLUMNS).from(inspectors).where(inArray(inspectors.certificateNumber, [...new Set(certificates)]));
  const rows = lock ? await query.for("update") : await query;
  return new Map(rows.map((r) => [r.certificateNumber, r as InspectorValues]));
}

/** Insert or update by certificate number, overwriting every field with the given values. */
export async function upsertInspectors(db: DepartmentDb, values: InspectorValues[]) {
  let inserted = 0;
  const rows: (typeof inspectors.$inferSelect)[] = [];
  const set = overwriteFromExcluded(inspectors, ["certificateNumber"]);
  for (let i = 0; i < values.length; i += UPSERT_CHUNK) {
    const result = await db
      .insert(inspectors)
      .values(values.slice(i, i + UPSERT_CHUNK))
      .onConflictDoUpdate({ target: inspectors.certificateNumber, set })
      .returning({ ...getTableColumns(inspectors), inserted: insertedFlag });
    for (const { inserted: isNew, ...row } of result) {
      if (isNew) inserted++;
      rows.push(row);
    }
  }
  return { inserted, updated: values.length - inserted, rows };
}
