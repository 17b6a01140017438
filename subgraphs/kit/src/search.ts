/** The search box's SQL, shared by the departments' directories and the office's index. */
import { and, ilike, like, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Escape LIKE metacharacters so user text matches literally. */
export const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * "Name contains, or code starts with" — the search box of every directory list. With
 * `bigramIndex`, the name side first narrows through the GIN index over `hub_bigrams(name)` (every
 * pair of adjacent characters; each service that searches creates the function in a migration), so
 * a city-scale directory answers from the index; the term then needs two characters. The code side is served by a text_pattern_ops index.
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

