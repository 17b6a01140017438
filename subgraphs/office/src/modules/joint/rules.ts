/**
 * The joint inspection (联合抽查) workflow's rules. Pure: the service loads and stores, this decides.
 *
 *   PROPOSED → CONSULTED → SCHEDULED → IN_PROGRESS → RECORDED → CLOSED
 *   PROPOSED/CONSULTED/SCHEDULED → CANCELLED (lead);  PROPOSED → DECLINED (every responder declined)
 */
import { certificateKey, isIsoDate, JointStatus, ResponseStatus, RuleError, type CheckAnswerValues, type EvidenceRef, type TeamDrawShape } from "@hub/schema";
import { MAX_DEPARTMENTS_PER_VISIT, MAX_INSPECTORS_PER_VISIT, MIN_INSPECTORS_PER_VISIT } from "../proposals/visits.js";

export { JointStatus, ResponseStatus };

/** Joint inspections that book their inspectors on their day: once scheduled, for good (a visit that happened still happened). */
export const BOOKING_STATUSES: readonly JointStatus[] = [JointStatus.SCHEDULED, JointStatus.IN_PROGRESS, JointStatus.RECORDED, JointStatus.CLOSED];

/** Joint inspections that were carried out: they count in the statistics. */
export const CARRIED_OUT_STATUSES: readonly JointStatus[] = [JointStatus.RECORDED, JointStatus.CLOSED];

/** A refusal of the workflow, with its stable code (a department acting on a joint inspection it is not part of: FORBIDDEN). */
export class JointRuleError extends RuleError {
  constructor(
    override readonly code: "TOO_MANY_DEPARTMENTS" | "TOO_MANY_INSPECTORS" | "TOO_FEW_INSPECTORS" | "INSPECTOR_DOUBLE_BOOKED" | "FORBIDDEN" | "INVALID_TRANSITION" | "BAD_USER_INPUT",
    message: string,
  ) {
    super(code, message);
  }
}

export interface Participant {
  department: string;
  response: ResponseStatus;
  inspectors: string[];
}

export function checkProposal(lead: string, departments: string[], windowStart: string, windowEnd: string, targets: string[]) {
  const all = [...new Set([lead, ...departments])];
  if (all.length > MAX_DEPARTMENTS_PER_VISIT)
    throw new JointRuleError("TOO_MANY_DEPARTMENTS", `a joint inspection has at most ${MAX_DEPARTMENTS_PER_VISIT} departments, got ${all.length}`);
  if (all.length < 2) throw new JointRuleError("BAD_USER_INPUT", "a joint inspection needs at least one responding department besides the lead");
  if (!isIsoDate(windowStart) || !isIsoDate(windowEnd) || windowStart > windowEnd)
    throw new JointRuleError("BAD_USER_INPUT", "the window must be two dates (YYYY-MM-DD), start first");
  if (targets.length === 0) throw new JointRuleError("BAD_USER_INPUT", "a joint inspection needs at least one target");
  return all;
}

export function requireParticipant(participants: Participant[], department: string | undefined): Participant {
  const p = participants.find((x) => x.department === department);
  if (!p) throw new JointRuleError("FORBIDDEN", `${department ?? "this account"} is not part of this joint inspection`);
  return p;
}

/** After a response: CONSULTED once nobody is pending and someone besides the lead accepted; DECLINED if all declined. */
export function statusAfterResponses(lead: string, participants: Participant[]): JointStatus {
  const responders = participants.filter((p) => p.department !== lead);
  if (responders.some((p) => p.response === ResponseStatus.PENDING)) return JointStatus.PROPOSED;
  return responders.some((p) => p.response === ResponseStatus.ACCEPTED) ? JointStatus.CONSULTED : JointStatus.DECLINED;
}

