/**
 * The directories' writes: one record saved with the merge rule of rules.ts, or a whole file
 * imported (import/importer.ts), each in a transaction with its audit entry.
 */
import { badInput, HubError } from "@hub/kit";
import type { DepartmentContext } from "../../shared/context.js";
import { audit } from "../../shared/audit.js";
import { importDirectory, type DirectoryKind } from "./import/importer.js";
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
import { inspectorValuesByCertificate, targetValuesByUscc, upsertInspectors, upsertTargets } from "./store.js";

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
    await audit(tx, ctx.identity, "upsertInspector", [change.certificateNumber]);
    return rows[0]!;
  });
}

/** A directory file sent through GraphQL as base64: validated, compared, and written (unless a dry run). */
export function importUpload(ctx: DepartmentContext, kind: DirectoryKind, input: { format: TableFormat; contentBase64: string; dryRun: boolean }) {
  const clean = input.contentBase64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw badInput("contentBase64 is not base64");
  return importDirectory({
    db: ctx.db,
    kind,
    format: input.format,
    source: Buffer.from(clean, "base64"),
    creditClasses: ctx.department.creditClasses,
    dryRun: input.dryRun,
    onCommit: (tx, keys) => audit(tx, ctx.identity, kind === "targets" ? "importTargets" : "importInspectors", keys),
  });
}
