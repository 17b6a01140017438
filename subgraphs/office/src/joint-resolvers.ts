/** The joint inspection workflow over GraphQL; the rules live in domain/joint.ts. */
import { decodeCursor, encodeCursor, HubError, numericId, pageSize, quoted, targetKey, today } from "@hub/kit";
import { categoryName, isDepartmentRole, Role } from "@hub/schema";
import { and, arrayOverlaps, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { directoryEntries, jointInspections, jointParticipants, jointProposals, jointRecords, jointTargets, jointTransitions } from "./db/schema.js";
import {
  BOOKING_STATUSES,
  checkBookings,
  checkProposal,
  checkScheduleDate,
  checkTeam,
  checkTransition,
  checkVisitDay,
  JointRuleError,
  JointStatus,
  requireParticipant,
  ResponseStatus,
  resultsPerRecord,
  statusAfterResponses,
  type Participant,
} from "./domain/joint.js";
import { jointActions, MAX_INSPECTORS_PER_VISIT } from "./domain/visits.js";
import { proposalKey } from "./proposals.js";
import { requireJointReader, Target, type OfficeContext } from "./resolvers.js";
import { jointStatistics } from "./statistics.js";
import { gatewayQuery, SyncError } from "./sync.js";
import { plannedTasksByTarget, type OfficeDb } from "./target-index.js";

@ObjectType()
export class JointParticipant {
  @Field(() => String) department!: string;
  @Field(() => String, { description: "PENDING, ACCEPTED or DECLINED" }) response!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) respondedBy!: string | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => [String], { description: "Certificate numbers this department supplies" }) inspectors!: string[];
  @Field(() => String, { nullable: true, description: "Seed of the department's drawJointTeam that drew them" }) teamSeed!: string | null;
  @Field(() => Int, { description: "How many times the department drew a team for this joint inspection (more than one: a re-draw)" }) teamDraws!: number;
  @Field(() => [String], { description: "The reason the department gave for each re-draw, oldest first" }) teamRedrawReasons!: string[];
}

@ObjectType()
export class JointTransition {
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field(() => String) toStatus!: string;
  @Field(() => String) bySubject!: string;
  @Field(() => String, { nullable: true }) byDepartment!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) at!: Date;
}

@ObjectType({ description: "One copy of a 双随机抽查记录表, for one department, with that department's result" })
export class JointRecord {
  @Field(() => ID, { description: "The joint inspection" }) jointId!: number;
  @Field(() => String) uscc!: string;
  @Field(() => String) department!: string;
  @Field(() => [Signature]) signatures!: Signature[];
  @Field(() => String, { description: "The shared findings of the visit" }) findings!: string;
  @Field(() => String, { nullable: true, description: "This department's result category" }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) categoryName!: string | null;
  @Field(() => String, { nullable: true, description: "This department's own findings, if any" }) departmentFindings!: string | null;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => String, { description: "Pass as `after` for the records after this one" }) cursor!: string;
}

@InputType({ description: "One department's result on the shared record; without uscc, for every target not named otherwise" })
export class JointResultInput {
  @Field(() => String) department!: string;
  @Field(() => String, { nullable: true }) uscc?: string;
  @Field(() => String, { description: "A result category code (resultCategories)" }) categoryCode!: string;
  @Field(() => String, { nullable: true }) findings?: string;
}

@ObjectType()
export class Signature {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}

@ObjectType({ description: "联合抽查: a joint inspection — lead department, responders, targets, one window" })
export class JointInspection {
  @Field(() => ID) id!: number;
  @Field(() => String) lead!: string;
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => String, { nullable: true }) scheduledDate!: string | null;
  @Field(() => String) status!: string;
  @Field(() => String) planText!: string;
  @Field(() => String, { nullable: true, description: "The office proposal it was launched from (launchJointInspection)" }) proposalKey!: string | null;
  @Field(() => String) createdBy!: string;
}

