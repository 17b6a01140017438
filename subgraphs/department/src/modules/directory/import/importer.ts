/**
 * Bulk import of the two directories from CSV/XLSX. Every row is validated first; if any row is
 * wrong, nothing is written and every error is reported with its row number. Otherwise each row is
 * compared with the stored record and the whole file lands in one transaction (or, as a preview,
 * only the comparison is reported), upserting by USCC (targets) or certificate number (inspectors).
 *
 * What a file means (see domain/records.ts): a column the file does not have leaves that field as it
 * is; an empty cell in a column it has clears the field (a target's 状态 and 对象类型 and an inspector's
 * 状态 keep theirs). Rows that change nothing are not written, and are counted as unchanged.
 */
import {
  GENDER_LABELS,
  INSPECTOR_STATUS_LABELS,
  parseLabel,
  RISK_LEVEL_LABELS,
  TARGET_KIND_LABELS,
  TARGET_STATUS_LABELS,
} from "@hub/schema";
import {
  checkInspectorChange,
  checkTargetChange,
  mergeInspector,
  mergeTarget,
  quote,
  splitList,
  type FieldProblem,
  type InspectorChange,
  type InspectorValues,
  type Merged,
  type TargetChange,
  type TargetValues,
} from "../rules.js";
import { inspectorValuesByCertificate, targetValuesByUscc, upsertInspectors, upsertTargets } from "../store.js";
import type { DepartmentDb } from "../../../shared/db.js";
import { INSPECTOR_COLUMNS, mapHeaders, TARGET_COLUMNS, type ColumnSpec } from "./columns.js";
import { readTable, TableError, type TableFormat, type TableRow } from "./read-table.js";

export type DirectoryKind = "targets" | "inspectors";

export interface ImportRowError {
  row: number;
  column: string | null;
  reason: string;
}

/** What the import does (or, in a preview, would do) to one record. */
export interface ImportRowChange {
  row: number;
  key: string;
  action: "INSERT" | "UPDATE";
  /** Column headers of the fields that change (empty for a new record). */
  fields: string[];
  /** Of those, the columns whose value an empty cell clears. */
  cleared: string[];
}

export interface ImportResult {
  /** COMMITTED: written; REJECTED: nothing written, see errors; PREVIEW: valid, nothing written (dry run). */
  status: "COMMITTED" | "REJECTED" | "PREVIEW";
  dryRun: boolean;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Stored values that empty cells clear. */
  clearedValues: number;
  changes: ImportRowChange[];
  changeCount: number;
  /** Headers the importer does not know; their columns are not read. */
  ignoredColumns: string[];
  errors: ImportRowError[];
  errorCount: number;
}

export interface ImportProgress {
  phase: "validating" | "comparing" | "writing" | "done";
  rows: number;
  total?: number;
}

export const MAX_LISTED = 1000;
const BATCH = 5000;

interface Parsed<C> {
  key: string;
  change?: C;
  problems: { column: string | null; reason: string }[];
}

type Columns = Record<string, string>;

function enumCell<E extends string>(labels: Record<E, string[]>, text: string, what: string) {
  if (!text) return { value: undefined };
  const value = parseLabel(labels, text);
  const allowed = Object.values<string[]>(labels).map((l) => l[0]).join("、");
  return value ? { value } : { value: undefined, problem: `${what}“${quote(text)}”无法识别，应为 ${allowed}` };
}

/** Excel turns an 18-digit code into a number and rounds it; in CSV it shows as 9.13209E+17. */
const looksRounded = (text: string) => /^\d+(\.\d+)?e\+?\d+$/i.test(text.trim());
const ROUNDED = "代码在Excel中被存为数字，精度已丢失；请将该列设为文本格式后重新填写 (stored as a number; format the column as text)";

/** A row's cells as a change: present columns only; `undefined` for a column the file does not have. */
function cells(r: TableRow, cols: Columns) {
  return (field: string): string | undefined => (cols[field] ? (r.cells[cols[field]!] ?? "") : undefined);
}

function collect(cols: Columns, problems: Parsed<unknown>["problems"], found: FieldProblem[], skip: (p: FieldProblem) => boolean) {
  for (const p of found) if (!skip(p)) problems.push({ column: cols[p.field] ?? null, reason: p.reason });
}

