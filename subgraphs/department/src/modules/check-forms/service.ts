/** 检查表: saving an item's check form as a new version, in a transaction with its audit entry. */
import { badInput, notFound } from "@hub/kit";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import { itemsByCode } from "../plans/store.js";
import { checkFormPoints } from "./rules.js";
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
