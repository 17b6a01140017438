/**
 * Bulk import of the two directories from CSV/XLSX. Every row is validated first; if any row is
 * wrong, nothing is written and every error is reported with its row number. Otherwise the whole
 * file lands in one transaction, upserting by USCC (targets) or certificate number (inspectors).
 */
import {
  GENDER_LABELS,
  INSPECTOR_STATUS_LABELS,
  parseLabel,
  RISK_LEVEL_LABELS,
  TARGET_KIND_LABELS,
  TARGET_STATUS_LABELS,
} from "@hub/schema";
import { checkInspector, checkTarget, splitList, type FieldProblem, type InspectorValues, type TargetValues } from "../domain/records.js";
import { upsertInspectors } from "../repository/inspectors.js";
import { upsertTargets, type DepartmentDb } from "../repository/targets.js";
import { INSPECTOR_COLUMNS, mapHeaders, TARGET_COLUMNS, type ColumnSpec } from "./columns.js";
import { readTable, TableError, type TableFormat, type TableRow } from "./read-table.js";

export type DirectoryKind = "targets" | "inspectors";

export interface ImportRowError {
  row: number;
  column: string | null;
  reason: string;
}

export interface ImportResult {
  status: "COMMITTED" | "REJECTED";
  rowsRead: number;
  inserted: number;
  updated: number;
  errors: ImportRowError[];
  errorCount: number;
}

export interface ImportProgress {
  phase: "validating" | "writing" | "done";
  rows: number;
  total?: number;
}

const MAX_LISTED_ERRORS = 1000;
const WRITE_BATCH = 5000;

interface Parsed<V> {
  key: string;
  value?: V;
  problems: { column: string | null; reason: string }[];
}

function enumCell<E extends string>(labels: Record<E, string[]>, text: string | undefined, what: string) {
  if (!text) return { value: undefined };
  const value = parseLabel(labels, text);
  const allowed = Object.values<string[]>(labels).map((l) => l[0]).join("、");
  return value ? { value } : { value: undefined, problem: `${what}“${text}”无法识别，应为 ${allowed}` };
}

function targetFromRow(
  r: TableRow,
  cols: Partial<Record<(typeof TARGET_COLUMNS)[number]["field"], string>>,
  creditClasses: readonly string[],
): Parsed<TargetValues> {
  const cell = (f: keyof typeof cols) => (cols[f] ? r.cells[cols[f]!] ?? "" : "");
  const problems: Parsed<TargetValues>["problems"] = [];
  if (cols.uscc && r.lossyNumbers.includes(cols.uscc))
    problems.push({ column: cols.uscc, reason: "代码在Excel中被存为数字，精度已丢失；请将该列设为文本格式 (stored as a number; format the column as text)" });
  const risk = enumCell(RISK_LEVEL_LABELS, cell("riskLevel"), "风险等级");
  const status = enumCell(TARGET_STATUS_LABELS, cell("status"), "状态");
  const kind = enumCell(TARGET_KIND_LABELS, cell("kind"), "对象类型");
  for (const [f, e] of [["riskLevel", risk], ["status", status], ["kind", kind]] as const)
    if (e.problem) problems.push({ column: cols[f] ?? null, reason: e.problem });
  const checked = checkTarget(
    {
      uscc: cell("uscc"),
      name: cell("name"),
      kind: kind.value,
      address: cell("address"),
      legalRepresentative: cell("legalRepresentative"),
      phone: cell("phone"),
      industry: cell("industry"),
      region: cell("region"),
      riskLevel: risk.value ?? (risk.problem ? undefined : null),
      creditClass: cell("creditClass"),
      tags: splitList(cell("tags")),
      status: status.value,
    },
    creditClasses,
  );
  if (!checked.ok)
    for (const p of checked.problems as FieldProblem[])
      // An unreadable enum was already reported; do not report it twice as "missing".
      if (!(p.field === "riskLevel" && risk.problem)) problems.push({ column: cols[p.field as keyof typeof cols] ?? null, reason: p.reason });
  return { key: checked.ok ? checked.value.uscc : cell("uscc").trim().toUpperCase(), value: checked.ok && !problems.length ? checked.value : undefined, problems };
}

