/** Joint inspections (联合抽查) on the supergraph. Authorization and arguments only; the workflow is service.ts. */
import { cursorArg, encodeCursor, HubError, listArg, numericId, oneOf, pageSize, textArg } from "@hub/kit";
import { categoryName, JointStatus, Role } from "@hub/schema";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { JointRecordRow } from "../../db/schema.js";
import { actingDepartment, requireJointReader } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { Target } from "../registry/types.js";
import { advance, launch, propose, record, respond, schedule, supply } from "./service.js";
import * as store from "./store.js";
import { JointInspection, JointInspectionInput, JointParticipant, JointRecord, JointResultInput, JointTransition, SignatureInput } from "./types.js";

/** Joint records as the API shows them: each department's category with its configured name, and a cursor. */
const withCategoryNames = (ctx: OfficeContext, rows: JointRecordRow[]) =>
  rows.map((r) => ({
    ...r,
    categoryName: r.categoryCode && categoryName(ctx.config.resultCategories, r.categoryCode),
    cursor: encodeCursor(`${r.recordedAt.toISOString()}|${r.jointId}|${r.department}`),
  }));

const RECORD_CURSOR = /^([\d\-T:.]+Z)\|([1-9]\d{0,8})\|([a-zA-Z0-9]{1,31})$/;
const id = (value: string) => numericId(value, "joint inspection");

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
    return store.listJoints(ctx.db, {
      department: actingDepartment(ctx),
      status: status === undefined ? undefined : oneOf(status, Object.values(JointStatus), "status"),
      afterId: after ? id(after) : undefined,
    }, pageSize(first, 100));
  }

  @Query(() => JointInspection, { nullable: true, description: "One joint inspection by id; null when there is none, or when your department does not take part" })
  async jointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) jointId: string) {
    if (ctx.identity.role === Role.PUBLIC || ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "joint inspections are for departments and the office");
    return store.jointById(ctx.db, id(jointId), actingDepartment(ctx));
  }

  @FieldResolver(() => [String]) async usccs(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return store.targetsOf(ctx.db, j.id);
  }
  @FieldResolver(() => [JointParticipant]) async participants(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return store.participantsOf(ctx.db, j.id);
  }
  @FieldResolver(() => [JointTransition]) async history(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return store.historyOf(ctx.db, j.id);
  }
  @FieldResolver(() => [JointRecord]) async records(@Root() j: JointInspection, @Ctx() ctx: OfficeContext) {
    return withCategoryNames(ctx, await store.recordsOf(ctx.db, j.id));
  }

  @Mutation(() => JointInspection, { description: "A lead department proposes a joint inspection of targets in the participating departments' directories" })
  async proposeJointInspection(@Ctx() ctx: OfficeContext, @Arg("input", () => JointInspectionInput) input: JointInspectionInput) {
    return propose(ctx, { ...input, departments: [...listArg(input.departments, "departments", 10)], usccs: [...input.usccs], planEntryId: input.planEntryId ? numericId(input.planEntryId, "joint plan entry") : undefined });
  }

  @Mutation(() => JointInspection, {
    description: "Launch a joint inspection from an office proposal (round 2): its departments, window and targets, linked to it; the proposal is then ADOPTED and its targets are not proposed again",
  })
  async launchJointInspection(
    @Ctx() ctx: OfficeContext,
    @Arg("proposalKey", () => String) key: string,
    @Arg("lead", () => String, { description: "The lead department (牵头部门), one of the proposal's" }) lead: string,
    @Arg("planText", () => String) planText: string,
    @Arg("planEntryId", () => ID, { nullable: true, description: "The accepted entry of the year's joint plan it carries out" }) planEntryId?: string,
  ) {
    return launch(ctx, textArg(key, "proposalKey", { max: 300, required: true }), lead, planText, planEntryId ? numericId(planEntryId, "joint plan entry") : undefined);
  }

  @Mutation(() => JointInspection, { description: "A responding department accepts or declines in writing (a decline needs a reason)" })
  async respondToJointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) jointId: string, @Arg("accept", () => Boolean) accept: boolean, @Arg("reason", () => String, { nullable: true }) reason?: string) {
    return respond(ctx, id(jointId), accept, textArg(reason, "reason", { max: 2000 }));
  }

  @Mutation(() => JointInspection, { description: "A participating department supplies its inspectors (drawn from its own directory)" })
  async supplyJointInspectors(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) jointId: string, @Arg("certificateNumbers", () => [String]) certificateNumbers: string[]) {
    return supply(ctx, id(jointId), [...listArg(certificateNumbers, "certificateNumbers", 10)]);
  }

  @Mutation(() => JointInspection, { description: "The lead sets the visit date: the team must be complete and nobody booked twice that day" })
  async scheduleJointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) jointId: string, @Arg("date", () => String) date: string) {
    return schedule(ctx, id(jointId), date);
  }

  @Mutation(() => JointInspection, { description: "The lead moves the inspection on: IN_PROGRESS, CLOSED, or CANCELLED" })
  async advanceJointInspection(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) jointId: string, @Arg("status", () => String) status: string, @Arg("note", () => String, { nullable: true }) note?: string) {
    return advance(ctx, id(jointId), oneOf(status, Object.values(JointStatus), "status"), textArg(note, "note", { max: 2000 }));
  }

  @Mutation(() => JointInspection, {
    description: "双随机抽查记录表: the findings, signed by every inspector of the team, and one result per participating department and target; one copy per department and target",
  })
  async recordJointInspection(
    @Ctx() ctx: OfficeContext,
    @Arg("id", () => ID) jointId: string,
    @Arg("findings", () => String) findings: string,
    @Arg("signatures", () => [SignatureInput]) signatures: SignatureInput[],
    @Arg("results", () => [JointResultInput], { description: "Each participating department's result (its category), per target or for all" }) results: JointResultInput[],
  ) {
    return record(ctx, id(jointId), textArg(findings, "findings", { max: 5000, required: true }), [...listArg(signatures, "signatures", 10)], [...listArg(results, "results", 2500)]);
  }
}

/** The joint inspections' shared records of a target belong to its history too. */
@Resolver(() => Target)
export class TargetJointRecordResolver {
  @FieldResolver(() => [JointRecord], { description: "Joint inspection records of this target, newest first: each participating department's result; page with `after` (a record's cursor)" })
  async jointRecords(@Root() t: Target, @Ctx() ctx: OfficeContext, @Arg("first", () => Int, { defaultValue: 100 }) first = 100, @Arg("after", () => String, { nullable: true }) after?: string) {
    requireJointReader(ctx);
    const cursor = cursorArg(after, RECORD_CURSOR);
    const rows = await store.recordsOfTarget(ctx.db, t.uscc, pageSize(first, 100), cursor && { recordedAt: cursor[1]!, jointId: Number(cursor[2]), department: cursor[3]! });
    return withCategoryNames(ctx, rows);
  }
}

export const jointResolvers = [JointInspectionResolver, TargetJointRecordResolver] as const;
