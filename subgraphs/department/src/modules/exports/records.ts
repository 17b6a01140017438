/**
 * 一单两库一计划一结果 as flat records for people and higher platforms (省级行政执法公示平台, 国家企业信用
 * 信息公示系统): the hub's field names, default Chinese headers, values in the Chinese labels departments
 * use and dates in China time, and a configurable field mapping (export profile) that picks, orders and
 * renames columns. The same result record is the push outbox's payload. The default export of a
 * directory is the import template: importing it again changes nothing.
 */
import {
  categoryName,
  cellRatioList,
  chinaDate,
  chinaDateTime,
  GENDER_LABELS,
  INSPECTION_METHOD_LABELS,
  INSPECTOR_STATUS_LABELS,
  labelOf,
  percentText,
  PLAN_STATUS_LABELS,
  RISK_LEVEL_LABELS,
  TARGET_KIND_LABELS,
  TARGET_STATUS_LABELS,
  TASK_SOURCE_LABELS,
  yesNo,
  type ExportProfile,
  type PublicationReceiver,
  type ResolvedDepartment,
} from "@hub/schema";
import type { InspectorRow, ItemRow, PlanRow, TargetRow, TaskResultRow, TaskRow } from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import { INSPECTOR_COLUMNS, TARGET_COLUMNS } from "../directory/import/columns.js";
import { answersText } from "../check-forms/rules.js";
import { joinList } from "../directory/rules.js";
import * as store from "./store.js";

