/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AlertKind =
  | 'PUBLICATION_DUE_SOON'
  | 'PUBLICATION_OVERDUE'
  | 'PUBLISHED_LATE'
  | 'RECTIFICATION_OVERDUE';

export type CellRatioInput = {
  creditClass: string;
  ratio: number;
  riskLevel: RiskLevel;
};

/** 检查要点结论: 符合 / 不符合 / 不涉及 */
export type CheckAnswer =
  | 'CONFORMS'
  | 'NONCONFORMING'
  | 'NOT_APPLICABLE';

export type CheckAnswerInput = {
  answer: CheckAnswer;
  itemCode: string;
  /** Required for NONCONFORMING */
  note?: string | null | undefined;
  /** The check point's number in the item's current form */
  number: number;
};

export type CheckPointInput = {
  /** 检查内容 */
  content: string;
  /** 检查依据 */
  legalBasis?: string;
  /** 检查标准 */
  standard?: string;
};

export type CreditClassRatioInput = {
  creditClass: string;
  ratio: number;
};

export type DrawInput = {
  /** The commitment published before the draw */
  commitmentId: string | number;
  deprioritizeInspectedLastYear?: boolean;
  idempotencyKey?: string | null | undefined;
  /** Tags sampled at 100% (两客一危, 重点监管对象 by default) */
  keyAreaTags?: Array<string> | null | undefined;
  /** Capacity cap on the number of targets */
  maxTargets?: number | null | undefined;
  maxTargetsPerInspector?: number;
  /** Plan period, e.g. 2026-H2; the plan's year by default */
  periodKey?: string | null | undefined;
  planId: string | number;
  /** A public value announced before the draw (lottery number, witness input) */
  publicValue: string;
  /** The committed secret, revealed now */
  secret: string;
  /** Inspectors per target, at least 2 */
  teamSize?: number;
  witnesses?: Array<WitnessInput>;
};

export type EvidenceInput = {
  id: string;
  /** AUDIO_VIDEO, PHOTO, DOCUMENT… */
  kind: string;
  sha256: string;
};

export type FollowUpInput = {
  /** YYYY-MM-DD */
  date: string;
  /** Rectification orders: the last day to rectify */
  deadline?: string | null | undefined;
  documentNumber?: string | null | undefined;
  kind: FollowUpKind;
  note?: string | null | undefined;
  /** Transfers and judicial referrals */
  receivingParty?: string | null | undefined;
  /** Re-inspections: rectified or not */
  rectified?: boolean | null | undefined;
};

/** RECTIFICATION_ORDER 责令改正, REINSPECTION 复查, TRANSFER 移交, JUDICIAL_REFERRAL 移送司法, CLOSE 结案 */
export type FollowUpKind =
  | 'CLOSE'
  | 'JUDICIAL_REFERRAL'
  | 'RECTIFICATION_ORDER'
  | 'REINSPECTION'
  | 'TRANSFER';

/** Where a result's follow-up stands (后续处置) */
export type FollowUpState =
  | 'CLOSED'
  | 'NOT_RECTIFIED'
  | 'OPEN'
  | 'RECTIFYING'
  | 'REFERRED_TO_JUDICIARY'
  | 'REINSPECTED'
  | 'TRANSFERRED';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type ImportAction =
  | 'INSERT'
  | 'UPDATE';

export type ImportStatus =
  | 'COMMITTED'
  | 'PREVIEW'
  | 'REJECTED';

export type InspectionItemInput = {
  code: string;
  defaultRatio: number;
  expertise?: Array<string>;
  frequency?: number;
  industries?: Array<string>;
  keyArea?: boolean;
  legalBasis: string;
  method: InspectionMethod;
  name: string;
  regions?: Array<string>;
  tags?: Array<string>;
  targetKind: TargetKind;
};

/** 检查方式 */
export type InspectionMethod =
  | 'DOCUMENT_REVIEW'
  | 'ONLINE_MONITORING'
  | 'ON_SITE';

/** Filters on the inspector directory; all given conditions must hold */
export type InspectorFilter = {
  /** Inspectors with any of these expertise tags, at most 50 */
  expertise?: Array<string> | null | undefined;
  /** Name contains, or certificate number starts with: at most 50 characters */
  search?: string | null | undefined;
  statuses?: Array<InspectorStatus> | null | undefined;
};

export type InspectorStatus =
  | 'ACTIVE'
  | 'ON_LEAVE'
  | 'RETIRED';

/** Where a job is */
export type JobState =
  /** Cancelled before it finished (已取消) */
  | 'CANCELLED'
  /** Failed for good; `error` says why (失败) */
  | 'FAILED'
  /** Waiting to start (排队中) */
  | 'QUEUED'
  /** Failed or was interrupted, and will run again (等待重试) */
  | 'RETRYING'
  /** Running now (进行中) */
  | 'RUNNING'
  /** Done; `result` holds what it produced (已完成) */
  | 'SUCCEEDED';

export type JointItemDepartmentInput = {
  department: string;
  itemCodes: Array<string>;
};

export type JointItemInput = {
  code: string;
  /** Every department, the lead included, with its own item codes */
  departmentItems: Array<JointItemDepartmentInput>;
  lead: string;
  name: string;
  scope?: string;
};

export type JointPlanEntryInput = {
  /** 抽查事项: each department's items inspected */
  items: string;
  jointItemCode?: string | null | undefined;
  /** The lead department: your own */
  lead: string;
  name: string;
  /** 配合部门: one to four other departments */
  partners: Array<string>;
  periodEnd: string;
  /** YYYY-MM-DD, within the year */
  periodStart: string;
  plannedTargets?: number | null | undefined;
  /** 抽查范围: the targets in scope */
  scope: string;
  year: number;
};

/** SUBMITTED 已报送, ACCEPTED 已采纳, RETURNED 已退回 */
export type JointPlanEntryStatus =
  | 'ACCEPTED'
  | 'RETURNED'
  | 'SUBMITTED';

/** One department's result on the shared record; without uscc, for every target not named otherwise */
export type JointResultInput = {
  /** A result category code (resultCategories) */
  categoryCode: string;
  /** 检查表: answers to the department's check forms (any item of its list; each form answered whole), checked against its current forms when the record is signed */
  checkAnswers?: Array<CheckAnswerInput>;
  department: string;
  /** References to the evidence of this result, by id and the file's SHA-256; the department keeps the files */
  evidence?: Array<EvidenceInput>;
  findings?: string | null | undefined;
  uscc?: string | null | undefined;
};

/** 工作节点: PLAN_PUBLISHED 年度抽查计划公示, DRAWS_DONE 计划任务抽取完成, INSPECTIONS_DONE 抽查检查完成, RESULTS_PUBLISHED 抽查结果公示完成, MONTHLY_TASKS 当月任务完成, HALF_YEAR_REPORT 半年情况报送, ANNUAL_REPORT 全年情况报送 */
export type MilestoneKind =
  | 'ANNUAL_REPORT'
  | 'DRAWS_DONE'
  | 'HALF_YEAR_REPORT'
  | 'INSPECTIONS_DONE'
  | 'MONTHLY_TASKS'
  | 'PLAN_PUBLISHED'
  | 'RESULTS_PUBLISHED';

/** MET 按时完成, MET_LATE 逾期完成, OPEN 未到期, DUE_SOON 即将到期, OVERDUE 已逾期 */
export type MilestoneState =
  | 'DUE_SOON'
  | 'MET'
  | 'MET_LATE'
  | 'OPEN'
  | 'OVERDUE';

/** 消息的种类: 联合抽查建议、邀请、答复、派员、排期、记录、取消、联合抽查计划审核 */
export type NotificationKind =
  | 'JOINT_ACCEPTED'
  | 'JOINT_CANCELLED'
  | 'JOINT_DECLINED'
  | 'JOINT_INVITATION'
  | 'JOINT_PLAN_ENTRY_ACCEPTED'
  | 'JOINT_PLAN_ENTRY_RETURNED'
  | 'JOINT_PROPOSAL_RECEIVED'
  | 'JOINT_RECORDED'
  | 'JOINT_SCHEDULED'
  | 'JOINT_TEAM_SUPPLIED';

export type PlanInput = {
  /** Optional ratios for single (risk level, credit class) cells, e.g. high-risk class D */
  cellRatios?: Array<CellRatioInput>;
  frequency?: number;
  itemCodes: Array<string>;
  name: string;
  /** ISO date YYYY-MM-DD */
  periodEnd: string;
  /** ISO date YYYY-MM-DD */
  periodStart: string;
  ratios: Array<CreditClassRatioInput>;
  year: number;
};

