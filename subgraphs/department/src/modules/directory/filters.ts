/**
 * The directory lists' filters, checked before any SQL: every list and text has a documented
 * maximum (a filter of 70,000 regions would otherwise reach PostgreSQL's parameter limit), and a
 * target search needs two characters (the name index works on character pairs).
 */
import { badInput, listArg, searchArg } from "@hub/kit";
import type { InspectorStatus, RiskLevel, TargetKind, TargetStatus } from "@hub/schema";
import type { InspectorFilterValues, TargetFilterValues } from "./store.js";

/** Entries per filter list, and characters per entry. */
export const FILTER_LIMITS = {
  /** Industry or region code prefixes: a city has about a hundred streets, GB/T 4754 some 1,400 classes. */
  codes: 200,
  /** Tags or expertise. */
  labels: 50,
  /** Credit classes, risk levels, statuses, kinds. */
  choices: 20,
  /** One code or label. */
  entry: 50,
  /** Shortest target search: the name index works on pairs of characters. */
  targetSearchMin: 2,
} as const;

export interface TargetFilterInput {
  creditClasses?: string[] | null;
  riskLevels?: RiskLevel[] | null;
  industries?: string[] | null;
  regions?: string[] | null;
  tags?: string[] | null;
  statuses?: TargetStatus[] | null;
  kinds?: TargetKind[] | null;
  search?: string | null;
}

export interface InspectorFilterInput {
  statuses?: InspectorStatus[] | null;
  expertise?: string[] | null;
  search?: string | null;
}

/** A list of short texts: at most `max` entries, each trimmed and at most FILTER_LIMITS.entry characters. */
function texts(values: string[] | null | undefined, what: string, max: number): string[] | undefined {
  if (!values) return undefined;
  listArg(values, what, max);
  const out = values.map((v) => v.trim());
  if (out.some((v) => v.length > FILTER_LIMITS.entry)) throw badInput(`${what}: an entry is longer than ${FILTER_LIMITS.entry} characters`, { argument: what });
  return [...new Set(out)];
}

function choices<T>(values: T[] | null | undefined, what: string): T[] | undefined {
  return values ? [...new Set(listArg(values, what, FILTER_LIMITS.choices))] : undefined;
}

export function targetFilter(f: TargetFilterInput | null | undefined): TargetFilterValues {
  if (!f) return {};
  return {
    creditClasses: texts(f.creditClasses, "creditClasses", FILTER_LIMITS.choices),
    riskLevels: choices(f.riskLevels, "riskLevels"),
    industries: texts(f.industries, "industries", FILTER_LIMITS.codes),
    regions: texts(f.regions, "regions", FILTER_LIMITS.codes),
    tags: texts(f.tags, "tags", FILTER_LIMITS.labels),
    statuses: choices(f.statuses, "statuses"),
    kinds: choices(f.kinds, "kinds"),
    search: searchArg(f.search, { min: FILTER_LIMITS.targetSearchMin }),
  };
}

export function inspectorFilter(f: InspectorFilterInput | null | undefined): InspectorFilterValues {
  if (!f) return {};
  return {
    statuses: choices(f.statuses, "statuses"),
    expertise: texts(f.expertise, "expertise", FILTER_LIMITS.labels),
    search: searchArg(f.search),
  };
}
