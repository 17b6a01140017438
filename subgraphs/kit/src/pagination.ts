/** Relay-style cursors: opaque base64url of the sort key. Ids and USCCs as arguments. */
import { checkTargetIdentifier } from "@hub/schema";
import { badInput, HubError } from "./errors.js";

export const isNumericId = (value: string) => /^[1-9]\d{0,8}$/.test(value);

/** At most a short prefix of what a caller sent, for an error message. */
export const quoted = (value: string, max = 40) => JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);

/** A database id sent as a GraphQL ID: anything but a positive whole number is the caller's error. */
export function numericId(value: string, what: string): number {
  if (!isNumericId(value)) throw badInput(`${what} id ${quoted(value)} is not an id (a positive whole number)`, { argument: what });
  return Number(value);
}

/**
 * A target's code as an argument, wherever one arrives: trimmed, full-width to half-width, upper-case,
 * and valid as a USCC (or a resident ID, for individual businesses); INVALID_USCC otherwise.
 */
export function targetKey(raw: string): string {
  const c = checkTargetIdentifier(raw, true);
  if (!c.valid) throw new HubError("INVALID_USCC", `invalid USCC ${quoted(raw)}: ${c.reason}`, { uscc: raw.slice(0, 40), rule: c.rule });
  return c.normalized!;
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
