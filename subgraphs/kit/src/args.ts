/**
 * Checking what a caller sends, one way everywhere: ids, pages, dates, texts, choices, cursors and
 * target codes. Each check throws a typed error (BAD_USER_INPUT, INVALID_USCC) that names the
 * argument and quotes at most a short prefix of the value, never a 1 MB echo.
 */
import { isPseudonym } from "./pseudonym.js";
import { checkTargetIdentifier, isIsoDate } from "@hub/schema";
import { badInput, HubError } from "./errors.js";
import { decodeCursor } from "./pagination.js";

/** At most a short prefix of what a caller sent, for an error message. */
export const quoted = (value: string, max = 40) => JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);

export const isNumericId = (value: string) => /^[1-9]\d{0,8}$/.test(value);

/** A database id sent as a GraphQL ID: anything but a positive whole number is the caller's error. */
export function numericId(value: string, what: string): number {
  if (!isNumericId(value)) throw badInput(`${what} id ${quoted(value)} is not an id (a positive whole number)`, { argument: what });
  return Number(value);
}

export const MAX_PAGE_SIZE = 500;

/** How many items a page asks for: `fallback` when not given, between `min` and `max`. */
export function pageSize(first: number | null | undefined, fallback = 50, { min = 0, max = MAX_PAGE_SIZE } = {}): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`first must be between ${min} and ${max}`, { argument: "first" });
  return n;
}

/** A year the hub keeps plans and statistics for. */
export function yearArg(value: number, what = "year"): number {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) throw badInput(`${what} ${value} is out of range (2000–2100)`, { argument: what });
  return value;
}

/** A calendar date, YYYY-MM-DD (a real one: not 2026-02-30). */
export function dateArg(value: string, what: string): string {
  if (!isIsoDate(value)) throw badInput(`${what} ${quoted(value, 20)} is not a date (YYYY-MM-DD)`, { argument: what });
  return value;
}

export const optionalDate = (value: string | null | undefined, what: string) => (value === null || value === undefined ? undefined : dateArg(value, what));

/** A text, trimmed: null when blank (refused when `required`), refused past `max` characters. */
export function textArg(value: string | null | undefined, what: string, opts: { max: number; required: true }): string;
export function textArg(value: string | null | undefined, what: string, opts: { max: number; required?: false }): string | null;
export function textArg(value: string | null | undefined, what: string, { max, required = false }: { max: number; required?: boolean }): string | null {
  const t = value?.trim() || null;
  if (!t && required) throw badInput(`${what} is required`, { argument: what });
  if (t && t.length > max) throw badInput(`${what} is longer than ${max} characters`, { argument: what });
  return t;
}

/** The longest search term a search box takes (a full company name fits). */
export const MAX_SEARCH_LENGTH = 50;

/** A search box's term: trimmed; undefined when blank; refused shorter than `min` or longer than 50 characters. */
export function searchArg(value: string | null | undefined, { min = 1 } = {}): string | undefined {
  const t = value?.trim();
  if (!t) return undefined;
  if (t.length > MAX_SEARCH_LENGTH) throw badInput(`search is longer than ${MAX_SEARCH_LENGTH} characters`, { argument: "search" });
  if (t.length < min) throw badInput(`search needs at least ${min} characters`, { argument: "search" });
  return t;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw badInput(`${what} must be one of ${allowed.join(", ")}`, { argument: what });
  return value as T;
}

/** A list argument of at most `max` entries. */
export function listArg<T>(values: readonly T[], what: string, max: number, min = 0): readonly T[] {
  if (values.length > max || values.length < min) throw badInput(`${what}: ${min ? `${min}–` : "at most "}${max} entries, got ${values.length}`, { argument: what });
  return values;
}

/** An opaque cursor that must match `pattern` once decoded; the match, or undefined without a cursor. */
export function cursorArg(after: string | null | undefined, pattern: RegExp): RegExpExecArray | undefined {
  if (after === null || after === undefined) return undefined;
  const m = pattern.exec(decodeCursor<string>(after, "string"));
  if (!m) throw badInput(`invalid cursor ${quoted(after)}`, { argument: "after" });
  return m;
}

/**
 * A target's code as an argument, wherever one arrives: trimmed, full-width to half-width, upper-case,
 * and valid as a USCC (or a resident ID, or the pseudonym of one, for individual businesses);
 * INVALID_USCC otherwise.
 */
export function targetKey(raw: string): string {
  // An individual business as the office and other departments know it (see pseudonym.ts).
  const upper = raw.trim().toUpperCase();
  if (isPseudonym(upper)) return upper;
  const c = checkTargetIdentifier(raw, true);
  if (!c.valid) throw new HubError("INVALID_USCC", `invalid USCC ${quoted(raw)}: ${c.reason}`, { uscc: raw.slice(0, 40), rule: c.rule });
  return c.normalized!;
}