function inspectorFromRow(
  r: TableRow,
  cols: Partial<Record<(typeof INSPECTOR_COLUMNS)[number]["field"], string>>,
): Parsed<InspectorValues> {
  const cell = (f: keyof typeof cols) => (cols[f] ? r.cells[cols[f]!] ?? "" : "");
  const problems: Parsed<InspectorValues>["problems"] = [];
  const gender = enumCell(GENDER_LABELS, cell("gender"), "性别");
  const status = enumCell(INSPECTOR_STATUS_LABELS, cell("status"), "状态");
  for (const [f, e] of [["gender", gender], ["status", status]] as const)
    if (e.problem) problems.push({ column: cols[f] ?? null, reason: e.problem });
  const checked = checkInspector({
    certificateNumber: cell("certificateNumber"),
    name: cell("name"),
    gender: gender.value,
    position: cell("position"),
    unit: cell("unit"),
    expertise: splitList(cell("expertise")),
    status: status.value,
    conflicts: splitList(cell("conflicts")),
  });
  if (!checked.ok) for (const p of checked.problems) problems.push({ column: cols[p.field as keyof typeof cols] ?? null, reason: p.reason });
  return {
    key: checked.ok ? checked.value.certificateNumber : cell("certificateNumber").trim().toUpperCase(),
    value: checked.ok && !problems.length ? checked.value : undefined,
    problems,
  };
}

export interface ImportOptions {
  db: DepartmentDb;
  kind: DirectoryKind;
  format: TableFormat;
  /** File bytes, or a path (streamed for XLSX). */
  source: Uint8Array | string;
  creditClasses: readonly string[];
  onProgress?: (p: ImportProgress) => void;
  /** Runs inside the import's transaction with the keys written (the audit entry). */
  onCommit?: (tx: DepartmentDb, keys: string[]) => Promise<void>;
}

export async function importDirectory(opts: ImportOptions): Promise<ImportResult> {
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const report = (e: ImportRowError) => {
    errorCount++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
  };
  const values: (TargetValues | InspectorValues)[] = [];
  const firstRowOfKey = new Map<string, number>();
  let rowsRead = 0;
  const specs = (opts.kind === "targets" ? TARGET_COLUMNS : INSPECTOR_COLUMNS) as ColumnSpec<string>[];
  let columns: Record<string, string> | undefined;

  try {
    for await (const r of readTable(opts.source, opts.format)) {
      if (!columns) {
        const mapped = mapHeaders(specs, Object.keys(r.cells));
        if (mapped.missing.length) {
          report({ row: 1, column: null, reason: `缺少必填列 (missing required columns): ${mapped.missing.join("、")}` });
          break;
        }
        columns = mapped.columns as Record<string, string>;
      }
      rowsRead++;
      const parsed =
        opts.kind === "targets"
          ? targetFromRow(r, columns, opts.creditClasses)
          : inspectorFromRow(r, columns);
      for (const p of parsed.problems) report({ row: r.row, column: p.column, reason: p.reason });
      if (parsed.key) {
        const earlier = firstRowOfKey.get(parsed.key);
        if (earlier !== undefined)
          report({ row: r.row, column: specs[0]!.headers[0]!, reason: `与第${earlier}行重复 (duplicates row ${earlier})` });
        else firstRowOfKey.set(parsed.key, r.row);
      }
      if (parsed.value) values.push(parsed.value);
      if (rowsRead % 10_000 === 0) opts.onProgress?.({ phase: "validating", rows: rowsRead });
    }
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    report({ row: 0, column: null, reason: e.message });
  }
  if (errorCount === 0 && rowsRead === 0) report({ row: 1, column: null, reason: "文件没有数据行 (no data rows)" });
  if (errorCount > 0) {
    opts.onProgress?.({ phase: "done", rows: rowsRead });
    return { status: "REJECTED", rowsRead, inserted: 0, updated: 0, errors, errorCount };
  }

  let inserted = 0;
  await opts.db.transaction(async (tx) => {
    for (let i = 0; i < values.length; i += WRITE_BATCH) {
      const batch = values.slice(i, i + WRITE_BATCH);
      const r =
        opts.kind === "targets"
          ? await upsertTargets(tx as unknown as DepartmentDb, batch as TargetValues[])
          : await upsertInspectors(tx as unknown as DepartmentDb, batch as InspectorValues[]);
      inserted += r.inserted;
      opts.onProgress?.({ phase: "writing", rows: Math.min(i + WRITE_BATCH, values.length), total: values.length });
    }
    await opts.onCommit?.(tx as unknown as DepartmentDb, [...firstRowOfKey.keys()]);
  });
  opts.onProgress?.({ phase: "done", rows: rowsRead });
  return { status: "COMMITTED", rowsRead, inserted, updated: values.length - inserted, errors: [], errorCount: 0 };
}
