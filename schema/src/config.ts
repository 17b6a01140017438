/**
 * The hub's configuration: which departments exist, where each subgraph listens, gateway limits.
 * Adding a department is one entry in `hub.config.json`; no code changes.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_RESULT_CATEGORIES, DEFAULT_RESULT_DEADLINES, type ResultCategory, type ResultDeadlines } from "./results.js";
import { dirname, resolve } from "node:path";
import { isIsoDate } from "./calendar.js";
import { DEFAULT_MILESTONE_DAYS, type MilestoneDays } from "./milestones.js";
import { NOTIFICATION_KINDS, type Webhook } from "./notifications.js";
import { fileURLToPath } from "node:url";

/** A regulatory department — 部门 — running its own subgraph. */
export interface DepartmentConfig {
  /** GraphQL field name for this department's views, e.g. `market`. */
  code: string;
  /** Display name, e.g. 市场监督管理局. */
  name: string;
  /** Port of its subgraph in the demo / default deployment. */
  port: number;
  /** Subgraph URL the gateway calls; defaults to http://127.0.0.1:{port}/graphql. */
  url?: string;
  /** Credit classes in order from best to worst (信用风险分类); A–D unless the province uses another scale. */
  creditClasses?: string[];
  /** The least and the most a plan may set as a sampling ratio (e.g. 3%–20%: `{ "min": 0.03, "max": 0.2 }`); 0–1 by default. */
  ratioBounds?: RatioBounds;
  /** Deadlines in working days for entering and publishing results; the seeds' defaults otherwise. */
  resultDeadlines?: Partial<ResultDeadlines>;
  /** The hub's result categories; filled from the top-level `resultCategories` by validateConfig. */
  resultCategories?: readonly ResultCategory[];
  /** 推送: receivers of published results (higher platforms); each delivery retried until acknowledged. */
  publicationReceivers?: PublicationReceiver[];
  /** The hub's export profiles; filled from the top-level `exportProfiles` by validateConfig. */
  exportProfiles?: Record<string, ExportProfile>;
  /** The joint-inspection goal, by tiers of the year's drawn tasks; 10% of inspections (Shenzhen) by default. */
  jointGoal?: JointGoalTier[];
  /** PostgreSQL cancels any of this department's queries that runs longer (statement_timeout); 30 s by default. */
  statementTimeoutMs?: number;
  /** The year's milestone days (工作节点), `MM-DD` or null for unused; the seeds' by default. */
  milestones?: Partial<MilestoneDays>;
  /** 消息通知: where the office POSTs the department's notifications (signed, retried until acknowledged). */
  webhooks?: Webhook[];
}

/** Bounds on a plan's sampling ratios, 0–1 each. */
export interface RatioBounds {
  min: number;
  max: number;
}

export const DEFAULT_RATIO_BOUNDS: RatioBounds = { min: 0, max: 1 };

/** Default PostgreSQL statement_timeout of every service. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

/**
 * One tier of a department's joint-inspection goal: the share of its inspections made jointly. Tiers
 * apply in order by the department's drawn tasks in the year (双随机抽查任务总量); the Nanshan plan:
 * `[{ "upToTasks": 100, "share": 0.1, "atLeast": 1 }, { "share": 0.03 }]`.
 */
export interface JointGoalTier {
  /** The tier applies while the year's drawn tasks are at most this many; the last tier has none. */
  upToTasks?: number;
  /** The joint share asked for, 0–1. */
  share: number;
  /** And at least this many joint visits (不少于1家). */
  atLeast?: number;
}

export const DEFAULT_JOINT_GOAL: JointGoalTier[] = [{ share: 0.1 }];

/** The tier of a goal that applies to a department with this many drawn tasks. */
export const jointGoalFor = (tiers: readonly JointGoalTier[], plannedTasks: number): JointGoalTier =>
  tiers.find((t) => t.upToTasks === undefined || plannedTasks <= t.upToTasks) ?? tiers[tiers.length - 1]!;

/** 多头检查: how many visits to one target, across departments, any run of consecutive days may hold. */
export interface VisitLimit {
  /** Consecutive days (1 = a day, 7 = a week, 30 = a month). */
  days: number;
  /** The most visits those days may hold; one more is too many. */
  maxVisits: number;
}

