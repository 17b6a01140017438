/**
 * Directory records (targets and inspectors): how a change is validated and how it merges into what
 * the directory already holds. Shared by the GraphQL mutations and the bulk import. Pure: no I/O.
 *
 * A change names only the fields it carries. A field it leaves out (a column absent from an import
 * file, an argument left out of `upsertTarget`) keeps its stored value; a field it carries empty (an
 * empty cell, an explicit null) clears it — except fields that always have a value (a target's
 * status and kind, an inspector's status), where an empty cell keeps the stored value, or the
 * default for a new record. `mergeTarget`/`mergeInspector` say which fields change and which values
 * are cleared, so that an import can report it before and after writing.
 */
import {
  certificateKey,
  checkTargetIdentifier,
  Gender,
  type IdentifierKind,
  InspectorStatus,
  RiskLevel,
  TargetKind,
  TargetStatus,
} from "@hub/schema";

export interface TargetValues {
  uscc: string;
  idKind: IdentifierKind;
  name: string;
  kind: TargetKind;
  address: string | null;
  legalRepresentative: string | null;
  phone: string | null;
  industry: string | null;
  region: string | null;
  riskLevel: RiskLevel;
  creditClass: string;
  tags: string[];
  status: TargetStatus;
}

export interface InspectorValues {
  certificateNumber: string;
  name: string;
  gender: Gender | null;
  position: string | null;
  unit: string | null;
  expertise: string[];
  status: InspectorStatus;
  conflicts: string[];
}

/** The documented maximum length of each stored text, in characters (and of list entries, and list sizes). */
export const TEXT_LIMITS = {
  name: 200,
  address: 300,
  legalRepresentative: 100,
  inspectorName: 50,
  position: 50,
  unit: 100,
  tag: 50,
  tags: 30,
  expertise: 30,
  conflicts: 500,
} as const;

/** A change to a target: the key and required fields always, every other field only when given. */
export type TargetChange = Pick<TargetValues, "uscc" | "idKind" | "name" | "riskLevel" | "creditClass"> &
  Partial<Omit<TargetValues, "uscc" | "idKind" | "name" | "riskLevel" | "creditClass">>;

/** A change to an inspector: the certificate number and name always, every other field only when given. */
export type InspectorChange = Pick<InspectorValues, "certificateNumber" | "name"> & Partial<Omit<InspectorValues, "certificateNumber" | "name">>;

/** A field-level problem: which field, and why. */
export interface FieldProblem {
  field: keyof TargetValues | keyof InspectorValues;
  reason: string;
}

export type Checked<T> = { ok: true; value: T; warnings: string[] } | { ok: false; problems: FieldProblem[] };

const blankToNull = (v: string | null | undefined) => {
  const t = v?.trim();
  return t ? t : null;
};

/** Separators a list cell may use: Chinese or ASCII commas and semicolons, the enumeration comma, a bar. */
const LIST_SEPARATORS = /[,，;；、|]/;

/** Split a list cell (tags, expertise, conflicts). */
export function splitList(cell: string | null | undefined): string[] {
  if (!cell) return [];
  return [...new Set(cell.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean))];
}

/** How a list is written into a cell: `splitList` reads it back to the same list. */
export const joinList = (values: readonly string[]) => values.join("、");

/** Quote at most a short prefix of what the user typed (a 1 MB value is not echoed back). */
export const quote = (value: string, max = 40) => (value.length > max ? `${value.slice(0, max)}…` : value);

function tooLong(problems: FieldProblem[], field: FieldProblem["field"], label: string, value: string | null | undefined, max: number) {
  if (value && value.length > max) problems.push({ field, reason: `${label}过长：最多${max}个字符，实际${value.length}个 (longer than ${max} characters)` });
}

function cleanList(problems: FieldProblem[], field: FieldProblem["field"], label: string, values: readonly string[], maxItems: number): string[] {
  const list = [...new Set(values.map((t) => t.trim()).filter(Boolean))];
  if (list.length > maxItems) problems.push({ field, reason: `${label}最多${maxItems}项，实际${list.length}项 (at most ${maxItems})` });
  for (const t of list.slice(0, maxItems)) {
    if (LIST_SEPARATORS.test(t)) problems.push({ field, reason: `${label}“${quote(t)}”不能含分隔符（，、；|）(an entry may not contain a list separator)` });
    tooLong(problems, field, label, t, TEXT_LIMITS.tag);
  }
  return list;
}