export type PlanStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type ResultInput = {
  /** One of the result category codes (resultCategories) */
  categoryCode: string;
  /** 检查表: the answer per check point of the task's items' current forms; a form is answered whole or not at all */
  checkAnswers?: Array<CheckAnswerInput>;
  evidence?: Array<EvidenceInput>;
  findings: string;
  /** YYYY-MM-DD */
  inspectionDate: string;
  /** At least two inspectors of the task's team */
  signers: Array<SignerInput>;
};

/** 风险等级 */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type SignatureInput = {
  certificateNumber: string;
  name: string;
};

export type SignerInput = {
  certificateNumber: string;
  name: string;
};

/** Filters on the target directory; all given conditions must hold. Lists take at most 200 codes, 50 tags, 20 choices; an entry at most 50 characters. */
export type TargetFilter = {
  /** At most 20 */
  creditClasses?: Array<string> | null | undefined;
  /** Industry code prefixes (GB/T 4754), at most 200 */
  industries?: Array<string> | null | undefined;
  kinds?: Array<TargetKind> | null | undefined;
  /** Region code prefixes (GB/T 2260), at most 200 */
  regions?: Array<string> | null | undefined;
  riskLevels?: Array<RiskLevel> | null | undefined;
  /** Name contains, or USCC starts with: 2 to 50 characters */
  search?: string | null | undefined;
  statuses?: Array<TargetStatus> | null | undefined;
  /** Targets carrying any of these tags, at most 50 */
  tags?: Array<string> | null | undefined;
};

export type TargetKind =
  | 'ENTERPRISE'
  | 'INDIVIDUAL_BUSINESS'
  | 'NON_MARKET_ENTITY'
  | 'PRODUCT_OR_PROJECT';

/** Registration status; only ACTIVE targets are drawn */
export type TargetStatus =
  | 'ACTIVE'
  | 'DEREGISTERED'
  | 'REVOKED';

/** Where an inspection task came from */
export type TaskSource =
  | 'COMPLAINT'
  | 'DRAW'
  | 'JOINT'
  | 'MONITORING'
  | 'REFERRAL'
  | 'UPPER_LEVEL';

export type TaskStatus =
  | 'ASSIGNED'
  | 'DONE'
  | 'DRAWN'
  | 'INSPECTING';

/** 待办事项的种类 */
export type TodoKind =
  | 'AMEND_JOINT_PLAN_ENTRY'
  | 'ANSWER_JOINT_INSPECTION'
  | 'CLOSE_JOINT_INSPECTION'
  | 'DELIVER_JOINT_RESULTS'
  | 'ENTER_RESULTS'
  | 'JOINT_PROPOSAL'
  | 'LAUNCH_JOINT_PROPOSALS'
  | 'PUBLISH_JOINT_PLAN'
  | 'RECORD_JOINT_INSPECTION'
  | 'REVIEW_JOINT_PLAN_ENTRY'
  | 'SCHEDULE_JOINT_INSPECTION'
  | 'START_JOINT_INSPECTION'
  | 'SUPPLY_JOINT_TEAM'
  | 'SYNC_STALE';

export type WitnessInput = {
  name: string;
  role: string;
};

export type DepartmentTargetsQueryVariables = Exact<{
  filter?: TargetFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DepartmentTargetsQuery = { department: { code: string, name: string, creditClasses: Array<string>, targets: { totalCount: number, totalCountExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { uscc: string, name: string | null, kind: TargetKind | null, industry: string | null, region: string | null, riskLevel: RiskLevel | null, creditClass: string | null, tags: Array<string>, status: TargetStatus | null } }> } } | null };

export type DepartmentInspectorsQueryVariables = Exact<{
  filter?: InspectorFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DepartmentInspectorsQuery = { department: { code: string, name: string, inspectors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, certificateNumber: string, name: string, gender: Gender | null, position: string | null, unit: string | null, expertise: Array<string>, status: InspectorStatus } }> } } | null };

export type ImportReportFieldsFragment = { status: ImportStatus, dryRun: boolean, rowsRead: number, inserted: number, updated: number, unchanged: number, clearedValues: number, changeCount: number, ignoredColumns: Array<string>, errorCount: number, changes: Array<{ row: number, key: string, action: ImportAction, fields: Array<string>, cleared: Array<string> }>, errors: Array<{ row: number, column: string | null, reason: string }> };

export type DepartmentJobQueryVariables = Exact<{
  id: string | number;
}>;


export type DepartmentJobQuery = { department: { job: { id: string, state: JobState, done: number | null, total: number | null, step: string | null, result: Record<string, unknown> | null, error: string | null } | null } | null };

export type DrawPlansQueryVariables = Exact<{
  year: number;
}>;


export type DrawPlansQuery = { department: { code: string, name: string, plans: Array<{ id: string, name: string, status: PlanStatus, periodStart: string, periodEnd: string }>, draws: Array<{ id: string, seq: number, planId: number, periodKey: string, createdAt: string, taskCount: number, populationSize: number }> } | null };

export type DrawFieldsFragment = { id: string, seq: number, planId: number, periodKey: string, commitment: string, secret: string, publicValue: string, seed: string, algorithm: string, populationSize: number, populationDigest: string, taskCount: number, prevHash: string, hash: string, createdBy: string, createdAt: string, witnesses: Array<{ name: string, role: string }>, strata: Array<{ keyArea: boolean, riskLevel: string, creditClass: string | null, population: number, ratio: number, quota: number, drawn: number }> };

export type DrawRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type DrawRecordQuery = { department: { draw: { id: string, seq: number, planId: number, periodKey: string, commitment: string, secret: string, publicValue: string, seed: string, algorithm: string, populationSize: number, populationDigest: string, taskCount: number, prevHash: string, hash: string, createdBy: string, createdAt: string, witnesses: Array<{ name: string, role: string }>, strata: Array<{ keyArea: boolean, riskLevel: string, creditClass: string | null, population: number, ratio: number, quota: number, drawn: number }> } | null } | null };

export type CommitDrawSeedMutationVariables = Exact<{
  planId: string | number;
  commitment: string;
}>;


export type CommitDrawSeedMutation = { department: { commitment: { id: string, periodKey: string | null, commitment: string, createdAt: string } } | null };

export type DrawTargetsMutationVariables = Exact<{
  input: DrawInput;
}>;


export type DrawTargetsMutation = { department: { draw: { id: string, seq: number, planId: number, periodKey: string, commitment: string, secret: string, publicValue: string, seed: string, algorithm: string, populationSize: number, populationDigest: string, taskCount: number, prevHash: string, hash: string, createdBy: string, createdAt: string, witnesses: Array<{ name: string, role: string }>, strata: Array<{ keyArea: boolean, riskLevel: string, creditClass: string | null, population: number, ratio: number, quota: number, drawn: number }> } } | null };

export type VerifyDrawQueryVariables = Exact<{
  id: string | number;
  recheck: boolean;
}>;


export type VerifyDrawQuery = { department: { verification: { reproduces: boolean, verifiedAt: string, checks: Array<{ name: string, ok: boolean, detail: string }> } } | null };

export type DrawOverlapsQueryVariables = Exact<{
  department: string;
  drawId: string | number;
}>;


export type DrawOverlapsQuery = { drawOverlaps: { strata: Array<{ stratum: number, drawn: number, elsewhere: number }> } | null };

export type DrawnTargetsQueryVariables = Exact<{
  drawId: string | number;
  after?: string | null | undefined;
}>;


export type DrawnTargetsQuery = { departments: Array<{ code: string, name: string }>, department: { code: string, tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uscc: string, inspectors: Array<string>, dueStart: string, dueEnd: string, target: { name: string | null, inspectionsThisYear: Array<{ department: string, status: string }> } } }> } } | null };

export type DepartmentPlansQueryVariables = Exact<{
  year: number;
}>;


export type DepartmentPlansQuery = { department: { code: string, name: string, creditClasses: Array<string>, ratioMin: number, ratioMax: number, items: Array<{ code: string, name: string, legalBasis: string, targetKind: TargetKind, method: InspectionMethod, defaultRatio: number, frequency: number, keyArea: boolean, expertise: Array<string>, checkForm: { version: number, createdBy: string, createdAt: string, points: Array<{ number: number, content: string, standard: string, legalBasis: string }> } | null }>, plans: Array<{ id: string, year: number, name: string, itemCodes: Array<string>, periodStart: string, periodEnd: string, frequency: number, status: PlanStatus, publishedAt: string | null, version: number, ratios: Array<{ creditClass: string, ratio: number }>, cellRatios: Array<{ riskLevel: RiskLevel, creditClass: string, ratio: number }>, adjustments: Array<{ id: string, reason: string, before: Record<string, unknown>, after: Record<string, unknown>, adjustedBy: string, adjustedAt: string }> }> } | null };

