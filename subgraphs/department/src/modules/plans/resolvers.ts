/** The item list and annual plans on a department's entry points. Authorization and arguments only. */
import { numericId } from "@hub/kit";
import { cellRatioList, PlanStatus } from "@hub/schema";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { PlanRow } from "../../db/schema.js";
import { isOwner, requireOwner } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import { DepartmentMutation, DepartmentQuery } from "../department/types.js";
import { adjustPlan, createPlan, publishPlan, saveItem, updateDraft } from "./service.js";
import { listItems, listPlans, planById } from "./store.js";
import { InspectionItem, InspectionItemInput, Plan, PlanAdjustment, PlanInput } from "./types.js";

function toPlan(row: PlanRow, creditClasses: string[]): Omit<Plan, "adjustments"> {
  return { ...row, ratios: creditClasses.filter((c) => c in row.ratios).map((c) => ({ creditClass: c, ratio: row.ratios[c]! })), cellRatios: cellRatioList(row.cellRatios, creditClasses) };
}

@Resolver(() => DepartmentQuery)
export class PlanQueryResolver {
  @FieldResolver(() => [InspectionItem])
  async items(@Ctx() ctx: DepartmentContext) {
    return listItems(ctx.db);
  }

  @FieldResolver(() => [Plan], { description: "Annual plans; drafts only for the department's own staff" })
  async plans(@Ctx() ctx: DepartmentContext, @Arg("year", () => Int, { nullable: true }) year?: number) {
    const rows = await listPlans(ctx.db, year);
    return rows.filter((p) => isOwner(ctx) || p.status === PlanStatus.PUBLISHED).map((p) => toPlan(p, ctx.department.creditClasses));
  }

  @FieldResolver(() => Plan, { nullable: true })
  async plan(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) id: string) {
    const row = await planById(ctx.db, numericId(id, "plan"));
    if (!row || (!isOwner(ctx) && row.status !== PlanStatus.PUBLISHED)) return null;
    return toPlan(row, ctx.department.creditClasses);
  }
}

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => [PlanAdjustment])
  async adjustments(@Root() plan: Plan, @Ctx() ctx: DepartmentContext) {
    return ctx.loaders.adjustmentsByPlan.load(plan.id);
  }
}

@Resolver(() => DepartmentMutation)
export class PlanMutationResolver {
  @FieldResolver(() => InspectionItem, { description: "Create or update an inspection item by its code" })
  async upsertItem(@Ctx() ctx: DepartmentContext, @Arg("input", () => InspectionItemInput) input: InspectionItemInput) {
    requireOwner(ctx, "admin");
    return saveItem(ctx, input);
  }

  @FieldResolver(() => Plan, { description: "Create an annual plan as a draft" })
  async createPlan(
    @Ctx() ctx: DepartmentContext,
    @Arg("input", () => PlanInput) input: PlanInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "A retry with the same key returns the same plan" })
    idempotencyKey?: string,
  ) {
    requireOwner(ctx, "admin");
    return toPlan(await createPlan(ctx, input, idempotencyKey ?? undefined), ctx.department.creditClasses);
  }

  @FieldResolver(() => Plan, { description: "Edit a draft plan; a published plan changes only through adjustPlan" })
  async updatePlan(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) id: string, @Arg("input", () => PlanInput) input: PlanInput) {
    requireOwner(ctx, "admin");
    return toPlan(await updateDraft(ctx, numericId(id, "plan"), input), ctx.department.creditClasses);
  }

  @FieldResolver(() => Plan, { description: "Publish a draft plan (draft → published)" })
  async publishPlan(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) id: string) {
    requireOwner(ctx, "admin");
    return toPlan(await publishPlan(ctx, numericId(id, "plan")), ctx.department.creditClasses);
  }

  @FieldResolver(() => Plan, { description: "Change a published plan, recording the reason and both versions" })
  async adjustPlan(
    @Ctx() ctx: DepartmentContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PlanInput) input: PlanInput,
    @Arg("reason", () => String) reason: string,
  ) {
    requireOwner(ctx, "admin");
    return toPlan(await adjustPlan(ctx, numericId(id, "plan"), input, reason), ctx.department.creditClasses);
  }
}

export const planResolvers = [PlanQueryResolver, PlanResolver, PlanMutationResolver] as const;
