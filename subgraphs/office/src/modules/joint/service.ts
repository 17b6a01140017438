/**
 * The joint inspection workflow (联合抽查): proposed by a lead department (or the office, or from
 * an office proposal), answered in writing by each responder, staffed with teams each department
 * drew at random, scheduled, carried out on its day, recorded and closed. The rules are rules.ts;
 * each step is one transaction with its transition (who, when).
 */
import { audit, badInput, groupBy, HubError, logger, notFound, quoted, targetKey, today } from "@hub/kit";
import { certificateKey, checkEvidence, JointStatus, NotificationKind, ProposalStatus, ResponseStatus, type CheckAnswer, type CheckAnswerValues, type EvidenceRef, type TeamDrawShape } from "@hub/schema";
import type { JointParticipantRow } from "../../db/schema.js";
import { askDepartmentNow } from "../../department-api/client.js";
import { JointTeamDrawsDocument, VerifyCheckAnswersDocument } from "../../department-api/generated.js";
import { actingDepartment, requireLeadOrOffice } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import type { OfficeDb } from "../../shared/db.js";
import { deliverJointResults } from "./delivery.js";
import { checkPlanEntryFor } from "../joint-plans/service.js";
import { tell } from "../notifications/service.js";
import { lockedProposal, plannedTasksByTarget, setProposalStatus } from "../proposals/store.js";
import { proposalKey } from "../proposals/service.js";
import { jointActions, MAX_INSPECTORS_PER_VISIT } from "../proposals/visits.js";
import {
  checkBookings,
  checkDrawnTeam,
  checkProposal,
  checkResponse,
  checkScheduleDate,
  checkSignatures,
  checkSupply,
  checkTeam,
  checkTransition,
  checkVisitDay,
  requireParticipant,
  resultsPerRecord,
  statusAfterResponses,
} from "./rules.js";
import * as store from "./store.js";

async function load(db: OfficeDb, id: number, lock = false) {
  const found = await store.jointWithParticipants(db, id, lock);
  if (!found) throw notFound(`joint inspection ${id}`);
  return found;
}

function requireLead(ctx: OfficeContext, lead: string) {
  if (actingDepartment(ctx) !== lead) throw new HubError("FORBIDDEN", `only the lead department (${lead}) may do this`);
}


async function transition(db: OfficeDb, ctx: OfficeContext, jointId: number, from: JointStatus | null, to: JointStatus, note?: string | null, set: { scheduledDate?: string } = {}) {
  await store.setStatus(db, jointId, to, set);
  await store.insertTransition(db, { jointId, fromStatus: from, toStatus: to, bySubject: ctx.identity.subject, byDepartment: ctx.identity.department ?? null, note: note ?? null, at: ctx.clock.now() });
  // A proposal whose joint inspection will not happen is open again (the next refresh withdraws it if it is no longer produced).
  if (to === JointStatus.CANCELLED || to === JointStatus.DECLINED) await setProposalStatus(db, { jointInspectionId: jointId }, ProposalStatus.OPEN, null);
}

export interface NewJoint {
  lead: string;
  departments: string[];
  usccs: string[];
  windowStart: string;
  windowEnd: string;
  planText: string;
  proposalKey?: string;
  /** The annual joint plan's entry it carries out. */
  planEntryId?: number;
}

