/**
 * The directories' writes: one record saved with the merge rule of rules.ts, or a whole file
 * imported (import/importer.ts), each in a transaction with its audit entry.
 */
import { badInput, HubError, systemClock, type Actor, type Clock, type Job, type JobKind } from "@hub/kit";
import type { ResolvedDepartment } from "@hub/schema";
import { attributeDirectoryChanges } from "../credit/service.js";
import { pushDirectory } from "../results/outbox.js";
import type { DepartmentContext } from "../../shared/context.js";
import { audit } from "../../shared/audit.js";
import { importDirectory, type DirectoryKind, type ImportProgress } from "./import/importer.js";
import type { DepartmentDb } from "../../shared/db.js";
import type { TableFormat } from "./import/read-table.js";
import {
  checkInspectorChange,
  checkTargetChange,
  mergeInspector,
  mergeTarget,
  type FieldProblem,
  type InspectorInputShape,
  type TargetInputShape,
} from "./rules.js";
import { deleteImportFile, importFile, inspectorValuesByCertificate, storeImportFile, targetValuesByUscc, upsertInspectors, upsertTargets } from "./store.js";

/** An import's transaction, before it commits: its audit entry, whose class changes they were, and the push of what it wrote. */
export async function committed(tx: DepartmentDb, by: { identity: Actor; clock: Clock; department: ResolvedDepartment }, kind: DirectoryKind, keys: string[]) {
  await audit(tx, by.identity, kind === "targets" ? "importTargets" : "importInspectors", keys);
  if (kind === "targets") await attributeDirectoryChanges(tx, by, "IMPORT");
  await pushDirectory(tx, by.department, kind, keys, by.clock.now());
}

export function rejectProblems(problems: FieldProblem[]): never {
  const usccProblem = problems.find((p) => p.field === "uscc");
  throw new HubError(usccProblem ? "INVALID_USCC" : "BAD_USER_INPUT", problems.map((p) => `${p.field}: ${p.reason}`).join("; "), { problems });
}

/** Create or change a target; returns its USCC. Fields left out keep their value. */
export async function saveTarget(ctx: DepartmentContext, input: TargetInputShape): Promise<string> {
  const checked = checkTargetChange(input, ctx.department.creditClasses);
  if (!checked.ok) rejectProblems(checked.problems);
  const change = checked.value;
  await ctx.db.transaction(async (tx) => {
    const merged = mergeTarget((await targetValuesByUscc(tx, [change.uscc], true)).get(change.uscc), change);
    if (merged.action !== "UNCHANGED") await upsertTargets(tx, [merged.values]);
    await attributeDirectoryChanges(tx, ctx, "DIRECTORY");
    if (merged.action !== "UNCHANGED") await pushDirectory(tx, ctx.department, "targets", [change.uscc], ctx.clock.now());
    await audit(tx, ctx.identity, "upsertTarget", [change.uscc]);
  });
  ctx.loaders.targetByUscc.clear(change.uscc);
  return change.uscc;
}

/** Create or change an inspector; returns the stored row. Fields left out keep their value. */
export async function saveInspector(ctx: DepartmentContext, input: InspectorInputShape) {
  const checked = checkInspectorChange(input);
  if (!checked.ok) rejectProblems(checked.problems);
  const change = checked.value;
  return ctx.db.transaction(async (tx) => {
    const merged = mergeInspector((await inspectorValuesByCertificate(tx, [change.certificateNumber], true)).get(change.certificateNumber), change);
    const { rows } = await upsertInspectors(tx, [merged.values]);
    if (merged.action !== "UNCHANGED") await pushDirectory(tx, ctx.department, "inspectors", [change.certificateNumber], ctx.clock.now());
    await audit(tx, ctx.identity, "upsertInspector", [change.certificateNumber]);
    return rows[0]!;
  });
}

/** A directory file sent through GraphQL as base64: validated, compared, and written (unless a dry run). */
export function uploadedBytes(contentBase64: string): Buffer {
  const clean = contentBase64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw badInput("contentBase64 is not base64");
  return Buffer.from(clean, "base64");
}

export function importUpload(ctx: DepartmentContext, kind: DirectoryKind, input: { format: TableFormat; contentBase64: string; dryRun: boolean }) {
  return importDirectory({
    db: ctx.db,
    kind,
    format: input.format,
    source: uploadedBytes(input.contentBase64),
    creditClasses: ctx.department.creditClasses,
    dryRun: input.dryRun,
    onCommit: (tx, keys) => committed(tx, ctx, kind, keys),
  });
}

/** What an import job is given: the stored file, how to read it, and who asked. */
export interface ImportJobData {
  fileId: string;
  kind: DirectoryKind;
  format: TableFormat;
  dryRun: boolean;
  identity: Actor;
}

export const IMPORT_JOB = "import";

/** Keep the file and queue its import: the request returns the job at once. */
export async function startImportJob(ctx: DepartmentContext, kind: DirectoryKind, input: { format: TableFormat; contentBase64: string; dryRun: boolean }): Promise<Job> {
  if (!ctx.jobs) throw new HubError("INTERNAL_SERVER_ERROR", "this department runs without a job queue");
  const bytes = uploadedBytes(input.contentBase64);
  if (bytes.length === 0) throw badInput("the file is empty");
  return queueImportJob(ctx, kind, await storeImportFile(ctx.db, bytes), input.format, input.dryRun);
}

/** Queue the import of a stored file (an upload's, or a request's) as a job, and audit who asked. */
export async function queueImportJob(ctx: DepartmentContext, kind: DirectoryKind, fileId: string, format: TableFormat, dryRun: boolean): Promise<Job> {
  if (!ctx.jobs) throw new HubError("INTERNAL_SERVER_ERROR", "this department runs without a job queue");
  const { identity } = ctx;
  const data: ImportJobData = { fileId, kind, format, dryRun, identity: { subject: identity.subject, role: identity.role, department: identity.department } };
  const { id } = await ctx.jobs.start(IMPORT_JOB, data, identity.subject);
  await audit(ctx.db, identity, kind === "targets" ? "importTargetsJob" : "importInspectorsJob", [id]);
  return (await ctx.jobs.get(id))!;
}

const STEPS: Record<ImportProgress["phase"], string> = { validating: "校验", comparing: "比对", writing: "写入", done: "完成" };

/**
 * The import job: the same all-or-nothing import as the request, with its progress written as it
 * goes; the file is deleted once imported (a failed attempt keeps it for the retry).
 */
export function importJob(db: DepartmentDb, department: ResolvedDepartment): JobKind<ImportJobData> {
  const { creditClasses } = department;
  return {
    expireInSeconds: 3600,
    async handler(data, progress) {
      const bytes = await importFile(db, data.fileId);
      if (!bytes) throw new Error("the uploaded file is gone; upload it again");
      let reported = Promise.resolve();
      const result = await importDirectory({
        db,
        kind: data.kind,
        format: data.format,
        source: bytes,
        creditClasses,
        dryRun: data.dryRun,
        // progress lands in order, without holding the import up
        onProgress: (p) => void (reported = reported.then(() => progress.progress(p.rows, p.total ?? null, STEPS[p.phase])).catch(() => {})),
        onCommit: (tx, keys) => committed(tx, { identity: data.identity, clock: systemClock, department }, data.kind, keys),
      });
      await reported;
      await deleteImportFile(db, data.fileId);
      return result;
    },
  };
}
