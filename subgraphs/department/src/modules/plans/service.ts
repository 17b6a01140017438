/**
 * The item list and annual plans: a plan is edited as a draft, published, then changed only through
 * a recorded adjustment with its reason; every write in a transaction with its audit entry.
 */
import { badInput, HubError, notFound } from "@hub/kit";
import { PlanStatus } from "@hub/schema";
import type { DepartmentContext } from "../../shared/context.js";
import { audit } from "../../shared/audit.js";
import type { DepartmentDb } from "../../shared/db.js";
import { checkItem, checkPlan, type ItemInputShape, type PlanInputShape, type PlanValues } from "./rules.js";
import * as store from "./store.js";
import { itemRecord, planRecord } from "../exports/records.js";
import { pushRecords } from "../results/outbox.js";

export async function saveItem(ctx: DepartmentContext, input: ItemInputShape) {
  const checked = checkItem(input);
  if ("problems" in checked) throw badInput(checked.problems.join("; "), { problems: checked.problems });
  return ctx.db.transaction(async (tx) => {
    const row = await store.upsertItem(tx, checked.value);
    await pushRecords(tx, ctx.department, "items", [{ ref: row.code, record: itemRecord(ctx.department, row) }], ctx.clock.now());
    await audit(tx, ctx.identity, "upsertItem", [row.code]);
    return row;
  });
}

async function validatedPlan(ctx: DepartmentContext, input: PlanInputShape): Promise<PlanValues> {
  const checked = checkPlan(input, ctx.department.creditClasses, ctx.department.ratioBounds);
  if ("problems" in checked) throw badInput(checked.problems.join("; "), { problems: checked.problems });
  const known = new Set((await store.itemsByCode(ctx.db, checked.value.itemCodes)).map((i) => i.code));
  const unknown = checked.value.itemCodes.filter((c) => !known.has(c));
  if (unknown.length) throw badInput(`unknown inspection items: ${unknown.join(", ")}`, { unknownItems: unknown });
  return checked.value;
}

async function lockedPlan(db: DepartmentDb, id: number) {
  const plan = await store.lockedPlan(db, id);
  if (!plan) throw notFound(`plan ${id}`);
  return plan;
}

/**
 * Create a draft plan once per idempotency key: the key and the created id are stored in the same
 * transaction, so a retry (or a concurrent duplicate) gets the first plan back.
 */
export async function createPlan(ctx: DepartmentContext, input: PlanInputShape, idempotencyKey?: string) {
  if (idempotencyKey !== undefined && !/^[\w.:-]{8,128}$/.test(idempotencyKey)) throw badInput("idempotencyKey must be 8–128 letters, digits or . : _ -");
  const values = await validatedPlan(ctx, input);
  const earlier = async () => {
    const hit = idempotencyKey ? await store.idempotencyHit(ctx.db, idempotencyKey) : undefined;
    if (!hit) return undefined;
    if (hit.operation !== "createPlan") throw new HubError("CONFLICT", `idempotencyKey was already used for ${hit.operation}`);
    return (await store.planById(ctx.db, Number(hit.resultId)))!;
  };
  const hit = await earlier();
  if (hit) return hit;
  try {
    return await ctx.db.transaction(async (tx) => {
      const created = await store.insertPlan(tx, values);
      if (idempotencyKey) await store.rememberIdempotencyKey(tx, idempotencyKey, "createPlan", created.id);
      await audit(tx, ctx.identity, "createPlan", [created.id]);
      return created;
    });
  } catch (e) {
    // A concurrent request with the same key committed first: return its plan.
    const concurrent = await earlier().catch(() => undefined);
    if (concurrent) return concurrent;
    throw e;
  }
}

export async function updateDraft(ctx: DepartmentContext, id: number, input: PlanInputShape) {
  const values = await validatedPlan(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const plan = await lockedPlan(tx, id);
    if (plan.status !== PlanStatus.DRAFT) throw new HubError("PLAN_NOT_EDITABLE", `plan ${id} is published; change it with adjustPlan and a reason`);
    await audit(tx, ctx.identity, "updatePlan", [plan.id]);
    return store.updatePlan(tx, plan.id, values);
  });
}

export async function publishPlan(ctx: DepartmentContext, id: number) {
  return ctx.db.transaction(async (tx) => {
    const plan = await lockedPlan(tx, id);
    if (plan.status !== PlanStatus.DRAFT) throw new HubError("PLAN_NOT_EDITABLE", `plan ${id} is already published`);
    await audit(tx, ctx.identity, "publishPlan", [plan.id]);
    const published = await store.updatePlan(tx, plan.id, { status: PlanStatus.PUBLISHED, publishedAt: ctx.clock.now() });
    await pushRecords(tx, ctx.department, "plans", [{ ref: String(plan.id), record: planRecord(ctx.department, published) }], ctx.clock.now());
    return published;
  });
}

/** Change a published plan, recording the reason and both versions (计划调整). */
export async function adjustPlan(ctx: DepartmentContext, id: number, input: PlanInputShape, reason: string) {
  if (!reason.trim()) throw badInput("an adjustment needs a reason");
  if (reason.length > 2000) throw badInput("reason is longer than 2000 characters");
  const values = await validatedPlan(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const plan = await lockedPlan(tx, id);
    if (plan.status !== PlanStatus.PUBLISHED) throw new HubError("PLAN_NOT_EDITABLE", `plan ${id} is a draft; edit it with updatePlan`);
    await store.insertAdjustment(tx, {
      planId: plan.id,
      reason: reason.trim(),
      before: store.planSnapshot(plan),
      after: store.planSnapshot(values),
      adjustedBy: ctx.identity.subject,
      // the service's clock, like publishedAt: not the database's
      adjustedAt: ctx.clock.now(),
    });
    await audit(tx, ctx.identity, "adjustPlan", [plan.id]);
    const adjusted = await store.updatePlan(tx, plan.id, { ...values, version: plan.version + 1 });
    await pushRecords(tx, ctx.department, "plans", [{ ref: String(plan.id), record: planRecord(ctx.department, adjusted) }], ctx.clock.now());
    return adjusted;
  });
}