@ObjectType({ description: "A department's joint inspections in a year, counting only those carried out (recorded or closed), against its configured goal" })
export class JointStatistics {
  @Field(() => String) department!: string;
  @Field(() => Int, { description: "Joint inspections it led that were carried out" }) led!: number;
  @Field(() => Int, { description: "Joint inspections it joined as a responding department that were carried out" }) joined!: number;
  @Field(() => Int, { description: "Joint inspections it leads or joined that are not carried out yet (proposed, consulted, scheduled, in progress)" }) pending!: number;
  @Field(() => Int, { description: "Target visits made jointly: targets of its joint inspections carried out" }) jointVisits!: number;
  @Field(() => Int, { description: "Its inspection tasks whose window ends in the year (office index): the denominator of the joint share" }) inspections!: number;
  @Field(() => Int, { description: "Of them, drawn from its annual plans (双随机抽查任务总量): what the goal's tier depends on" }) plannedTasks!: number;
  @Field(() => Float, { description: "jointVisits / inspections" }) jointShare!: number;
  @Field(() => Float, { description: "The joint share its goal asks for, by the tier its drawn tasks fall in" }) jointGoal!: number;
  @Field(() => Boolean, { description: "Joint share at least the goal's, and at least as many joint visits as the goal's minimum" }) meetsJointGoal!: boolean;
  @Field(() => Boolean, { deprecationReason: "Goals are configured per department: use meetsJointGoal", description: "Joint share of at least 10%" }) meetsTenPercentGoal!: boolean;
  @Field(() => Boolean, { description: "Led at least one joint inspection that was carried out" }) ledAtLeastOne!: boolean;
}

@InputType()
export class JointInspectionInput {
  @Field(() => String, { description: "Lead department (牵头部门); an officer may only lead for their own" }) lead!: string;
  @Field(() => [String], { description: "Responding departments (响应部门)" }) departments!: string[];
  @Field(() => [String]) usccs!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => String) planText!: string;
}

@InputType()
export class SignatureInput {
  @Field(() => String) name!: string;
  @Field(() => String) certificateNumber!: string;
}

/** Apply a workflow rule, turning its refusal into a typed GraphQL error. */
function rule<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof JointRuleError) throw new HubError(e.code, e.message);
    throw e;
  }
}

async function load(db: OfficeDb, id: string) {
  const [joint] = await db.select().from(jointInspections).where(eq(jointInspections.id, numericId(id, "joint inspection")));
  if (!joint) throw new HubError("NOT_FOUND", `joint inspection ${id} not found`);
  const participants = await db.select().from(jointParticipants).where(eq(jointParticipants.jointId, joint.id));
  return { joint, participants: participants as (Participant & typeof participants[number])[] };
}

/** Department staff act for their department; the office coordinator for the lead where the rule allows. */
function actingDepartment(ctx: OfficeContext): string | undefined {
  return isDepartmentRole(ctx.identity.role) ? ctx.identity.department : undefined;
}

async function transition(db: OfficeDb, ctx: OfficeContext, jointId: number, from: string | null, to: JointStatus, note?: string, set: Record<string, unknown> = {}) {
  await db.update(jointInspections).set({ status: to, ...set }).where(eq(jointInspections.id, jointId));
  await db.insert(jointTransitions).values({ jointId, fromStatus: from, toStatus: to, bySubject: ctx.identity.subject, byDepartment: ctx.identity.department ?? null, note: note ?? null, at: ctx.clock.now() });
  // A proposal whose joint inspection will not happen is open again (the next refresh withdraws it if it is no longer produced).
  if (to === JointStatus.CANCELLED || to === JointStatus.DECLINED)
    await db.update(jointProposals).set({ status: "OPEN", jointInspectionId: null, updatedAt: new Date() }).where(eq(jointProposals.jointInspectionId, jointId));
}

interface NewJoint {
  lead: string;
  departments: string[];
  usccs: string[];
  windowStart: string;
  windowEnd: string;
  planText: string;
  proposalKey?: string;
}

/** The office proposes for any lead; department staff for their own department only. */
function requireProposer(ctx: OfficeContext, lead: string) {
  const acting = actingDepartment(ctx);
  if (ctx.identity.role !== Role.OFFICE_COORDINATOR && acting !== lead)
    throw new HubError("FORBIDDEN", `a ${acting ?? ctx.identity.role} account cannot propose for ${quoted(lead)}`);
}