function targetFromRow(r: TableRow, cols: Columns, creditClasses: readonly string[]): Parsed<TargetChange> {
  const cell = cells(r, cols);
  const problems: Parsed<TargetChange>["problems"] = [];
  const code = cell("uscc") ?? "";
  const rounded = r.lossyNumbers.includes(cols.uscc!) || looksRounded(code);
  if (rounded) problems.push({ column: cols.uscc!, reason: ROUNDED });
  const risk = enumCell(RISK_LEVEL_LABELS, cell("riskLevel") ?? "", "风险等级");
  const status = enumCell(TARGET_STATUS_LABELS, cell("status") ?? "", "状态");
  const kind = enumCell(TARGET_KIND_LABELS, cell("kind") ?? "", "对象类型");
  for (const [f, e] of [["riskLevel", risk], ["status", status], ["kind", kind]] as const)
    if (e.problem) problems.push({ column: cols[f] ?? null, reason: e.problem });
  const list = cell("tags");
  const checked = checkTargetChange(
    {
      uscc: code,
      name: cell("name") ?? "",
      kind: kind.value ?? (kind.problem ? null : undefined),
      address: cell("address"),
      legalRepresentative: cell("legalRepresentative"),
      phone: cell("phone"),
      industry: cell("industry"),
      region: cell("region"),
      riskLevel: risk.value ?? null,
      creditClass: cell("creditClass"),
      tags: list === undefined ? undefined : splitList(list),
      status: status.value ?? null,
    },
    creditClasses,
  );
  // A rounded code fails every code rule: the hint is the one thing to say. An unreadable risk level was already reported.
  if (!checked.ok) collect(cols, problems, checked.problems, (p) => (p.field === "uscc" && rounded) || (p.field === "riskLevel" && Boolean(risk.problem)));
  return { key: checked.ok ? checked.value.uscc : code.trim().toUpperCase(), change: checked.ok && !problems.length ? checked.value : undefined, problems };
}

function inspectorFromRow(r: TableRow, cols: Columns): Parsed<InspectorChange> {
  const cell = cells(r, cols);
  const problems: Parsed<InspectorChange>["problems"] = [];
  const gender = enumCell(GENDER_LABELS, cell("gender") ?? "", "性别");
  const status = enumCell(INSPECTOR_STATUS_LABELS, cell("status") ?? "", "状态");
  for (const [f, e] of [["gender", gender], ["status", status]] as const)
    if (e.problem) problems.push({ column: cols[f] ?? null, reason: e.problem });
  const list = (f: string) => {
    const c = cell(f);
    return c === undefined ? undefined : splitList(c);
  };
  const checked = checkInspectorChange({
    certificateNumber: cell("certificateNumber") ?? "",
    name: cell("name") ?? "",
    gender: cell("gender") === undefined ? undefined : (gender.value ?? null),
    position: cell("position"),
    unit: cell("unit"),
    expertise: list("expertise"),
    status: status.value ?? null,
    conflicts: list("conflicts"),
  });
  if (!checked.ok) collect(cols, problems, checked.problems, () => false);
  const key = checked.ok ? checked.value.certificateNumber : (cell("certificateNumber") ?? "").trim().toUpperCase();
  return { key, change: checked.ok && !problems.length ? checked.value : undefined, problems };
}

/** How each directory is read, compared and written. */
interface Directory<V, C> {
  columns: ColumnSpec<string>[];
  parse(r: TableRow, cols: Columns, creditClasses: readonly string[]): Parsed<C>;
  existing(db: DepartmentDb, keys: string[], lock: boolean): Promise<Map<string, V>>;
  merge(existing: V | undefined, change: C): Merged<V>;
  write(db: DepartmentDb, values: V[]): Promise<unknown>;
}

const TARGETS: Directory<TargetValues, TargetChange> = {
  columns: TARGET_COLUMNS as ColumnSpec<string>[],
  parse: targetFromRow,
  existing: targetValuesByUscc,
  merge: mergeTarget,
  write: upsertTargets,
};

const INSPECTORS: Directory<InspectorValues, InspectorChange> = {
  columns: INSPECTOR_COLUMNS as ColumnSpec<string>[],
  parse: (r, cols) => inspectorFromRow(r, cols),
  existing: inspectorValuesByCertificate,
  merge: mergeInspector,
  write: upsertInspectors,
};

export interface ImportOptions {
  db: DepartmentDb;
  kind: DirectoryKind;
  format: TableFormat;
  /** File bytes, or a path (streamed for XLSX). */
  source: Uint8Array | string;
  creditClasses: readonly string[];
  /** Validate and compare, write nothing: the report says what the import would do. */
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Runs inside the import's transaction with the keys written (the audit entry). */
  onCommit?: (tx: DepartmentDb, keys: string[]) => Promise<void>;
}

