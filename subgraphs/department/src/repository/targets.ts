/** SQL over the target directory (检查对象名录库). */
import { and, asc, count, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@hub/kit";
import { targets, type DepartmentSchema, type TargetRow } from "../db/schema.js";
import { insertedFlag, keysetPage, nameOrCodeSearch, overwriteFromExcluded, prefixAny, UPSERT_CHUNK } from "./sql.js";
import type { TargetValues } from "../domain/records.js";

export type DepartmentDb = Db<DepartmentSchema>;

export interface TargetFilterValues {
  creditClasses?: string[];
  riskLevels?: string[];
  industries?: string[];
  regions?: string[];
  tags?: string[];
  statuses?: string[];
  kinds?: string[];
  search?: string;
}



function whereFor(f: TargetFilterValues): SQL[] {
  const w: SQL[] = [];
  if (f.creditClasses?.length) w.push(inArray(targets.creditClass, f.creditClasses.map((c) => c.toUpperCase())));
  if (f.riskLevels?.length) w.push(inArray(targets.riskLevel, f.riskLevels));
  if (f.statuses?.length) w.push(inArray(targets.status, f.statuses));
  if (f.kinds?.length) w.push(inArray(targets.kind, f.kinds));
  if (f.industries?.length) w.push(prefixAny(targets.industry, f.industries)!);
  if (f.regions?.length) w.push(prefixAny(targets.region, f.regions)!);
  if (f.tags?.length) w.push(sql`${targets.tags} && ${sql.param(f.tags)}::text[]`);
  const search = nameOrCodeSearch(targets.name, targets.uscc, f.search);
  if (search) w.push(search);
  return w;
}

export async function listTargets(db: DepartmentDb, filter: TargetFilterValues, first: number, after?: string) {
  const conditions = whereFor(filter);
  return keysetPage(
    db
      .select()
      .from(targets)
      .where(and(...conditions, after ? gt(targets.uscc, after) : undefined))
      .orderBy(asc(targets.uscc))
      .limit(first + 1),
    db.select({ n: count() }).from(targets).where(and(...conditions)),
    first,
  );
}

/** One query for a whole batch of USCCs (the dataloader's batch function). */
export async function targetsByUscc(db: DepartmentDb, usccs: readonly string[]): Promise<Map<string, TargetRow>> {
  if (usccs.length === 0) return new Map();
  const rows = await db.select().from(targets).where(inArray(targets.uscc, [...new Set(usccs)]));
  return new Map(rows.map((r) => [r.uscc, r]));
}

/** The stored records of these USCCs as directory values (locked for the transaction when `lock`). */
export async function targetValuesByUscc(db: DepartmentDb, usccs: readonly string[], lock: boolean): Promise<Map<string, TargetValues>> {
  if (usccs.length === 0) return new Map();
  const query = db.select(TARGET_VALUE_COLUMNS).from(targets).where(inArray(targets.uscc, [...new Set(usccs)]));
  const rows = lock ? await query.for("update") : await query;
  return new Map(rows.map((r) => [r.uscc, r as TargetValues]));
}

const TARGET_VALUE_COLUMNS = {
  uscc: targets.uscc, idKind: targets.idKind, name: targets.name, kind: targets.kind, address: targets.address,
  legalRepresentative: targets.legalRepresentative, phone: targets.phone, industry: targets.industry, region: targets.region,
  riskLevel: targets.riskLevel, creditClass: targets.creditClass, tags: targets.tags, status: targets.status,
};

/**
 * Insert or update by USCC, overwriting every field with the given values. Returns how many rows were new. Run inside a transaction when the
 * batch must land whole.
 */
export async function upsertTargets(db: DepartmentDb, values: TargetValues[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  const set = overwriteFromExcluded(targets, ["uscc"]);
  for (let i = 0; i < values.length; i += UPSERT_CHUNK) {
    const result = await db
      .insert(targets)
      .values(values.slice(i, i + UPSERT_CHUNK))
      .onConflictDoUpdate({ target: targets.uscc, set })
      .returning({ inserted: insertedFlag });
    inserted += result.filter((r) => r.inserted).length;
  }
  return { inserted, updated: values.length - inserted };
}