/** Check a new joint inspection and write it with its targets, participants and first transition. */
async function createJoint(t: OfficeDb, ctx: OfficeContext, input: NewJoint) {
  requireProposer(ctx, input.lead);
  const known = new Set(ctx.config.departments.map((d) => d.code));
  const unknown = [input.lead, ...input.departments].filter((d) => !known.has(d));
  if (unknown.length) throw new HubError("BAD_USER_INPUT", `unknown departments: ${unknown.slice(0, 10).map((d) => quoted(d)).join(", ")}`);
  if (input.usccs.length > 500) throw new HubError("BAD_USER_INPUT", "at most 500 targets in one joint inspection");
  const usccs = [...new Set(input.usccs.map(targetKey))];
  const planText = input.planText.trim();
  if (!planText || planText.length > 5000) throw new HubError("BAD_USER_INPUT", "the plan text (联合检查方案) is required, at most 5000 characters");
  const departments = rule(() => checkProposal(input.lead, input.departments, input.windowStart, input.windowEnd, usccs));
  // Every target is in a participating department's directory (as of the office's last sync).
  const held = new Set((await t.selectDistinct({ uscc: directoryEntries.uscc }).from(directoryEntries)
    .where(and(inArray(directoryEntries.uscc, usccs), inArray(directoryEntries.department, departments)))).map((r) => r.uscc));
  const strangers = usccs.filter((u) => !held.has(u));
  if (strangers.length)
    throw new HubError("BAD_USER_INPUT", `not in the directory of any participating department (as of the office's last sync): ${strangers.slice(0, 10).join(", ")}${strangers.length > 10 ? ` and ${strangers.length - 10} more` : ""}`, { usccs: strangers.slice(0, 100) });
  const now = ctx.clock.now();
  const [joint] = await t.insert(jointInspections).values({
    lead: input.lead, departments, windowStart: input.windowStart, windowEnd: input.windowEnd, status: JointStatus.PROPOSED, planText, proposalKey: input.proposalKey ?? null, createdBy: ctx.identity.subject, createdAt: now,
  }).returning();
  await t.insert(jointTargets).values(usccs.map((uscc) => ({ jointId: joint!.id, uscc })));
  await t.insert(jointParticipants).values(departments.map((d) => ({
    jointId: joint!.id, department: d,
    response: d === input.lead ? ResponseStatus.ACCEPTED : ResponseStatus.PENDING,
    respondedBy: d === input.lead ? ctx.identity.subject : null, respondedAt: d === input.lead ? now : null,
  })));
  await t.insert(jointTransitions).values({ jointId: joint!.id, fromStatus: null, toStatus: JointStatus.PROPOSED, bySubject: ctx.identity.subject, byDepartment: ctx.identity.department ?? null, at: now });
  return joint!;
}

/** The department's recorded team draws for a joint inspection, read through the gateway as the office. */
async function drawnTeams(ctx: OfficeContext, department: string, jointId: number): Promise<{ seed: string; team: string[]; reason: string | null }[]> {
  if (!ctx.sync) throw new HubError("DEPARTMENT_UNAVAILABLE", "this office runs without a gateway: it cannot check the drawn team");
  try {
    const data = await gatewayQuery<Record<string, { jointTeamDraws: { seed: string; team: string[]; reason: string | null }[] } | null>>(
      ctx.sync,
      `query($j: ID!) { ${department} { jointTeamDraws(jointInspectionId: $j) { seed team reason } } }`,
      { j: String(jointId) },
    );
    return data[department]?.jointTeamDraws ?? [];
  } catch (e) {
    if (e instanceof SyncError) throw new HubError("DEPARTMENT_UNAVAILABLE", `cannot read ${department}'s team draw: ${e.message}`);
    throw e;
  }
}

