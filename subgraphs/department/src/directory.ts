/**
 * The directories (一单两库: 检查对象名录库, 检查人员名录库): saving one record, with the merge rule of
 * domain/records.ts, in a transaction with its audit entry. Bulk imports: import/importer.ts.
 */
import { HubError } from "@hub/kit";
import type { DepartmentContext } from "./context.js";
import {
  checkInspectorChange,
  checkTargetChange,
  mergeInspector,
  mergeTarget,
  type FieldProblem,
  type InspectorInputShape,
  type TargetInputShape,
} from "./domain/records.js";
import { audit } from "./repository/audit.js";
import { inspectorValuesByCertificate, upsertInspectors } from "./repository/inspectors.js";
import { targetValuesByUscc, upsertTargets, type DepartmentDb } from "./repository/targets.js";

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
    const t = tx as unknown as DepartmentDb;
    const merged = mergeTarget((await targetValuesByUscc(t, [change.uscc], true)).get(change.uscc), change);
    if (merged.action !== "UNCHANGED") await upsertTargets(t, [merged.values]);
    await audit(t, ctx.identity, "upsertTarget", [change.uscc]);
  });
  ctx.loaders.targetByUscc.clear(change.uscc);
  return change.uscc;
}

/** Create or change an inspector; returns the certificate number. Fields left out keep their value. */
export async function saveInspector(ctx: DepartmentContext, input: InspectorInputShape) {
  const checked = checkInspectorChange(input);
  if (!checked.ok) rejectProblems(checked.problems);
  const change = checked.value;
  return ctx.db.transaction(async (tx) => {
    const t = tx as unknown as DepartmentDb;
    const merged = mergeInspector((await inspectorValuesByCertificate(t, [change.certificateNumber], true)).get(change.certificateNumber), change);
    const { rows } = await upsertInspectors(t, [merged.values]);
    await audit(t, ctx.identity, "upsertInspector", [change.certificateNumber]);
    return rows[0]!;
  });
}
