/** Relay-style cursors: opaque base64url of the sort key. */
import { badInput, notFound } from "./errors.js";

export const isNumericId = (value: string) => /^\d{1,9}$/.test(value);

/** A database id sent as a GraphQL ID; anything that is not one cannot name an existing record. */
export function numericId(value: string, what: string): number {
  if (!isNumericId(value)) throw notFound(`${what} ${value}`);
  return Number(value);
}

export const MAX_PAGE_SIZE = 500;

export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T extends string | number>(cursor: string, kind: "string" | "number"): T {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof v === kind) return v as T;
  } catch {
    /* fall through */
  }
  throw badInput(`invalid cursor "${cursor}"`);
}

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE)
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  return n;
}

/** Shape a keyset page as a Relay connection. */
export function toConnection<R, N>(
  page: { rows: R[]; hasNextPage: boolean; totalCount: number },
  key: (row: R) => string | number,
  node: (row: R) => N,
) {
  const edges = page.rows.map((r) => ({ cursor: encodeCursor(key(r)), node: node(r) }));
  return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
