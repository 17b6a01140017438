/** SQL over the target directory (检查对象名录库). */
import { and, asc, count, gt, ilike, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@hub/kit";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { targets, type DepartmentSchema, type TargetRow } from "../db/schema.js";
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

/** Escape LIKE metacharacters so user text matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function prefixAny(column: AnyPgColumn, prefixes: string[]): SQL | undefined {
  return or(...prefixes.map((p) => like(column, `${likeLiteral(p)}%`)));
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
  const s = f.search?.trim();
  if (s) w.push(or(ilike(targets.name, `%${likeLiteral(s)}%`), like(targets.uscc, `${likeLiteral(s.toUpperCase())}%`))!);
  return w;
}

export async function listTargets(db: DepartmentDb, filter: TargetFilterValues, first: number, after?: string) {
  const conditions = whereFor(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(targets)
      .where(and(...conditions, after ? gt(targets.uscc, after) : undefined))
      .orderBy(asc(targets.uscc))
      .limit(first + 1),
    db.select({ n: count() }).from(targets).where(and(...conditions)),
  ]);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: Number(total?.n ?? 0) };
}

/** One query for a whole batch of USCCs (the dataloader's batch function). */
export async function targetsByUscc(db: DepartmentDb, usccs: readonly string[]): Promise<Map<string, TargetRow>> {
  if (usccs.length === 0) return new Map();
  const rows = await db.select().from(targets).where(inArray(targets.uscc, [...new Set(usccs)]));
  return new Map(rows.map((r) => [r.uscc, r]));
}

/**
 * Insert or update by USCC. Returns how many rows were new. Run inside a transaction when the
 * batch must land whole.
 */
export async function upsertTargets(db: DepartmentDb, values: TargetValues[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  // 13 parameters a row; stay well under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < values.length; i += 2000) {
    const chunk = values.slice(i, i + 2000);
    const result = await db
      .insert(targets)
      .values(chunk)
      .onConflictDoUpdate({
        target: targets.uscc,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          address: sql`excluded.address`,
          legalRepresentative: sql`excluded.legal_representative`,
          phone: sql`excluded.phone`,
          industry: sql`excluded.industry`,
          region: sql`excluded.region`,
          riskLevel: sql`excluded.risk_level`,
          creditClass: sql`excluded.credit_class`,
          tags: sql`excluded.tags`,
          status: sql`excluded.status`,
          updatedAt: sql`now()`,
        },
      })
      // xmax = 0 only for freshly inserted row versions.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    inserted += result.filter((r) => r.inserted).length;
  }
  return { inserted, updated: values.length - inserted };
}
