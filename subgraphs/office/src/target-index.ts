/** The office's index of department directories by USCC. */
import type { Db } from "@hub/kit";
import { inArray, sql } from "drizzle-orm";
import { targetIndex, type OfficeSchema } from "./db/schema.js";

export type OfficeDb = Db<OfficeSchema>;

export interface IndexEntry {
  uscc: string;
  name: string;
  department: string;
}

/** Record that `department` holds these targets (merging with other departments already indexed). */
export async function indexTargets(db: OfficeDb, entries: IndexEntry[]): Promise<void> {
  // One row per USCC per statement: ON CONFLICT cannot touch a row twice.
  const merged = new Map<string, { uscc: string; name: string; departments: string[] }>();
  for (const e of entries) {
    const m = merged.get(e.uscc);
    if (m) m.departments.push(e.department);
    else merged.set(e.uscc, { uscc: e.uscc, name: e.name, departments: [e.department] });
  }
  const rows = [...merged.values()];
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await db
      .insert(targetIndex)
      .values(chunk)
      .onConflictDoUpdate({
        target: targetIndex.uscc,
        set: {
          name: sql`excluded.name`,
          departments: sql`(select array_agg(distinct d order by d) from unnest(${targetIndex.departments} || excluded.departments) d)`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export async function indexByUscc(db: OfficeDb, usccs: readonly string[]) {
  const rows = usccs.length ? await db.select().from(targetIndex).where(inArray(targetIndex.uscc, [...new Set(usccs)])) : [];
  const byUscc = new Map(rows.map((r) => [r.uscc, r]));
  return usccs.map((u) => byUscc.get(u) ?? null);
}