/** The team of the accepted participants: at most 10, at least 2, at least one per department. */
export function checkTeam(participants: Participant[]): string[] {
  const active = participants.filter((p) => p.response === ResponseStatus.ACCEPTED);
  const team = active.flatMap((p) => p.inspectors);
  if (team.length > MAX_INSPECTORS_PER_VISIT)
    throw new JointRuleError("TOO_MANY_INSPECTORS", `a joint inspection team has at most ${MAX_INSPECTORS_PER_VISIT} inspectors, got ${team.length}`);
  const missing = active.filter((p) => p.inspectors.length === 0).map((p) => p.department);
  if (team.length < MIN_INSPECTORS_PER_VISIT || missing.length)
    throw new JointRuleError("TOO_FEW_INSPECTORS", `the team needs at least ${MIN_INSPECTORS_PER_VISIT} inspectors and one from every department${missing.length ? ` (none yet from ${missing.join(", ")})` : ""}`);
  return team;
}

/** An inspector is booked at most once a day across joint inspections. */
export function checkBookings(team: string[], date: string, bookedThatDay: ReadonlySet<string>) {
  const twice = team.filter((c) => bookedThatDay.has(c)).sort();
  if (twice.length) throw new JointRuleError("INSPECTOR_DOUBLE_BOOKED", `already booked on ${date}: ${twice.join(", ")}`);
}

const NEXT: Partial<Record<JointStatus, JointStatus>> = {
  [JointStatus.SCHEDULED]: JointStatus.IN_PROGRESS,
  [JointStatus.IN_PROGRESS]: JointStatus.RECORDED,
  [JointStatus.RECORDED]: JointStatus.CLOSED,
};

/** A visit is scheduled inside its window, never in the past. */
export function checkScheduleDate(date: string, windowStart: string, windowEnd: string, today: string) {
  if (!isIsoDate(date) || date < windowStart || date > windowEnd)
    throw new JointRuleError("BAD_USER_INPUT", `the date must lie within ${windowStart}–${windowEnd}`);
  if (date < today) throw new JointRuleError("BAD_USER_INPUT", `${date} is in the past: schedule the visit for today (${today}) or later`);
}

/** A visit starts, and is recorded, on its scheduled day or later — not before it happened. */
export function checkVisitDay(to: JointStatus, scheduledDate: string | null, today: string) {
  if ((to === JointStatus.IN_PROGRESS || to === JointStatus.RECORDED) && scheduledDate && today < scheduledDate)
    throw new JointRuleError("BAD_USER_INPUT", `the visit is scheduled for ${scheduledDate}: it cannot be ${to === JointStatus.IN_PROGRESS ? "started" : "recorded"} before that day (today is ${today})`);
}

export function checkTransition(from: JointStatus, to: JointStatus) {
  const ok =
    NEXT[from] === to ||
    (from === JointStatus.CONSULTED && to === JointStatus.SCHEDULED) ||
    (to === JointStatus.CANCELLED && [JointStatus.PROPOSED, JointStatus.CONSULTED, JointStatus.SCHEDULED].includes(from));
  if (!ok) throw new JointRuleError("INVALID_TRANSITION", `a ${from} joint inspection cannot become ${to}`);
}

/** One department's result on the shared record; without `uscc` it applies to every target not named otherwise. */
export interface JointResult {
  department: string;
  uscc?: string | null;
  categoryCode: string;
  findings?: string | null;
  /** References to the evidence of this result (kept by the department), by id and SHA-256. */
  evidence?: EvidenceRef[];
  /** 检查表: the department's answers, checked against its forms. */
  checkAnswers?: CheckAnswerValues[];
}

/**
 * A joint inspection records one result per participating department and target on the shared
 * record: every (target, accepted department) pair gets exactly one, in a known category.
 */
