/** The annual joint plan and the joint item list on the supergraph. Authorization and arguments only. */
import { HubError, listArg, numericId, oneOf, textArg, yearArg } from "@hub/kit";
import { JointPlanEntryStatus, Role } from "@hub/schema";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { JointItemRow } from "../../db/schema.js";
import { actingDepartment } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { publishedPlan, publishPlan, reviewEntry, saveJointItem, submitEntry, updateEntry, withExecution } from "./service.js";
import * as store from "./store.js";
import { JointItem, JointItemInput, JointPlan, JointPlanEntry, JointPlanEntryInput, JointPlanPublication } from "./types.js";

const toItem = (r: JointItemRow): JointItem => ({ ...r, departmentItems: r.departments.map((department) => ({ department, itemCodes: r.departmentItems[department] ?? [] })) });
const entryInput = (i: JointPlanEntryInput) => ({ ...i, partners: [...listArg(i.partners, "partners", 10)], lead: textArg(i.lead, "lead", { max: 31, required: true }) });

@Resolver()
export class JointPlanResolver {
  @Query(() => [JointItem], { description: "跨部门联合抽查事项清单 (一业一查), open to everyone" })
  async jointItems(@Ctx() ctx: OfficeContext) {
    return (await store.listJointItems(ctx.db)).map(toItem);
  }

  @Query(() => JointPlan, { nullable: true, description: "年度联合抽查计划 as published, open to everyone; each entry says whether it was carried out. Null before it is published" })
  async jointPlan(@Ctx() ctx: OfficeContext, @Arg("year", () => Int) year: number) {
    return (await publishedPlan(ctx.db, yearArg(year), ctx.config.office.jointPlanDueDay)) ?? null;
  }

  @Query(() => [JointPlanEntry], { description: "A year's joint plan entries as submitted and reviewed: all for the office, those it takes part in for a department" })
  async jointPlanEntries(@Ctx() ctx: OfficeContext, @Arg("year", () => Int) year: number, @Arg("status", () => JointPlanEntryStatus, { nullable: true }) status?: JointPlanEntryStatus) {
    if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to read joint plan entries; the published plan is jointPlan");
    if (ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "dashboards read the published plan (jointPlan)");
    return withExecution(ctx.db, await store.entriesOf(ctx.db, yearArg(year), { department: actingDepartment(ctx), status: status ? oneOf(status, Object.values(JointPlanEntryStatus), "status") : undefined }));
  }

  @Mutation(() => JointItem, { description: "Add or change an entry of the joint item list (office only)" })
  async saveJointItem(@Ctx() ctx: OfficeContext, @Arg("input", () => JointItemInput) input: JointItemInput) {
    return toItem(await saveJointItem(ctx, { ...input, departmentItems: [...listArg(input.departmentItems, "departmentItems", 10)] }));
  }

  @Mutation(() => JointPlanEntry, { description: "The lead department submits an entry of the year's joint plan, by the due day (later ones are marked late)" })
  async submitJointPlanEntry(@Ctx() ctx: OfficeContext, @Arg("input", () => JointPlanEntryInput) input: JointPlanEntryInput) {
    return (await withExecution(ctx.db, [await submitEntry(ctx, entryInput(input))]))[0];
  }

  @Mutation(() => JointPlanEntry, { description: "The lead changes its entry while the office has not accepted it; it is then submitted again" })
  async updateJointPlanEntry(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string, @Arg("input", () => JointPlanEntryInput) input: JointPlanEntryInput) {
    return (await withExecution(ctx.db, [await updateEntry(ctx, numericId(id, "joint plan entry"), entryInput(input))]))[0];
  }

  @Mutation(() => JointPlanEntry, { description: "The office accepts an entry, or returns it with the reason (office only)" })
  async reviewJointPlanEntry(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string, @Arg("accept", () => Boolean) accept: boolean, @Arg("note", () => String, { nullable: true }) note?: string) {
    return (await withExecution(ctx.db, [await reviewEntry(ctx, numericId(id, "joint plan entry"), accept, textArg(note, "note", { max: 2000 }))]))[0];
  }

  @Mutation(() => JointPlanPublication, { description: "Publish the year's joint plan: its accepted entries, once none waits for review; again after more are accepted (office only)" })
  async publishJointPlan(@Ctx() ctx: OfficeContext, @Arg("year", () => Int) year: number) {
    return publishPlan(ctx, yearArg(year));
  }
}

export const jointPlanResolvers = [JointPlanResolver] as const;