export type CreatePlanMutationVariables = Exact<{
  input: PlanInput;
  key?: string | null | undefined;
}>;


export type CreatePlanMutation = { department: { plan: { id: string } } | null };

export type UpdatePlanMutationVariables = Exact<{
  id: string | number;
  input: PlanInput;
}>;


export type UpdatePlanMutation = { department: { plan: { id: string } } | null };

export type PublishPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPlanMutation = { department: { plan: { id: string, status: PlanStatus } } | null };

export type AdjustPlanMutationVariables = Exact<{
  id: string | number;
  input: PlanInput;
  reason: string;
}>;


export type AdjustPlanMutation = { department: { plan: { id: string, version: number } } | null };

export type UpsertItemMutationVariables = Exact<{
  input: InspectionItemInput;
}>;


export type UpsertItemMutation = { department: { item: { code: string } } | null };

export type SaveCheckFormMutationVariables = Exact<{
  itemCode: string;
  points: Array<CheckPointInput> | CheckPointInput;
}>;


export type SaveCheckFormMutation = { department: { form: { version: number } } | null };

export type DepartmentTasksQueryVariables = Exact<{
  status?: TaskStatus | null | undefined;
  source?: TaskSource | null | undefined;
  uscc?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DepartmentTasksQuery = { department: { code: string, name: string, resultCategories: Array<{ code: string, name: string }>, items: Array<{ code: string, name: string, checkForm: { version: number, points: Array<{ number: number, content: string, standard: string, legalBasis: string }> } | null }>, tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uscc: string, source: TaskSource, status: TaskStatus, dueStart: string, dueEnd: string, inspectors: Array<string>, itemCodes: Array<string>, target: { name: string | null }, result: { categoryName: string, inspectionDate: string, publishedAt: string | null, followUpState: FollowUpState } | null, publicationDeadline: { date: string } } }> } } | null };

export type RecordResultMutationVariables = Exact<{
  taskId: string | number;
  input: ResultInput;
}>;


export type RecordResultMutation = { department: { task: { id: string, status: TaskStatus } } | null };

export type PublishResultsMutationVariables = Exact<{
  taskIds: Array<string | number> | string | number;
}>;


export type PublishResultsMutation = { department: { tasks: Array<{ id: string }> } | null };

export type TaskDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskDetailQuery = { department: { resultCategories: Array<{ code: string, name: string }>, items: Array<{ code: string, name: string, checkForm: { version: number, points: Array<{ number: number, content: string, standard: string, legalBasis: string }> } | null }>, task: { id: string, uscc: string, source: TaskSource, status: TaskStatus, drawId: string | null, dueStart: string, dueEnd: string, itemCodes: Array<string>, inspectors: Array<string>, note: string | null, origin: string | null, originReference: string | null, target: { name: string | null }, replacements: Array<{ leaving: string, replacement: string, reason: string, changedBy: string, changedAt: string }>, result: { categoryName: string, findings: string, inspectionDate: string, recordedBy: string, recordedAt: string, enteredLate: boolean, publishedAt: string | null, publicationDue: string | null, publishedLate: boolean | null, noticeEndsOn: string | null, followUpState: FollowUpState, nextFollowUpSteps: Array<FollowUpKind>, signers: Array<{ name: string, certificateNumber: string }>, evidence: Array<{ id: string, kind: string, sha256: string }>, jointInspection: { id: string, lead: string, departments: Array<string> } | null, checkAnswers: Array<{ itemCode: string, formVersion: number, number: number, content: string, answer: CheckAnswer, note: string }>, followUps: Array<{ kind: FollowUpKind, date: string, documentNumber: string | null, deadline: string | null, rectified: boolean | null, receivingParty: string | null, note: string | null, recordedBy: string, recordedAt: string }> } | null } | null } | null, departments: Array<{ code: string, name: string }> };

export type ReplaceInspectorMutationVariables = Exact<{
  taskId: string | number;
  certificateNumber: string;
  reason: string;
}>;


export type ReplaceInspectorMutation = { department: { task: { id: string, inspectors: Array<string> } } | null };

export type RecordFollowUpMutationVariables = Exact<{
  taskId: string | number;
  input: FollowUpInput;
}>;


export type RecordFollowUpMutation = { department: { result: { taskId: string, followUpState: FollowUpState } } | null };

export type ResultAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultAlertsQuery = { department: { resultAlerts: Array<{ kind: AlertKind, taskId: string, uscc: string, due: string, provisional: boolean }> } | null };

export type ActiveInspectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveInspectorsQuery = { department: { inspectors: { edges: Array<{ node: { certificateNumber: string, name: string } }> } } | null };

export type AssignTaskTeamMutationVariables = Exact<{
  taskId: string | number;
  inspectors: Array<string> | string;
}>;


export type AssignTaskTeamMutation = { department: { assignTaskTeam: { id: string, status: TaskStatus, inspectors: Array<string> } } | null };

export type EnterpriseSearchQueryVariables = Exact<{
  search: string;
}>;


export type EnterpriseSearchQuery = { departments: Array<{ code: string, name: string }>, searchTargets: Array<{ uscc: string, name: string | null, departments: Array<string> }> };

export type EnterpriseQueryVariables = Exact<{
  uscc: string;
  year?: number | null | undefined;
}>;


export type EnterpriseQuery = { departments: Array<{ code: string, name: string }>, target: { uscc: string, name: string | null, departments: Array<string>, inspectionsThisYear: Array<{ department: string, taskId: string, source: string, status: string, itemCodes: Array<string>, dueStart: string, dueEnd: string, categoryName: string | null, inspectionDate: string | null, publishedAt: string | null, publicationDue: string | null, publishedLate: boolean | null, followUpState: string | null }>, jointRecords: Array<{ jointId: string, department: string, categoryName: string | null, findings: string, departmentFindings: string | null, recordedAt: string, signatures: Array<{ name: string }> }> } | null };

export type DepartmentRecordFragment = { inDirectory: boolean, name: string | null, kind: TargetKind | null, address: string | null, legalRepresentative: string | null, phone: string | null, industry: string | null, region: string | null, riskLevel: RiskLevel | null, creditClass: string | null, tags: Array<string>, status: TargetStatus | null, inspections: Array<{ taskId: string, source: string, itemCodes: Array<string>, dueStart: string, dueEnd: string, status: string, inspectionDate: string | null, categoryName: string | null, findings: string | null, publishedAt: string | null, followUpState: FollowUpState | null, followUps: Array<{ kind: FollowUpKind, documentNumber: string | null, date: string, deadline: string | null, rectified: boolean | null }> }> };

export type JointPlanEntriesQueryVariables = Exact<{
  year: number;
}>;


export type JointPlanEntriesQuery = { departments: Array<{ code: string, name: string }>, jointItems: Array<{ code: string, name: string, lead: string, departments: Array<string>, scope: string, departmentItems: Array<{ department: string, itemCodes: Array<string> }> }>, jointPlan: { version: number, publishedAt: string, dueDate: string } | null, jointPlanEntries: Array<{ id: string, year: number, lead: string, departments: Array<string>, jointItemCode: string | null, name: string, items: string, scope: string, periodStart: string, periodEnd: string, plannedTargets: number | null, status: JointPlanEntryStatus, submittedBy: string | null, submittedAt: string, submittedLate: boolean, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, jointInspections: number, carriedOut: boolean }> };

export type SubmitJointPlanEntryMutationVariables = Exact<{
  input: JointPlanEntryInput;
}>;


export type SubmitJointPlanEntryMutation = { submitJointPlanEntry: { id: string, submittedLate: boolean } };

export type UpdateJointPlanEntryMutationVariables = Exact<{
  id: string | number;
  input: JointPlanEntryInput;
}>;


export type UpdateJointPlanEntryMutation = { updateJointPlanEntry: { id: string, status: JointPlanEntryStatus } };

export type ReviewJointPlanEntryMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  note?: string | null | undefined;
}>;


export type ReviewJointPlanEntryMutation = { reviewJointPlanEntry: { id: string, status: JointPlanEntryStatus } };

export type PublishJointPlanMutationVariables = Exact<{
  year: number;
}>;


export type PublishJointPlanMutation = { publishJointPlan: { version: number, entryIds: Array<string> } };

export type SaveJointItemMutationVariables = Exact<{
  input: JointItemInput;
}>;


export type SaveJointItemMutation = { saveJointItem: { code: string } };

export type JointProposalsQueryVariables = Exact<{
  year: number;
}>;


export type JointProposalsQuery = { departments: Array<{ code: string, name: string }>, jointInspectionProposals: Array<{ key: string, departments: Array<string>, windowStart: string, windowEnd: string, targetCount: number, visits: Array<{ uscc: string, inspectors: number, duplicateItems: Array<string> }> }> };

