/**
 * The office's own database. Departments stay the owners of their data; the office keeps an index
 * of every department's directory entries and tasks, pulled incrementally through the supergraph.
 */
import type { CheckAnswerValues, EvidenceRef, FollowUpState, JointPlanEntryStatus, JointStatus, NotificationKind, ProposalStatus, ResponseStatus, TaskSource, TaskStatus } from "@hub/schema";
import { auditLog, outboxColumns } from "@hub/kit";
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** Every change the office makes, who made it and when (全程留痕): the table every service shares. */
export { auditLog };

/** Which department's directory holds which USCC (round 1 of the four rounds of de-duplication). */
export const directoryEntries = pgTable(
  "directory_entries",
  {
    department: text("department").notNull(),
    uscc: text("uscc").notNull(),
    name: text("name").notNull(),
    status: text("status").notNull(),
    /** The code the public may see (a resident ID masked); the key `uscc` is then a pseudonym. */
    displayCode: text("display_code"),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.department, t.uscc] }),
    index("directory_entries_uscc_idx").on(t.uscc),
    // 一企一档's search box: "name contains" through the name's character pairs (hub_bigrams, migration 0008), "code starts with" by prefix.
    index("directory_entries_name_bigrams_idx").using("gin", sql`hub_bigrams(${t.name})`),
    index("directory_entries_uscc_prefix_idx").on(t.uscc.op("text_pattern_ops")),
  ],
);

/** Every department's inspection tasks, planned, ongoing and done. */
export const taskEntries = pgTable(
  "task_entries",
  {
    department: text("department").notNull(),
    taskId: integer("task_id").notNull(),
    uscc: text("uscc").notNull(),
    source: text("source").$type<TaskSource>().notNull(),
    status: text("status").$type<TaskStatus>().notNull(),
    itemCodes: text("item_codes").array().notNull().default(sql`'{}'::text[]`),
    inspectorCount: integer("inspector_count").notNull().default(0),
    dueStart: date("due_start").notNull(),
    dueEnd: date("due_end").notNull(),
    /** The result, once recorded: category code, inspection date; its publication and follow-up. */
    categoryCode: text("category_code"),
    inspectionDate: date("inspection_date"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** The publication deadline as the department computed it (window end + N working days). */
    publicationDue: date("publication_due"),
    publishedLate: boolean("published_late"),
    followUpState: text("follow_up_state").$type<FollowUpState>(),
    /** The joint inspection (联合抽查) the result was recorded in. */
    jointInspectionId: integer("joint_inspection_id"),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.department, t.taskId] }),
    index("task_entries_uscc_idx").on(t.uscc),
    index("task_entries_due_end_idx").on(t.dueEnd),
    index("task_entries_published_idx").on(t.publishedAt),
  ],
);

/** Per department: how far the office has read, and when it last succeeded or failed. */
export const syncState = pgTable("sync_state", {
  department: text("department").primaryKey(),
  directoryCursor: text("directory_cursor"),
  taskCursor: text("task_cursor"),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastError: text("last_error"),
});