export function resultsPerRecord(
  targets: readonly string[],
  accepted: readonly string[],
  results: readonly JointResult[],
  categoryCodes: ReadonlySet<string>,
): Map<string, JointResult> {
  const key = (uscc: string, department: string) => `${uscc}|${department}`;
  const byKey = new Map<string, JointResult>();
  const defaults = new Map<string, JointResult>();
  for (const r of results) {
    if (!accepted.includes(r.department)) throw new JointRuleError("FORBIDDEN", `${r.department} did not take part: it records no result here`);
    if (!categoryCodes.has(r.categoryCode)) throw new JointRuleError("BAD_USER_INPUT", `unknown result category "${r.categoryCode}"`);
    if (r.uscc && !targets.includes(r.uscc)) throw new JointRuleError("BAD_USER_INPUT", `${r.uscc} is not a target of this joint inspection`);
    const k = r.uscc ? key(r.uscc, r.department) : r.department;
    const into = r.uscc ? byKey : defaults;
    if (into.has(k)) throw new JointRuleError("BAD_USER_INPUT", `two results for ${r.department}${r.uscc ? ` on ${r.uscc}` : ""}`);
    into.set(k, r);
  }
  const missing: string[] = [];
  for (const uscc of targets)
    for (const department of accepted) {
      const r = byKey.get(key(uscc, department)) ?? defaults.get(department);
      if (r) byKey.set(key(uscc, department), r);
      else missing.push(`${department} on ${uscc}`);
    }
  if (missing.length) throw new JointRuleError("BAD_USER_INPUT", `every participating department records a result for every target; missing: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ` and ${missing.length - 10} more` : ""}`);
  return byKey;
}

/** A responding department answers once, in writing, while the joint inspection is proposed; a decline gives its reason. */
export function checkResponse(joint: { status: JointStatus; lead: string }, me: Participant, accept: boolean, reason: string | null | undefined) {
  if (me.department === joint.lead) throw new JointRuleError("BAD_USER_INPUT", "the lead department does not respond to its own proposal");
  if (joint.status !== JointStatus.PROPOSED) throw new JointRuleError("INVALID_TRANSITION", `the joint inspection is ${joint.status}; responses are closed`);
  if (!accept && !reason?.trim()) throw new JointRuleError("BAD_USER_INPUT", "a decline needs a written reason");
}

/** A department that accepted supplies its team while the joint inspection is proposed or consulted. */
export function checkSupply(status: JointStatus, me: Participant) {
  if (status !== JointStatus.PROPOSED && status !== JointStatus.CONSULTED) throw new JointRuleError("INVALID_TRANSITION", `the joint inspection is ${status}; its team is fixed`);
  if (me.response !== ResponseStatus.ACCEPTED) throw new JointRuleError("BAD_USER_INPUT", "only a department that accepted supplies inspectors");
}

/** 双随机 for joint teams too: the team supplied is exactly the one of the department's latest draw. */
export function checkDrawnTeam(department: string, jointId: number, supplied: readonly string[], latest: TeamDrawShape | undefined) {
  if (!latest)
    throw new JointRuleError("BAD_USER_INPUT", `${department} has not drawn a team for joint inspection ${jointId}: draw it with ${department} { drawJointTeam(jointInspectionId: "${jointId}", …) } first`);
  const drawn = new Set(latest.team);
  if (supplied.length !== drawn.size || supplied.some((c) => !drawn.has(c)))
    throw new JointRuleError("BAD_USER_INPUT", `not the team ${department} drew for joint inspection ${jointId} (${latest.team.join(", ")}, seed ${latest.seed.slice(0, 12)}…)`);
}

/** 双随机抽查记录表: every inspector of the team signs (with a name). */
export function checkSignatures(team: readonly string[], signatures: readonly { name: string; certificateNumber: string }[]) {
  const signed = new Set(signatures.filter((s) => s.name.trim()).map((s) => certificateKey(s.certificateNumber)));
  const unsigned = team.filter((c) => !signed.has(c));
  if (unsigned.length) throw new JointRuleError("BAD_USER_INPUT", `every inspector must sign: missing ${unsigned.join(", ")}`);
}