export type AcceptedPlanEntriesQueryVariables = Exact<{
  year: number;
}>;


export type AcceptedPlanEntriesQuery = { jointPlanEntries: Array<{ id: string, name: string, lead: string, departments: Array<string> }> };

export type LaunchJointInspectionMutationVariables = Exact<{
  proposalKey: string;
  lead: string;
  planText: string;
  planEntryId?: string | number | null | undefined;
}>;


export type LaunchJointInspectionMutation = { launchJointInspection: { id: string, status: string } };

export type JointSummaryFragment = { id: string, lead: string, departments: Array<string>, windowStart: string, windowEnd: string, scheduledDate: string | null, status: string, proposalKey: string | null, planEntryId: string | null, usccs: Array<string>, participants: Array<{ department: string, response: string }> };

export type JointBoardQueryVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type JointBoardQuery = { departments: Array<{ code: string, name: string }>, jointInspections: Array<{ id: string, lead: string, departments: Array<string>, windowStart: string, windowEnd: string, scheduledDate: string | null, status: string, proposalKey: string | null, planEntryId: string | null, usccs: Array<string>, participants: Array<{ department: string, response: string }> }> };

export type JointDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type JointDetailQuery = { departments: Array<{ code: string, name: string }>, jointInspection: { planText: string, createdBy: string, id: string, lead: string, departments: Array<string>, windowStart: string, windowEnd: string, scheduledDate: string | null, status: string, proposalKey: string | null, planEntryId: string | null, usccs: Array<string>, participants: Array<{ department: string, response: string, reason: string | null, respondedBy: string | null, respondedAt: string | null, inspectors: Array<string>, teamSeed: string | null, teamDraws: number, teamRedrawReasons: Array<string> }>, history: Array<{ fromStatus: string | null, toStatus: string, bySubject: string, byDepartment: string | null, note: string | null, at: string }>, records: Array<{ uscc: string, department: string, categoryName: string | null, findings: string, departmentFindings: string | null, recordedAt: string, departmentTaskId: number | null, deliveredAt: string | null, deliveryError: string | null, signatures: Array<{ name: string, certificateNumber: string }>, checkAnswers: Array<{ itemCode: string, formVersion: number, number: number, content: string, answer: CheckAnswer, note: string }> }>, visitWarnings: Array<{ uscc: string, name: string | null, excesses: Array<{ days: number, maxVisits: number, periodStart: string, periodEnd: string, visits: Array<{ departments: Array<string>, from: string, to: string, onDay: boolean, jointInspectionId: string | null, proposed: boolean }> }> }> } | null };

export type JointVisitCheckQueryVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type JointVisitCheckQuery = { jointInspection: { id: string, visitWarnings: Array<{ uscc: string, name: string | null, excesses: Array<{ days: number, maxVisits: number, periodStart: string, periodEnd: string, visits: Array<{ departments: Array<string>, from: string, to: string, onDay: boolean, jointInspectionId: string | null, proposed: boolean }> }> }> } | null };

export type RespondToJointMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type RespondToJointMutation = { respondToJointInspection: { id: string, status: string } };

export type DrawJointTeamMutationVariables = Exact<{
  jointInspectionId: string | number;
  usccs: Array<string> | string;
  size: number;
  publicValue: string;
  reason?: string | null | undefined;
}>;


export type DrawJointTeamMutation = { department: { team: Array<string> } | null };

export type SupplyJointInspectorsMutationVariables = Exact<{
  id: string | number;
  certificateNumbers: Array<string> | string;
}>;


export type SupplyJointInspectorsMutation = { supplyJointInspectors: { id: string, status: string } };

export type ScheduleJointMutationVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type ScheduleJointMutation = { scheduleJointInspection: { id: string, status: string } };

export type AdvanceJointMutationVariables = Exact<{
  id: string | number;
  status: string;
  note?: string | null | undefined;
}>;


export type AdvanceJointMutation = { advanceJointInspection: { id: string, status: string } };

export type RecordJointMutationVariables = Exact<{
  id: string | number;
  findings: string;
  signatures: Array<SignatureInput> | SignatureInput;
  results: Array<JointResultInput> | JointResultInput;
}>;


export type RecordJointMutation = { recordJointInspection: { id: string, status: string } };

export type JointResultCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type JointResultCategoriesQuery = { resultCategories: Array<{ code: string, name: string }> };

export type OverviewQueryVariables = Exact<{
  year: number;
  half?: number | null | undefined;
}>;


export type OverviewQuery = { departments: Array<{ code: string, name: string }>, resultStatistics: Array<{ department: string, period: string, tasks: number, plannedTasks: number, planCompletion: number, resultsRecorded: number, publishedOnTime: number, publishedLate: number, overdue: number, problemsFound: number, problemDetectionRate: number, jointShare: number, asOf: string | null, stale: boolean, byCategory: Array<{ code: string, name: string, count: number }> }> };

export type SyncStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncStatusQuery = { syncStatus: Array<{ department: string, lastSuccessAt: string | null, lastError: string | null, stale: boolean }> };

export type DrawCoverageQueryVariables = Exact<{
  year: number;
}>;


export type DrawCoverageQuery = { department: { drawCoverage: { year: number, draws: number, inScope: number, drawn: number, coverage: number, strata: Array<{ keyArea: boolean, riskLevel: string, creditClass: string | null, inScope: number, drawn: number, coverage: number }> } } | null };

export type VisitLoadStatisticsQueryVariables = Exact<{
  year: number;
}>;


export type VisitLoadStatisticsQuery = { visitLoadStatistics: { targets: number, limits: Array<{ days: number, maxVisits: number, targets: number }>, byDepartment: Array<{ department: string, targets: number }>, worst: Array<{ uscc: string, name: string | null, excesses: Array<{ days: number, maxVisits: number, periodStart: string, periodEnd: string, visits: Array<{ departments: Array<string>, from: string, to: string, onDay: boolean, jointInspectionId: string | null, proposed: boolean }> }> }> } };

export type OverlapQueryVariables = Exact<{ [key: string]: never; }>;


export type OverlapQuery = { departments: Array<{ code: string, name: string }>, departmentOverlap: Array<{ a: string, b: string, targets: number }> };

export type JointLibraryQueryVariables = Exact<{
  minDepartments: number;
  after?: string | null | undefined;
}>;


export type JointLibraryQuery = { jointTargetLibrary: { totalCount: number, endCursor: string | null, hasMore: boolean, entries: Array<{ uscc: string, name: string, departments: Array<string> }> } };

export type PublicDrawsDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicDrawsDepartmentsQuery = { departments: Array<{ code: string, name: string }> };

export type PublicDrawsQueryVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type PublicDrawsQuery = { department: { publicDraws: { hasMore: boolean, endSeq: number | null, draws: Array<{ seq: number, planId: number, planName: string | null, periodKey: string, commitment: string, secret: string, publicValue: string, seed: string, params: Record<string, unknown>, algorithm: string, populationSize: number, populationDigest: string, poolDigest: string, resultDigest: string, createdBy: string, createdAt: string, prevHash: string, hash: string, contentJson: string, witnesses: Array<{ name: string, role: string }>, strata: Array<{ keyArea: boolean, riskLevel: string, creditClass: string | null, population: number, ratio: number, quota: number, drawn: number }>, drawn: Array<{ code: string, name: string | null, stratum: number }> }> } } | null };

export type PublicJointPlanQueryVariables = Exact<{
  year: number;
}>;


export type PublicJointPlanQuery = { departments: Array<{ code: string, name: string }>, jointItems: Array<{ code: string, name: string, lead: string, departments: Array<string>, scope: string }>, jointPlan: { year: number, version: number, publishedAt: string, dueDate: string, entries: Array<{ id: string, lead: string, departments: Array<string>, jointItemCode: string | null, name: string, items: string, scope: string, periodStart: string, periodEnd: string, plannedTargets: number | null, jointInspections: number, carriedOut: boolean }> } | null };

export type PublicPlansDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicPlansDepartmentsQuery = { departments: Array<{ code: string, name: string }> };

export type PublicDepartmentListsFragment = { name: string, items: Array<{ code: string, name: string, legalBasis: string, method: InspectionMethod, defaultRatio: number, frequency: number, keyArea: boolean }>, plans: Array<{ id: string, name: string, itemCodes: Array<string>, periodStart: string, periodEnd: string, status: PlanStatus, publishedAt: string | null, version: number, ratios: Array<{ creditClass: string, ratio: number }>, cellRatios: Array<{ riskLevel: RiskLevel, creditClass: string, ratio: number }> }> };