/** Check a new joint inspection and write it with its targets, participants and first transition. */
async function createJoint(db: OfficeDb, ctx: OfficeContext, input: NewJoint) {
  requireLeadOrOffice(ctx, input.lead, "propose for");
  const known = new Set(ctx.config.departments.map((d) => d.code));
  const unknown = [input.lead, ...input.departments].filter((d) => !known.has(d));
  if (unknown.length) throw badInput(`unknown departments: ${unknown.slice(0, 10).map((d) => quoted(d)).join(", ")}`);
  if (input.usccs.length > 500) throw badInput("at most 500 targets in one joint inspection");
  const usccs = [...new Set(input.usccs.map(targetKey))];
  const planText = input.planText.trim();
  if (!planText || planText.length > 5000) throw badInput("the plan text (联合检查方案) is required, at most 5000 characters");
  const departments = checkProposal(input.lead, input.departments, input.windowStart, input.windowEnd, usccs);
  if (input.planEntryId !== undefined) await checkPlanEntryFor(db, input.planEntryId, { lead: input.lead, departments, windowStart: input.windowStart });
  // Every target is in a participating department's directory (as of the office's last sync).
  const held = await store.heldBy(db, usccs, departments);
  const strangers = usccs.filter((u) => !held.has(u));
  if (strangers.length)
    throw badInput(`not in the directory of any participating department (as of the office's last sync): ${strangers.slice(0, 10).join(", ")}${strangers.length > 10 ? ` and ${strangers.length - 10} more` : ""}`, { usccs: strangers.slice(0, 100) });
  const now = ctx.clock.now();
  const joint = await store.insertJoint(db, {
    lead: input.lead, departments, windowStart: input.windowStart, windowEnd: input.windowEnd, status: JointStatus.PROPOSED, planText, proposalKey: input.proposalKey ?? null, planEntryId: input.planEntryId ?? null, createdBy: ctx.identity.subject, createdAt: now,
  });
  await store.insertTargets(db, joint.id, usccs);
  await store.insertParticipants(db, departments.map((d) => ({
    jointId: joint.id, department: d,
    response: d === input.lead ? ResponseStatus.ACCEPTED : ResponseStatus.PENDING,
    respondedBy: d === input.lead ? ctx.identity.subject : null, respondedAt: d === input.lead ? now : null,
  })));
  await store.insertTransition(db, { jointId: joint.id, fromStatus: null, toStatus: JointStatus.PROPOSED, bySubject: ctx.identity.subject, byDepartment: ctx.identity.department ?? null, at: now });
  await tell(db, ctx, departments.filter((d) => d !== input.lead).map((department) => ({
    department, kind: NotificationKind.JOINT_INVITATION, facts: { jointInspectionId: joint.id, lead: input.lead, windowStart: input.windowStart, windowEnd: input.windowEnd, targets: usccs.length },
  })));
  return joint;
}

/** Tell every department taking part but the lead (those that declined are out). */
const tellResponders = (db: OfficeDb, ctx: OfficeContext, joint: { id: number; lead: string }, participants: readonly JointParticipantRow[], kind: NotificationKind, facts: Omit<Parameters<typeof tell>[2][number]["facts"], "jointInspectionId"> = {}) =>
  tell(db, ctx, participants.filter((p) => p.department !== joint.lead && p.response !== ResponseStatus.DECLINED).map((p) => ({ department: p.department, kind, facts: { jointInspectionId: joint.id, lead: joint.lead, ...facts } })));

export function propose(ctx: OfficeContext, input: NewJoint) {
  return ctx.db.transaction(async (tx) => {
    const joint = await createJoint(tx, ctx, input);
    await audit(tx, ctx.identity, "proposeJointInspection", [joint.id, ...input.usccs]);
    return joint;
  });
}

/** Launch a joint inspection from an office proposal: its departments, window and targets; the proposal is then ADOPTED. */
export async function launch(ctx: OfficeContext, key: string, lead: string, planText: string, planEntryId?: number) {
  requireLeadOrOffice(ctx, lead, "launch for");
  return ctx.db.transaction(async (tx) => {
    const proposal = await lockedProposal(tx, key);
    if (!proposal) throw notFound(`proposal ${quoted(key, 80)}`);
    if (proposal.status === ProposalStatus.ADOPTED) throw new HubError("CONFLICT", `proposal ${key} was already launched as joint inspection ${proposal.jointInspectionId}`);
    if (proposal.status !== ProposalStatus.OPEN) throw new HubError("CONFLICT", `proposal ${key} was withdrawn: the departments no longer have planned tasks together there`);
    if (!proposal.departments.includes(lead)) throw badInput(`${quoted(lead)} is not one of the proposal's departments (${proposal.departments.join(", ")})`);
    // The proposal's targets as the office computes them now.
    const action = jointActions(await plannedTasksByTarget(tx, proposal.year)).find((a) => proposalKey(proposal.year, a) === key);
    if (!action) throw new HubError("CONFLICT", `proposal ${key} is no longer produced by the departments' tasks; sync and look again`);
    const joint = await createJoint(tx, ctx, {
      lead, departments: proposal.departments.filter((d) => d !== lead), usccs: action.visits.map((v) => v.uscc),
      windowStart: proposal.windowStart, windowEnd: proposal.windowEnd, planText, proposalKey: key, planEntryId,
    });
    await setProposalStatus(tx, { key }, ProposalStatus.ADOPTED, joint.id);
    await audit(tx, ctx.identity, "launchJointInspection", [joint.id, key]);
    return joint;
  });
}

