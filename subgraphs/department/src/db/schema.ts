/**
 * A department's own database, one table group per feature:
 *   directory   targets, inspectors (一单两库's two directories)
 *   plans       inspection_items (the item list), plans, plan_adjustments
 *   draws       draw_commitments, draws, draw_snapshots, joint_team_draws
 *   tasks       tasks, task_inspector_changes (递补)
 *   results     task_results, task_follow_ups, publication_outbox
 *   proposals   joint_proposal_inbox
 *   milestones  milestone_reports
 *   every write audit_log; retries idempotency_keys
 * Status columns carry their enums' types; the values are the enums' strings.
 */
import type { CheckAnswerValues, FollowUpKind, Gender, IdentifierKind, InspectionMethod, InspectorStatus, MilestoneKind, PlanStatus, ProposalStatus, RiskLevel, TargetKind, TargetStatus, TaskSource, TaskStatus } from "@hub/schema";
import { auditLog, outboxColumns } from "@hub/kit";
import { sql } from "drizzle-orm";
import type { DrawRecordParams, DrawResult } from "../modules/draws/algorithm.js";
import type { CheckPointValues } from "../modules/check-forms/rules.js";
import {
  bigint,
  boolean,
  customType,
  uniqueIndex,
  uuid,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** 随机抽查事项清单 — what may be inspected, on what basis, how, and how often. */
export const inspectionItems = pgTable("inspection_items", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  legalBasis: text("legal_basis").notNull(),
  targetKind: text("target_kind").$type<TargetKind>().notNull(),
  method: text("method").$type<InspectionMethod>().notNull(),
  /** Default sampling ratio, 0–1. */
  defaultRatio: doublePrecision("default_ratio").notNull(),
  /** Times a target may be inspected for this item per year. */
  frequency: integer("frequency").notNull().default(1),
  /** Key area (重点领域): sampled at 100%. */
  keyArea: boolean("key_area").notNull().default(false),
  /** Expertise an inspector needs for this item (matched against inspector expertise tags). */
  expertise: text("expertise").array().notNull().default(sql`'{}'::text[]`),
  /** Scope: GB/T 4754 industry code prefixes the item applies to; empty = every industry. */
  industries: text("industries").array().notNull().default(sql`'{}'::text[]`),
  /** Scope: GB/T 2260 region code prefixes; empty = every region. */
  regions: text("regions").array().notNull().default(sql`'{}'::text[]`),
  /** Scope: targets carrying any of these tags; empty = any target. */
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  ...timestamps,
});

/**
 * 检查表 (一张表格管检查, 抽查细则): an item's check form, versioned — saving a form adds a version, and
 * a result keeps the version it was recorded against.
 */
export const checkForms = pgTable(
  "check_forms",
  {
    id: serial("id").primaryKey(),
    itemCode: text("item_code").notNull(),
    version: integer("version").notNull(),
    points: jsonb("points").$type<CheckPointValues[]>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("check_forms_item_version_uq").on(t.itemCode, t.version)],
);