/** Joint records as the API shows them: each department's category with its configured name. */
const withCategoryNames = (ctx: OfficeContext, rows: (typeof jointRecords.$inferSelect)[]) =>
  rows.map((r) => ({
    ...r,
    categoryName: r.categoryCode && categoryName(ctx.config.resultCategories, r.categoryCode),
    cursor: encodeCursor(`${r.recordedAt.toISOString()}|${r.jointId}|${r.department}`),
  }));

function requireLead(ctx: OfficeContext, lead: string) {
  if (actingDepartment(ctx) !== lead) throw new HubError("FORBIDDEN", `only the lead department (${lead}) may do this`);
}

@Resolver(() => JointInspection)
export class JointInspectionResolver {
  @Query(() => [JointInspection], { description: "Joint inspections in id order: all for the office, a department's own for department staff; page with `after` (the last id you have)" })
  async jointInspections(
    @Ctx() ctx: OfficeContext,
    @Arg("status", () => String, { nullable: true }) status?: string,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
    @Arg("after", () => ID, { nullable: true }) after?: string,
  ) {
    if (ctx.identity.role === Role.PUBLIC || ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "joint inspections are for departments and the office");
    if (status !== undefined && !Object.values(JointStatus).includes(status as JointStatus)) throw new HubError("BAD_USER_INPUT", `status must be one of ${Object.values(JointStatus).join(", ")}`);
    const own = actingDepartment(ctx);
    return ctx.db.select().from(jointInspections).where(and(
      own ? arrayOverlaps(jointInspections.departments, [own]) : undefined,
      status ? eq(jointInspections.status, status) : undefined,
      after ? gt(jointInspections.id, numericId(after, "joint inspection")) : undefined,
    )).orderBy(asc(jointInspections.id)).limit(pageSize(first, 100));
  }

  @Query(() => [JointStatistics], {
    description: "Per department and year: joint inspections carried out, led and joined, the joint visits, and the joint share against the department's configured goal",
  })
  async jointStatistics(@Ctx() ctx: OfficeContext, @Arg("year", () => Int) year: number): Promise<JointStatistics[]> {
    if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to read statistics");
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new HubError("BAD_USER_INPUT", `year ${year} is out of range`);
    return jointStatistics(ctx.db, ctx.config.departments, year);
  }

  @FieldResolver(() => [String]) async usccs(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return (await ctx.db.select().from(jointTargets).where(eq(jointTargets.jointId, j.id)).orderBy(asc(jointTargets.uscc))).map((t) => t.uscc);
  }
  @FieldResolver(() => [JointParticipant]) async participants(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return ctx.db.select().from(jointParticipants).where(eq(jointParticipants.jointId, j.id)).orderBy(asc(jointParticipants.department));
  }
  @FieldResolver(() => [JointTransition]) async history(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return ctx.db.select().from(jointTransitions).where(eq(jointTransitions.jointId, j.id)).orderBy(asc(jointTransitions.id));
  }
  @FieldResolver(() => [JointRecord]) async records(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    const rows = await ctx.db.select().from(jointRecords).where(eq(jointRecords.jointId, j.id)).orderBy(asc(jointRecords.uscc), asc(jointRecords.department));
    return withCategoryNames(ctx, rows);
  }

  @Mutation(() => JointInspection, { description: "A lead department proposes a joint inspection of targets in the participating departments' directories" })
  async proposeJointInspection(@Ctx() ctx: OfficeContext, @Arg("input", () => JointInspectionInput) input: JointInspectionInput) {
    return ctx.db.transaction((tx) => createJoint(tx as unknown as OfficeDb, ctx, input));
  }