/** 联合抽查: one joint inspection action — a lead department, responders, targets, one window. */
export const jointInspections = pgTable("joint_inspections", {
  id: serial("id").primaryKey(),
  lead: text("lead").notNull(),
  departments: text("departments").array().notNull(),
  windowStart: date("window_start").notNull(),
  windowEnd: date("window_end").notNull(),
  scheduledDate: date("scheduled_date"),
  status: text("status").$type<JointStatus>().notNull(),
  planText: text("plan_text").notNull(),
  /** The office proposal (round 2) this joint inspection was launched from, if any. */
  proposalKey: text("proposal_key"),
  /** The entry of the annual joint plan (年度联合抽查计划) it carries out, if any. */
  planEntryId: integer("plan_entry_id"),
  createdBy: text("created_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const jointTargets = pgTable(
  "joint_targets",
  { jointId: integer("joint_id").notNull(), uscc: text("uscc").notNull() },
  (t) => [primaryKey({ columns: [t.jointId, t.uscc] })],
);

/** Each department's written answer (响应部门书面意见) and the inspectors it supplies. */
export const jointParticipants = pgTable(
  "joint_participants",
  {
    jointId: integer("joint_id").notNull(),
    department: text("department").notNull(),
    response: text("response").$type<ResponseStatus>().notNull(),
    reason: text("reason"),
    respondedBy: text("responded_by"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    inspectors: text("inspectors").array().notNull().default(sql`'{}'::text[]`),
    /** The seed of the department's drawJointTeam that produced the supplied team. */
    teamSeed: text("team_seed"),
    /** How many times the department drew a team for this joint inspection (a re-draw is visible). */
    teamDraws: integer("team_draws").notNull().default(0),
    /** The reasons the department gave for each re-draw, oldest first. */
    teamRedrawReasons: text("team_redraw_reasons").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [primaryKey({ columns: [t.jointId, t.department] })],
);

/** Every state change, by whom and when. */
export const jointTransitions = pgTable("joint_transitions", {
  id: serial("id").primaryKey(),
  jointId: integer("joint_id").notNull(),
  fromStatus: text("from_status").$type<JointStatus>(),
  toStatus: text("to_status").$type<JointStatus>().notNull(),
  bySubject: text("by_subject").notNull(),
  byDepartment: text("by_department"),
  note: text("note"),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

/** 双随机抽查记录表: one per target, signed by every inspector, one copy per participating department. */
export const jointRecords = pgTable(
  "joint_records",
  {
    jointId: integer("joint_id").notNull(),
    uscc: text("uscc").notNull(),
    department: text("department").notNull(),
    signatures: jsonb("signatures").$type<{ name: string; certificateNumber: string }[]>().notNull(),
    findings: text("findings").notNull(),
    /** This department's result on the shared record (null on records made before results were per department). */
    categoryCode: text("category_code"),
    /** This department's own findings, where they differ from the shared text. */
    departmentFindings: text("department_findings"),
    /** References to this department's evidence of the result (the files stay with the department). */
    evidence: jsonb("evidence").$type<EvidenceRef[]>().notNull().default(sql`'[]'::jsonb`),
    /** 检查表: this department's answers, as checked against its forms when the record was signed. */
    checkAnswers: jsonb("check_answers").$type<CheckAnswerValues[]>().notNull().default(sql`'[]'::jsonb`),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Delivery to the department (联合抽查 counts as its own inspection): the task the result landed on
     * once it acknowledged; until then, attempts and the last error.
     */
    departmentTaskId: integer("department_task_id"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    deliveryAttempts: integer("delivery_attempts").notNull().default(0),
    deliveryError: text("delivery_error"),
  },
  (t) => [primaryKey({ columns: [t.jointId, t.uscc, t.department] }), index("joint_records_undelivered_idx").on(t.jointId, t.department).where(sql`${t.deliveredAt} is null`)],
);

/**
 * Round 2's proposals as last computed after a sync, one per action (departments + window), so that
 * they can be pushed to the departments involved and a change or withdrawal noticed.
 */
export const jointProposals = pgTable("joint_proposals", {
  /** `<year>|<departments>|<windowStart>|<windowEnd>`: stable while the action exists. */
  key: text("key").primaryKey(),
  year: integer("year").notNull(),
  departments: text("departments").array().notNull(),
  windowStart: date("window_start").notNull(),
  windowEnd: date("window_end").notNull(),
  targetCount: integer("target_count").notNull(),
  /** OPEN while the latest computation produces it, WITHDRAWN once it does not, ADOPTED once a joint inspection was launched from it. */
  status: text("status").$type<ProposalStatus>().notNull(),
  /** The joint inspection launched from it. */
  jointInspectionId: integer("joint_inspection_id"),
  firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What each department has been told of each proposal; a difference is a push still to make. */
export const proposalDeliveries = pgTable(
  "proposal_deliveries",
  {
    key: text("key").notNull(),
    department: text("department").notNull(),
    /** The status and target count last acknowledged by the department (null: never). */
    deliveredStatus: text("delivered_status").$type<ProposalStatus>(),
    deliveredTargetCount: integer("delivered_target_count"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [primaryKey({ columns: [t.key, t.department] })],
);

/** 跨部门联合抽查事项清单 (一业一查): what departments inspect together, with the lead and each one's own items. */
export const jointItems = pgTable("joint_items", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  lead: text("lead").notNull(),
  /** Every department of the item, the lead first. */
  departments: text("departments").array().notNull(),
  /** Each department's own inspection items for it, by department code. */
  departmentItems: jsonb("department_items").$type<Record<string, string[]>>().notNull(),
  scope: text("scope").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An entry of a year's joint plan (年度联合抽查计划), submitted by its lead department and reviewed by the office. */
export const jointPlanEntries = pgTable(
  "joint_plan_entries",
  {
    id: serial("id").primaryKey(),
    year: integer("year").notNull(),
    lead: text("lead").notNull(),
    /** Every department of the entry, the lead first. */
    departments: text("departments").array().notNull(),
    jointItemCode: text("joint_item_code"),
    name: text("name").notNull(),
    items: text("items").notNull(),
    scope: text("scope").notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    plannedTargets: integer("planned_targets"),
    status: text("status").$type<JointPlanEntryStatus>().notNull(),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    /** Submitted after the year's due day (the office still reviews it). */
    submittedLate: boolean("submitted_late").notNull(),
    reviewNote: text("review_note"),
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [index("joint_plan_entries_year_idx").on(t.year)],
);

/** A year's joint plan as published: which accepted entries, in which version. */
export const jointPlans = pgTable("joint_plans", {
  year: integer("year").primaryKey(),
  version: integer("version").notNull(),
  entryIds: integer("entry_ids").array().notNull(),
  publishedBy: text("published_by").notNull(),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
});

/** 消息通知: what the office told a department, kept for the web app. */
export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    department: text("department").notNull(),
    kind: text("kind").$type<NotificationKind>().notNull(),
    /** The sentence a person reads. */
    text: text("text").notNull(),
    jointInspectionId: integer("joint_inspection_id"),
    proposalKey: text("proposal_key"),
    planEntryId: integer("plan_entry_id"),
    bySubject: text("by_subject"),
    byDepartment: text("by_department"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("notifications_department_idx").on(t.department, t.id)],
);

/** Each notification for each of its department's webhooks, until acknowledged (the hub's outbox, @hub/kit). */
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: serial("id").primaryKey(),
    notificationId: integer("notification_id").notNull(),
    /** receiver: `<department>:<webhook name>` */
    ...outboxColumns(),
  },
  (t) => [uniqueIndex("notification_outbox_uq").on(t.notificationId, t.receiver), index("notification_outbox_due_idx").on(t.deliveredAt, t.nextAttemptAt)],
);

export const officeSchema = { auditLog, notifications, notificationOutbox, jointProposals, proposalDeliveries, directoryEntries, taskEntries, syncState, jointInspections, jointTargets, jointParticipants, jointTransitions, jointRecords, jointItems, jointPlanEntries, jointPlans };
export type OfficeSchema = typeof officeSchema;

export type TaskEntryRow = typeof taskEntries.$inferSelect;
export type JointInspectionRow = typeof jointInspections.$inferSelect;
export type JointParticipantRow = typeof jointParticipants.$inferSelect;
export type JointRecordRow = typeof jointRecords.$inferSelect;
export type JointProposalRow = typeof jointProposals.$inferSelect;
export type JointItemRow = typeof jointItems.$inferSelect;
export type JointPlanEntryRow = typeof jointPlanEntries.$inferSelect;
export type JointPlanRow = typeof jointPlans.$inferSelect;
