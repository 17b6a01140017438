/**
 * The business clock. Rules that depend on the date — a result entered late, an inspection dated
 * before its draw, a deadline passed, a joint visit started before its day — read "now" from the
 * request's clock, never from `new Date()` directly, so that tests and the demo can walk a year in
 * a few seconds. Infrastructure times (leases, retries, audit entries, sync stamps) stay on the
 * system clock.
 */
import { chinaDate } from "@hub/schema";

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's China calendar date on a clock. */
export const today = (clock: Clock) => chinaDate(clock.now());

/**
 * A clock that runs with the system clock from a chosen starting instant (tests, the demo's seed):
 * `set()` moves it, time keeps passing in between, so timestamps stay ordered.
 */
export class SettableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Make it `instant` now. */
  set(instant: Date | string): this {
    this.offsetMs = new Date(instant).getTime() - Date.now();
    return this;
  }
  /** Back to the system's time. */
  reset(): this {
    this.offsetMs = 0;
    return this;
  }
}