export interface TargetInputShape {
  uscc: string;
  name: string;
  riskLevel?: RiskLevel | null;
  creditClass?: string | null;
  /** Absent: not part of the change. A resident ID as the key then implies an individual business. */
  kind?: TargetKind | null;
  address?: string | null;
  legalRepresentative?: string | null;
  phone?: string | null;
  industry?: string | null;
  region?: string | null;
  tags?: string[] | null;
  status?: TargetStatus | null;
}

/**
 * Validate a change to a target. Fields that are `undefined` are not part of the change; `null` or
 * blank clears an optional field. `kind` and `status` given as null are not part of the change either.
 */
export function checkTargetChange(input: TargetInputShape, creditClasses: readonly string[]): Checked<TargetChange> {
  const problems: FieldProblem[] = [];
  const kind = input.kind ?? undefined;
  // Without a kind, a resident ID as the key says the target is an individual business.
  const id = checkTargetIdentifier(input.uscc ?? "", kind === undefined || kind === TargetKind.INDIVIDUAL_BUSINESS);
  if (!id.valid) problems.push({ field: "uscc", reason: id.reason! });
  const name = blankToNull(input.name);
  if (!name) problems.push({ field: "name", reason: "名称不能为空 (name is required)" });
  tooLong(problems, "name", "名称", name, TEXT_LIMITS.name);
  if (!input.riskLevel) problems.push({ field: "riskLevel", reason: "风险等级不能为空，应为高、中、低 (risk level is required)" });
  const creditClass = blankToNull(input.creditClass)?.toUpperCase() ?? null;
  if (!creditClass || !creditClasses.includes(creditClass))
    problems.push({
      field: "creditClass",
      reason: `信用等级应为 ${creditClasses.join("/")} 之一 (credit class must be one of ${creditClasses.join(", ")})`,
    });
  const change: Partial<TargetChange> = {};
  const text = (field: "address" | "legalRepresentative", label: string, max: number) => {
    if (input[field] === undefined) return;
    const v = blankToNull(input[field]);
    tooLong(problems, field, label, v, max);
    change[field] = v;
  };
  text("address", "住所", TEXT_LIMITS.address);
  text("legalRepresentative", "法定代表人", TEXT_LIMITS.legalRepresentative);
  if (input.industry !== undefined) {
    const industry = blankToNull(input.industry)?.toUpperCase() ?? null;
    if (industry && !/^[A-T]?\d{0,4}$/.test(industry))
      problems.push({ field: "industry", reason: `行业代码“${quote(industry)}”不符合 GB/T 4754 (industry code)` });
    change.industry = industry;
  }
  if (input.region !== undefined) {
    const region = blankToNull(input.region);
    if (region && !/^\d{6}$/.test(region)) problems.push({ field: "region", reason: `区域代码“${quote(region)}”应为6位 GB/T 2260 代码 (region code)` });
    change.region = region;
  }
  if (input.phone !== undefined) {
    const phone = blankToNull(input.phone);
    if (phone && !/^[\d\-+() ]{5,20}$/.test(phone)) problems.push({ field: "phone", reason: `联系电话“${quote(phone)}”格式不正确 (phone)` });
    change.phone = phone;
  }
  if (input.tags !== undefined) change.tags = cleanList(problems, "tags", "标签", input.tags ?? [], TEXT_LIMITS.tags);
  if (kind !== undefined) change.kind = kind;
  else if (id.kind === "RESIDENT_ID") change.kind = TargetKind.INDIVIDUAL_BUSINESS;
  if (input.status) change.status = input.status;
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    warnings: id.warnings,
    value: { ...change, uscc: id.normalized!, idKind: id.kind!, name: name!, riskLevel: input.riskLevel!, creditClass: creditClass! },
  };
}

export interface InspectorInputShape {
  certificateNumber: string;
  name: string;
  gender?: Gender | null;
  position?: string | null;
  unit?: string | null;
  expertise?: string[] | null;
  /** Absent or null: not part of the change. */
  status?: InspectorStatus | null;
  conflicts?: string[] | null;
}

