/** 检查表: saving an item's check form as a new version, in a transaction with its audit entry; checking answers given elsewhere. */
import { badInput, notFound } from "@hub/kit";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { itemsByCode } from "../plans/store.js";
import { checkAnswers, checkFormPoints } from "./rules.js";
import type { CheckAnswer } from "@hub/schema";
import * as store from "./store.js";

export async function saveCheckForm(ctx: DepartmentContext, itemCode: string, points: readonly { content: string; standard: string; legalBasis: string }[]) {
  const checked = checkFormPoints(points);
  if ("problems" in checked) throw badInput(checked.problems.slice(0, 10).join("; "), { problems: checked.problems.slice(0, 50) });
  if ((await itemsByCode(ctx.db, [itemCode])).length === 0) throw notFound(`inspection item ${itemCode}`);
  return ctx.db.transaction(async (tx) => {
    await store.lockItemForms(tx, itemCode);
    const current = (await store.currentForms(tx, [itemCode])).get(itemCode);
    const row = await store.insertForm(tx, { itemCode, version: (current?.version ?? 0) + 1, points: checked.value, createdBy: ctx.identity.subject, createdAt: ctx.clock.now() });
    await audit(tx, ctx.identity, "saveCheckForm", [itemCode, row.version]);
    return row;
  });
}

/**
 * 联合抽查: the office checks the answers of a joint inspection's record against this department's
 * current forms before it signs the record in; any item of this department's list may be answered.
 */
export async function verifyAnswerSets(ctx: DepartmentContext, sets: readonly (readonly { itemCode: string; number: number; answer: CheckAnswer; note?: string | null }[])[]) {
  const codes = [...new Set(sets.flat().map((a) => a.itemCode))];
  const [items, forms] = await Promise.all([itemsByCode(ctx.db, codes), store.currentForms(ctx.db, codes)]);
  const known = items.map((i) => i.code);
  return sets.map((set) => {
    const checked = checkAnswers(set, forms, known);
    return "problems" in checked ? { answers: [], problems: checked.problems.slice(0, 20) } : { answers: checked.value, problems: [] };
  });
}
