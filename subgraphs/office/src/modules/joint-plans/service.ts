/**
 * 年度联合抽查计划: departments submit their joint plan entries by the year's due day, the office
 * accepts or returns each and publishes the year's plan; joint inspections name the entry they carry
 * out, and each entry says whether it was. 跨部门联合抽查事项清单 (一业一查) beside it. Every write in a
 * transaction with its audit entry.
 */
import { audit, badInput, HubError, notFound } from "@hub/kit";
import { chinaDate, JointPlanEntryStatus, NotificationKind, Role } from "@hub/schema";
import type { JointPlanEntryRow } from "../../db/schema.js";
import { actingDepartment, requireCoordinator, requireLeadOrOffice } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import type { OfficeDb } from "../../shared/db.js";
import { changeRefusal, checkEntry, checkJointItem, isLate, reviewRefusal, type EntryInput, type JointItemInput } from "./rules.js";
import * as store from "./store.js";
import { tell } from "../notifications/service.js";

const codes = (ctx: OfficeContext) => ctx.config.departments.map((d) => d.code);
const refuse = (problems: string[]) => badInput(problems.slice(0, 10).join("; "), { problems: problems.slice(0, 20) });

export async function saveJointItem(ctx: OfficeContext, input: JointItemInput) {
  requireCoordinator(ctx);
  const checked = checkJointItem(input, codes(ctx));
  if ("problems" in checked) throw refuse(checked.problems);
  return ctx.db.transaction(async (tx) => {
    const row = await store.upsertJointItem(tx, { ...checked.value, updatedBy: ctx.identity.subject, updatedAt: ctx.clock.now() });
    await audit(tx, ctx.identity, "saveJointItem", [row.code]);
    return row;
  });
}

async function checked(db: OfficeDb, ctx: OfficeContext, input: EntryInput) {
  const item = input.jointItemCode?.trim() ? await store.jointItemByCode(db, input.jointItemCode.trim()) : null;
  const result = checkEntry(input, codes(ctx), item);
  if ("problems" in result) throw refuse(result.problems);
  return result.value;
}

export async function submitEntry(ctx: OfficeContext, input: EntryInput) {
  requireLeadOrOffice(ctx, input.lead, "submit a joint plan entry for");
  return ctx.db.transaction(async (tx) => {
    const value = await checked(tx, ctx, input);
    const now = ctx.clock.now();
    const row = await store.insertEntry(tx, {
      ...value, status: JointPlanEntryStatus.SUBMITTED, submittedBy: ctx.identity.subject, submittedAt: now, submittedLate: isLate(value.year, ctx.config.office.jointPlanDueDay, chinaDate(now)),
    });
    await audit(tx, ctx.identity, "submitJointPlanEntry", [row.id, row.year, row.lead]);
    return row;
  });
}

/** The lead changes a submitted or returned entry; it is submitted again for review. */
export async function updateEntry(ctx: OfficeContext, id: number, input: EntryInput) {
  return ctx.db.transaction(async (tx) => {
    const entry = await store.entryById(tx, id, true);
    if (!entry) throw notFound(`joint plan entry ${id}`);
    const refusal = ctx.identity.role === Role.OFFICE_COORDINATOR && entry.status !== JointPlanEntryStatus.ACCEPTED ? undefined : changeRefusal(entry, actingDepartment(ctx));
    if (refusal) throw new HubError(entry.status === JointPlanEntryStatus.ACCEPTED ? "CONFLICT" : "FORBIDDEN", refusal);
    if (input.lead !== entry.lead || input.year !== entry.year) throw badInput("an entry keeps its lead and year; submit a new entry for another");
    const value = await checked(tx, ctx, input);
    const now = ctx.clock.now();
    const row = await store.updateEntry(tx, id, {
      ...value, status: JointPlanEntryStatus.SUBMITTED, submittedBy: ctx.identity.subject, submittedAt: now, submittedLate: isLate(value.year, ctx.config.office.jointPlanDueDay, chinaDate(now)),
      reviewNote: null, reviewedBy: null, reviewedAt: null,
    });
    await audit(tx, ctx.identity, "updateJointPlanEntry", [id]);
    return row;
  });
}