/** More than once a day, twice a week or three times in 30 days is too often. */
export const DEFAULT_VISIT_LIMITS: VisitLimit[] = [
  { days: 1, maxVisits: 1 },
  { days: 7, maxVisits: 2 },
  { days: 30, maxVisits: 3 },
];

/** A higher platform that receives published results (省级行政执法公示平台, 国家企业信用信息公示系统…). */
export interface PublicationReceiver {
  /** Short name, used in the outbox and its status. */
  name: string;
  /** Where each published result is POSTed as JSON. */
  url: string;
  /** Export profile whose field mapping shapes the payload; all fields with their English names otherwise. */
  profile?: string;
  /** The environment variable holding the secret that signs each delivery (X-Hub-Signature-256); unsigned when absent. */
  secretEnv?: string;
  /** What it receives of 一单两库一计划一结果 (results, items, targets, inspectors, plans): results only when absent. */
  kinds?: PushKind[];
  /** A message not acknowledged within this many working days is overdue in the backlog report; 5 by default (Shenzhen transport). */
  deadlineWorkingDays?: number;
}

export const PUSH_KINDS = ["results", "items", "plans", "targets", "inspectors"] as const;
export type PushKind = (typeof PUSH_KINDS)[number];
export const DEFAULT_PUSH_DEADLINE_WORKING_DAYS = 5;

/** A field mapping for a higher platform: for each export kind, the columns in order. */
export interface ExportProfile {
  /** Column header (the platform's own name) → the hub's field name, per kind (results, targets…). */
  [kind: string]: { header: string; field: string }[];
}

/** Limits on what one request may ask of the gateway (hostile or careless queries). */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxTokens: number;
  /** Estimated cost: every field costs 1, multiplied by the list size it asks for (`first`, `usccs`). */
  maxCost: number;
  /**
   * A request of at least this cost is large: large requests run in their own lane, `largeConcurrency`
   * at a time for the whole gateway, at most `largeQueue` waiting, one per caller; beyond that they
   * are RATE_LIMITED, so that large work never crowds out the small requests of everyone else.
   */
  largeCost: number;
  largeConcurrency: number;
  largeQueue: number;
  /** Largest request body, e.g. "8mb"; larger imports go through the CLI. */
  bodyLimit: string;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 10,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 50_000,
  largeCost: 1_000,
  largeConcurrency: 1,
  largeQueue: 8,
  bodyLimit: "8mb",
};

/** A department with every default filled in, as a running subgraph uses it. */
export interface ResolvedDepartment {
  code: string;
  name: string;
  port: number;
  url: string;
  creditClasses: string[];
  ratioBounds: RatioBounds;
  resultDeadlines: ResultDeadlines;
  resultCategories: readonly ResultCategory[];
  publicationReceivers: PublicationReceiver[];
  exportProfiles: Record<string, ExportProfile>;
  jointGoal: JointGoalTier[];
  milestones: MilestoneDays;
}

export function resolveDepartment(d: DepartmentConfig): ResolvedDepartment {
  return {
    code: d.code,
    name: d.name,
    port: d.port,
    url: departmentUrl(d),
    creditClasses: d.creditClasses ?? DEFAULT_CREDIT_CLASSES,
    ratioBounds: d.ratioBounds ?? DEFAULT_RATIO_BOUNDS,
    resultDeadlines: { ...DEFAULT_RESULT_DEADLINES, ...(d.resultDeadlines ?? {}) },
    resultCategories: d.resultCategories ?? DEFAULT_RESULT_CATEGORIES,
    publicationReceivers: d.publicationReceivers ?? [],
    exportProfiles: d.exportProfiles ?? {},
    jointGoal: d.jointGoal ?? DEFAULT_JOINT_GOAL,
    milestones: { ...DEFAULT_MILESTONE_DAYS, ...(d.milestones ?? {}) },
  };
}

/** Requests a caller may make through the gateway per minute; beyond it, HTTP 429 with Retry-After. */
export interface RateLimit {
  /** Per signed-in user (by subject). */
  requestsPerMinute: number;
  /** Per address, for callers without a token (the public pages). */
  publicRequestsPerMinute: number;
  /** Service accounts with no limit: the office's sync. */
  exemptSubjects: string[];
}

export const DEFAULT_RATE_LIMIT: RateLimit = { requestsPerMinute: 600, publicRequestsPerMinute: 120, exemptSubjects: ["office-sync"] };