/** 检查对象名录库 — keyed by USCC (or the operator's resident ID for individual businesses). */
export const targets = pgTable(
  "targets",
  {
    uscc: text("uscc").primaryKey(),
    /** USCC, or RESIDENT_ID for an individual business keyed by its operator's ID (masked for others). */
    idKind: text("id_kind").$type<IdentifierKind>().notNull().default("USCC"),
    name: text("name").notNull(),
    kind: text("kind").$type<TargetKind>().notNull(),
    address: text("address"),
    legalRepresentative: text("legal_representative"),
    phone: text("phone"),
    /** GB/T 4754 industry code. */
    industry: text("industry"),
    /** GB/T 2260 region code. */
    region: text("region"),
    riskLevel: text("risk_level").$type<RiskLevel>().notNull(),
    creditClass: text("credit_class").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    status: text("status").$type<TargetStatus>().notNull(),
    /**
     * For a RESIDENT_ID key: the keyed pseudonym the office and other departments know the target by
     * (kit `pseudonymOf`); filled when the row is written and at start for rows written without it.
     */
    pseudonym: text("pseudonym"),
    /** Transaction that last wrote the row (set by a trigger): the office's incremental sync cursor. */
    changeTxid: bigint("change_txid", { mode: "number" }).notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("targets_change_idx").on(t.changeTxid, t.uscc),
    index("targets_credit_idx").on(t.creditClass),
    index("targets_risk_idx").on(t.riskLevel),
    // Industry and region filters are code prefixes (LIKE 'C39%'): text_pattern_ops serves them under any collation.
    index("targets_industry_prefix_idx").on(t.industry.op("text_pattern_ops")),
    index("targets_region_prefix_idx").on(t.region.op("text_pattern_ops")),
    index("targets_tags_idx").using("gin", t.tags),
    // The search box: "name contains" through the name's character pairs (hub_bigrams, migration
    // 0014), "USCC starts with" through a prefix index.
    index("targets_name_bigrams_idx").using("gin", sql`hub_bigrams(${t.name})`),
    index("targets_uscc_prefix_idx").on(t.uscc.op("text_pattern_ops")),
    uniqueIndex("targets_pseudonym_idx").on(t.pseudonym).where(sql`${t.pseudonym} is not null`),
    // what the start-up fill looks for, without reading the directory
    index("targets_pseudonym_missing_idx").on(t.uscc).where(sql`${t.idKind} = 'RESIDENT_ID' and ${t.pseudonym} is null`),
  ],
);

/** 检查人员名录库 — keyed by the law-enforcement certificate number (执法证号). */
export const inspectors = pgTable("inspectors", {
  id: serial("id").primaryKey(),
  certificateNumber: text("certificate_number").notNull().unique(),
  name: text("name").notNull(),
  gender: text("gender").$type<Gender>(),
  position: text("position"),
  unit: text("unit"),
  expertise: text("expertise").array().notNull().default(sql`'{}'::text[]`),
  status: text("status").$type<InspectorStatus>().notNull(),
  /** USCCs the inspector has declared a conflict of interest with (回避). */
  conflicts: text("conflicts").array().notNull().default(sql`'{}'::text[]`),
  ...timestamps,
});

