/**
 * Per-caller budgets for expensive work inside a service (re-checking a draw, say), through
 * rate-limiter-flexible: a refusal is RATE_LIMITED with the seconds to wait.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { HubError } from "./errors.js";

export interface CallerBudget {
  /** Spend `points` (one by default) of `caller`'s budget, or throw RATE_LIMITED. */
  spend(caller: string, points?: number): Promise<void>;
  /** Take `points` from `caller`'s budget without refusing now (what a refused request costs). */
  penalize(caller: string, points: number): Promise<void>;
}

/** At most `points` uses per caller every `seconds`. */
export function callerBudget(what: string, points: number, seconds: number): CallerBudget {
  const limiter = new RateLimiterMemory({ points, duration: seconds });
  return {
    async penalize(caller, points) {
      await limiter.penalty(caller, points);
    },
    async spend(caller, cost = 1) {
      try {
        await limiter.consume(caller, cost);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        throw new HubError("RATE_LIMITED", `${what}: at most ${points} every ${seconds} s per caller; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
      }
    },
  };
}
