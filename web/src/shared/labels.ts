/** The hub's codes as a clerk reads them (the same words as the departments' spreadsheets). */
export const TASK_STATUS_NAMES: Record<string, string> = { DRAWN: "已抽取", ASSIGNED: "已分派", INSPECTING: "检查中", DONE: "已完成" };
export const TASK_SOURCE_NAMES: Record<string, string> = { DRAW: "双随机抽查", COMPLAINT: "投诉举报", REFERRAL: "转办交办", MONITORING: "检测监测", JOINT: "联合抽查", UPPER_LEVEL: "上级下发" };
export const FOLLOW_UP_STATE_NAMES: Record<string, string> = {
  OPEN: "待处置",
  RECTIFYING: "整改中",
  REINSPECTED: "已复查",
  NOT_RECTIFIED: "复查未整改",
  TRANSFERRED: "已移交",
  REFERRED_TO_JUDICIARY: "已移送司法",
  CLOSED: "已结案",
};
export const FOLLOW_UP_KIND_NAMES: Record<string, string> = { RECTIFICATION_ORDER: "责令改正", REINSPECTION: "复查", TRANSFER: "移交", JUDICIAL_REFERRAL: "移送司法", CLOSE: "结案" };
export const ALERT_KIND_NAMES: Record<string, string> = { PUBLICATION_DUE_SOON: "即将到公示期限", PUBLICATION_OVERDUE: "逾期未公示", PUBLISHED_LATE: "逾期公示", RECTIFICATION_OVERDUE: "整改逾期" };
export const RISK_NAMES: Record<string, string> = { HIGH: "高", MEDIUM: "中", LOW: "低" };
export const TARGET_KIND_NAMES: Record<string, string> = { ENTERPRISE: "企业", INDIVIDUAL_BUSINESS: "个体工商户", NON_MARKET_ENTITY: "非市场主体", PRODUCT_OR_PROJECT: "产品/项目" };
export const INSPECTION_METHOD_NAMES: Record<string, string> = { ON_SITE: "实地检查", DOCUMENT_REVIEW: "书面检查", ONLINE_MONITORING: "网络监测" };
export const TARGET_STATUS_NAMES: Record<string, string> = { ACTIVE: "存续", DEREGISTERED: "注销", REVOKED: "吊销" };

export const INSPECTOR_STATUS_NAMES: Record<string, string> = { ACTIVE: "在岗", ON_LEAVE: "休假", RETIRED: "退休" };
export const GENDER_NAMES: Record<string, string> = { MALE: "男", FEMALE: "女" };
export const CHECK_ANSWER_NAMES: Record<string, string> = { CONFORMS: "符合", NONCONFORMING: "不符合", NOT_APPLICABLE: "不涉及" };
export const EVIDENCE_KIND_NAMES: Record<string, string> = { PHOTO: "照片", AUDIO_VIDEO: "音视频", DOCUMENT: "文书" };

/** The codes of a list of names as a select's options. */
export const labelOptions = (names: Record<string, string>) => Object.entries(names).map(([value, label]) => ({ value, label }));

/** A sampling ratio as plans publish it: 0.05 → 5%, 0.025 → 2.5%. */
export const ratioText = (ratio: number) => `${Number((ratio * 100).toFixed(2))}%`;

/** A plan's ratios as plans publish them: per credit class, then any (risk level, credit class) cell of its own. */
export const planRatiosText = (plan: { ratios: { creditClass: string; ratio: number }[]; cellRatios: { riskLevel: string; creditClass: string; ratio: number }[] }) =>
  [
    plan.ratios.map((r) => `${r.creditClass} 类 ${ratioText(r.ratio)}`).join("，"),
    plan.cellRatios.map((c) => `${RISK_NAMES[c.riskLevel] ?? c.riskLevel}风险 ${c.creditClass} 类 ${ratioText(c.ratio)}`).join("，"),
  ].filter(Boolean).join("；其中 ");

/** The name of a code, the code itself when it has none, a dash when there is nothing. */
export const nameOf = (names: Record<string, string>, code: string | null | undefined) => (code ? (names[code] ?? code) : "—");
