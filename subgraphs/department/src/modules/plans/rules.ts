/** Rules for the item list (随机抽查事项清单) and annual plans (年度抽查计划). Pure: no I/O. */

import { cellKey, DEFAULT_RATIO_BOUNDS, InspectionMethod, isIsoDate, percentText, RiskLevel, TargetKind, type RatioBounds } from "@hub/schema";

export interface PlanValues {
  year: number;
  name: string;
  itemCodes: string[];
  periodStart: string;
  periodEnd: string;
  ratios: Record<string, number>;
  /** Ratios per (risk level, credit class) cell, keyed `HIGH|D`, in place of the class's ratio for that cell. */
  cellRatios: Record<string, number>;
  frequency: number;
}

export interface CellRatioShape {
  riskLevel: string;
  creditClass: string;
  ratio: number;
}

export interface PlanInputShape {
  year: number;
  name: string;
  itemCodes: string[];
  periodStart: string;
  periodEnd: string;
  ratios: { creditClass: string; ratio: number }[];
  /** Optional: a ratio for a (risk level, credit class) cell, e.g. high-risk class D at 50%; the class's ratio elsewhere. */
  cellRatios?: CellRatioShape[];
  frequency: number;
}

const RISKS = Object.values(RiskLevel) as string[];

/** Returns the normalized plan, or the list of reasons it is not acceptable. */
export function checkPlan(input: PlanInputShape, creditClasses: readonly string[], bounds: RatioBounds = DEFAULT_RATIO_BOUNDS): { value: PlanValues } | { problems: string[] } {
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
  // a ratio within [0, 1] and the department's bounds, or the reason it is not
  const ratioProblem = (what: string, ratio: number) =>
    !(ratio >= 0 && ratio <= 1) ? `ratio for ${what} must be between 0 and 1 (0 = event-triggered only)`
    : ratio < bounds.min ? `ratio for ${what} (${percentText(ratio)}) is below this department's lower bound of ${percentText(bounds.min)} (抽查比例下限)`
    : ratio > bounds.max ? `ratio for ${what} (${percentText(ratio)}) is above this department's upper bound of ${percentText(bounds.max)} (抽查比例上限)`
    : undefined;
  const ratios: Record<string, number> = {};
  const given = new Set<string>();
  for (const r of input.ratios) {
    const cls = r.creditClass.trim().toUpperCase();
    if (given.has(cls)) problems.push(`credit class ${cls} is given twice`);
    given.add(cls);
    const problem = creditClasses.includes(cls) ? ratioProblem(cls, r.ratio) : `credit class "${r.creditClass}" is not on the scale ${creditClasses.join("/")}`;
    if (problem) problems.push(problem);
    else ratios[cls] = r.ratio;
  }
  const cellRatios: Record<string, number> = {};
  for (const c of input.cellRatios ?? []) {
    const risk = c.riskLevel.trim().toUpperCase();
    const cls = c.creditClass.trim().toUpperCase();
    const key = cellKey(risk, cls);
    if (key in cellRatios) problems.push(`the ratio for ${risk} risk, class ${cls} is given twice`);
    const problem = !RISKS.includes(risk) ? `risk level "${c.riskLevel.slice(0, 20)}" is not one of ${RISKS.join("/")}`
      : !creditClasses.includes(cls) ? `credit class "${c.creditClass.slice(0, 20)}" is not on the scale ${creditClasses.join("/")}`
      : ratioProblem(`${risk} risk, class ${cls}`, c.ratio);
    if (problem) problems.push(problem);
    else cellRatios[key] = c.ratio;
  }
  const missing = creditClasses.filter((c) => !given.has(c));
  if (missing.length) problems.push(`ratios missing for credit class ${missing.join(", ")}`);
  if (!Number.isInteger(input.frequency) || input.frequency < 1 || input.frequency > 12)
    problems.push("frequency must be between 1 and 12 per year");
  if (problems.length) return { problems };
  return {
    value: { year: input.year, name, itemCodes, periodStart: input.periodStart, periodEnd: input.periodEnd, ratios, cellRatios, frequency: input.frequency },
  };
}

export interface ItemInputShape {
  code: string;
  name: string;
  legalBasis: string;
  targetKind: TargetKind;
  method: InspectionMethod;
  defaultRatio: number;
  frequency: number;
  keyArea: boolean;
  expertise: string[];
  industries: string[];
  regions: string[];
  tags: string[];
}

export type ItemValues = ItemInputShape;

/** An inspection item as stored: trimmed, lists de-duplicated, scopes as GB/T 4754 and GB/T 2260 code prefixes. */
export function checkItem(input: ItemInputShape): { value: ItemValues } | { problems: string[] } {
  const problems: string[] = [];
  const code = input.code.trim();
  const name = input.name.trim();
  const legalBasis = input.legalBasis.trim();
  if (!code || !name || !legalBasis) problems.push("code, name and legalBasis are required");
  if (code.length > 40 || name.length > 200 || legalBasis.length > 2000) problems.push("code (40), name (200) or legalBasis (2000 characters) is too long");
  if (!(input.defaultRatio >= 0 && input.defaultRatio <= 1)) problems.push("defaultRatio must be between 0 and 1");
  if (!(input.frequency >= 1 && input.frequency <= 12)) problems.push("frequency must be between 1 and 12 per year");
  const clean = (xs: string[]) => [...new Set(xs.map((e) => e.trim()).filter(Boolean))];
  const lists = { expertise: clean(input.expertise), industries: clean(input.industries).map((i) => i.toUpperCase()), regions: clean(input.regions), tags: clean(input.tags) };
  if (Object.values(lists).some((l) => l.length > 100 || l.some((e) => e.length > 50))) problems.push("each scope list holds at most 100 entries of at most 50 characters");
  if (lists.industries.some((i) => !/^[A-T]?\d{0,4}$/.test(i)) || lists.regions.some((r) => !/^\d{2,6}$/.test(r)))
    problems.push("industries are GB/T 4754 code prefixes (e.g. G54) and regions GB/T 2260 prefixes (e.g. 4403)");
  if (problems.length) return { problems };
  return { value: { ...input, code, name, legalBasis, ...lists } };
}