/** A responding department accepts or declines in writing. */
export async function respond(ctx: OfficeContext, id: number, accept: boolean, reason: string | null) {
  return ctx.db.transaction(async (tx) => {
    const { joint, participants } = await load(tx, id, true);
    const me = requireParticipant(participants, actingDepartment(ctx));
    checkResponse(joint, me, accept, reason);
    me.response = accept ? ResponseStatus.ACCEPTED : ResponseStatus.DECLINED;
    await store.updateParticipant(tx, joint.id, me.department, { response: me.response, reason, respondedBy: ctx.identity.subject, respondedAt: ctx.clock.now() });
    const next = statusAfterResponses(joint.lead, participants);
    if (next !== joint.status) await transition(tx, ctx, joint.id, joint.status, next);
    await tell(tx, ctx, [{ department: joint.lead, kind: accept ? NotificationKind.JOINT_ACCEPTED : NotificationKind.JOINT_DECLINED, facts: { jointInspectionId: joint.id, actor: me.department, reason } }]);
    await audit(tx, ctx.identity, "respondToJointInspection", [joint.id, me.department, me.response]);
    return (await load(tx, id)).joint;
  });
}

/** The department's recorded team draws for a joint inspection, read through the gateway as the office. */
async function drawnTeams(ctx: OfficeContext, department: string, jointId: number): Promise<TeamDrawShape[]> {
  const data = await askDepartmentNow(ctx.sync, department, JointTeamDrawsDocument, { jointInspectionId: String(jointId) }, "team draw");
  return data.department?.jointTeamDraws ?? [];
}

/** A department supplies the team its drawJointTeam drew, nothing else. */
export async function supply(ctx: OfficeContext, id: number, certificateNumbers: string[]) {
  const supplied = [...new Set(certificateNumbers.map(certificateKey).filter(Boolean))];
  const before = await load(ctx.db, id);
  const department = requireParticipant(before.participants, actingDepartment(ctx)).department;
  checkSupply(before.joint.status, requireParticipant(before.participants, department));
  const draws = await drawnTeams(ctx, department, before.joint.id);
  const latest = draws.at(-1);
  checkDrawnTeam(department, before.joint.id, supplied, latest);
  return ctx.db.transaction(async (tx) => {
    const { joint, participants } = await load(tx, id, true);
    const me = requireParticipant(participants, department);
    checkSupply(joint.status, me);
    me.inspectors = supplied;
    // Only the ten-inspector cap can be checked before everyone has supplied.
    const total = participants.filter((p) => p.response === ResponseStatus.ACCEPTED).flatMap((p) => p.inspectors).length;
    if (total > MAX_INSPECTORS_PER_VISIT) checkTeam(participants);
    await store.updateParticipant(tx, joint.id, me.department, { inspectors: me.inspectors, teamSeed: latest!.seed, teamDraws: draws.length, teamRedrawReasons: draws.slice(1).map((d) => d.reason ?? "") });
    if (me.department !== joint.lead) await tell(tx, ctx, [{ department: joint.lead, kind: NotificationKind.JOINT_TEAM_SUPPLIED, facts: { jointInspectionId: joint.id, actor: me.department, inspectors: me.inspectors.length } }]);
    await audit(tx, ctx.identity, "supplyJointInspectors", [joint.id, me.department, ...me.inspectors]);
    return joint;
  });
}