/** 年度抽查计划 */
export const plans = pgTable(
  "plans",
  {
    id: serial("id").primaryKey(),
    year: integer("year").notNull(),
    name: text("name").notNull(),
    itemCodes: text("item_codes").array().notNull(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    /** Sampling ratio per credit class, e.g. {"A":0.02,"B":0.04,"C":0.1,"D":1}. */
    ratios: jsonb("ratios").$type<Record<string, number>>().notNull(),
    /** Ratios per (risk level, credit class) cell in place of the class's, e.g. {"HIGH|D":0.5}. */
    cellRatios: jsonb("cell_ratios").$type<Record<string, number>>().notNull().default({}),
    frequency: integer("frequency").notNull().default(1),
    status: text("status").$type<PlanStatus>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Bumped by every recorded adjustment after publication. */
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("plans_year_idx").on(t.year)],
);

/** A published plan's change, with the reason and both versions (计划调整). */
// No foreign key: drizzle-kit qualifies references with "public", which breaks the schema-per-
// department layout on PostgreSQL; adjustments are only written in the transaction that changes the plan.
export const planAdjustments = pgTable(
  "plan_adjustments",
  {
  id: serial("id").primaryKey(),
  planId: integer("plan_id").notNull(),
  reason: text("reason").notNull(),
  before: jsonb("before").notNull(),
  after: jsonb("after").notNull(),
  adjustedBy: text("adjusted_by").notNull(),
  adjustedAt: timestamp("adjusted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_adjustments_plan_idx").on(t.planId)],
);

/** Every mutation, who did it, when, and what it touched (全程留痕): the table every service shares. */
export { auditLog };

/** Results of create mutations by idempotency key, so that a retried request returns the same thing. */
export const idempotencyKeys = pgTable("idempotency_keys", {
  key: text("key").primaryKey(),
  operation: text("operation").notNull(),
  resultId: text("result_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => Buffer.from(v),
});

/** An uploaded directory file waiting for its import job (deleted once imported). */
export const importFiles = pgTable("import_files", {
  id: uuid("id").primaryKey().defaultRandom(),
  bytes: bytea("bytes").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A large uploaded file in parts of a few MB, in order (its import_files row then holds no bytes). */
export const importFileParts = pgTable(
  "import_file_parts",
  {
    fileId: uuid("file_id").notNull().references(() => importFiles.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);

/** A commitment to a secret, published before a draw (commit–reveal). */
export const drawCommitments = pgTable("draw_commitments", {
  id: serial("id").primaryKey(),
  planId: integer("plan_id").notNull(),
  /** The plan period the draw will cover (null on commitments made before periods were named). */
  periodKey: text("period_key"),
  /** SHA-256 (hex) of the secret revealed at the draw. */
  commitment: text("commitment").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  usedByDraw: integer("used_by_draw"),
});

/**
 * 抽取记录: one draw, with everything needed to re-run it. Append-only (a trigger refuses UPDATE
 * and DELETE) and hash-chained per department: `hash` covers the record and `prevHash`.
 */
export const draws = pgTable(
  "draws",
  {
    id: serial("id").primaryKey(),
    /** Position in the department's chain, from 1. */
    seq: integer("seq").notNull(),
    planId: integer("plan_id").notNull(),
    /** The plan period this draw covers, e.g. "2026" or "2026-H2"; one draw per plan period. */
    periodKey: text("period_key").notNull(),
    idempotencyKey: text("idempotency_key"),
    commitmentId: integer("commitment_id").notNull(),
    commitment: text("commitment").notNull(),
    secret: text("secret").notNull(),
    publicValue: text("public_value").notNull(),
    seed: text("seed").notNull(),
    witnesses: jsonb("witnesses").$type<{ name: string; role: string }[]>().notNull(),
    params: jsonb("params").$type<DrawRecordParams>().notNull(),
    algorithm: text("algorithm").notNull(),
    populationDigest: text("population_digest").notNull(),
    populationSize: integer("population_size").notNull(),
    poolDigest: text("pool_digest").notNull(),
    result: jsonb("result").$type<DrawResult>().notNull(),
    resultDigest: text("result_digest").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("draws_plan_period_uq").on(t.planId, t.periodKey),
    uniqueIndex("draws_seq_uq").on(t.seq),
    uniqueIndex("draws_idempotency_uq").on(t.idempotencyKey),
  ],
);

/** The eligible population and inspector pool of a draw, gzip-compressed JSON, for re-checking. */
export const drawSnapshots = pgTable("draw_snapshots", {
  drawId: integer("draw_id").primaryKey(),
  population: bytea("population").notNull(),
  pool: bytea("pool").notNull(),
});

/**
 * Verdicts of re-running a draw from its record. A draw record never changes, so its verdict is
 * kept while what it was computed from is unchanged; a re-check on demand adds a row.
 */
export const drawVerifications = pgTable(
  "draw_verifications",
  {
    id: serial("id").primaryKey(),
    drawId: integer("draw_id").notNull(),
    /** SHA-256 over what the re-run reads (the record, its hash, result and snapshots): a verdict holds while this is unchanged. */
    inputDigest: text("input_digest").notNull(),
    reproduces: boolean("reproduces").notNull(),
    checks: jsonb("checks").$type<{ name: string; ok: boolean; detail: string }[]>().notNull(),
    verifiedBy: text("verified_by").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("draw_verifications_draw_idx").on(t.drawId, t.id)],
);

/** 检查任务: one target, the item(s), the team, the due window. */
export const tasks = pgTable(
  "tasks",
  {
    id: serial("id").primaryKey(),
    /** DRAW, or COMPLAINT (投诉举报), REFERRAL (转办交办), MONITORING (检测监测). */
    source: text("source").$type<TaskSource>().notNull(),
    drawId: integer("draw_id"),
    planId: integer("plan_id"),
    uscc: text("uscc").notNull(),
    itemCodes: text("item_codes").array().notNull(),
    inspectors: text("inspectors").array().notNull(),
    dueStart: date("due_start").notNull(),
    dueEnd: date("due_end").notNull(),
    /** DRAWN → ASSIGNED → INSPECTING → DONE */
    status: text("status").$type<TaskStatus>().notNull(),
    note: text("note"),
    /** Round 4 (第四轮融合): tasks on one target merged into one visit share the visit's id (its first task's id). */
    visitId: integer("visit_id"),
    /** 上级下发: the higher platform that handed the task down, and its own reference for it. */
    origin: text("origin"),
    originReference: text("origin_reference"),
    /** Transaction that last wrote the row (set by a trigger): the office's incremental sync cursor. */
    changeTxid: bigint("change_txid", { mode: "number" }).notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("tasks_change_idx").on(t.changeTxid, t.id), index("tasks_uscc_idx").on(t.uscc), index("tasks_draw_idx").on(t.drawId), index("tasks_due_idx").on(t.dueEnd),
    // a task handed down twice is the same task
    uniqueIndex("tasks_origin_uq").on(t.origin, t.originReference).where(sql`${t.origin} is not null`),
  ],
);

/** 递补: who left a task's team, who replaced them, why, when and by whom. */
export const taskInspectorChanges = pgTable(
  "task_inspector_changes",
  {
    id: serial("id").primaryKey(),
    taskId: integer("task_id").notNull(),
    leaving: text("leaving").notNull(),
    replacement: text("replacement").notNull(),
    reason: text("reason").notNull(),
    changedBy: text("changed_by").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_inspector_changes_task_idx").on(t.taskId)],
);

/** 检查结果: a task's result, its signers and evidence, and whether it was entered in time. */
export const taskResults = pgTable(
  "task_results",
  {
  taskId: integer("task_id").primaryKey(),
  categoryCode: text("category_code").notNull(),
  findings: text("findings").notNull(),
  inspectionDate: date("inspection_date").notNull(),
  signers: jsonb("signers").$type<{ name: string; certificateNumber: string }[]>().notNull(),
  evidence: jsonb("evidence").$type<{ id: string; kind: string; sha256: string }[]>().notNull(),
  /** Last day for entering the result (inspection date + N working days). */
  entryDue: date("entry_due").notNull(),
  entryDueProvisional: boolean("entry_due_provisional").notNull(),
  enteredLate: boolean("entered_late").notNull(),
  recordedBy: text("recorded_by").notNull(),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  /** 公示: when the result was made public, and the deadline it was held to. */
  publishedAt: timestamp("published_at", { withTimezone: true }),
  publicationDue: date("publication_due"),
  publishedLate: boolean("published_late"),
  /** 联合抽查: the joint inspection this result was recorded in (delivered by the office), its lead and departments. */
  jointInspectionId: integer("joint_inspection_id"),
  jointLead: text("joint_lead"),
  jointDepartments: text("joint_departments").array(),
  /** 检查要点: the answer per check point of the items' forms, with the form version answered. */
  checkAnswers: jsonb("check_answers").$type<CheckAnswerValues[]>().notNull().default([]),
  },
  (t) => [index("task_results_published_idx").on(t.publishedAt), index("task_results_joint_idx").on(t.jointInspectionId).where(sql`${t.jointInspectionId} is not null`)],
);

/** 后续处置: each follow-up step of a result (rectification order, re-inspection, transfer, referral, close). */
export const taskFollowUps = pgTable(
  "task_follow_ups",
  {
    id: serial("id").primaryKey(),
    taskId: integer("task_id").notNull(),
    kind: text("kind").$type<FollowUpKind>().notNull(),
    documentNumber: text("document_number"),
    date: date("date").notNull(),
    deadline: date("deadline"),
    rectified: boolean("rectified"),
    receivingParty: text("receiving_party"),
    note: text("note"),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_follow_ups_task_idx").on(t.taskId, t.id)],
);

/**
 * 推送 outbox: one row per published result and receiver, written in the publishing transaction and
 * delivered until the receiver acknowledges (2xx). `key` is sent as Idempotency-Key.
 */
export const publicationOutbox = pgTable(
  "publication_outbox",
  {
    id: serial("id").primaryKey(),
    /** What is pushed: results (the task's), items, plans — 一单两库一计划一结果. */
    kind: text("kind").notNull().default("results"),
    /** The result's task, for results. */
    taskId: integer("task_id"),
    /** The item's code or the plan's id, for the others. */
    ref: text("ref"),
    ...outboxColumns(),
  },
  (t) => [uniqueIndex("publication_outbox_key_uq").on(t.key), index("publication_outbox_due_idx").on(t.deliveredAt, t.nextAttemptAt)],
);

/**
 * A joint inspection team drawn by this department (drawJointTeam): every draw is kept, so that the
 * office can check the supplied team is the drawn one, and a re-draw is visible.
 */
export const jointTeamDraws = pgTable(
  "joint_team_draws",
  {
    id: serial("id").primaryKey(),
    jointInspectionId: text("joint_inspection_id").notNull(),
    usccs: text("usccs").array().notNull(),
    size: integer("size").notNull(),
    publicValue: text("public_value").notNull(),
    seed: text("seed").notNull(),
    team: text("team").array().notNull(),
    /** Why the team was drawn again (required for every draw after the first). */
    reason: text("reason"),
    drawnBy: text("drawn_by").notNull(),
    drawnAt: timestamp("drawn_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("joint_team_draws_joint_idx").on(t.jointInspectionId, t.id)],
);

/** 联合抽查建议: joint inspection proposals the office pushed to this department (a notice; details stay in the office). */
export const jointProposalInbox = pgTable("joint_proposal_inbox", {
  key: text("key").primaryKey(),
  year: integer("year").notNull(),
  departments: text("departments").array().notNull(),
  windowStart: date("window_start").notNull(),
  windowEnd: date("window_end").notNull(),
  targetCount: integer("target_count").notNull(),
  status: text("status").$type<ProposalStatus>().notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 信用风险分类的变更: every change of a target's credit class, written by a trigger on targets (so no
 * path escapes it) and attributed by the service that made it (source, reference, who, when).
 */
export const creditClassChanges = pgTable(
  "credit_class_changes",
  {
    id: serial("id").primaryKey(),
    uscc: text("uscc").notNull(),
    fromClass: text("from_class"),
    toClass: text("to_class").notNull(),
    /** DIRECTORY (edited), IMPORT (a directory file), CREDIT_SYSTEM (the credit system's feed or file), MIGRATION (as found). */
    source: text("source").notNull().default("DIRECTORY"),
    /** The credit system's batch or file, the import file. */
    reference: text("reference"),
    changedBy: text("changed_by"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** The transaction that made the change: the service attributes its own. */
    txid: bigint("txid", { mode: "number" }).notNull(),
  },
  (t) => [index("credit_class_changes_uscc_idx").on(t.uscc, t.id), index("credit_class_changes_txid_idx").on(t.txid)],
);

/** 工作节点: a report milestone marked sent (半年、全年情况报送), by whom and when. */
export const milestoneReports = pgTable(
  "milestone_reports",
  {
    year: integer("year").notNull(),
    kind: text("kind").$type<MilestoneKind>().notNull(),
    reportedBy: text("reported_by").notNull(),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.year, t.kind] })],
);

export const departmentSchema = {
  creditClassChanges,
  milestoneReports,
  jointProposalInbox,
  jointTeamDraws,
  taskFollowUps,
  publicationOutbox,
  taskResults,
  inspectionItems,
  checkForms,
  targets,
  inspectors,
  plans,
  planAdjustments,
  auditLog,
  idempotencyKeys,
  drawCommitments,
  draws,
  drawSnapshots,
  tasks,
  taskInspectorChanges,
  importFiles,
  importFileParts,
};
export type FollowUpRow = typeof taskFollowUps.$inferSelect;
export type TaskResultRow = typeof taskResults.$inferSelect;
export type DrawRow = typeof draws.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type DepartmentSchema = typeof departmentSchema;
export type TargetRow = typeof targets.$inferSelect;
export type InspectorRow = typeof inspectors.$inferSelect;
export type ItemRow = typeof inspectionItems.$inferSelect;
export type CheckFormRow = typeof checkForms.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;
export type PlanAdjustmentRow = typeof planAdjustments.$inferSelect;
