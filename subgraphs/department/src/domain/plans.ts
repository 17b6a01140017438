/** Rules for annual plans (年度抽查计划). Pure: no I/O. */

import { isIsoDate } from "@hub/schema";

export interface PlanValues {
  year: number;
  name: string;
  itemCodes: string[];
  periodStart: string;
  periodEnd: string;
  ratios: Record<string, number>;
  frequency: number;
}

export interface PlanInputShape {
  year: number;
  name: string;
  itemCodes: string[];
  periodStart: string;
  periodEnd: string;
  ratios: { creditClass: string; ratio: number }[];
  frequency: number;
}

/** Returns the normalized plan, or the list of reasons it is not acceptable. */
export function checkPlan(input: PlanInputShape, creditClasses: readonly string[]): { value: PlanValues } | { problems: string[] } {
  const problems: string[] = [];
  if (!Number.isInteger(input.year) || input.year < 2015 || input.year > 2100) problems.push("year must be between 2015 and 2100");
  const name = input.name.trim();
  if (!name) problems.push("name is required");
  const itemCodes = [...new Set(input.itemCodes.map((c) => c.trim()).filter(Boolean))];
  if (itemCodes.length === 0) problems.push("a plan needs at least one inspection item");
  if (!isIsoDate(input.periodStart)) problems.push(`periodStart "${input.periodStart}" is not a date (YYYY-MM-DD)`);
  if (!isIsoDate(input.periodEnd)) problems.push(`periodEnd "${input.periodEnd}" is not a date (YYYY-MM-DD)`);
  if (isIsoDate(input.periodStart) && isIsoDate(input.periodEnd)) {
    if (input.periodStart > input.periodEnd) problems.push("periodStart is after periodEnd");
    if (!input.periodStart.startsWith(String(input.year)) || !input.periodEnd.startsWith(String(input.year)))
      problems.push(`the period must lie within ${input.year}`);
  }
  const ratios: Record<string, number> = {};
  const given = new Set<string>();
  for (const r of input.ratios) {
    const cls = r.creditClass.trim().toUpperCase();
    if (given.has(cls)) problems.push(`credit class ${cls} is given twice`);
    given.add(cls);
    if (!creditClasses.includes(cls)) problems.push(`credit class "${r.creditClass}" is not on the scale ${creditClasses.join("/")}`);
    else if (!(r.ratio >= 0 && r.ratio <= 1)) problems.push(`ratio for ${cls} must be between 0 and 1 (0 = event-triggered only)`);
    else ratios[cls] = r.ratio;
  }
  const missing = creditClasses.filter((c) => !given.has(c));
  if (missing.length) problems.push(`ratios missing for credit class ${missing.join(", ")}`);
  if (!Number.isInteger(input.frequency) || input.frequency < 1 || input.frequency > 12)
    problems.push("frequency must be between 1 and 12 per year");
  if (problems.length) return { problems };
  return {
    value: { year: input.year, name, itemCodes, periodStart: input.periodStart, periodEnd: input.periodEnd, ratios, frequency: input.frequency },
  };
}