  @Mutation(() => JointInspection, {
    description: "Launch a joint inspection from an office proposal (round 2): its departments, window and targets, linked to it; the proposal is then ADOPTED and its targets are not proposed again",
  })
  async launchJointInspection(
    @Ctx() ctx: OfficeContext,
    @Arg("proposalKey", () => String) key: string,
    @Arg("lead", () => String, { description: "The lead department (牵头部门), one of the proposal's" }) lead: string,
    @Arg("planText", () => String) planText: string,
  ) {
    requireProposer(ctx, lead);
    return ctx.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      const [proposal] = await t.select().from(jointProposals).where(eq(jointProposals.key, key)).for("update");
      if (!proposal) throw new HubError("NOT_FOUND", `proposal ${quoted(key, 80)} not found`);
      if (proposal.status === "ADOPTED") throw new HubError("CONFLICT", `proposal ${key} was already launched as joint inspection ${proposal.jointInspectionId}`);
      if (proposal.status !== "OPEN") throw new HubError("CONFLICT", `proposal ${key} was withdrawn: the departments no longer have planned tasks together there`);
      if (!proposal.departments.includes(lead)) throw new HubError("BAD_USER_INPUT", `${quoted(lead)} is not one of the proposal's departments (${proposal.departments.join(", ")})`);
      // The proposal's targets as the office computes them now.
      const action = jointActions(await plannedTasksByTarget(t, proposal.year)).find((a) => proposalKey(proposal.year, a) === key);
      if (!action) throw new HubError("CONFLICT", `proposal ${key} is no longer produced by the departments' tasks; sync and look again`);
      const joint = await createJoint(t, ctx, {
        lead, departments: proposal.departments.filter((d) => d !== lead), usccs: action.visits.map((v) => v.uscc),
        windowStart: proposal.windowStart, windowEnd: proposal.windowEnd, planText, proposalKey: key,
      });
      await t.update(jointProposals).set({ status: "ADOPTED", jointInspectionId: joint.id, updatedAt: new Date() }).where(eq(jointProposals.key, key));
      return joint;
    });
  }

  @Mutation(() => JointInspection, { description: "A responding department accepts or declines in writing (a decline needs a reason)" })
  async respondToJointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string, @Arg("accept", () => Boolean) accept: boolean, @Arg("reason", () => String, { nullable: true }) reason?: string) {
    return ctx.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      const { joint, participants } = await load(t, id);
      const me = rule(() => requireParticipant(participants, actingDepartment(ctx)));
      if (me.department === joint.lead) throw new HubError("BAD_USER_INPUT", "the lead department does not respond to its own proposal");
      if (joint.status !== JointStatus.PROPOSED) throw new HubError("INVALID_TRANSITION", `joint inspection ${id} is ${joint.status}; responses are closed`);
      if (!accept && !reason?.trim()) throw new HubError("BAD_USER_INPUT", "a decline needs a written reason");
      me.response = accept ? ResponseStatus.ACCEPTED : ResponseStatus.DECLINED;
      await t.update(jointParticipants).set({ response: me.response, reason: reason?.trim() || null, respondedBy: ctx.identity.subject, respondedAt: ctx.clock.now() })
        .where(and(eq(jointParticipants.jointId, joint.id), eq(jointParticipants.department, me.department)));
      const next = statusAfterResponses(joint.lead, participants);
      if (next !== joint.status) await transition(t, ctx, joint.id, joint.status, next);
      return (await load(t, id)).joint;
    });
  }

  @Mutation(() => JointInspection, { description: "A participating department supplies its inspectors (drawn from its own directory)" })
  async supplyJointInspectors(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string, @Arg("certificateNumbers", () => [String]) certificateNumbers: string[]) {
    const supplied = [...new Set(certificateNumbers.map((c) => c.trim().toUpperCase()).filter(Boolean))];
    const checkSupplier = (joint: { status: string }, me: Participant) => {
      if (![JointStatus.PROPOSED, JointStatus.CONSULTED].includes(joint.status as JointStatus)) throw new HubError("INVALID_TRANSITION", `joint inspection ${id} is ${joint.status}; its team is fixed`);
      if (me.response !== ResponseStatus.ACCEPTED) throw new HubError("BAD_USER_INPUT", "only a department that accepted supplies inspectors");
    };
    const before = await load(ctx.db, id);
    const department = rule(() => requireParticipant(before.participants, actingDepartment(ctx))).department;
    checkSupplier(before.joint, rule(() => requireParticipant(before.participants, department)));
    // 双随机 for joint teams too: the team must be the one the department's drawJointTeam drew.
    const draws = await drawnTeams(ctx, department, before.joint.id);
    const latest = draws.at(-1);
    if (!latest) throw new HubError("BAD_USER_INPUT", `${department} has not drawn a team for joint inspection ${id}: draw it with ${department} { drawJointTeam(jointInspectionId: "${id}", …) } first`);
    const drawn = new Set(latest.team);
    if (supplied.length !== drawn.size || supplied.some((c) => !drawn.has(c)))
      throw new HubError("BAD_USER_INPUT", `not the team ${department} drew for joint inspection ${id} (${latest.team.join(", ")}, seed ${latest.seed.slice(0, 12)}…)`);
    return ctx.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      const { joint, participants } = await load(t, id);
      const me = rule(() => requireParticipant(participants, department));
      checkSupplier(joint, me);
      me.inspectors = supplied;
      // Only the ten-inspector cap can be checked before everyone has supplied.
      const total = participants.filter((p) => p.response === ResponseStatus.ACCEPTED).flatMap((p) => p.inspectors).length;
      if (total > MAX_INSPECTORS_PER_VISIT) rule(() => checkTeam(participants));
      const redrawReasons = draws.slice(1).map((d) => d.reason ?? "");
      await t.update(jointParticipants).set({ inspectors: me.inspectors, teamSeed: latest.seed, teamDraws: draws.length, teamRedrawReasons: redrawReasons })
        .where(and(eq(jointParticipants.jointId, joint.id), eq(jointParticipants.department, me.department)));
      return joint;
    });
  }

  @Mutation(() => JointInspection, { description: "The lead sets the visit date: the team must be complete and nobody booked twice that day" })
  async scheduleJointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string, @Arg("date", () => String) date: string) {
    return ctx.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      const { joint, participants } = await load(t, id);
      requireLead(ctx, joint.lead);
      rule(() => checkScheduleDate(date, joint.windowStart, joint.windowEnd, today(ctx.clock)));
      rule(() => checkTransition(joint.status as JointStatus, JointStatus.SCHEDULED));
      const team = rule(() => checkTeam(participants));
      // Inspectors already on another joint inspection that day (whether it is still ahead, under way or done).
      const sameDay = await t.select({ id: jointInspections.id }).from(jointInspections)
        .where(and(eq(jointInspections.scheduledDate, date), inArray(jointInspections.status, [...BOOKING_STATUSES])));
      const booked = sameDay.length
        ? (await t.select().from(jointParticipants).where(inArray(jointParticipants.jointId, sameDay.map((s) => s.id)))).flatMap((p) => p.inspectors)
        : [];
      rule(() => checkBookings(team, date, new Set(booked)));
      await transition(t, ctx, joint.id, joint.status, JointStatus.SCHEDULED, undefined, { scheduledDate: date });
      return (await load(t, id)).joint;
    });
  }

  @Mutation(() => JointInspection, { description: "The lead moves the inspection on: IN_PROGRESS, CLOSED, or CANCELLED" })
  async advanceJointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string, @Arg("status", () => String) status: string, @Arg("note", () => String, { nullable: true }) note?: string) {
    return ctx.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      const { joint } = await load(t, id);
      requireLead(ctx, joint.lead);
      if (![JointStatus.IN_PROGRESS, JointStatus.CLOSED, JointStatus.CANCELLED].includes(status as JointStatus))
        throw new HubError("BAD_USER_INPUT", "use scheduleJointInspection and recordJointInspection for those steps");
      rule(() => checkTransition(joint.status as JointStatus, status as JointStatus));
      rule(() => checkVisitDay(status as JointStatus, joint.scheduledDate, today(ctx.clock)));
      if (note && note.length > 2000) throw new HubError("BAD_USER_INPUT", "note is longer than 2000 characters");
      await transition(t, ctx, joint.id, joint.status, status as JointStatus, note);
      return (await load(t, id)).joint;
    });
  }

  @Mutation(() => JointInspection, {
    description: "双随机抽查记录表: the findings, signed by every inspector of the team, and one result per participating department and target; one copy per department and target",
  })
  async recordJointInspection(
    @Ctx() ctx: OfficeContext,
    @Arg("id", () => ID) id: string,
    @Arg("findings", () => String) findings: string,
    @Arg("signatures", () => [SignatureInput]) signatures: SignatureInput[],
    @Arg("results", () => [JointResultInput], { description: "Each participating department's result (its category), per target or for all" }) results: JointResultInput[],
  ) {
    return ctx.db.transaction(async (tx) => {
      const t = tx as unknown as OfficeDb;
      const { joint, participants } = await load(t, id);
      requireLead(ctx, joint.lead);
      rule(() => checkTransition(joint.status as JointStatus, JointStatus.RECORDED));
      rule(() => checkVisitDay(JointStatus.RECORDED, joint.scheduledDate, today(ctx.clock)));
      const team = rule(() => checkTeam(participants));
      const signed = new Set(signatures.filter((s) => s.name.trim()).map((s) => s.certificateNumber.trim().toUpperCase()));
      const unsigned = team.filter((c) => !signed.has(c));
      if (unsigned.length) throw new HubError("BAD_USER_INPUT", `every inspector must sign: missing ${unsigned.join(", ")}`);
      const targets = (await t.select().from(jointTargets).where(eq(jointTargets.jointId, joint.id))).map((x) => x.uscc);
      const accepted = participants.filter((p) => p.response === ResponseStatus.ACCEPTED).map((p) => p.department);
      const codes = new Set(ctx.config.resultCategories.map((c) => c.code));
      const perRecord = rule(() => resultsPerRecord(targets, accepted, results.map((r) => ({ ...r, uscc: r.uscc?.trim() ? targetKey(r.uscc) : null })), codes));
      const signers = signatures.map((s) => ({ name: s.name.trim(), certificateNumber: s.certificateNumber.trim().toUpperCase() }));
      const copies = targets.flatMap((uscc) => accepted.map((department) => {
        const r = perRecord.get(`${uscc}|${department}`)!;
        return { jointId: joint.id, uscc, department, findings, signatures: signers, categoryCode: r.categoryCode, departmentFindings: r.findings?.trim() || null };
      }));
      await t.insert(jointRecords).values(copies.map((c) => ({ ...c, recordedAt: ctx.clock.now() })));
      await transition(t, ctx, joint.id, joint.status, JointStatus.RECORDED);
      return (await load(t, id)).joint;
    });
  }
}