export interface HubConfig {
  gateway: { port: number; subgraphTimeoutMs: number; limits: OperationLimits; rateLimit: RateLimit };
  /**
   * syncIntervalSeconds: how often the office pulls department changes (0 = only on request);
   * statementTimeoutMs: PostgreSQL cancels an office query that runs longer;
   * jointPlanDueDay: the day (MM-DD) each year's joint plan entries are due (Shenzhen: 04-30);
   * visitLimits: visits to one target that a task or joint inspection is flagged for exceeding.
   */
  office: { port: number; url?: string; syncIntervalSeconds: number; statementTimeoutMs: number; jointPlanDueDay: string; visitLimits: VisitLimit[] };
  departments: DepartmentConfig[];
  /** 检查结果类别: one list for the whole hub, so that codes mean the same in every department. */
  resultCategories: readonly ResultCategory[];
  /** Field mappings for exports to higher platforms, by profile name. */
  exportProfiles: Record<string, ExportProfile>;
}

export const DEFAULT_CREDIT_CLASSES = ["A", "B", "C", "D"];

/** Field names the federated schema already uses at the places a department code becomes a field. */
const RESERVED_CODES = new Set([
  "uscc", "name", "departments", "target", "targets", "checkUscc", "office", "department",
  "jointTargetLibrary", "jointInspectionProposals", "syncStatus", "syncDepartments", "inspectionsThisYear",
  "jointInspections", "jointStatistics", "proposeJointInspection", "respondToJointInspection", "supplyJointInspectors",
  "scheduleJointInspection", "advanceJointInspection", "recordJointInspection",
  "resultStatistics", "publicResults", "inspectionHistory", "jointRecords", "officeAuditLog", "launchJointInspection",
  "jointItems", "saveJointItem", "visitLoad", "visitLoadStatistics", "todo", "notifications", "webhookStatus", "jointPlan", "jointPlanEntries", "submitJointPlanEntry", "reviewJointPlanEntry", "publishJointPlan",
]);

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Check a parsed configuration and fill defaults; throws ConfigError naming the bad entry. */
export function validateConfig(raw: unknown): HubConfig {
  const c = raw as Partial<HubConfig>;
  if (!c || typeof c !== "object") throw new ConfigError("configuration must be a JSON object");
  if (!Array.isArray(c.departments) || c.departments.length === 0)
    throw new ConfigError("`departments` must list at least one department");
  const seenCodes = new Set<string>();
  const seenPorts = new Set<number>();
  const gateway = {
    port: 4000,
    subgraphTimeoutMs: 5000,
    ...(c.gateway ?? {}),
    limits: { ...DEFAULT_LIMITS, ...(c.gateway?.limits ?? {}) },
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...(c.gateway?.rateLimit ?? {}) },
  };
  for (const k of ["requestsPerMinute", "publicRequestsPerMinute"] as const)
    if (!Number.isInteger(gateway.rateLimit[k]) || gateway.rateLimit[k] <= 0) throw new ConfigError(`gateway.rateLimit.${k} must be a positive integer`);
  if (!Array.isArray(gateway.rateLimit.exemptSubjects) || gateway.rateLimit.exemptSubjects.some((x) => typeof x !== "string"))
    throw new ConfigError("gateway.rateLimit.exemptSubjects must list subjects");
  for (const [k, v] of Object.entries(gateway.limits))
    if (k !== "bodyLimit" && (!Number.isInteger(v) || (v as number) < (k === "largeQueue" ? 0 : 1)))
      throw new ConfigError(`gateway.limits.${k} must be a ${k === "largeQueue" ? "non-negative" : "positive"} integer`);
  const office = { port: 4100, syncIntervalSeconds: 300, statementTimeoutMs: DEFAULT_STATEMENT_TIMEOUT_MS, jointPlanDueDay: "04-30", visitLimits: DEFAULT_VISIT_LIMITS, ...(c.office ?? {}) };
  checkVisitLimits(office.visitLimits);
  if (!isDayOfYear(office.jointPlanDueDay))
    throw new ConfigError('office.jointPlanDueDay must be a day of the year as MM-DD, e.g. "04-30"');
  if (!Number.isInteger(office.syncIntervalSeconds) || office.syncIntervalSeconds < 0)
    throw new ConfigError("office.syncIntervalSeconds must be a non-negative integer");
  checkTimeout(office.statementTimeoutMs, "office.statementTimeoutMs");
  seenPorts.add(gateway.port).add(office.port);
  const departments = c.departments.map((d, i) => {
    const where = `departments[${i}]`;
    if (!d || typeof d.code !== "string" || !/^[a-z][a-zA-Z0-9]{1,30}$/.test(d.code))
      throw new ConfigError(`${where}.code must be a lower-camel-case identifier like "market"`);
    if (RESERVED_CODES.has(d.code)) throw new ConfigError(`${where}.code "${d.code}" is reserved by the schema`);
    if (seenCodes.has(d.code)) throw new ConfigError(`${where}.code "${d.code}" appears twice`);
    seenCodes.add(d.code);
    if (typeof d.name !== "string" || !d.name) throw new ConfigError(`${where}.name is required`);
    if (!Number.isInteger(d.port) || d.port <= 0) throw new ConfigError(`${where}.port must be a positive integer`);
    if (seenPorts.has(d.port)) throw new ConfigError(`${where}.port ${d.port} is already used`);
    seenPorts.add(d.port);
    checkDeadlines(d.resultDeadlines, `${where}.resultDeadlines`);
    if (d.jointGoal !== undefined) checkJointGoal(d.jointGoal, `${where}.jointGoal`);
    if (d.statementTimeoutMs !== undefined) checkTimeout(d.statementTimeoutMs, `${where}.statementTimeoutMs`);
    if (d.milestones !== undefined) checkMilestones(d.milestones, `${where}.milestones`);
    if (d.webhooks !== undefined) checkWebhooks(d.webhooks, `${where}.webhooks`);
    if (d.ratioBounds !== undefined) {
      const b = d.ratioBounds as Partial<RatioBounds> | null;
      const ok = (x: unknown) => typeof x === "number" && x >= 0 && x <= 1;
      if (!b || !ok(b.min) || !ok(b.max) || b.min! > b.max!) throw new ConfigError(`${where}.ratioBounds must be { "min": …, "max": … } with 0 ≤ min ≤ max ≤ 1, e.g. { "min": 0.03, "max": 0.2 }`);
    }
    const creditClasses = d.creditClasses ?? DEFAULT_CREDIT_CLASSES;
    if (!Array.isArray(creditClasses) || creditClasses.length < 2 || new Set(creditClasses).size !== creditClasses.length)
      throw new ConfigError(`${where}.creditClasses must list at least two distinct classes`);
    return { ...d, creditClasses };
  });
  if (!Number.isInteger(gateway.subgraphTimeoutMs) || gateway.subgraphTimeoutMs <= 0)
    throw new ConfigError("gateway.subgraphTimeoutMs must be a positive integer");
  const resultCategories = checkResultCategories(c.resultCategories ?? DEFAULT_RESULT_CATEGORIES);
  const exportProfiles = checkExportProfiles(c.exportProfiles ?? {});
  for (const [i, d] of departments.entries()) checkReceivers(d.publicationReceivers ?? [], `departments[${i}].publicationReceivers`, exportProfiles);
  return { gateway, office, departments: departments.map((d) => ({ ...d, resultCategories, exportProfiles })), resultCategories, exportProfiles };
}

