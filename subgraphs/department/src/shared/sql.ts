/** SQL helpers the stores share: literal LIKE, prefixes, keyset pages, whole-row upserts. */
import { and, getTableColumns, ilike, like, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";

/** Escape LIKE metacharacters so user text matches literally. */
export const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The column starts with any of the prefixes (industry and region codes are hierarchical). */
export function prefixAny(column: AnyPgColumn, prefixes: string[]): SQL | undefined {
  return or(...prefixes.map((p) => like(column, `${likeLiteral(p)}%`)));
}

/**
 * "Name contains, or code starts with" — the search box of every directory list. With
 * `bigramIndex`, the name side first narrows through the GIN index over `hub_bigrams(name)`
 * (every pair of adjacent characters, migration 0014), so a city-scale directory answers from the
 * index; the term then needs two characters. The code side is served by a text_pattern_ops index.
 */
export function nameOrCodeSearch(name: AnyPgColumn, code: AnyPgColumn, text: string | undefined, { bigramIndex = false } = {}): SQL | undefined {
  const s = text?.trim();
  if (!s) return undefined;
  const contains = ilike(name, `%${likeLiteral(s)}%`);
  // A two-character term is one pair: containing the pair is containing the term, no recheck needed.
  // A long term narrows by the pairs of its first and last five characters (eight pairs narrow as
  // well as forty-nine, at a sixth of the index work); the ILIKE below rechecks the whole term.
  const chars = [...s];
  const pairs =
    chars.length > 10
      ? sql`hub_bigrams(${name}) @> (hub_bigrams(${chars.slice(0, 5).join("")}) || hub_bigrams(${chars.slice(-5).join("")}))`
      : sql`hub_bigrams(${name}) @> hub_bigrams(${s})`;
  const nameSide = !bigramIndex ? contains : s.length === 2 ? pairs : and(pairs, contains)!;
  // Codes are letters and digits: a term with anything else can only match a name.
  return /^[0-9A-Za-z]+$/.test(s) ? or(nameSide, like(code, `${likeLiteral(s.toUpperCase())}%`)) : nameSide;
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
