/**
 * 消息通知: what the office tells a department without being asked — a proposal naming it, an
 * invitation, an answer, a team, a day, a record, a plan entry reviewed. Each is kept for the web
 * app and, where the department configured webhooks, pushed to them through the outbox.
 */
export enum NotificationKind {
  /** 联合抽查建议: a round-2 proposal names the department (first seen). */
  JOINT_PROPOSAL_RECEIVED = "JOINT_PROPOSAL_RECEIVED",
  /** 邀请: a joint inspection names the department as a responder. */
  JOINT_INVITATION = "JOINT_INVITATION",
  /** To the lead: a responder accepted. */
  JOINT_ACCEPTED = "JOINT_ACCEPTED",
  /** To the lead: a responder declined, with its reason. */
  JOINT_DECLINED = "JOINT_DECLINED",
  /** To the lead: a department supplied its team. */
  JOINT_TEAM_SUPPLIED = "JOINT_TEAM_SUPPLIED",
  /** To the responders: the lead set the day. */
  JOINT_SCHEDULED = "JOINT_SCHEDULED",
  /** To the responders: the record is signed in; results follow. */
  JOINT_RECORDED = "JOINT_RECORDED",
  /** To the responders: the lead cancelled. */
  JOINT_CANCELLED = "JOINT_CANCELLED",
  /** To the lead: the office accepted its joint plan entry. */
  JOINT_PLAN_ENTRY_ACCEPTED = "JOINT_PLAN_ENTRY_ACCEPTED",
  /** To the lead: the office returned its joint plan entry, with the reason. */
  JOINT_PLAN_ENTRY_RETURNED = "JOINT_PLAN_ENTRY_RETURNED",
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/** A department's webhook: where the office POSTs its notifications, signed with the secret in the environment variable named. */
export interface Webhook {
  /** Short name, unique within the department. */
  name: string;
  url: string;
  /** The environment variable holding the signing secret (secrets come from the platform, not this file). */
  secretEnv?: string;
  /** Only these kinds; every kind when absent. */
  events?: NotificationKind[];
}