export type PublicResultsQueryVariables = Exact<{
  uscc?: string | null | undefined;
  name?: string | null | undefined;
  department?: string | null | undefined;
  categoryCode?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicResultsQuery = { publicResults: { endCursor: string | null, hasMore: boolean, results: Array<{ department: string, departmentName: string, uscc: string, targetName: string | null, categoryCode: string, categoryName: string, inspectionDate: string, publishedOn: string, noticeEndsOn: string, inNoticePeriod: boolean, jointInspection: { id: string, leadName: string, departmentNames: Array<string> } | null }> } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ code: string, name: string }>, resultCategories: Array<{ code: string, name: string }> };

export type TodoQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoQuery = { departments: Array<{ code: string, name: string }>, todo: Array<{ kind: TodoKind, dueDate: string | null, overdue: boolean, count: number, jointInspectionId: string | null, planEntryId: string | null, proposalKey: string | null, year: number | null, department: string | null, taskIds: Array<number>, detail: string | null }> };

export type MilestonesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MilestonesQuery = { department: { milestones: Array<{ kind: MilestoneKind, name: string, month: number | null, dueDate: string, state: MilestoneState, metOn: string | null, done: number | null, total: number | null, reportedBy: string | null, note: string | null }> } | null };

export type ReportMilestoneMutationVariables = Exact<{
  year: number;
  kind: MilestoneKind;
  note?: string | null | undefined;
}>;


export type ReportMilestoneMutation = { department: { reportMilestone: { kind: MilestoneKind, state: MilestoneState } } | null };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: Array<{ id: string, department: string, kind: NotificationKind, text: string, jointInspectionId: string | null, planEntryId: string | null, createdAt: string, deliveries: Array<{ receiver: string, deliveredAt: string | null, lastError: string | null }> }>, webhookStatus: Array<{ receiver: string, delivered: number, pending: number, lastError: string | null, oldestPendingSince: string | null }> };

export type ItemCheckFormFragment = { code: string, name: string, checkForm: { version: number, points: Array<{ number: number, content: string, standard: string, legalBasis: string }> } | null };

export type CheckAnswerFieldsFragment = { itemCode: string, formVersion: number, number: number, content: string, answer: CheckAnswer, note: string };

export type ProposeCategoryQueryVariables = Exact<{
  answers: Array<CheckAnswerInput> | CheckAnswerInput;
}>;


export type ProposeCategoryQuery = { department: { proposeResultCategory: { categoryCode: string, categoryName: string, reason: string } | null } | null };

export type DepartmentFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentFormsQuery = { department: { items: Array<{ code: string, name: string, checkForm: { version: number, points: Array<{ number: number, content: string, standard: string, legalBasis: string }> } | null }> } | null };

export type TeamMemberQueryVariables = Exact<{
  search: string;
}>;


export type TeamMemberQuery = { department: { inspectors: { edges: Array<{ node: { certificateNumber: string, name: string } }> } } | null };