/** The lead sets the visit's day: inside the window, not in the past, the team complete, nobody booked twice that day. */
export async function schedule(ctx: OfficeContext, id: number, date: string) {
  return ctx.db.transaction(async (tx) => {
    const { joint, participants } = await load(tx, id, true);
    requireLead(ctx, joint.lead);
    checkScheduleDate(date, joint.windowStart, joint.windowEnd, today(ctx.clock));
    checkTransition(joint.status, JointStatus.SCHEDULED);
    const team = checkTeam(participants);
    checkBookings(team, date, await store.bookedOn(tx, date));
    await transition(tx, ctx, joint.id, joint.status, JointStatus.SCHEDULED, undefined, { scheduledDate: date });
    await tellResponders(tx, ctx, joint, participants, NotificationKind.JOINT_SCHEDULED, { date });
    await audit(tx, ctx.identity, "scheduleJointInspection", [joint.id, date]);
    return (await load(tx, id)).joint;
  });
}

/** The lead moves the inspection on: IN_PROGRESS (on its day or later), CLOSED, or CANCELLED. */
export async function advance(ctx: OfficeContext, id: number, status: JointStatus, note: string | null) {
  if (![JointStatus.IN_PROGRESS, JointStatus.CLOSED, JointStatus.CANCELLED].includes(status))
    throw badInput("use scheduleJointInspection and recordJointInspection for those steps");
  return ctx.db.transaction(async (tx) => {
    const { joint, participants } = await load(tx, id, true);
    requireLead(ctx, joint.lead);
    checkTransition(joint.status, status);
    checkVisitDay(status, joint.scheduledDate, today(ctx.clock));
    await transition(tx, ctx, joint.id, joint.status, status, note);
    if (status === JointStatus.CANCELLED) await tellResponders(tx, ctx, joint, participants, NotificationKind.JOINT_CANCELLED, { reason: note });
    await audit(tx, ctx.identity, "advanceJointInspection", [joint.id, status]);
    return (await load(tx, id)).joint;
  });
}

export interface JointResultSubmission {
  department: string;
  uscc?: string | null;
  categoryCode: string;
  findings?: string | null;
  evidence?: EvidenceRef[];
  /** 检查表: answers to the department's check forms (any item of its list), each form whole. */
  checkAnswers?: { itemCode: string; number: number; answer: CheckAnswer; note?: string | null }[];
}

/** Answers on one joint record in all: a visit answers a few forms per department, not thousands. */
export const MAX_RECORD_ANSWERS = 5000;

/**
 * 检查表 on the joint record: each department's answers are checked against its own current forms
 * (through the gateway) before the record is signed in, and kept as the department would keep them.
 * A department that cannot be asked now refuses the record with DEPARTMENT_UNAVAILABLE: the lead
 * records without that department's answers or tries again.
 */
async function checkedAnswers(ctx: OfficeContext, results: readonly JointResultSubmission[]): Promise<(CheckAnswerValues[] | undefined)[]> {
  const total = results.reduce((n, r) => n + (r.checkAnswers?.length ?? 0), 0);
  if (total > MAX_RECORD_ANSWERS) throw badInput(`检查表答案最多 ${MAX_RECORD_ANSWERS} 项 (at most ${MAX_RECORD_ANSWERS} check answers on one record, got ${total})`);
  const kept: (CheckAnswerValues[] | undefined)[] = results.map(() => undefined);
  const answered = [...results.entries()].filter(([, r]) => r.checkAnswers?.length);
  for (const [department, rows] of groupBy(answered, ([, r]) => r.department)) {
    const data = await askDepartmentNow(ctx.sync, department, VerifyCheckAnswersDocument, {
      sets: rows.map(([, r]) => ({ answers: r.checkAnswers!.map((a) => ({ itemCode: a.itemCode, number: a.number, answer: a.answer, note: a.note ?? null })) })),
    }, "check forms");
    const verdicts = data.department?.verifyCheckAnswers ?? [];
    const problems = rows.flatMap(([, r], i) => (verdicts[i]?.problems ?? ["no verdict"]).map((p) => `${department}${r.uscc ? `（${r.uscc.slice(0, 20)}）` : ""}：${p}`));
    if (problems.length) throw badInput(problems.slice(0, 10).join("; "), { problems: problems.slice(0, 50) });
    rows.forEach(([i], j) => (kept[i] = verdicts[j]!.answers.map((a) => ({ ...a, answer: a.answer as CheckAnswer }))));
  }
  return kept;
}

