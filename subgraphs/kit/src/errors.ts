/**
 * Typed errors with stable `extensions.code`s: HubError from services, RuleError from pure rules.
 * Anything else that escapes a resolver is logged and reported to the client as
 * INTERNAL_SERVER_ERROR without its message or stack.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { CalendarError, RuleError } from "@hub/schema";
import { logger } from "./logger.js";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "INVALID_USCC"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PLAN_NOT_EDITABLE"
  | "DEPARTMENT_UNAVAILABLE"
  | "DRAW_NOT_POSSIBLE"
  | "TOO_MANY_DEPARTMENTS"
  | "TOO_MANY_INSPECTORS"
  | "TOO_FEW_INSPECTORS"
  | "INSPECTOR_DOUBLE_BOOKED"
  | "INVALID_TRANSITION"
  | "RATE_LIMITED"
  | "QUERY_TIMEOUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR";

export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new HubError("BAD_USER_INPUT", message, details);
export const notFound = (what: string) => new HubError("NOT_FOUND", `${what} not found`);

/**
 * Apollo Server `formatError`: errors that carry a code (typed errors, validation and request
 * errors, errors relayed from subgraphs) keep their message and extensions; anything Apollo had to
 * label INTERNAL_SERVER_ERROR is an unexpected failure whose message may hold SQL or internals, so
 * it is logged and replaced by a generic one. (Decided by code, not `instanceof GraphQLError`:
 * CommonJS and ESM copies of graphql make two GraphQLError classes.)
 */
/** The SQLSTATE of a database error, also when the ORM wrapped it. */
function sqlState(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = typeof err?.code === "string" ? err.code : err?.cause?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // A rule's refusal, or a date the working-day calendar cannot count from: the caller's, typed.
  if (original instanceof RuleError)
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, ...original.details } };
  if (original instanceof CalendarError)
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
  // PostgreSQL cancelled a statement (statement_timeout): the request asked too much; nothing was written.
  if (sqlState(original) === "57014") {
    logger.warn({ path: formatted.path }, "statement cancelled by statement_timeout");
    return {
      message: "the database cancelled a query that ran longer than this service allows (statement_timeout): narrow the request or try again later",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "QUERY_TIMEOUT" },
    };
  }
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (typeof extensions.code === "string" && extensions.code !== "INTERNAL_SERVER_ERROR") {
    const message = formatted.message.replace(/^Context creation failed: /, "");
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (formatted.message !== "Internal server error")
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, "unexpected error");
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
