/** SQL helpers the stores share: prefixes, keyset pages, whole-row upserts (literal LIKE and the search box are kit's). */
import { likeLiteral } from "@hub/kit";
import { getTableColumns, like, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";

/** The column starts with any of the prefixes (industry and region codes are hierarchical). */
export function prefixAny(column: AnyPgColumn, prefixes: string[]): SQL | undefined {
  return or(...prefixes.map((p) => like(column, `${likeLiteral(p)}%`)));
}

/** A page of a keyset-paginated list: fetch one row more than asked to know whether more follow. */
export async function keysetPage<T>(rows: Promise<T[]>, total: Promise<{ n: number }[]>, first: number, countCap?: number) {
  const [r, [t]] = await Promise.all([rows, total]);
  const n = Number(t?.n ?? 0);
  const exact = countCap === undefined || n <= countCap;
  return { rows: r.slice(0, first), hasNextPage: r.length > first, totalCount: exact ? n : countCap, totalCountExact: exact };
}

/**
 * Searches count their matches up to this many: a term that matches a tenth of a city (科技) would
 * otherwise visit every match to count it. `totalCountExact` says when the count stopped.
 */
export const SEARCH_COUNT_CAP = 10_000;

/**
 * The SET clause of an upsert that overwrites every column from the proposed row, except the key
 * and the creation time, and stamps updated_at.
 */
export function overwriteFromExcluded(table: PgTable, keep: string[]): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    if (keep.includes(field) || field === "createdAt" || field === "id") continue;
    set[field] = field === "updatedAt" ? sql`now()` : sql.raw(`excluded."${column.name}"`);
  }
  return set;
}

/** Rows per INSERT: about a dozen parameters a row keeps far below PostgreSQL's 65,535. */
export const UPSERT_CHUNK = 2000;

/** `(xmax = 0)` is true only for row versions this statement inserted, not updated. */
export const insertedFlag = sql<boolean>`(xmax = 0)`;
