/** The periods statistics are kept for: a year, or a half of it. */
import { RuleError } from "@hub/schema";

export interface Period {
  year: number;
  /** 1 = January–June, 2 = July–December; the whole year when absent. */
  half?: 1 | 2;
  from: string;
  to: string;
  label: string;
}

/** A period that is not one: BAD_USER_INPUT. */
export class PeriodError extends RuleError {
  constructor(message: string) {
    super("BAD_USER_INPUT", message);
  }
}

export function period(year: number, half?: number | null): Period {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new PeriodError(`year ${year} is out of range`);
  if (half === undefined || half === null) return { year, from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}` };
  if (half !== 1 && half !== 2) throw new PeriodError("half must be 1 (January–June) or 2 (July–December)");
  return half === 1
    ? { year, half, from: `${year}-01-01`, to: `${year}-06-30`, label: `${year}-H1` }
    : { year, half, from: `${year}-07-01`, to: `${year}-12-31`, label: `${year}-H2` };
}

