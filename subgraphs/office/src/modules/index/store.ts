/**
 * The only SQL of the office's index: every department's directory entries and tasks (as pulled
 * through the supergraph), and the sync's cursors and outcomes.
 */
import { groupBy, nameOrCodeSearch } from "@hub/kit";
import type { DirectoryEntryShape } from "@hub/schema";
import { and, asc, count, eq, getTableColumns, gt, gte, inArray, lte, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { directoryEntries, syncState, taskEntries } from "../../db/schema.js";
import type { OfficeDb } from "../../shared/db.js";

export interface IndexedTarget {
  uscc: string;
  name: string;
  /** Departments whose directory holds the target as active, sorted. */
  departments: string[];
}

/** One query for a batch of USCCs (the dataloader's batch function). */
export async function indexByUscc(db: OfficeDb, usccs: readonly string[]): Promise<(IndexedTarget | null)[]> {
  if (usccs.length === 0) return [];
  const rows = await db
    .select({
      uscc: directoryEntries.uscc,
      name: sql<string>`min(${directoryEntries.name})`,
      departments: sql<string[]>`coalesce(array_agg(${directoryEntries.department} order by ${directoryEntries.department}) filter (where ${directoryEntries.status} = 'ACTIVE'), '{}')`,
    })
    .from(directoryEntries)
    .where(inArray(directoryEntries.uscc, [...new Set(usccs)]))
    .groupBy(directoryEntries.uscc);
  const byUscc = new Map(rows.map((r) => [r.uscc, r]));
  return usccs.map((u) => byUscc.get(u) ?? null);
}

/**
 * Round 1 of the four rounds (第一轮融合): targets active in two or more departments' directories,
 * the joint inspection target library, in USCC order. A page without its total: what an export reads
 * page after page.
 */
export async function libraryPage(db: OfficeDb, minDepartments: number, first: number, after?: string) {
  const holders = sql<string[]>`array_agg(${directoryEntries.department} order by ${directoryEntries.department})`;
  const rows = await db
    .select({ uscc: directoryEntries.uscc, name: sql<string>`min(${directoryEntries.name})`, departments: holders })
    .from(directoryEntries)
    .where(and(sql`${directoryEntries.status} = 'ACTIVE'`, after ? gt(directoryEntries.uscc, after) : undefined))
    .groupBy(directoryEntries.uscc)
    .having(sql`count(*) >= ${minDepartments}`)
    .orderBy(asc(directoryEntries.uscc))
    .limit(first + 1);
  return { rows: rows.slice(0, first), hasMore: rows.length > first };
}

/** A page of the library and how many targets it holds in all. */
export async function jointTargetLibrary(db: OfficeDb, minDepartments: number, first: number, after?: string) {
  const overlapping = db
    .select({ uscc: directoryEntries.uscc })
    .from(directoryEntries)
    .where(sql`${directoryEntries.status} = 'ACTIVE'`)
    .groupBy(directoryEntries.uscc)
    .having(sql`count(*) >= ${minDepartments}`)
    .as("overlapping");
  const [page, [total]] = await Promise.all([libraryPage(db, minDepartments, first, after), db.select({ n: count() }).from(overlapping)]);
  return { ...page, totalCount: Number(total?.n ?? 0) };
}

/** Round 1's overlap: for every pair of departments, the active targets both directories hold. */
export function departmentOverlap(db: OfficeDb) {
  const other = alias(directoryEntries, "other");
  return db
    .select({ a: directoryEntries.department, b: other.department, targets: sql<number>`count(*)::int` })
    .from(directoryEntries)
    .innerJoin(other, and(eq(other.uscc, directoryEntries.uscc), gt(other.department, directoryEntries.department)))
    .where(and(eq(directoryEntries.status, "ACTIVE"), eq(other.status, "ACTIVE")))
    .groupBy(directoryEntries.department, other.department)
    .orderBy(directoryEntries.department, other.department);
}

/** Round 3 (第三轮融合): every department's inspections of these targets whose window touches the year. */
export async function inspectionsInYear(db: OfficeDb, usccs: readonly string[], year: number) {
  if (usccs.length === 0) return [];
  const rows = await db
    .select()
    .from(taskEntries)
    .where(and(inArray(taskEntries.uscc, [...new Set(usccs)]), lte(taskEntries.dueStart, `${year}-12-31`), gte(taskEntries.dueEnd, `${year}-01-01`)))
    .orderBy(asc(taskEntries.dueStart), asc(taskEntries.department));
  const byUscc = groupBy(rows, (r) => r.uscc);
  return usccs.map((u) => byUscc.get(u) ?? []);
}

/** An upsert's SET: each column takes the incoming row's value, and the entry is stamped as synced now. */
const fromIncoming = (columns: Record<string, AnyPgColumn>) => ({
  ...Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, sql.raw(`excluded."${column.name}"`)])),
  syncedAt: sql`now()`,
});
// A task entry's key, target and source never change; everything else follows the department.
const { department: _d, taskId: _t, uscc: _u, source: _s, syncedAt: _a, ...taskFields } = getTableColumns(taskEntries);

export async function storeDirectoryEntries(db: OfficeDb, department: string, rows: DirectoryEntryShape[]) {
  await db
    .insert(directoryEntries)
    .values(rows.map((e) => ({ department, ...e })))
    .onConflictDoUpdate({ target: [directoryEntries.department, directoryEntries.uscc], set: fromIncoming({ name: directoryEntries.name, status: directoryEntries.status, displayCode: directoryEntries.displayCode }) });
}

export async function storeTaskEntries(db: OfficeDb, rows: (typeof taskEntries.$inferInsert)[]) {
  await db.insert(taskEntries).values(rows).onConflictDoUpdate({ target: [taskEntries.department, taskEntries.taskId], set: fromIncoming(taskFields) });
}

export type Cursor = "directoryCursor" | "taskCursor";

export async function syncStateOf(db: OfficeDb, department: string) {
  await db.insert(syncState).values({ department }).onConflictDoNothing();
  const [state] = await db.select().from(syncState).where(eq(syncState.department, department));
  return state!;
}

export async function allSyncStates(db: OfficeDb) {
  return db.select().from(syncState);
}

export async function updateSyncState(db: OfficeDb, department: string, set: Partial<Omit<typeof syncState.$inferInsert, "department">>) {
  await db.update(syncState).set(set).where(eq(syncState.department, department));
}

/**
 * 一企一档's search box: targets of any department whose name contains the text, or whose code starts
 * with it, by code; from the index, so the answer costs no department a query.
 */
export async function searchTargets(db: OfficeDb, text: string, first: number) {
  return db
    .select({ uscc: directoryEntries.uscc })
    .from(directoryEntries)
    .where(nameOrCodeSearch(directoryEntries.name, directoryEntries.uscc, text, { bigramIndex: true }))
    .groupBy(directoryEntries.uscc)
    .orderBy(asc(directoryEntries.uscc))
    .limit(first);
}