const DAY_OF_YEAR = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isDayOfYear = (x: unknown) => typeof x === "string" && DAY_OF_YEAR.test(x) && isIsoDate(`2024-${x}`);

function checkMilestones(raw: unknown, where: string): void {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(`${where} must be an object, e.g. { "PLAN_PUBLISHED": "03-31" }`);
  for (const [k, v] of Object.entries(raw)) {
    if (k === "monthlyTasks") {
      if (typeof v !== "boolean") throw new ConfigError(`${where}.monthlyTasks must be true or false`);
    } else if (!(k in DEFAULT_MILESTONE_DAYS)) throw new ConfigError(`${where}.${k} is not a milestone (${Object.keys(DEFAULT_MILESTONE_DAYS).join(", ")})`);
    else if (v !== null && !isDayOfYear(v)) throw new ConfigError(`${where}.${k} must be a day of the year as MM-DD, e.g. "03-31", or null`);
  }
}

const SECRET_ENV = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Where the hub POSTs (a publication receiver, a webhook): a list of short unique names with their
 * http(s) URLs and, optionally, the environment variable holding the signing secret. Each entry
 * is then checked further by `more`.
 */
function checkDestinations<T extends { name?: unknown; url?: unknown; secretEnv?: unknown }>(raw: unknown, where: string, more: (d: T, at: string) => void): void {
  if (!Array.isArray(raw)) throw new ConfigError(`${where} must be a list`);
  const names = new Set<string>();
  for (const [i, d] of (raw as T[]).entries()) {
    const at = `${where}[${i}]`;
    if (!d || typeof d.name !== "string" || !/^[a-z][a-z0-9-]{0,40}$/.test(d.name)) throw new ConfigError(`${at}.name must be a short lower-case name`);
    if (names.has(d.name)) throw new ConfigError(`${at}.name "${d.name}" appears twice`);
    names.add(d.name);
    if (typeof d.url !== "string" || !/^https?:\/\//.test(d.url)) throw new ConfigError(`${at}.url must be an http(s) URL`);
    if (d.secretEnv !== undefined && (typeof d.secretEnv !== "string" || !SECRET_ENV.test(d.secretEnv))) throw new ConfigError(`${at}.secretEnv must name an environment variable, e.g. "HUB_WEBHOOK_SECRET_MARKET"`);
    more(d, at);
  }
}

function checkWebhooks(raw: unknown, where: string): void {
  checkDestinations<Partial<Webhook>>(raw, where, (w, at) => {
    if (w.events !== undefined && (!Array.isArray(w.events) || w.events.length === 0 || w.events.some((e) => !NOTIFICATION_KINDS.includes(e))))
      throw new ConfigError(`${at}.events must list notification kinds (${NOTIFICATION_KINDS.join(", ")})`);
  });
}

/** A receiver's or webhook's signing secret, from the environment variable it names; a missing one stops the service. */
export function secretFrom(secretEnv: string | undefined, where: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (secretEnv === undefined) return undefined;
  const value = env[secretEnv];
  if (!value) throw new ConfigError(`${where} names the secret ${secretEnv}, which is not set in the environment`);
  return value;
}

function checkVisitLimits(raw: unknown): void {
  const example = 'e.g. [{ "days": 7, "maxVisits": 2 }]';
  if (!Array.isArray(raw)) throw new ConfigError(`office.visitLimits must list limits, ${example}`);
  const seen = new Set<number>();
  for (const [i, l] of (raw as Partial<VisitLimit>[]).entries()) {
    if (!l || !Number.isInteger(l.days) || l.days! < 1 || l.days! > 366) throw new ConfigError(`office.visitLimits[${i}].days must be a whole number of days (1–366)`);
    if (!Number.isInteger(l.maxVisits) || l.maxVisits! < 1) throw new ConfigError(`office.visitLimits[${i}].maxVisits must be a whole number of at least 1`);
    if (seen.has(l.days!)) throw new ConfigError(`office.visitLimits[${i}]: a limit for ${l.days} days appears twice`);
    seen.add(l.days!);
  }
}

function checkTimeout(ms: unknown, where: string): void {
  if (!Number.isInteger(ms) || (ms as number) < 100 || (ms as number) > 3_600_000) throw new ConfigError(`${where} must be milliseconds between 100 and 3600000`);
}

function checkJointGoal(raw: unknown, where: string): void {
  if (!Array.isArray(raw) || raw.length === 0) throw new ConfigError(`${where} must list at least one tier, e.g. [{ "share": 0.1 }]`);
  let previous = -1;
  for (const [i, t] of (raw as Partial<JointGoalTier>[]).entries()) {
    if (!t || typeof t.share !== "number" || !(t.share >= 0 && t.share <= 1)) throw new ConfigError(`${where}[${i}].share must be a share between 0 and 1`);
    if (t.atLeast !== undefined && (!Number.isInteger(t.atLeast) || t.atLeast < 0)) throw new ConfigError(`${where}[${i}].atLeast must be a whole number`);
    const last = i === raw.length - 1;
    if (last && t.upToTasks !== undefined) throw new ConfigError(`${where}: the last tier has no upToTasks (it applies to everything above)`);
    if (!last && (!Number.isInteger(t.upToTasks) || t.upToTasks! <= previous)) throw new ConfigError(`${where}[${i}].upToTasks must be whole numbers in increasing order`);
    previous = t.upToTasks ?? previous;
  }
}

function checkDeadlines(raw: Partial<ResultDeadlines> | undefined, where: string): void {
  if (raw === undefined) return;
  if (typeof raw !== "object" || raw === null) throw new ConfigError(`${where} must be an object`);
  for (const k of ["entryWorkingDays", "publicationWorkingDays", "noticeWorkingDays"] as const)
    if (raw[k] !== undefined && (!Number.isInteger(raw[k]) || raw[k]! < 0 || raw[k]! > 365)) throw new ConfigError(`${where}.${k} must be a whole number of working days (0–365)`);
  const cutoff = raw.publicationCutoff;
  if (cutoff !== undefined && cutoff !== null && !(typeof cutoff === "string" && /^\d{2}-\d{2}$/.test(cutoff) && isIsoDate(`2025-${cutoff}`)))
    throw new ConfigError(`${where}.publicationCutoff must be a day of the year as MM-DD, e.g. "11-30", or null`);
}

/** Stable codes (never reused for another meaning), a name each, and whether the category is a problem found. */
function checkResultCategories(raw: unknown): ResultCategory[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new ConfigError("resultCategories must list at least one category");
  const codes = new Set<string>();
  return raw.map((c: Partial<ResultCategory>, i) => {
    const where = `resultCategories[${i}]`;
    if (!c || typeof c.code !== "string" || !/^[A-Z][A-Z0-9_]{1,40}$/.test(c.code))
      throw new ConfigError(`${where}.code must be an upper-case code like "NO_PROBLEM"`);
    if (codes.has(c.code)) throw new ConfigError(`${where}.code "${c.code}" appears twice`);
    codes.add(c.code);
    if (typeof c.name !== "string" || !c.name.trim()) throw new ConfigError(`${where}.name is required`);
    if (typeof c.problem !== "boolean") throw new ConfigError(`${where}.problem must be true or false (does the category mean a problem was found?)`);
    return { code: c.code, name: c.name.trim(), problem: c.problem };
  });
}

function checkExportProfiles(raw: unknown): Record<string, ExportProfile> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError("exportProfiles must be an object of named profiles");
  for (const [name, profile] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof profile !== "object" || profile === null) throw new ConfigError(`exportProfiles.${name} must map export kinds to column lists`);
    for (const [kind, columns] of Object.entries(profile as Record<string, unknown>)) {
      const where = `exportProfiles.${name}.${kind}`;
      if (!Array.isArray(columns) || columns.length === 0) throw new ConfigError(`${where} must list at least one column`);
      for (const [j, col] of columns.entries())
        if (!col || typeof col.header !== "string" || !col.header || typeof col.field !== "string" || !col.field)
          throw new ConfigError(`${where}[${j}] needs a header and a field`);
    }
  }
  return raw as Record<string, ExportProfile>;
}

