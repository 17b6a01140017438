/** Relay-style cursors: opaque base64url of the sort key; pages as connections. */
import { badInput } from "./errors.js";

export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T extends string | number>(cursor: string, kind: "string" | "number"): T {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // a number cursor is a row id: a whole number, never 1e400 or -1
    if (typeof v === kind && (kind === "string" || (Number.isSafeInteger(v) && v >= 0))) return v as T;
  } catch {
    /* fall through */
  }
  throw badInput(`invalid cursor ${JSON.stringify(cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor)}`, { argument: "after" });
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
