/** SQL over the inspector directory (检查人员名录库). */
import { and, asc, count, getTableColumns, gt, ilike, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { inspectors } from "../db/schema.js";
import type { InspectorValues } from "../domain/records.js";
import type { DepartmentDb } from "./targets.js";

export interface InspectorFilterValues {
  statuses?: string[];
  expertise?: string[];
  search?: string;
}

const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listInspectors(db: DepartmentDb, f: InspectorFilterValues, first: number, afterId?: number) {
  const w: SQL[] = [];
  if (f.statuses?.length) w.push(inArray(inspectors.status, f.statuses));
  if (f.expertise?.length) w.push(sql`${inspectors.expertise} && ${sql.param(f.expertise)}::text[]`);
  const s = f.search?.trim();
  if (s)
    w.push(or(ilike(inspectors.name, `%${likeLiteral(s)}%`), like(inspectors.certificateNumber, `${likeLiteral(s.toUpperCase())}%`))!);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(inspectors)
      .where(and(...w, afterId !== undefined ? gt(inspectors.id, afterId) : undefined))
      .orderBy(asc(inspectors.id))
      .limit(first + 1),
    db.select({ n: count() }).from(inspectors).where(and(...w)),
  ]);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, totalCount: Number(total?.n ?? 0) };
}

export async function upsertInspectors(db: DepartmentDb, values: InspectorValues[]) {
  let inserted = 0;
  const rows: (typeof inspectors.$inferSelect)[] = [];
  for (let i = 0; i < values.length; i += 2000) {
    const result = await db
      .insert(inspectors)
      .values(values.slice(i, i + 2000))
      .onConflictDoUpdate({
        target: inspectors.certificateNumber,
        set: {
          name: sql`excluded.name`,
          gender: sql`excluded.gender`,
          position: sql`excluded.position`,
          unit: sql`excluded.unit`,
          expertise: sql`excluded.expertise`,
          status: sql`excluded.status`,
          conflicts: sql`excluded.conflicts`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ ...getTableColumns(inspectors), inserted: sql<boolean>`(xmax = 0)` });
    for (const { inserted: isNew, ...row } of result) {
      if (isNew) inserted++;
      rows.push(row);
    }
  }
  return { inserted, updated: values.length - inserted, rows };
}
