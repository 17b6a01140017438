/**
 * The Chinese column headers departments already use, mapped to record fields.
 * The first name is the canonical header (used in templates and exports); the others are accepted.
 */
export interface ColumnSpec<F extends string> {
  field: F;
  headers: string[];
  required: boolean;
}

export const TARGET_COLUMNS: ColumnSpec<
  | "uscc" | "name" | "address" | "legalRepresentative" | "phone" | "industry" | "region"
  | "riskLevel" | "creditClass" | "tags" | "status" | "kind"
>[] = [
  { field: "uscc", headers: ["统一社会信用代码", "统一社会信用代码（身份证号码）", "统一社会信用代码/身份证号码", "身份证号码", "USCC"], required: true },
  { field: "name", headers: ["名称", "企业名称", "检查对象名称", "主体名称"], required: true },
  { field: "address", headers: ["住所", "地址", "经营场所", "住所（经营场所）"], required: false },
  { field: "legalRepresentative", headers: ["法定代表人", "负责人", "经营者", "法定代表人（负责人）"], required: false },
  { field: "phone", headers: ["联系电话", "电话", "联系方式"], required: false },
  { field: "industry", headers: ["行业", "行业代码", "行业类别"], required: false },
  { field: "region", headers: ["区域", "区域代码", "行政区划", "行政区划代码"], required: false },
  { field: "riskLevel", headers: ["风险等级"], required: true },
  { field: "creditClass", headers: ["信用等级", "信用风险分类", "信用分类"], required: true },
  { field: "tags", headers: ["标签", "监管标签"], required: false },
  { field: "status", headers: ["状态", "登记状态", "经营状态"], required: false },
  { field: "kind", headers: ["对象类型", "主体类型"], required: false },
];

export const INSPECTOR_COLUMNS: ColumnSpec<
  "certificateNumber" | "name" | "gender" | "position" | "unit" | "expertise" | "status" | "conflicts"
>[] = [
  { field: "certificateNumber", headers: ["执法证号", "执法证件号", "执法证件号码"], required: true },
  { field: "name", headers: ["姓名"], required: true },
  { field: "gender", headers: ["性别"], required: false },
  { field: "position", headers: ["职务"], required: false },
  { field: "unit", headers: ["工作单位", "单位", "所属单位"], required: false },
  { field: "expertise", headers: ["业务专长", "专长"], required: false },
  { field: "status", headers: ["状态", "在岗状态"], required: false },
  { field: "conflicts", headers: ["回避对象", "利害关系对象"], required: false },
];

/** Which header of the file provides each field; reports required columns that are missing. */
export function mapHeaders<F extends string>(
  specs: ColumnSpec<F>[],
  headers: string[],
): { columns: Partial<Record<F, string>>; missing: string[] } {
  const columns: Partial<Record<F, string>> = {};
  const missing: string[] = [];
  for (const spec of specs) {
    const h = spec.headers.find((name) => headers.includes(name));
    if (h) columns[spec.field] = h;
    else if (spec.required) missing.push(spec.headers[0]!);
  }
  return { columns, missing };
}