export function checkInspectorChange(input: InspectorInputShape): Checked<InspectorChange> {
  const problems: FieldProblem[] = [];
  const certificateNumber = certificateKey(input.certificateNumber ?? "") || null;
  if (!certificateNumber || !/^[0-9A-Z\-]{4,32}$/.test(certificateNumber))
    problems.push({ field: "certificateNumber", reason: "执法证号应为4–32位数字或字母 (certificate number)" });
  const name = blankToNull(input.name);
  if (!name) problems.push({ field: "name", reason: "姓名不能为空 (name is required)" });
  tooLong(problems, "name", "姓名", name, TEXT_LIMITS.inspectorName);
  const change: Partial<InspectorChange> = {};
  if (input.gender !== undefined) change.gender = input.gender;
  for (const [field, label, max] of [["position", "职务", TEXT_LIMITS.position], ["unit", "工作单位", TEXT_LIMITS.unit]] as const) {
    if (input[field] === undefined) continue;
    const v = blankToNull(input[field]);
    tooLong(problems, field, label, v, max);
    change[field] = v;
  }
  if (input.expertise !== undefined) change.expertise = cleanList(problems, "expertise", "业务专长", input.expertise ?? [], TEXT_LIMITS.expertise);
  if (input.status) change.status = input.status;
  if (input.conflicts !== undefined) {
    const given = input.conflicts ?? [];
    if (given.length > TEXT_LIMITS.conflicts) problems.push({ field: "conflicts", reason: `回避对象最多${TEXT_LIMITS.conflicts}个 (at most ${TEXT_LIMITS.conflicts})` });
    const conflicts: string[] = [];
    for (const c of given.slice(0, TEXT_LIMITS.conflicts)) {
      const id = checkTargetIdentifier(c, true);
      if (!id.valid) problems.push({ field: "conflicts", reason: `回避对象“${quote(c)}”无效: ${id.reason}` });
      else conflicts.push(id.normalized!);
    }
    change.conflicts = [...new Set(conflicts)];
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, warnings: [], value: { ...change, certificateNumber: certificateNumber!, name: name! } };
}

const TARGET_DEFAULTS: Omit<TargetValues, "uscc" | "idKind" | "name" | "riskLevel" | "creditClass"> = {
  kind: TargetKind.ENTERPRISE,
  address: null,
  legalRepresentative: null,
  phone: null,
  industry: null,
  region: null,
  tags: [],
  status: TargetStatus.ACTIVE,
};

const INSPECTOR_DEFAULTS: Omit<InspectorValues, "certificateNumber" | "name"> = {
  gender: null,
  position: null,
  unit: null,
  expertise: [],
  status: InspectorStatus.ACTIVE,
  conflicts: [],
};

/** What a change does to one stored record. */
export interface Merged<V> {
  values: V;
  /** "INSERT" for a new record, "UPDATE" when a field changes, "UNCHANGED" otherwise. */
  action: "INSERT" | "UPDATE" | "UNCHANGED";
  /** Fields whose value changes (empty for a new record). */
  changed: (keyof V)[];
  /** Of those, the fields whose value the change clears. */
  cleared: (keyof V)[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);
/** Lists compare as sets: the order of tags or expertise carries no meaning. */
const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000") : a === b;

function merge<V extends object>(existing: V | undefined, change: Partial<V>, defaults: Partial<V>): Merged<V> {
  if (!existing) return { values: { ...defaults, ...change } as V, action: "INSERT", changed: [], cleared: [] };
  const values = { ...existing };
  const changed: (keyof V)[] = [];
  const cleared: (keyof V)[] = [];
  for (const field of Object.keys(change) as (keyof V)[]) {
    const next = change[field] as V[keyof V];
    if (same(existing[field], next)) continue;
    values[field] = next;
    changed.push(field);
    if (isEmpty(next)) cleared.push(field);
  }
  return { values, action: changed.length ? "UPDATE" : "UNCHANGED", changed, cleared };
}

/** Apply a change to a stored target (or create it): the resulting record and what changed. */
export const mergeTarget = (existing: TargetValues | undefined, change: TargetChange): Merged<TargetValues> => merge(existing, change, TARGET_DEFAULTS);

/** Apply a change to a stored inspector (or create it). */
export const mergeInspector = (existing: InspectorValues | undefined, change: InspectorChange): Merged<InspectorValues> =>
  merge(existing, change, INSPECTOR_DEFAULTS);
