/**
 * Typed errors with stable `extensions.code`s. Anything else that escapes a resolver is logged and
 * reported to the client as INTERNAL_SERVER_ERROR without its message or stack.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { logger } from "./logger.js";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "INVALID_USCC"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PLAN_NOT_EDITABLE"
  | "DEPARTMENT_UNAVAILABLE"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
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
 * Apollo Server `formatError`: GraphQL errors (typed errors, validation errors, errors relayed from
 * subgraphs) keep their message and extensions; anything else is an unexpected failure whose
 * message may hold SQL or internals, so it is logged and replaced by a generic one.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const internal = !extensions.code || extensions.code === "INTERNAL_SERVER_ERROR";
  if (!internal && (original instanceof GraphQLError || !(original instanceof Error))) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  logger.error({ err: original, path: formatted.path }, "unexpected error");
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
