/**
 * Validation of directory records (targets and inspectors) before they are stored, shared by the
 * GraphQL mutations and the bulk import. Pure: no I/O.
 */
import {
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

/** Split a tag cell: Chinese or ASCII commas, semicolons, enumeration commas. */
export function splitList(cell: string | null | undefined): string[] {
  if (!cell) return [];
  return [...new Set(cell.split(/[,，;；、|]/).map((s) => s.trim()).filter(Boolean))];
}

export function checkTarget(input: {
  uscc: string;
  name: string;
  kind?: TargetKind | null;
  address?: string | null;
  legalRepresentative?: string | null;
  phone?: string | null;
  industry?: string | null;
  region?: string | null;
  riskLevel?: RiskLevel | null;
  creditClass?: string | null;
  tags?: string[] | null;
  status?: TargetStatus | null;
}, creditClasses: readonly string[]): Checked<TargetValues> {
  const problems: FieldProblem[] = [];
  const kind = input.kind ?? TargetKind.ENTERPRISE;
  const id = checkTargetIdentifier(input.uscc ?? "", kind === TargetKind.INDIVIDUAL_BUSINESS);
  if (!id.valid) problems.push({ field: "uscc", reason: id.reason! });
  const name = blankToNull(input.name);
  if (!name) problems.push({ field: "name", reason: "名称不能为空 (name is required)" });
  else if (name.length > 200) problems.push({ field: "name", reason: "名称过长 (name longer than 200 characters)" });
  if (!input.riskLevel) problems.push({ field: "riskLevel", reason: "风险等级不能为空，应为高、中、低 (risk level is required)" });
  const creditClass = blankToNull(input.creditClass)?.toUpperCase() ?? null;
  if (!creditClass || !creditClasses.includes(creditClass))
    problems.push({
      field: "creditClass",
      reason: `信用等级应为 ${creditClasses.join("/")} 之一 (credit class must be one of ${creditClasses.join(", ")})`,
    });
  const industry = blankToNull(input.industry);
  if (industry && !/^[A-T]?\d{0,4}$/.test(industry.toUpperCase()))
    problems.push({ field: "industry", reason: `行业代码“${industry}”不符合 GB/T 4754 (industry code)` });
  const region = blankToNull(input.region);
  if (region && !/^\d{6}$/.test(region))
    problems.push({ field: "region", reason: `区域代码“${region}”应为6位 GB/T 2260 代码 (region code)` });
  const phone = blankToNull(input.phone);
  if (phone && !/^[\d\-+() ]{5,20}$/.test(phone))
    problems.push({ field: "phone", reason: `联系电话“${phone}”格式不正确 (phone)` });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    warnings: id.warnings,
    value: {
      uscc: id.normalized!,
      idKind: id.kind!,
      name: name!,
      kind,
      address: blankToNull(input.address),
      legalRepresentative: blankToNull(input.legalRepresentative),
      phone,
      industry: industry?.toUpperCase() ?? null,
      region,
      riskLevel: input.riskLevel!,
      creditClass: creditClass!,
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      status: input.status ?? TargetStatus.ACTIVE,
    },
  };
}

export function checkInspector(input: {
  certificateNumber: string;
  name: string;
  gender?: Gender | null;
  position?: string | null;
  unit?: string | null;
  expertise?: string[] | null;
  status?: InspectorStatus | null;
  conflicts?: string[] | null;
}): Checked<InspectorValues> {
  const problems: FieldProblem[] = [];
  const certificateNumber = blankToNull(input.certificateNumber)?.toUpperCase() ?? null;
  if (!certificateNumber || !/^[0-9A-Z\-]{4,32}$/.test(certificateNumber))
    problems.push({ field: "certificateNumber", reason: "执法证号应为4–32位数字或字母 (certificate number)" });
  const name = blankToNull(input.name);
  if (!name) problems.push({ field: "name", reason: "姓名不能为空 (name is required)" });
  const conflicts: string[] = [];
  for (const c of input.conflicts ?? []) {
    const id = checkTargetIdentifier(c, true);
    if (!id.valid) problems.push({ field: "conflicts", reason: `回避对象“${c}”无效: ${id.reason}` });
    else conflicts.push(id.normalized!);
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    warnings: [],
    value: {
      certificateNumber: certificateNumber!,
      name: name!,
      gender: input.gender ?? null,
      position: blankToNull(input.position),
      unit: blankToNull(input.unit),
      expertise: [...new Set((input.expertise ?? []).map((t) => t.trim()).filter(Boolean))],
      status: input.status ?? InspectorStatus.ACTIVE,
      conflicts: [...new Set(conflicts)],
    },
  };
}