function checkReceivers(receivers: unknown, where: string, profiles: Record<string, ExportProfile>): void {
  checkDestinations<Partial<PublicationReceiver>>(receivers, where, (r, at) => {
    if (r.profile !== undefined && !profiles[r.profile]) throw new ConfigError(`${at}.profile "${r.profile}" is not in exportProfiles`);
    if (r.kinds !== undefined && (!Array.isArray(r.kinds) || r.kinds.length === 0 || r.kinds.some((k) => !PUSH_KINDS.includes(k)))) throw new ConfigError(`${at}.kinds must list what it receives (${PUSH_KINDS.join(", ")})`);
    if (r.deadlineWorkingDays !== undefined && (!Number.isInteger(r.deadlineWorkingDays) || r.deadlineWorkingDays < 1 || r.deadlineWorkingDays > 60)) throw new ConfigError(`${at}.deadlineWorkingDays must be a whole number of working days (1–60)`);
  });
}

/** The repository root (where hub.config.json lives). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Load `HUB_CONFIG` or the repository's `hub.config.json`. */
export function loadConfig(path = process.env.HUB_CONFIG ?? resolve(REPO_ROOT, "hub.config.json")): HubConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read configuration ${path}: ${(e as Error).message}`);
  }
  try {
    return validateConfig(JSON.parse(text));
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`${path}: ${e.message}`);
    throw new ConfigError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export function departmentUrl(d: DepartmentConfig): string {
  return d.url ?? `http://127.0.0.1:${d.port}/graphql`;
}
export function officeUrl(c: HubConfig): string {
  return c.office.url ?? `http://127.0.0.1:${c.office.port}/graphql`;
}