export const EXPORT_KINDS = ["items", "targets", "inspectors", "plans", "results"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type Cell = string | number | boolean | Date | null;
export type ExportRecord = Record<string, Cell>;
export interface Column {
  header: string;
  field: string;
}

const columns = (pairs: [string, string][]): Column[] => pairs.map(([field, header]) => ({ field, header }));
/** The directories are exported under the importer's own headers, so that the file imports back unchanged. */
const importColumns = (specs: { field: string; headers: string[] }[]): Column[] => specs.map((s) => ({ field: s.field, header: s.headers[0]! }));

/** What an export writes when no profile picks its columns: for the directories, exactly the import template. */
export const DEFAULT_COLUMNS: Record<ExportKind, Column[]> = {
  items: columns([
    ["code", "事项编码"], ["name", "抽查事项"], ["legalBasis", "检查依据"], ["targetKind", "检查对象类型"],
    ["method", "检查方式"], ["defaultRatio", "抽查比例"], ["frequency", "抽查频次"], ["keyArea", "重点领域"],
  ]),
  targets: importColumns(TARGET_COLUMNS),
  inspectors: importColumns(INSPECTOR_COLUMNS),
  plans: columns([
    ["planId", "计划编号"], ["year", "年度"], ["name", "计划名称"], ["itemCodes", "抽查事项"],
    ["periodStart", "开始日期"], ["periodEnd", "结束日期"], ["ratios", "抽查比例"], ["status", "状态"], ["version", "版本"],
  ]),
  results: columns([
    ["department", "部门"], ["departmentName", "实施机关"], ["taskId", "任务编号"], ["source", "任务来源"], ["planId", "计划编号"],
    ["uscc", "统一社会信用代码"], ["targetName", "检查对象名称"], ["itemCodes", "抽查事项"], ["inspectionDate", "检查日期"],
    ["categoryCode", "检查结果编码"], ["categoryName", "检查结果"], ["findings", "检查情况"], ["checkAnswers", "检查要点"], ["inspectors", "检查人员"],
    ["publishedOn", "公示日期"], ["publicationDue", "公示期限"], ["publishedLate", "逾期公示"], ["jointInspection", "联合抽查"],
  ]),
};

/** Every field a profile may pick, per kind: the default columns and a few more. */
const EXTRA_FIELDS: Record<ExportKind, Column[]> = {
  items: columns([["department", "部门"], ["departmentName", "实施机关"]]),
  targets: columns([["department", "部门"], ["departmentName", "实施机关"]]),
  inspectors: columns([["department", "部门"], ["departmentName", "实施机关"]]),
  plans: columns([["department", "部门"], ["departmentName", "实施机关"]]),
  results: columns([["publishedAt", "公示时间"]]),
};

export class ExportError extends Error {
  override name = "ExportError";
}

/** The columns of a kind under a profile (all columns without one); unknown fields are refused, named. */
export function columnsFor(kind: ExportKind, profile?: ExportProfile, profileName = "profile"): Column[] {
  const wanted = profile?.[kind];
  if (!wanted) return DEFAULT_COLUMNS[kind];
  const known = new Set([...DEFAULT_COLUMNS[kind], ...EXTRA_FIELDS[kind]].map((c) => c.field));
  const unknown = wanted.filter((c) => !known.has(c.field)).map((c) => c.field);
  if (unknown.length)
    throw new ExportError(`${profileName}.${kind} names unknown field(s) ${unknown.join(", ")}; known: ${[...known].join(", ")}`);
  return wanted;
}

/** The columns a push receiver gets of a kind: its profile's mapping, or every field of the kind. */
export const receiverColumns = (department: ResolvedDepartment, receiver: PublicationReceiver, kind: ExportKind = "results") =>
  columnsFor(kind, receiver.profile ? department.exportProfiles[receiver.profile] : undefined, `exportProfiles.${receiver.profile}`);

/** A record as the columns pick it: an object keyed by header (push payloads) or a row of cells (spreadsheets). */
export const pick = (record: ExportRecord, cols: Column[]) => Object.fromEntries(cols.map((c) => [c.header, record[c.field] ?? null]));
export const row = (record: ExportRecord, cols: Column[]): Cell[] => cols.map((c) => record[c.field] ?? null);

const list = joinList;

/** One result as higher platforms receive it. */
export function resultRecord(
  department: ResolvedDepartment,
  task: TaskRow,
  result: TaskResultRow,
  targetName: string | null,
): ExportRecord {
  return {
    department: department.code,
    departmentName: department.name,
    taskId: task.id,
    source: labelOf(TASK_SOURCE_LABELS, task.source),
    planId: task.planId,
    uscc: task.uscc,
    targetName,
    itemCodes: list(task.itemCodes),
    inspectionDate: result.inspectionDate,
    categoryCode: result.categoryCode,
    categoryName: categoryName(department.resultCategories, result.categoryCode),
    findings: result.findings,
    // 检查表: each point's conclusion, with the form version answered
    checkAnswers: answersText(result.checkAnswers),
    inspectors: list(result.signers.map((s) => `${s.name}(${s.certificateNumber})`)),
    publishedOn: result.publishedAt && chinaDate(result.publishedAt),
    publishedAt: result.publishedAt && chinaDateTime(result.publishedAt),
    publicationDue: result.publicationDue,
    publishedLate: yesNo(result.publishedLate),
    // 联合抽查: which one, its lead and departments; empty for the department's own inspections
    jointInspection: result.jointInspectionId ? `${result.jointInspectionId}（牵头：${result.jointLead}；${(result.jointDepartments ?? []).join("、")}）` : null,
  };
}

/** One item of the list as higher platforms receive it. */
export function itemRecord(department: ResolvedDepartment, r: ItemRow): ExportRecord {
  return {
    department: department.code, departmentName: department.name, code: r.code, name: r.name, legalBasis: r.legalBasis, targetKind: labelOf(TARGET_KIND_LABELS, r.targetKind),
    method: labelOf(INSPECTION_METHOD_LABELS, r.method), defaultRatio: percentText(r.defaultRatio), frequency: r.frequency, keyArea: yesNo(r.keyArea),
  };
}

/** One plan as higher platforms receive it: its ratios per class, and a cell's own (e.g. 高风险D类 50%). */
export function planRecord(department: ResolvedDepartment, r: PlanRow): ExportRecord {
  const ratios = list([
    ...department.creditClasses.filter((c) => c in r.ratios).map((c) => `${c}类 ${percentText(r.ratios[c]!)}`),
    ...cellRatioList(r.cellRatios, department.creditClasses).map((c) => `${RISK_LEVEL_LABELS[c.riskLevel][1]}${c.creditClass}类 ${percentText(c.ratio)}`),
  ]);
  return {
    department: department.code, departmentName: department.name, planId: r.id, year: r.year, name: r.name, itemCodes: list(r.itemCodes), periodStart: r.periodStart, periodEnd: r.periodEnd,
    ratios, status: labelOf(PLAN_STATUS_LABELS, r.status), version: r.version,
  };
}

/** One target of the directory as higher platforms receive it. */
export function targetRecord(department: ResolvedDepartment, r: TargetRow): ExportRecord {
  return {
    department: department.code, departmentName: department.name, uscc: r.uscc, name: r.name, address: r.address, legalRepresentative: r.legalRepresentative, phone: r.phone, industry: r.industry,
    region: r.region, riskLevel: labelOf(RISK_LEVEL_LABELS, r.riskLevel), creditClass: r.creditClass, tags: list(r.tags),
    status: labelOf(TARGET_STATUS_LABELS, r.status), kind: labelOf(TARGET_KIND_LABELS, r.kind),
  };
}

/** One inspector of the directory as higher platforms receive them. */
export function inspectorRecord(department: ResolvedDepartment, r: InspectorRow): ExportRecord {
  return {
    department: department.code, departmentName: department.name, certificateNumber: r.certificateNumber, name: r.name, gender: labelOf(GENDER_LABELS, r.gender), position: r.position, unit: r.unit,
    expertise: list(r.expertise), status: labelOf(INSPECTOR_STATUS_LABELS, r.status), conflicts: list(r.conflicts),
  };
}

const BATCH = 2000;

/** Read a kind in batches of records, in a stable order; results are the published ones, by inspection date. */
export async function* exportRecords(
  db: DepartmentDb,
  department: ResolvedDepartment,
  kind: ExportKind,
  period: { from?: string; to?: string } = {},
): AsyncGenerator<ExportRecord[]> {
  if (kind === "items") {
    yield (await store.allItems(db)).map((r) => itemRecord(department, r));
    return;
  }
  if (kind === "plans") {
    yield (await store.publishedPlans(db)).map((r) => planRecord(department, r));
    return;
  }
  if (kind === "inspectors") {
    for (let after = 0; ; ) {
      const rows = await store.inspectorsAfter(db, after, BATCH);
      if (rows.length === 0) return;
      yield rows.map((r) => inspectorRecord(department, r));
      after = rows.at(-1)!.id;
    }
  }
  if (kind === "targets") {
    for (let after = ""; ; ) {
      const rows = await store.targetsAfter(db, after, BATCH);
      if (rows.length === 0) return;
      yield rows.map((r) => targetRecord(department, r));
      after = rows.at(-1)!.uscc;
    }
  }
  for (let after = 0; ; ) {
    const rows = await store.publishedResultsAfter(db, after, BATCH, period);
    if (rows.length === 0) return;
    yield rows.map((r) => resultRecord(department, r.task, r.result, r.name));
    after = rows.at(-1)!.task.id;
  }
}