export type TargetVisitLoadFieldsFragment = { uscc: string, name: string | null, excesses: Array<{ days: number, maxVisits: number, periodStart: string, periodEnd: string, visits: Array<{ departments: Array<string>, from: string, to: string, onDay: boolean, jointInspectionId: string | null, proposed: boolean }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ImportReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportReportFields on ImportReport {
  status
  dryRun
  rowsRead
  inserted
  updated
  unchanged
  clearedValues
  changeCount
  changes {
    row
    key
    action
    fields
    cleared
  }
  ignoredColumns
  errorCount
  errors {
    row
    column
    reason
  }
}
    `, {"fragmentName":"ImportReportFields"}) as unknown as TypedDocumentString<ImportReportFieldsFragment, unknown>;
export const DrawFieldsFragmentDoc = new TypedDocumentString(`
    fragment DrawFields on Draw {
  id
  seq
  planId
  periodKey
  commitment
  secret
  publicValue
  seed
  witnesses {
    name
    role
  }
  algorithm
  populationSize
  populationDigest
  strata {
    keyArea
    riskLevel
    creditClass
    population
    ratio
    quota
    drawn
  }
  taskCount
  prevHash
  hash
  createdBy
  createdAt
}
    `, {"fragmentName":"DrawFields"}) as unknown as TypedDocumentString<DrawFieldsFragment, unknown>;
export const DepartmentRecordFragmentDoc = new TypedDocumentString(`
    fragment DepartmentRecord on TargetRecord {
  inDirectory
  name
  kind
  address
  legalRepresentative
  phone
  industry
  region
  riskLevel
  creditClass
  tags
  status
  inspections {
    taskId
    source
    itemCodes
    dueStart
    dueEnd
    status
    inspectionDate
    categoryName
    findings
    publishedAt
    followUpState
    followUps {
      kind
      documentNumber
      date
      deadline
      rectified
    }
  }
}
    `, {"fragmentName":"DepartmentRecord"}) as unknown as TypedDocumentString<DepartmentRecordFragment, unknown>;
export const JointSummaryFragmentDoc = new TypedDocumentString(`
    fragment JointSummary on JointInspection {
  id
  lead
  departments
  windowStart
  windowEnd
  scheduledDate
  status
  proposalKey
  planEntryId
  usccs
  participants {
    department
    response
  }
}
    `, {"fragmentName":"JointSummary"}) as unknown as TypedDocumentString<JointSummaryFragment, unknown>;
export const PublicDepartmentListsFragmentDoc = new TypedDocumentString(`
    fragment PublicDepartmentLists on DepartmentQuery {
  name
  items {
    code
    name
    legalBasis
    method
    defaultRatio
    frequency
    keyArea
  }
  plans(year: $year) {
    id
    name
    itemCodes
    periodStart
    periodEnd
    ratios {
      creditClass
      ratio
    }
    cellRatios {
      riskLevel
      creditClass
      ratio
    }
    status
    publishedAt
    version
  }
}
    `, {"fragmentName":"PublicDepartmentLists"}) as unknown as TypedDocumentString<PublicDepartmentListsFragment, unknown>;
export const ItemCheckFormFragmentDoc = new TypedDocumentString(`
    fragment ItemCheckForm on InspectionItem {
  code
  name
  checkForm {
    version
    points {
      number
      content
      standard
      legalBasis
    }
  }
}
    `, {"fragmentName":"ItemCheckForm"}) as unknown as TypedDocumentString<ItemCheckFormFragment, unknown>;
export const CheckAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckAnswerFields on CheckPointAnswer {
  itemCode
  formVersion
  number
  content
  answer
  note
}
    `, {"fragmentName":"CheckAnswerFields"}) as unknown as TypedDocumentString<CheckAnswerFieldsFragment, unknown>;
export const TargetVisitLoadFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetVisitLoadFields on TargetVisitLoad {
  uscc
  name
  excesses {
    days
    maxVisits
    periodStart
    periodEnd
    visits {
      departments
      from
      to
      onDay
      jointInspectionId
      proposed
    }
  }
}
    `, {"fragmentName":"TargetVisitLoadFields"}) as unknown as TypedDocumentString<TargetVisitLoadFieldsFragment, unknown>;
export const DepartmentTargetsDocument = new TypedDocumentString(`
    query DepartmentTargets($filter: TargetFilter, $after: String, $first: Int) {
  department {
    code
    name
    creditClasses
    targets(filter: $filter, after: $after, first: $first) {
      totalCount
      totalCountExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          uscc
          name
          kind
          industry
          region
          riskLevel
          creditClass
          tags
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentTargetsQuery, DepartmentTargetsQueryVariables>;
export const DepartmentInspectorsDocument = new TypedDocumentString(`
    query DepartmentInspectors($filter: InspectorFilter, $after: String, $first: Int) {
  department {
    code
    name
    inspectors(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          certificateNumber
          name
          gender
          position
          unit
          expertise
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentInspectorsQuery, DepartmentInspectorsQueryVariables>;
export const DepartmentJobDocument = new TypedDocumentString(`
    query DepartmentJob($id: ID!) {
  department {
    job(id: $id) {
      id
      state
      done
      total
      step
      result
      error
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentJobQuery, DepartmentJobQueryVariables>;
export const DrawPlansDocument = new TypedDocumentString(`
    query DrawPlans($year: Int!) {
  department {
    code
    name
    plans(year: $year) {
      id
      name
      status
      periodStart
      periodEnd
    }
    draws {
      id
      seq
      planId
      periodKey
      createdAt
      taskCount
      populationSize
    }
  }
}
    `) as unknown as TypedDocumentString<DrawPlansQuery, DrawPlansQueryVariables>;
export const DrawRecordDocument = new TypedDocumentString(`
    query DrawRecord($id: ID!) {
  department {
    draw(id: $id) {
      ...DrawFields
    }
  }
}
    fragment DrawFields on Draw {
  id
  seq
  planId
  periodKey
  commitment
  secret
  publicValue
  seed
  witnesses {
    name
    role
  }
  algorithm
  populationSize
  populationDigest
  strata {
    keyArea
    riskLevel
    creditClass
    population
    ratio
    quota
    drawn
  }
  taskCount
  prevHash
  hash
  createdBy
  createdAt
}`) as unknown as TypedDocumentString<DrawRecordQuery, DrawRecordQueryVariables>;
export const CommitDrawSeedDocument = new TypedDocumentString(`
    mutation CommitDrawSeed($planId: ID!, $commitment: String!) {
  department {
    commitment: commitDrawSeed(planId: $planId, commitment: $commitment) {
      id
      periodKey
      commitment
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CommitDrawSeedMutation, CommitDrawSeedMutationVariables>;
export const DrawTargetsDocument = new TypedDocumentString(`
    mutation DrawTargets($input: DrawInput!) {
  department {
    draw: drawTargets(input: $input) {
      ...DrawFields
    }
  }
}
    fragment DrawFields on Draw {
  id
  seq
  planId
  periodKey
  commitment
  secret
  publicValue
  seed
  witnesses {
    name
    role
  }
  algorithm
  populationSize
  populationDigest
  strata {
    keyArea
    riskLevel
    creditClass
    population
    ratio
    quota
    drawn
  }
  taskCount
  prevHash
  hash
  createdBy
  createdAt
}`) as unknown as TypedDocumentString<DrawTargetsMutation, DrawTargetsMutationVariables>;
export const VerifyDrawDocument = new TypedDocumentString(`
    query VerifyDraw($id: ID!, $recheck: Boolean!) {
  department {
    verification: verifyDraw(id: $id, recheck: $recheck) {
      reproduces
      verifiedAt
      checks {
        name
        ok
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyDrawQuery, VerifyDrawQueryVariables>;
export const DrawOverlapsDocument = new TypedDocumentString(`
    query DrawOverlaps($department: String!, $drawId: ID!) {
  drawOverlaps(department: $department, drawId: $drawId) {
    strata {
      stratum
      drawn
      elsewhere
    }
  }
}
    `) as unknown as TypedDocumentString<DrawOverlapsQuery, DrawOverlapsQueryVariables>;
export const DrawnTargetsDocument = new TypedDocumentString(`
    query DrawnTargets($drawId: ID!, $after: String) {
  departments {
    code
    name
  }
  department {
    code
    tasks(drawId: $drawId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          uscc
          inspectors
          dueStart
          dueEnd
          target {
            name
            inspectionsThisYear {
              department
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DrawnTargetsQuery, DrawnTargetsQueryVariables>;
export const DepartmentPlansDocument = new TypedDocumentString(`
    query DepartmentPlans($year: Int!) {
  department {
    code
    name
    creditClasses
    ratioMin
    ratioMax
    items {
      code
      name
      legalBasis
      targetKind
      method
      defaultRatio
      frequency
      keyArea
      expertise
      checkForm {
        version
        createdBy
        createdAt
        points {
          number
          content
          standard
          legalBasis
        }
      }
    }
    plans(year: $year) {
      id
      year
      name
      itemCodes
      periodStart
      periodEnd
      ratios {
        creditClass
        ratio
      }
      cellRatios {
        riskLevel
        creditClass
        ratio
      }
      frequency
      status
      publishedAt
      version
      adjustments {
        id
        reason
        before
        after
        adjustedBy
        adjustedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentPlansQuery, DepartmentPlansQueryVariables>;
export const CreatePlanDocument = new TypedDocumentString(`
    mutation CreatePlan($input: PlanInput!, $key: String) {
  department {
    plan: createPlan(input: $input, idempotencyKey: $key) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdatePlanDocument = new TypedDocumentString(`
    mutation UpdatePlan($id: ID!, $input: PlanInput!) {
  department {
    plan: updatePlan(id: $id, input: $input) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const PublishPlanDocument = new TypedDocumentString(`
    mutation PublishPlan($id: ID!) {
  department {
    plan: publishPlan(id: $id) {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublishPlanMutation, PublishPlanMutationVariables>;
export const AdjustPlanDocument = new TypedDocumentString(`
    mutation AdjustPlan($id: ID!, $input: PlanInput!, $reason: String!) {
  department {
    plan: adjustPlan(id: $id, input: $input, reason: $reason) {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AdjustPlanMutation, AdjustPlanMutationVariables>;
export const UpsertItemDocument = new TypedDocumentString(`
    mutation UpsertItem($input: InspectionItemInput!) {
  department {
    item: upsertItem(input: $input) {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpsertItemMutation, UpsertItemMutationVariables>;
export const SaveCheckFormDocument = new TypedDocumentString(`
    mutation SaveCheckForm($itemCode: String!, $points: [CheckPointInput!]!) {
  department {
    form: saveCheckForm(itemCode: $itemCode, points: $points) {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SaveCheckFormMutation, SaveCheckFormMutationVariables>;
export const DepartmentTasksDocument = new TypedDocumentString(`
    query DepartmentTasks($status: TaskStatus, $source: TaskSource, $uscc: String, $after: String) {
  department {
    code
    name
    resultCategories {
      code
      name
    }
    items {
      ...ItemCheckForm
    }
    tasks(status: $status, source: $source, uscc: $uscc, after: $after, first: 50) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          uscc
          source
          status
          dueStart
          dueEnd
          inspectors
          itemCodes
          target {
            name
          }
          result {
            categoryName
            inspectionDate
            publishedAt
            followUpState
          }
          publicationDeadline {
            date
          }
        }
      }
    }
  }
}
    fragment ItemCheckForm on InspectionItem {
  code
  name
  checkForm {
    version
    points {
      number
      content
      standard
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<DepartmentTasksQuery, DepartmentTasksQueryVariables>;
export const RecordResultDocument = new TypedDocumentString(`
    mutation RecordResult($taskId: ID!, $input: ResultInput!) {
  department {
    task: recordResult(taskId: $taskId, input: $input) {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RecordResultMutation, RecordResultMutationVariables>;
export const PublishResultsDocument = new TypedDocumentString(`
    mutation PublishResults($taskIds: [ID!]!) {
  department {
    tasks: publishResults(taskIds: $taskIds) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PublishResultsMutation, PublishResultsMutationVariables>;
export const TaskDetailDocument = new TypedDocumentString(`
    query TaskDetail($id: ID!) {
  department {
    resultCategories {
      code
      name
    }
    items {
      ...ItemCheckForm
    }
    task(id: $id) {
      id
      uscc
      source
      status
      drawId
      dueStart
      dueEnd
      itemCodes
      inspectors
      note
      origin
      originReference
      target {
        name
      }
      replacements {
        leaving
        replacement
        reason
        changedBy
        changedAt
      }
      result {
        categoryName
        findings
        inspectionDate
        signers {
          name
          certificateNumber
        }
        evidence {
          id
          kind
          sha256
        }
        recordedBy
        recordedAt
        enteredLate
        publishedAt
        publicationDue
        publishedLate
        noticeEndsOn
        jointInspection {
          id
          lead
          departments
        }
        checkAnswers {
          ...CheckAnswerFields
        }
        followUpState
        nextFollowUpSteps
        followUps {
          kind
          date
          documentNumber
          deadline
          rectified
          receivingParty
          note
          recordedBy
          recordedAt
        }
      }
    }
  }
  departments {
    code
    name
  }
}
    fragment ItemCheckForm on InspectionItem {
  code
  name
  checkForm {
    version
    points {
      number
      content
      standard
      legalBasis
    }
  }
}
fragment CheckAnswerFields on CheckPointAnswer {
  itemCode
  formVersion
  number
  content
  answer
  note
}`) as unknown as TypedDocumentString<TaskDetailQuery, TaskDetailQueryVariables>;
export const ReplaceInspectorDocument = new TypedDocumentString(`
    mutation ReplaceInspector($taskId: ID!, $certificateNumber: String!, $reason: String!) {
  department {
    task: replaceInspector(
      taskId: $taskId
      certificateNumber: $certificateNumber
      reason: $reason
    ) {
      id
      inspectors
    }
  }
}
    `) as unknown as TypedDocumentString<ReplaceInspectorMutation, ReplaceInspectorMutationVariables>;
export const RecordFollowUpDocument = new TypedDocumentString(`
    mutation RecordFollowUp($taskId: ID!, $input: FollowUpInput!) {
  department {
    result: recordFollowUp(taskId: $taskId, input: $input) {
      taskId
      followUpState
    }
  }
}
    `) as unknown as TypedDocumentString<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const ResultAlertsDocument = new TypedDocumentString(`
    query ResultAlerts {
  department {
    resultAlerts(first: 200) {
      kind
      taskId
      uscc
      due
      provisional
    }
  }
}
    `) as unknown as TypedDocumentString<ResultAlertsQuery, ResultAlertsQueryVariables>;
export const ActiveInspectorsDocument = new TypedDocumentString(`
    query ActiveInspectors {
  department {
    inspectors(filter: {statuses: [ACTIVE]}, first: 500) {
      edges {
        node {
          certificateNumber
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActiveInspectorsQuery, ActiveInspectorsQueryVariables>;
export const AssignTaskTeamDocument = new TypedDocumentString(`
    mutation AssignTaskTeam($taskId: ID!, $inspectors: [String!]!) {
  department {
    assignTaskTeam(taskId: $taskId, inspectors: $inspectors) {
      id
      status
      inspectors
    }
  }
}
    `) as unknown as TypedDocumentString<AssignTaskTeamMutation, AssignTaskTeamMutationVariables>;
export const EnterpriseSearchDocument = new TypedDocumentString(`
    query EnterpriseSearch($search: String!) {
  departments {
    code
    name
  }
  searchTargets(search: $search, first: 50) {
    uscc
    name
    departments
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSearchQuery, EnterpriseSearchQueryVariables>;
export const EnterpriseDocument = new TypedDocumentString(`
    query Enterprise($uscc: String!, $year: Int) {
  departments {
    code
    name
  }
  target(uscc: $uscc) {
    uscc
    name
    departments
    inspectionsThisYear(year: $year) {
      department
      taskId
      source
      status
      itemCodes
      dueStart
      dueEnd
      categoryName
      inspectionDate
      publishedAt
      publicationDue
      publishedLate
      followUpState
    }
    jointRecords(first: 100) {
      jointId
      department
      categoryName
      findings
      departmentFindings
      recordedAt
      signatures {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseQuery, EnterpriseQueryVariables>;
export const JointPlanEntriesDocument = new TypedDocumentString(`
    query JointPlanEntries($year: Int!) {
  departments {
    code
    name
  }
  jointItems {
    code
    name
    lead
    departments
    departmentItems {
      department
      itemCodes
    }
    scope
  }
  jointPlan(year: $year) {
    version
    publishedAt
    dueDate
  }
  jointPlanEntries(year: $year) {
    id
    year
    lead
    departments
    jointItemCode
    name
    items
    scope
    periodStart
    periodEnd
    plannedTargets
    status
    submittedBy
    submittedAt
    submittedLate
    reviewNote
    reviewedBy
    reviewedAt
    jointInspections
    carriedOut
  }
}
    `) as unknown as TypedDocumentString<JointPlanEntriesQuery, JointPlanEntriesQueryVariables>;
export const SubmitJointPlanEntryDocument = new TypedDocumentString(`
    mutation SubmitJointPlanEntry($input: JointPlanEntryInput!) {
  submitJointPlanEntry(input: $input) {
    id
    submittedLate
  }
}
    `) as unknown as TypedDocumentString<SubmitJointPlanEntryMutation, SubmitJointPlanEntryMutationVariables>;
export const UpdateJointPlanEntryDocument = new TypedDocumentString(`
    mutation UpdateJointPlanEntry($id: ID!, $input: JointPlanEntryInput!) {
  updateJointPlanEntry(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateJointPlanEntryMutation, UpdateJointPlanEntryMutationVariables>;
export const ReviewJointPlanEntryDocument = new TypedDocumentString(`
    mutation ReviewJointPlanEntry($id: ID!, $accept: Boolean!, $note: String) {
  reviewJointPlanEntry(id: $id, accept: $accept, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewJointPlanEntryMutation, ReviewJointPlanEntryMutationVariables>;
export const PublishJointPlanDocument = new TypedDocumentString(`
    mutation PublishJointPlan($year: Int!) {
  publishJointPlan(year: $year) {
    version
    entryIds
  }
}
    `) as unknown as TypedDocumentString<PublishJointPlanMutation, PublishJointPlanMutationVariables>;
export const SaveJointItemDocument = new TypedDocumentString(`
    mutation SaveJointItem($input: JointItemInput!) {
  saveJointItem(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<SaveJointItemMutation, SaveJointItemMutationVariables>;
export const JointProposalsDocument = new TypedDocumentString(`
    query JointProposals($year: Int!) {
  departments {
    code
    name
  }
  jointInspectionProposals(year: $year) {
    key
    departments
    windowStart
    windowEnd
    targetCount
    visits {
      uscc
      inspectors
      duplicateItems
    }
  }
}
    `) as unknown as TypedDocumentString<JointProposalsQuery, JointProposalsQueryVariables>;
export const AcceptedPlanEntriesDocument = new TypedDocumentString(`
    query AcceptedPlanEntries($year: Int!) {
  jointPlanEntries(year: $year, status: ACCEPTED) {
    id
    name
    lead
    departments
  }
}
    `) as unknown as TypedDocumentString<AcceptedPlanEntriesQuery, AcceptedPlanEntriesQueryVariables>;
export const LaunchJointInspectionDocument = new TypedDocumentString(`
    mutation LaunchJointInspection($proposalKey: String!, $lead: String!, $planText: String!, $planEntryId: ID) {
  launchJointInspection(
    proposalKey: $proposalKey
    lead: $lead
    planText: $planText
    planEntryId: $planEntryId
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LaunchJointInspectionMutation, LaunchJointInspectionMutationVariables>;
export const JointBoardDocument = new TypedDocumentString(`
    query JointBoard($after: ID) {
  departments {
    code
    name
  }
  jointInspections(first: 500, after: $after) {
    ...JointSummary
  }
}
    fragment JointSummary on JointInspection {
  id
  lead
  departments
  windowStart
  windowEnd
  scheduledDate
  status
  proposalKey
  planEntryId
  usccs
  participants {
    department
    response
  }
}`) as unknown as TypedDocumentString<JointBoardQuery, JointBoardQueryVariables>;
export const JointDetailDocument = new TypedDocumentString(`
    query JointDetail($id: ID!) {
  departments {
    code
    name
  }
  jointInspection(id: $id) {
    ...JointSummary
    planText
    createdBy
    participants {
      department
      response
      reason
      respondedBy
      respondedAt
      inspectors
      teamSeed
      teamDraws
      teamRedrawReasons
    }
    history {
      fromStatus
      toStatus
      bySubject
      byDepartment
      note
      at
    }
    records {
      uscc
      department
      categoryName
      findings
      departmentFindings
      recordedAt
      departmentTaskId
      deliveredAt
      deliveryError
      signatures {
        name
        certificateNumber
      }
      checkAnswers {
        ...CheckAnswerFields
      }
    }
    visitWarnings {
      ...TargetVisitLoadFields
    }
  }
}
    fragment JointSummary on JointInspection {
  id
  lead
  departments
  windowStart
  windowEnd
  scheduledDate
  status
  proposalKey
  planEntryId
  usccs
  participants {
    department
    response
  }
}
fragment CheckAnswerFields on CheckPointAnswer {
  itemCode
  formVersion
  number
  content
  answer
  note
}
fragment TargetVisitLoadFields on TargetVisitLoad {
  uscc
  name
  excesses {
    days
    maxVisits
    periodStart
    periodEnd
    visits {
      departments
      from
      to
      onDay
      jointInspectionId
      proposed
    }
  }
}`) as unknown as TypedDocumentString<JointDetailQuery, JointDetailQueryVariables>;
export const JointVisitCheckDocument = new TypedDocumentString(`
    query JointVisitCheck($id: ID!, $date: String!) {
  jointInspection(id: $id) {
    id
    visitWarnings(date: $date) {
      ...TargetVisitLoadFields
    }
  }
}
    fragment TargetVisitLoadFields on TargetVisitLoad {
  uscc
  name
  excesses {
    days
    maxVisits
    periodStart
    periodEnd
    visits {
      departments
      from
      to
      onDay
      jointInspectionId
      proposed
    }
  }
}`) as unknown as TypedDocumentString<JointVisitCheckQuery, JointVisitCheckQueryVariables>;
export const RespondToJointDocument = new TypedDocumentString(`
    mutation RespondToJoint($id: ID!, $accept: Boolean!, $reason: String) {
  respondToJointInspection(id: $id, accept: $accept, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondToJointMutation, RespondToJointMutationVariables>;
export const DrawJointTeamDocument = new TypedDocumentString(`
    mutation DrawJointTeam($jointInspectionId: ID!, $usccs: [String!]!, $size: Int!, $publicValue: String!, $reason: String) {
  department {
    team: drawJointTeam(
      jointInspectionId: $jointInspectionId
      usccs: $usccs
      size: $size
      publicValue: $publicValue
      reason: $reason
    )
  }
}
    `) as unknown as TypedDocumentString<DrawJointTeamMutation, DrawJointTeamMutationVariables>;
export const SupplyJointInspectorsDocument = new TypedDocumentString(`
    mutation SupplyJointInspectors($id: ID!, $certificateNumbers: [String!]!) {
  supplyJointInspectors(id: $id, certificateNumbers: $certificateNumbers) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SupplyJointInspectorsMutation, SupplyJointInspectorsMutationVariables>;
export const ScheduleJointDocument = new TypedDocumentString(`
    mutation ScheduleJoint($id: ID!, $date: String!) {
  scheduleJointInspection(id: $id, date: $date) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ScheduleJointMutation, ScheduleJointMutationVariables>;
export const AdvanceJointDocument = new TypedDocumentString(`
    mutation AdvanceJoint($id: ID!, $status: String!, $note: String) {
  advanceJointInspection(id: $id, status: $status, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdvanceJointMutation, AdvanceJointMutationVariables>;
export const RecordJointDocument = new TypedDocumentString(`
    mutation RecordJoint($id: ID!, $findings: String!, $signatures: [SignatureInput!]!, $results: [JointResultInput!]!) {
  recordJointInspection(
    id: $id
    findings: $findings
    signatures: $signatures
    results: $results
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordJointMutation, RecordJointMutationVariables>;
export const JointResultCategoriesDocument = new TypedDocumentString(`
    query JointResultCategories {
  resultCategories {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<JointResultCategoriesQuery, JointResultCategoriesQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($year: Int!, $half: Int) {
  departments {
    code
    name
  }
  resultStatistics(year: $year, half: $half) {
    department
    period
    tasks
    plannedTasks
    planCompletion
    resultsRecorded
    publishedOnTime
    publishedLate
    overdue
    problemsFound
    problemDetectionRate
    jointShare
    byCategory {
      code
      name
      count
    }
    asOf
    stale
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const SyncStatusDocument = new TypedDocumentString(`
    query SyncStatus {
  syncStatus {
    department
    lastSuccessAt
    lastError
    stale
  }
}
    `) as unknown as TypedDocumentString<SyncStatusQuery, SyncStatusQueryVariables>;
export const DrawCoverageDocument = new TypedDocumentString(`
    query DrawCoverage($year: Int!) {
  department {
    drawCoverage(year: $year) {
      year
      draws
      inScope
      drawn
      coverage
      strata {
        keyArea
        riskLevel
        creditClass
        inScope
        drawn
        coverage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DrawCoverageQuery, DrawCoverageQueryVariables>;
export const VisitLoadStatisticsDocument = new TypedDocumentString(`
    query VisitLoadStatistics($year: Int!) {
  visitLoadStatistics(year: $year, first: 10) {
    targets
    limits {
      days
      maxVisits
      targets
    }
    byDepartment {
      department
      targets
    }
    worst {
      ...TargetVisitLoadFields
    }
  }
}
    fragment TargetVisitLoadFields on TargetVisitLoad {
  uscc
  name
  excesses {
    days
    maxVisits
    periodStart
    periodEnd
    visits {
      departments
      from
      to
      onDay
      jointInspectionId
      proposed
    }
  }
}`) as unknown as TypedDocumentString<VisitLoadStatisticsQuery, VisitLoadStatisticsQueryVariables>;
export const OverlapDocument = new TypedDocumentString(`
    query Overlap {
  departments {
    code
    name
  }
  departmentOverlap {
    a
    b
    targets
  }
}
    `) as unknown as TypedDocumentString<OverlapQuery, OverlapQueryVariables>;
export const JointLibraryDocument = new TypedDocumentString(`
    query JointLibrary($minDepartments: Int!, $after: String) {
  jointTargetLibrary(minDepartments: $minDepartments, first: 50, after: $after) {
    totalCount
    endCursor
    hasMore
    entries {
      uscc
      name
      departments
    }
  }
}
    `) as unknown as TypedDocumentString<JointLibraryQuery, JointLibraryQueryVariables>;
export const PublicDrawsDepartmentsDocument = new TypedDocumentString(`
    query PublicDrawsDepartments {
  departments {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PublicDrawsDepartmentsQuery, PublicDrawsDepartmentsQueryVariables>;
export const PublicDrawsDocument = new TypedDocumentString(`
    query PublicDraws($afterSeq: Int) {
  department {
    publicDraws(first: 50, afterSeq: $afterSeq) {
      draws {
        seq
        planId
        planName
        periodKey
        commitment
        secret
        publicValue
        seed
        witnesses {
          name
          role
        }
        params
        algorithm
        populationSize
        populationDigest
        poolDigest
        resultDigest
        strata {
          keyArea
          riskLevel
          creditClass
          population
          ratio
          quota
          drawn
        }
        drawn {
          code
          name
          stratum
        }
        createdBy
        createdAt
        prevHash
        hash
        contentJson
      }
      hasMore
      endSeq
    }
  }
}
    `) as unknown as TypedDocumentString<PublicDrawsQuery, PublicDrawsQueryVariables>;
export const PublicJointPlanDocument = new TypedDocumentString(`
    query PublicJointPlan($year: Int!) {
  departments {
    code
    name
  }
  jointItems {
    code
    name
    lead
    departments
    scope
  }
  jointPlan(year: $year) {
    year
    version
    publishedAt
    dueDate
    entries {
      id
      lead
      departments
      jointItemCode
      name
      items
      scope
      periodStart
      periodEnd
      plannedTargets
      jointInspections
      carriedOut
    }
  }
}
    `) as unknown as TypedDocumentString<PublicJointPlanQuery, PublicJointPlanQueryVariables>;
export const PublicPlansDepartmentsDocument = new TypedDocumentString(`
    query PublicPlansDepartments {
  departments {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PublicPlansDepartmentsQuery, PublicPlansDepartmentsQueryVariables>;
export const PublicResultsDocument = new TypedDocumentString(`
    query PublicResults($uscc: String, $name: String, $department: String, $categoryCode: String, $from: String, $to: String, $after: String) {
  publicResults(
    uscc: $uscc
    name: $name
    department: $department
    categoryCode: $categoryCode
    from: $from
    to: $to
    first: 20
    after: $after
  ) {
    results {
      department
      departmentName
      uscc
      targetName
      categoryCode
      categoryName
      inspectionDate
      publishedOn
      noticeEndsOn
      inNoticePeriod
      jointInspection {
        id
        leadName
        departmentNames
      }
    }
    endCursor
    hasMore
  }
}
    `) as unknown as TypedDocumentString<PublicResultsQuery, PublicResultsQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    code
    name
  }
  resultCategories {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const TodoDocument = new TypedDocumentString(`
    query Todo {
  departments {
    code
    name
  }
  todo {
    kind
    dueDate
    overdue
    count
    jointInspectionId
    planEntryId
    proposalKey
    year
    department
    taskIds
    detail
  }
}
    `) as unknown as TypedDocumentString<TodoQuery, TodoQueryVariables>;
export const MilestonesDocument = new TypedDocumentString(`
    query Milestones($year: Int) {
  department {
    milestones(year: $year) {
      kind
      name
      month
      dueDate
      state
      metOn
      done
      total
      reportedBy
      note
    }
  }
}
    `) as unknown as TypedDocumentString<MilestonesQuery, MilestonesQueryVariables>;
export const ReportMilestoneDocument = new TypedDocumentString(`
    mutation ReportMilestone($year: Int!, $kind: MilestoneKind!, $note: String) {
  department {
    reportMilestone(year: $year, kind: $kind, note: $note) {
      kind
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ReportMilestoneMutation, ReportMilestoneMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(first: 20) {
    id
    department
    kind
    text
    jointInspectionId
    planEntryId
    createdAt
    deliveries {
      receiver
      deliveredAt
      lastError
    }
  }
  webhookStatus {
    receiver
    delivered
    pending
    lastError
    oldestPendingSince
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const ProposeCategoryDocument = new TypedDocumentString(`
    query ProposeCategory($answers: [CheckAnswerInput!]!) {
  department {
    proposeResultCategory(answers: $answers) {
      categoryCode
      categoryName
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ProposeCategoryQuery, ProposeCategoryQueryVariables>;
export const DepartmentFormsDocument = new TypedDocumentString(`
    query DepartmentForms {
  department {
    items {
      ...ItemCheckForm
    }
  }
}
    fragment ItemCheckForm on InspectionItem {
  code
  name
  checkForm {
    version
    points {
      number
      content
      standard
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<DepartmentFormsQuery, DepartmentFormsQueryVariables>;
export const TeamMemberDocument = new TypedDocumentString(`
    query TeamMember($search: String!) {
  department {
    inspectors(filter: {search: $search}, first: 5) {
      edges {
        node {
          certificateNumber
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamMemberQuery, TeamMemberQueryVariables>;