export async function reviewEntry(ctx: OfficeContext, id: number, accept: boolean, note: string | null) {
  requireCoordinator(ctx);
  return ctx.db.transaction(async (tx) => {
    const entry = await store.entryById(tx, id, true);
    if (!entry) throw notFound(`joint plan entry ${id}`);
    const refusal = reviewRefusal(entry, accept, note);
    if (refusal) throw new HubError(entry.status === JointPlanEntryStatus.SUBMITTED ? "BAD_USER_INPUT" : "CONFLICT", refusal);
    const row = await store.updateEntry(tx, id, {
      status: accept ? JointPlanEntryStatus.ACCEPTED : JointPlanEntryStatus.RETURNED, reviewNote: note, reviewedBy: ctx.identity.subject, reviewedAt: ctx.clock.now(),
    });
    await tell(tx, ctx, [{ department: row.lead, kind: accept ? NotificationKind.JOINT_PLAN_ENTRY_ACCEPTED : NotificationKind.JOINT_PLAN_ENTRY_RETURNED, planEntryId: id, facts: { year: row.year, name: row.name, reason: note } }]);
    await audit(tx, ctx.identity, "reviewJointPlanEntry", [id, row.status]);
    return row;
  });
}

/** Publish (or publish again) the year's plan: its accepted entries, once none waits for review. */
export async function publishPlan(ctx: OfficeContext, year: number) {
  requireCoordinator(ctx);
  return ctx.db.transaction(async (tx) => {
    await store.lockPlanYear(tx, year);
    const entries = await store.entriesOf(tx, year);
    const waiting = entries.filter((e) => e.status === JointPlanEntryStatus.SUBMITTED);
    if (waiting.length) throw new HubError("CONFLICT", `${waiting.length} 条计划尚待审核（第 ${waiting.slice(0, 10).map((e) => e.id).join("、")} 条），审核后才能公布 (entries await review)`, { entryIds: waiting.map((e) => e.id) });
    const accepted = entries.filter((e) => e.status === JointPlanEntryStatus.ACCEPTED);
    if (accepted.length === 0) throw badInput(`${year} 年尚无已采纳的联合抽查计划，无法公布 (nothing accepted)`);
    const previous = await store.planOf(tx, year);
    const plan = { year, version: (previous?.version ?? 0) + 1, entryIds: accepted.map((e) => e.id), publishedBy: ctx.identity.subject, publishedAt: ctx.clock.now() };
    await store.savePlan(tx, plan);
    await audit(tx, ctx.identity, "publishJointPlan", [year, plan.version, ...plan.entryIds]);
    return plan;
  });
}

/** Entries with how far they were carried out. */
export async function withExecution(db: OfficeDb, entries: JointPlanEntryRow[]) {
  const execution = await store.executionOf(db, entries.map((e) => e.id));
  return entries.map((e) => {
    const x = execution.get(e.id) ?? { jointInspections: 0, carriedOut: 0 };
    return { ...e, jointInspections: x.jointInspections, carriedOut: x.carriedOut > 0 };
  });
}

/** The published plan of a year, as anyone reads it; undefined before its first publication. */
export async function publishedPlan(db: OfficeDb, year: number, dueDay: string) {
  const plan = await store.planOf(db, year);
  if (!plan) return undefined;
  const entries = await withExecution(db, await store.entriesByIds(db, plan.entryIds));
  // what the public reads of an entry: not who typed it in or the office's review notes
  return { ...plan, dueDate: `${year}-${dueDay}`, entries: entries.map((e) => ({ ...e, submittedBy: null, reviewNote: null, reviewedBy: null })) };
}

/** A department's own items of the joint item a plan entry carries out; none without one. */
export async function departmentItemsOf(db: OfficeDb, entryId: number, department: string): Promise<string[]> {
  const entry = await store.entryById(db, entryId);
  const item = entry?.jointItemCode ? await store.jointItemByCode(db, entry.jointItemCode) : undefined;
  return item?.departmentItems[department] ?? [];
}

/**
 * A joint inspection that names its plan entry carries it out: the entry is accepted, the joint
 * inspection has the entry's lead and no department outside it, and falls in its year.
 */
export async function checkPlanEntryFor(db: OfficeDb, entryId: number, joint: { lead: string; departments: readonly string[]; windowStart: string }) {
  const entry = await store.entryById(db, entryId);
  if (!entry) throw notFound(`joint plan entry ${entryId}`);
  if (entry.status !== JointPlanEntryStatus.ACCEPTED) throw badInput(`joint plan entry ${entryId} is not accepted by the office yet`);
  if (entry.lead !== joint.lead) throw badInput(`joint plan entry ${entryId} is led by ${entry.lead}, not ${joint.lead}`);
  const outside = joint.departments.filter((d) => !entry.departments.includes(d));
  if (outside.length) throw badInput(`joint plan entry ${entryId} does not include ${outside.join(", ")}`);
  if (!joint.windowStart.startsWith(`${entry.year}-`)) throw badInput(`joint plan entry ${entryId} is for ${entry.year}`);
  return entry;
}
