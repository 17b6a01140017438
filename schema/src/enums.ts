/** Enumerations shared by every subgraph; identical everywhere so that Federation composes them. */

/** 风险等级 */
export enum RiskLevel {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}

/** A target's registration status; deregistered (注销) and revoked (吊销) targets are never drawn. */
export enum TargetStatus {
  ACTIVE = "ACTIVE",
  DEREGISTERED = "DEREGISTERED",
  REVOKED = "REVOKED",
}

/** What kind of thing an inspection item applies to. */
export enum TargetKind {
  ENTERPRISE = "ENTERPRISE",
  /** 个体工商户: may be keyed by the operator's resident ID when it has no USCC. */
  INDIVIDUAL_BUSINESS = "INDIVIDUAL_BUSINESS",
  NON_MARKET_ENTITY = "NON_MARKET_ENTITY",
  PRODUCT_OR_PROJECT = "PRODUCT_OR_PROJECT",
}

/** 检查方式: 实地检查, 书面检查, 网络监测 */
export enum InspectionMethod {
  ON_SITE = "ON_SITE",
  DOCUMENT_REVIEW = "DOCUMENT_REVIEW",
  ONLINE_MONITORING = "ONLINE_MONITORING",
}

export enum InspectorStatus {
  ACTIVE = "ACTIVE",
  ON_LEAVE = "ON_LEAVE",
  RETIRED = "RETIRED",
}

export enum Gender {
  MALE = "MALE",
  FEMALE = "FEMALE",
}

/** An annual plan is edited as a draft; once published it changes only through a recorded adjustment. */
export enum PlanStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}

/** Chinese labels used in import files and exports, per enum value. */
/** 检查要点结论: a result's answer to one point of a check form (检查表). */
export enum CheckAnswer {
  CONFORMS = "CONFORMS",
  NONCONFORMING = "NONCONFORMING",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}

export const CHECK_ANSWER_NAMES: Record<CheckAnswer, string> = { CONFORMS: "符合", NONCONFORMING: "不符合", NOT_APPLICABLE: "不涉及" };

/** One answer as a result (or a joint inspection's record) keeps it: the point as it read in the version answered. */
export interface CheckAnswerValues {
  itemCode: string;
  formVersion: number;
  number: number;
  content: string;
  answer: CheckAnswer;
  note: string;
}

/** The key of a (risk level, credit class) cell in a plan's ratios per cell: `HIGH|D`. */
export const cellKey = (riskLevel: RiskLevel | string, creditClass: string) => `${riskLevel}|${creditClass}`;

/** A plan's ratios per cell as a list: risk high → low, then the order of the credit scale. */
export function cellRatioList(cellRatios: Readonly<Record<string, number>>, creditClasses: readonly string[]): { riskLevel: RiskLevel; creditClass: string; ratio: number }[] {
  return Object.values(RiskLevel).flatMap((riskLevel) =>
    creditClasses.filter((c) => cellKey(riskLevel, c) in cellRatios).map((creditClass) => ({ riskLevel, creditClass, ratio: cellRatios[cellKey(riskLevel, creditClass)]! })),
  );
}

export const RISK_LEVEL_LABELS: Record<RiskLevel, string[]> = {
  [RiskLevel.HIGH]: ["高", "高风险"],
  [RiskLevel.MEDIUM]: ["中", "中风险", "一般"],
  [RiskLevel.LOW]: ["低", "低风险"],
};
export const TARGET_STATUS_LABELS: Record<TargetStatus, string[]> = {
  [TargetStatus.ACTIVE]: ["存续", "在业", "正常", "开业"],
  [TargetStatus.DEREGISTERED]: ["注销", "已注销"],
  [TargetStatus.REVOKED]: ["吊销", "已吊销"],
};
export const TARGET_KIND_LABELS: Record<TargetKind, string[]> = {
  [TargetKind.ENTERPRISE]: ["企业"],
  [TargetKind.INDIVIDUAL_BUSINESS]: ["个体工商户", "个体"],
  [TargetKind.NON_MARKET_ENTITY]: ["非市场主体", "非企业"],
  [TargetKind.PRODUCT_OR_PROJECT]: ["产品", "项目", "产品/项目"],
};
export const INSPECTOR_STATUS_LABELS: Record<InspectorStatus, string[]> = {
  [InspectorStatus.ACTIVE]: ["在岗", "在职", "正常"],
  [InspectorStatus.ON_LEAVE]: ["休假", "离岗", "请假"],
  [InspectorStatus.RETIRED]: ["退休", "已退休"],
};
export const GENDER_LABELS: Record<Gender, string[]> = {
  [Gender.MALE]: ["男"],
  [Gender.FEMALE]: ["女"],
};

export const INSPECTION_METHOD_LABELS: Record<InspectionMethod, string[]> = {
  [InspectionMethod.ON_SITE]: ["实地检查", "现场检查"],
  [InspectionMethod.DOCUMENT_REVIEW]: ["书面检查", "书面审查"],
  [InspectionMethod.ONLINE_MONITORING]: ["网络监测", "网络检查"],
};
export const PLAN_STATUS_LABELS: Record<PlanStatus, string[]> = {
  [PlanStatus.DRAFT]: ["草案", "草稿"],
  [PlanStatus.PUBLISHED]: ["已发布"],
};
/** Where an inspection task came from (the codes of the TaskSource enum). */
export const TASK_SOURCE_LABELS: Record<string, string[]> = {
  DRAW: ["双随机抽查"],
  COMPLAINT: ["投诉举报"],
  REFERRAL: ["转办交办"],
  MONITORING: ["检测监测"],
  JOINT: ["联合抽查"],
  UPPER_LEVEL: ["上级下发"],
};

/** The label a person reads for an enum value (its first Chinese label); the value itself when it has none. */
export function labelOf(labels: Readonly<Record<string, readonly string[]>>, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return labels[value]?.[0] ?? value;
}

/** 是 / 否, as Chinese spreadsheets write a yes-or-no. */
export const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? "是" : "否");

/**
 * Read an enum value from a cell: the English value (any case) or one of its Chinese labels.
 * Returns undefined when nothing matches.
 */
export function parseLabel<E extends string>(labels: Record<E, string[]>, cell: string): E | undefined {
  const v = cell.trim();
  for (const [value, names] of Object.entries(labels) as [E, string[]][]) {
    if (value === v.toUpperCase() || names.includes(v)) return value;
  }
  return undefined;
}

/** A ratio (0–1) as a clerk reads it: 3%, 12.5%. */
export const percentText = (ratio: number) => `${Number((ratio * 100).toFixed(4))}%`;
