/**
 * The contract between the office and the departments: the statuses and shapes that cross from a
 * department's subgraph to the office's index (through the gateway) and back. Defined once here;
 * the department's GraphQL types publish them, the office's typed documents read them.
 */

import type { CheckAnswer } from "./enums.js";

/** Where an inspection task came from. */
export enum TaskSource {
  /** 双随机: drawn from an annual plan. */
  DRAW = "DRAW",
  /** 投诉举报 */
  COMPLAINT = "COMPLAINT",
  /** 转办交办 */
  REFERRAL = "REFERRAL",
  /** 检测监测 */
  MONITORING = "MONITORING",
  /** 联合抽查: made when a joint inspection's result reaches a department without a task of its own for that target and day. */
  JOINT = "JOINT",
  /** 上级下发: handed down by a higher platform (省级、国家平台), with its origin and deadline. */
  UPPER_LEVEL = "UPPER_LEVEL",
}

/** An inspection task's progress: DRAWN → ASSIGNED → INSPECTING → DONE (a recorded result makes it DONE). */
export enum TaskStatus {
  DRAWN = "DRAWN",
  ASSIGNED = "ASSIGNED",
  INSPECTING = "INSPECTING",
  DONE = "DONE",
}

/** 后续处置: where a result's follow-up stands. */
export enum FollowUpState {
  /** A problem was found and nothing has been done about it yet. */
  OPEN = "OPEN",
  /** 责令改正: a rectification order runs until its deadline. */
  RECTIFYING = "RECTIFYING",
  /** 复查: re-inspected and found rectified. */
  REINSPECTED = "REINSPECTED",
  /** 复查: re-inspected and found not rectified. */
  NOT_RECTIFIED = "NOT_RECTIFIED",
  /** 移交: handed to the authority with jurisdiction. */
  TRANSFERRED = "TRANSFERRED",
  /** 移送司法: referred to the judiciary. */
  REFERRED_TO_JUDICIARY = "REFERRED_TO_JUDICIARY",
  CLOSED = "CLOSED",
}

/** 后续处置 steps: 责令改正, 复查, 移交, 移送司法, 结案. */
export enum FollowUpKind {
  RECTIFICATION_ORDER = "RECTIFICATION_ORDER",
  REINSPECTION = "REINSPECTION",
  TRANSFER = "TRANSFER",
  JUDICIAL_REFERRAL = "JUDICIAL_REFERRAL",
  CLOSE = "CLOSE",
}

/** A joint inspection proposal's status, as the office keeps it and pushes it to the departments. */
export enum ProposalStatus {
  /** The latest computation produces it. */
  OPEN = "OPEN",
  /** No longer produced (the departments inspected separately, or their tasks changed). */
  WITHDRAWN = "WITHDRAWN",
  /** A joint inspection was launched from it. */
  ADOPTED = "ADOPTED",
}

export const PROPOSAL_STATUSES = Object.values(ProposalStatus);

/**
 * A joint inspection's state (联合抽查): PROPOSED → CONSULTED → SCHEDULED → IN_PROGRESS → RECORDED →
 * CLOSED, or DECLINED (every responder declined) / CANCELLED (by the lead).
 */
/** An entry of the annual joint plan: submitted by its lead, accepted or returned by the office. */
export enum JointPlanEntryStatus {
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  RETURNED = "RETURNED",
}

export enum JointStatus {
  PROPOSED = "PROPOSED",
  CONSULTED = "CONSULTED",
  SCHEDULED = "SCHEDULED",
  IN_PROGRESS = "IN_PROGRESS",
  RECORDED = "RECORDED",
  CLOSED = "CLOSED",
  DECLINED = "DECLINED",
  CANCELLED = "CANCELLED",
}

/** A participating department's written answer to a joint inspection (响应部门书面意见). */
export enum ResponseStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
}

/** A directory entry as the office's sync reads it (no personal data beyond what the index needs). */
export interface DirectoryEntryShape {
  uscc: string;
  name: string;
  status: string;
  /** What the public may be shown: the USCC, or an individual's resident ID masked. */
  displayCode: string;
}

/** A changed task as the office's index keeps it: the task, its result and follow-up in plain fields. */
export interface TaskChangeShape {
  id: number;
  uscc: string;
  source: TaskSource;
  status: TaskStatus;
  itemCodes: string[];
  inspectorCount: number;
  dueStart: string;
  dueEnd: string;
  publicationDue: string;
  categoryCode: string | null;
  inspectionDate: string | null;
  publishedAt: Date | null;
  publishedLate: boolean | null;
  followUpState: FollowUpState | null;
  /** The joint inspection (联合抽查) the result was recorded in, if it was. */
  jointInspectionId: number | null;
}

/**
 * One joint inspection's results for one department, as the office delivers them once the record is
 * signed (联合抽查 counts as each department's own inspection); idempotent by joint inspection and target.
 */
export interface JointResultDeliveryShape {
  jointInspectionId: number;
  lead: string;
  /** Every department that took part (the lead first). */
  departments: string[];
  inspectionDate: string;
  recordedBy: string;
  recordedAt: Date;
  /** The department's own inspection items for this joint inspection (its plan entry's joint item), if any. */
  itemCodes?: string[];
  results: {
    uscc: string;
    categoryCode: string;
    findings: string;
    signers: { name: string; certificateNumber: string }[];
    evidence: { id: string; kind: string; sha256: string }[];
    /** 检查表: this department's answers, checked against its forms when the record was signed; the department fills in each point's content from the version named. */
    checkAnswers?: { itemCode: string; formVersion: number; number: number; answer: CheckAnswer; note: string }[];
  }[];
}

/** A joint inspection proposal as the office pushes it to each department involved. */
export interface ProposalNoticeShape {
  /** `<year>|<departments>|<windowStart>|<windowEnd>` */
  key: string;
  year: number;
  departments: string[];
  windowStart: string;
  windowEnd: string;
  targetCount: number;
  status: ProposalStatus;
}

/** A joint inspection team a department drew, as the office checks a supplied team against it. */
export interface TeamDrawShape {
  seed: string;
  team: string[];
  reason: string | null;
}