/** A result's evidence references, normalized; refused with what is wrong. */
function evidenceOf(r: JointResultSubmission): EvidenceRef[] {
  const { evidence, problems } = checkEvidence(r.evidence ?? []);
  if (problems.length) throw badInput(`${r.department}${r.uscc ? ` on ${r.uscc.slice(0, 20)}` : ""}: ${problems.join("; ")}`, { problems });
  return evidence;
}

/**
 * 双随机抽查记录表: the findings signed by every inspector, one result per participating department and
 * target; then each department is delivered its results (delivery.ts), at once where it answers.
 */
export async function record(ctx: OfficeContext, id: number, findings: string, signatures: { name: string; certificateNumber: string }[], results: JointResultSubmission[]) {
  const codes = new Set(ctx.config.resultCategories.map((c) => c.code));
  const checkRecord = async (db: OfficeDb, lock: boolean, answers: (CheckAnswerValues[] | undefined)[]) => {
    const { joint, participants } = await load(db, id, lock);
    requireLead(ctx, joint.lead);
    checkTransition(joint.status, JointStatus.RECORDED);
    checkVisitDay(JointStatus.RECORDED, joint.scheduledDate, today(ctx.clock));
    checkSignatures(checkTeam(participants), signatures);
    const targets = await store.targetsOf(db, joint.id);
    const accepted = participants.filter((p: JointParticipantRow) => p.response === ResponseStatus.ACCEPTED).map((p) => p.department);
    const perRecord = resultsPerRecord(targets, accepted, results.map((r, i) => ({ ...r, uscc: r.uscc?.trim() ? targetKey(r.uscc) : null, evidence: evidenceOf(r), checkAnswers: answers[i] ?? [] })), codes);
    return { joint, targets, accepted, perRecord };
  };
  // what would be refused anyway is refused before the departments are asked about their forms
  if (results.some((r) => r.checkAnswers?.length)) await checkRecord(ctx.db, false, []);
  const answers = await checkedAnswers(ctx, results);
  const joint = await ctx.db.transaction(async (tx) => {
    const { joint, targets, accepted, perRecord } = await checkRecord(tx, true, answers);
    const signers = signatures.map((s) => ({ name: s.name.trim(), certificateNumber: certificateKey(s.certificateNumber) }));
    const recordedAt = ctx.clock.now();
    await store.insertRecords(tx, targets.flatMap((uscc) => accepted.map((department) => {
      const r = perRecord.get(`${uscc}|${department}`)!;
      return { jointId: joint.id, uscc, department, findings, signatures: signers, categoryCode: r.categoryCode, departmentFindings: r.findings?.trim() || null, evidence: r.evidence ?? [], checkAnswers: r.checkAnswers ?? [], recordedAt };
    })));
    await transition(tx, ctx, joint.id, joint.status, JointStatus.RECORDED);
    await tell(tx, ctx, accepted.filter((d) => d !== joint.lead).map((department) => ({ department, kind: NotificationKind.JOINT_RECORDED, facts: { jointInspectionId: joint.id, lead: joint.lead } })));
    await audit(tx, ctx.identity, "recordJointInspection", [joint.id, ...targets]);
    return (await load(tx, id)).joint;
  });
  // a department that does not answer now gets its results after the next sync
  if (ctx.sync) await deliverJointResults(ctx.sync, joint.id).catch((e) => logger.error({ err: e, jointId: joint.id }, "joint inspection results could not be delivered"));
  return joint;
}
