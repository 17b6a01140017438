/**
 * Per-caller budgets for expensive work inside a service (re-checking a draw, say), through
 * rate-limiter-flexible: a refusal is RATE_LIMITED with the seconds to wait.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { HubError } from "./errors.js";

export interface CallerBudget {
  /** Spend one unit of `caller`'s budget, or throw RATE_LIMITED. */
  spend(caller: string): Promise<void>;
}

/** At most `points` uses per caller every `seconds`. */
export function callerBudget(what: string, points: number, seconds: number): CallerBudget {
  const limiter = new RateLimiterMemory({ points, duration: seconds });
  return {
    async spend(caller) {
      try {
        await limiter.consume(caller);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        throw new HubError("RATE_LIMITED", `${what}: at most ${points} every ${seconds} s per caller; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
      }
    },
  };
}
