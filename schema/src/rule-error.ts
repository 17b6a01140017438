/**
 * A refusal by a pure rule, with the stable `extensions.code` the API reports it under (BAD_USER_INPUT,
 * INVALID_TRANSITION, DRAW_NOT_POSSIBLE, …). Rules throw it without knowing about GraphQL; the
 * servers' error formatting turns it into the typed error, so no resolver wraps rules by hand.
 */
export class RuleError extends Error {
  override name = "RuleError";
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