/** The joint inspections' shared records of a target belong to its history too. */
@Resolver(() => Target)
export class TargetJointRecordResolver {
  @FieldResolver(() => [JointRecord], { description: "Joint inspection records of this target, newest first: each participating department's result; page with `after` (a record's cursor)" })
  async jointRecords(@Root() t: Target, @Ctx() ctx: OfficeContext, @Arg("first", () => Int, { defaultValue: 100 }) first = 100, @Arg("after", () => String, { nullable: true }) after?: string) {
    requireJointReader(ctx);
    const cursor = after === undefined ? undefined : RECORD_CURSOR.exec(decodeCursor<string>(after, "string"));
    if (cursor === null) throw new HubError("BAD_USER_INPUT", `invalid cursor ${quoted(after!)}`);
    const rows = await ctx.db.select().from(jointRecords).where(and(
      eq(jointRecords.uscc, t.uscc),
      cursor
        ? sql`((${jointRecords.recordedAt}, ${jointRecords.jointId}) < (${cursor[1]}::timestamptz, ${Number(cursor[2])})
            or (${jointRecords.recordedAt} = ${cursor[1]}::timestamptz and ${jointRecords.jointId} = ${Number(cursor[2])} and ${jointRecords.department} > ${cursor[3]}))`
        : undefined,
    )).orderBy(desc(jointRecords.recordedAt), desc(jointRecords.jointId), asc(jointRecords.department)).limit(pageSize(first, 100));
    return withCategoryNames(ctx, rows);
  }
}

const RECORD_CURSOR = /^([\d\-T:.]+Z)\|([1-9]\d{0,8})\|([a-zA-Z0-9]{1,31})$/;

export const jointResolvers = [JointInspectionResolver, TargetJointRecordResolver] as const;