export function importDirectory(opts: ImportOptions): Promise<ImportResult> {
  return opts.kind === "targets" ? run(opts, TARGETS) : run(opts, INSPECTORS);
}

async function run<V, C>(opts: ImportOptions, directory: Directory<V, C>): Promise<ImportResult> {
  const dryRun = opts.dryRun ?? false;
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const report = (e: ImportRowError) => {
    errorCount++;
    if (errors.length < MAX_LISTED) errors.push(e);
  };
  const changes: { row: number; key: string; change: C }[] = [];
  const firstRowOfKey = new Map<string, number>();
  let rowsRead = 0;
  let columns: Columns | undefined;
  let ignoredColumns: string[] = [];
  const empty = (status: ImportResult["status"]): ImportResult => ({
    status, dryRun, rowsRead, inserted: 0, updated: 0, unchanged: 0, clearedValues: 0, changes: [], changeCount: 0, ignoredColumns, errors, errorCount,
  });

  try {
    for await (const r of readTable(opts.source, opts.format)) {
      if (!columns) {
        const headers = Object.keys(r.cells);
        const mapped = mapHeaders(directory.columns, headers);
        ignoredColumns = headers.filter((h) => h && !Object.values(mapped.columns).includes(h));
        if (mapped.missing.length) {
          report({ row: 1, column: null, reason: `缺少必填列 (missing required columns): ${mapped.missing.join("、")}` });
          break;
        }
        columns = mapped.columns as Columns;
      }
      rowsRead++;
      const parsed = directory.parse(r, columns, opts.creditClasses);
      for (const p of parsed.problems) report({ row: r.row, column: p.column, reason: p.reason });
      if (parsed.key) {
        const earlier = firstRowOfKey.get(parsed.key);
        if (earlier !== undefined)
          report({ row: r.row, column: columns[directory.columns[0]!.field] ?? null, reason: `与第${earlier}行重复 (duplicates row ${earlier})` });
        else firstRowOfKey.set(parsed.key, r.row);
      }
      if (parsed.change && errorCount === 0) changes.push({ row: r.row, key: parsed.key, change: parsed.change });
      if (rowsRead % 10_000 === 0) opts.onProgress?.({ phase: "validating", rows: rowsRead });
    }
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    report({ row: 0, column: null, reason: e.message });
  }
  if (errorCount === 0 && rowsRead === 0) report({ row: 1, column: null, reason: "文件没有数据行 (no data rows)" });
  if (errorCount > 0) {
    opts.onProgress?.({ phase: "done", rows: rowsRead });
    return empty("REJECTED");
  }

  // Compare with what is stored, batch by batch; write (unless previewing) only what changes.
  const header = (field: string) => columns?.[field] ?? directory.columns.find((c) => c.field === field)?.headers[0] ?? field;
  // Changed fields are listed in the directory's column order.
  const order = (fields: PropertyKey[]) => fields.map(String).sort((a, b) => position(a) - position(b)).map(header);
  const position = (field: string) => directory.columns.findIndex((c) => c.field === field);
  const result = empty(dryRun ? "PREVIEW" : "COMMITTED");
  const written: string[] = [];
  const compareAndWrite = async (db: DepartmentDb) => {
    for (let i = 0; i < changes.length; i += BATCH) {
      const batch = changes.slice(i, i + BATCH);
      const stored = await directory.existing(db, batch.map((c) => c.key), !dryRun);
      const toWrite: V[] = [];
      for (const { row, key, change } of batch) {
        const merged = directory.merge(stored.get(key), change);
        if (merged.action === "UNCHANGED") {
          result.unchanged++;
          continue;
        }
        if (merged.action === "INSERT") result.inserted++;
        else result.updated++;
        result.clearedValues += merged.cleared.length;
        result.changeCount++;
        if (result.changes.length < MAX_LISTED)
          result.changes.push({ row, key, action: merged.action, fields: order(merged.changed), cleared: order(merged.cleared) });
        toWrite.push(merged.values);
        written.push(key);
      }
      if (!dryRun && toWrite.length) await directory.write(db, toWrite);
      const done = Math.min(i + BATCH, changes.length);
      opts.onProgress?.({ phase: dryRun ? "comparing" : "writing", rows: done, total: changes.length });
    }
  };
  if (dryRun) await compareAndWrite(opts.db);
  else
    await opts.db.transaction(async (tx) => {
      await compareAndWrite(tx);
      await opts.onCommit?.(tx, written);
    });
  opts.onProgress?.({ phase: "done", rows: rowsRead });
  return result;
}
