/**
 * Resolvers of a department subgraph. The entry fields are declared under the template name
 * `department` and published under the department's code (see @hub/kit federation.ts).
 */
import { maskPhone, maskResidentId, PlanStatus, type RiskLevel, type TargetKind, type TargetStatus } from "@hub/schema";
import { badInput, decodeCursor, HubError, notFound, numericId, pageSize, targetKey, toConnection } from "@hub/kit";
import { eq, sql } from "drizzle-orm";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { isOwner, requireAggregateReader, requireInspectorReader, requireOwner, requireTargetReader } from "../authz.js";
import type { DepartmentContext } from "../context.js";
import { audit } from "../repository/audit.js";
import { idempotencyKeys, inspectionItems, plans, planAdjustments, type InspectorRow, type PlanRow, type TargetRow } from "../db/schema.js";
import { checkPlan } from "../domain/plans.js";
import { saveInspector, saveTarget } from "../directory.js";
import { importDirectory, type DirectoryKind } from "../import/importer.js";
import { listInspectors } from "../repository/inspectors.js";
import { itemsByCode, listItems, listPlans, planById, planSnapshot } from "../repository/plans.js";
import { listTargets, type DepartmentDb } from "../repository/targets.js";
import {
  ImportInput,
  ImportReport,
  InspectionItem,
  InspectionItemInput,
  Inspector,
  InspectorConnection,
  InspectorFilter,
  InspectorInput,
  Plan,
  PlanAdjustment,
  PlanInput,
  TargetFilter,
  TargetInput,
  TargetRecord,
  TargetRecordConnection,
} from "./types.js";

/** Entry point for a department's own lists and records: `market { targets … }`. */
@Directive("@shareable")
@ObjectType({ description: "One department's item list, directories and plans" })
export class DepartmentQuery {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: "The department's credit class scale, best first" }) creditClasses!: string[];
}

/** Entry point for a department's writes: `mutation { market { importTargets … } }`. */
@Directive("@shareable")
@ObjectType({ description: "Writes to one department's item list, directories and plans" })
export class DepartmentMutation {
  @Field(() => String) code!: string;
}

/** The Target entity as a department sees it: one field, named by the department's code. */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: "An inspection target, keyed by USCC across all departments" })
export class Target {
  @Field(() => String) uscc!: string;
}

/**
 * A target row as one reader may see it: personal data (an individual's resident ID used as the
 * code, phone numbers) is masked for everyone but the owning department.
 */
export function toTargetRecord(uscc: string, row: TargetRow | null, masked: boolean): TargetRecord {
  if (row && masked)
    return { ...toTargetRecord(uscc, { ...row, uscc: row.idKind === "RESIDENT_ID" ? maskResidentId(row.uscc) : row.uscc, phone: row.phone && maskPhone(row.phone) }, false), key: uscc };
  if (!row)
    return {
      uscc, key: uscc, inDirectory: false, name: null, kind: null, address: null, legalRepresentative: null, phone: null,
      industry: null, region: null, riskLevel: null, creditClass: null, tags: [], status: null,
    };
  return {
    ...row,
    key: uscc,
    inDirectory: true,
    kind: row.kind as TargetKind,
    riskLevel: row.riskLevel as RiskLevel,
    status: row.status as TargetStatus,
  };
}

const toInspector = (row: InspectorRow) => row as unknown as Inspector;

function toPlan(row: PlanRow, creditClasses: string[]): Omit<Plan, "adjustments"> {
  return {
    ...row,
    status: row.status as PlanStatus,
    ratios: creditClasses.filter((c) => c in row.ratios).map((c) => ({ creditClass: c, ratio: row.ratios[c]! })),
  };
}

@Resolver()
export class DepartmentRootResolver {
  @Query(() => DepartmentQuery, { name: "department", nullable: true, description: "This department's lists and records; null with an error when the department is unavailable" })
  department(@Ctx() ctx: DepartmentContext): DepartmentQuery {
    return { code: ctx.department.code, name: ctx.department.name, creditClasses: ctx.department.creditClasses };
  }

  @Mutation(() => DepartmentMutation, { name: "department", nullable: true })
  departmentMutation(@Ctx() ctx: DepartmentContext): DepartmentMutation {
    return { code: ctx.department.code };
  }
}

@Resolver(() => Target)
export class TargetViewResolver {
  @FieldResolver(() => TargetRecord, {
    name: "department",
    nullable: true,
    description: "This department's record of the target; inDirectory is false when it holds none",
  })
  async view(@Root() target: Target, @Ctx() ctx: DepartmentContext): Promise<TargetRecord> {
    requireTargetReader(ctx);
    return toTargetRecord(target.uscc, await ctx.loaders.targetByUscc.load(target.uscc), !isOwner(ctx));
  }
}

@Resolver(() => DepartmentQuery)
export class DepartmentQueryResolver {
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

  @FieldResolver(() => TargetRecord, { nullable: true, description: "One target of this department's directory" })
  async target(@Ctx() ctx: DepartmentContext, @Arg("uscc", () => String) uscc: string) {
    requireTargetReader(ctx);
    const code = targetKey(uscc);
    const row = await ctx.loaders.targetByUscc.load(code);
    return row ? toTargetRecord(code, row, !isOwner(ctx)) : null;
  }

  @FieldResolver(() => Int, { description: "How many directory targets match: the aggregate dashboards may read" })
  async targetCount(@Ctx() ctx: DepartmentContext, @Arg("filter", () => TargetFilter, { nullable: true }) filter?: TargetFilter) {
    requireAggregateReader(ctx);
    return (await listTargets(ctx.db, filter ?? {}, 0)).totalCount;
  }

  @FieldResolver(() => TargetRecordConnection)
  async targets(
    @Ctx() ctx: DepartmentContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => TargetFilter, { nullable: true }) filter?: TargetFilter,
  ): Promise<TargetRecordConnection> {
    requireTargetReader(ctx);
    const page = await listTargets(ctx.db, filter ?? {}, pageSize(first), after ? decodeCursor<string>(after, "string") : undefined);
    const masked = !isOwner(ctx);
    return toConnection(page, (r) => r.uscc, (r) => toTargetRecord(r.uscc, r, masked));
  }

  @FieldResolver(() => InspectorConnection)
  async inspectors(
    @Ctx() ctx: DepartmentContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => InspectorFilter, { nullable: true }) filter?: InspectorFilter,
  ): Promise<InspectorConnection> {
    requireInspectorReader(ctx);
    const page = await listInspectors(ctx.db, filter ?? {}, pageSize(first), after ? decodeCursor<number>(after, "number") : undefined);
    return toConnection(page, (r) => r.id, toInspector);
  }
}

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => [PlanAdjustment])
  async adjustments(@Root() plan: Plan, @Ctx() ctx: DepartmentContext) {
    return ctx.loaders.adjustmentsByPlan.load(plan.id);
  }
}

async function validatedPlan(ctx: DepartmentContext, input: PlanInput) {
  const checked = checkPlan(input, ctx.department.creditClasses);
  if ("problems" in checked) throw badInput(checked.problems.join("; "), { problems: checked.problems });
  const known = new Set((await itemsByCode(ctx.db, checked.value.itemCodes)).map((i) => i.code));
  const unknown = checked.value.itemCodes.filter((c) => !known.has(c));
  if (unknown.length) throw badInput(`unknown inspection items: ${unknown.join(", ")}`, { unknownItems: unknown });
  return checked.value;
}

async function lockedPlan(db: DepartmentDb, id: string): Promise<PlanRow> {
  const [row] = await db.select().from(plans).where(eq(plans.id, numericId(id, "plan"))).for("update");
  if (!row) throw notFound(`plan ${id}`);
  return row;
}

@Resolver(() => DepartmentMutation)
export class DepartmentMutationResolver {
  @FieldResolver(() => InspectionItem, { description: "Create or update an inspection item by its code" })
  async upsertItem(@Ctx() ctx: DepartmentContext, @Arg("input", () => InspectionItemInput) input: InspectionItemInput) {
    requireOwner(ctx, "admin");
    const code = input.code.trim();
    if (!code || !input.name.trim() || !input.legalBasis.trim()) throw badInput("code, name and legalBasis are required");
    if (!(input.defaultRatio >= 0 && input.defaultRatio <= 1)) throw badInput("defaultRatio must be between 0 and 1");
    if (!(input.frequency >= 1 && input.frequency <= 12)) throw badInput("frequency must be between 1 and 12 per year");
    const clean = (xs: string[]) => [...new Set(xs.map((e) => e.trim()).filter(Boolean))];
    const values = { ...input, code, expertise: clean(input.expertise), industries: clean(input.industries).map((i) => i.toUpperCase()), regions: clean(input.regions), tags: clean(input.tags) };
    if (values.industries.some((i) => !/^[A-T]?\d{0,4}$/.test(i)) || values.regions.some((r) => !/^\d{2,6}$/.test(r)))
      throw badInput("industries are GB/T 4754 code prefixes (e.g. G54) and regions GB/T 2260 prefixes (e.g. 4403)");
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(inspectionItems)
        .values(values)
        .onConflictDoUpdate({ target: inspectionItems.code, set: { ...values, updatedAt: sql`now()` } })
        .returning();
      await audit(tx as unknown as DepartmentDb, ctx.identity, "upsertItem", [code]);
      return row;
    });
  }

  @FieldResolver(() => TargetRecord, { description: "Create or update a target of the directory by USCC. A field left out keeps its value; null clears it." })
  async upsertTarget(@Ctx() ctx: DepartmentContext, @Arg("input", () => TargetInput) input: TargetInput) {
    requireOwner(ctx, "officer");
    const uscc = await saveTarget(ctx, input);
    return toTargetRecord(uscc, await ctx.loaders.targetByUscc.load(uscc), false);
  }

  @FieldResolver(() => Inspector, { description: "Create or update an inspector by certificate number. A field left out keeps its value; null clears it." })
  async upsertInspector(@Ctx() ctx: DepartmentContext, @Arg("input", () => InspectorInput) input: InspectorInput) {
    requireOwner(ctx, "officer");
    return toInspector(await saveInspector(ctx, input));
  }

  @FieldResolver(() => ImportReport, {
    description: "Import targets from CSV/XLSX with the usual Chinese headers; all rows land or none do (dryRun: preview only)",
  })
  async importTargets(@Ctx() ctx: DepartmentContext, @Arg("input", () => ImportInput) input: ImportInput) {
    return importUpload(ctx, "targets", input);
  }

  @FieldResolver(() => ImportReport, { description: "Import inspectors from CSV/XLSX; all rows land or none do (dryRun: preview only)" })
  async importInspectors(@Ctx() ctx: DepartmentContext, @Arg("input", () => ImportInput) input: ImportInput) {
    return importUpload(ctx, "inspectors", input);
  }

  @FieldResolver(() => Plan, { description: "Create an annual plan as a draft" })
  async createPlan(
    @Ctx() ctx: DepartmentContext,
    @Arg("input", () => PlanInput) input: PlanInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "A retry with the same key returns the same plan" })
    idempotencyKey?: string,
  ) {
    requireOwner(ctx, "admin");
    const values = await validatedPlan(ctx, input);
    const row = await once(ctx, "createPlan", idempotencyKey, async (tx) => {
      const [created] = await tx.insert(plans).values({ ...values, status: PlanStatus.DRAFT }).returning();
      await audit(tx, ctx.identity, "createPlan", [created!.id]);
      return created!.id;
    });
    return toPlan(row, ctx.department.creditClasses);
  }

  @FieldResolver(() => Plan, { description: "Edit a draft plan; a published plan changes only through adjustPlan" })
  async updatePlan(
    @Ctx() ctx: DepartmentContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PlanInput) input: PlanInput,
  ) {
    requireOwner(ctx, "admin");
    const values = await validatedPlan(ctx, input);
    const row = await ctx.db.transaction(async (tx) => {
      const plan = await lockedPlan(tx as unknown as DepartmentDb, id);
      if (plan.status !== PlanStatus.DRAFT)
        throw new HubError("PLAN_NOT_EDITABLE", `plan ${id} is published; change it with adjustPlan and a reason`);
      await audit(tx as unknown as DepartmentDb, ctx.identity, "updatePlan", [plan.id]);
      const [updated] = await tx.update(plans).set({ ...values, updatedAt: new Date() }).where(eq(plans.id, plan.id)).returning();
      return updated!;
    });
    return toPlan(row, ctx.department.creditClasses);
  }

  @FieldResolver(() => Plan, { description: "Publish a draft plan (draft → published)" })
  async publishPlan(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) id: string) {
    requireOwner(ctx, "admin");
    const row = await ctx.db.transaction(async (tx) => {
      const plan = await lockedPlan(tx as unknown as DepartmentDb, id);
      if (plan.status !== PlanStatus.DRAFT) throw new HubError("PLAN_NOT_EDITABLE", `plan ${id} is already published`);
      await audit(tx as unknown as DepartmentDb, ctx.identity, "publishPlan", [plan.id]);
      const [updated] = await tx
        .update(plans)
        .set({ status: PlanStatus.PUBLISHED, publishedAt: ctx.clock.now(), updatedAt: new Date() })
        .where(eq(plans.id, plan.id))
        .returning();
      return updated!;
    });
    return toPlan(row, ctx.department.creditClasses);
  }

  @FieldResolver(() => Plan, { description: "Change a published plan, recording the reason and both versions" })
  async adjustPlan(
    @Ctx() ctx: DepartmentContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PlanInput) input: PlanInput,
    @Arg("reason", () => String) reason: string,
  ) {
    requireOwner(ctx, "admin");
    if (!reason.trim()) throw badInput("an adjustment needs a reason");
    const values = await validatedPlan(ctx, input);
    const row = await ctx.db.transaction(async (tx) => {
      const plan = await lockedPlan(tx as unknown as DepartmentDb, id);
      if (plan.status !== PlanStatus.PUBLISHED)
        throw new HubError("PLAN_NOT_EDITABLE", `plan ${id} is a draft; edit it with updatePlan`);
      await tx.insert(planAdjustments).values({
        planId: plan.id,
        reason: reason.trim(),
        before: planSnapshot(plan),
        after: planSnapshot(values),
        adjustedBy: ctx.identity.subject,
      });
      await audit(tx as unknown as DepartmentDb, ctx.identity, "adjustPlan", [plan.id]);
      const [updated] = await tx
        .update(plans)
        .set({ ...values, version: plan.version + 1, updatedAt: new Date() })
        .where(eq(plans.id, plan.id))
        .returning();
      return updated!;
    });
    return toPlan(row, ctx.department.creditClasses);
  }
}

/** A directory file sent through GraphQL as base64. */
function importUpload(ctx: DepartmentContext, kind: DirectoryKind, input: ImportInput) {
  requireOwner(ctx, "officer");
  const clean = input.contentBase64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw badInput("contentBase64 is not base64");
  return importDirectory({
    db: ctx.db,
    kind,
    format: input.format,
    source: Buffer.from(clean, "base64"),
    creditClasses: ctx.department.creditClasses,
    dryRun: input.dryRun,
    onCommit: (tx, keys) => audit(tx, ctx.identity, kind === "targets" ? "importTargets" : "importInspectors", keys),
  });
}

/**
 * Run a create once per idempotency key: the key and the created id are stored in the same
 * transaction, so a retry (or a concurrent duplicate) gets the first result back.
 */
async function once(
  ctx: DepartmentContext,
  operation: string,
  key: string | undefined,
  create: (tx: DepartmentDb) => Promise<number>,
): Promise<PlanRow> {
  if (key !== undefined && !/^[\w.:-]{8,128}$/.test(key)) throw badInput("idempotencyKey must be 8–128 letters, digits or . : _ -");
  const existing = async () => {
    const [hit] = await ctx.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key!));
    if (!hit) return undefined;
    if (hit.operation !== operation) throw new HubError("CONFLICT", `idempotencyKey was already used for ${hit.operation}`);
    return (await planById(ctx.db, Number(hit.resultId)))!;
  };
  if (key) {
    const hit = await existing();
    if (hit) return hit;
  }
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const created = await create(tx as unknown as DepartmentDb);
      if (key) await tx.insert(idempotencyKeys).values({ key, operation, resultId: String(created) });
      return created;
    });
    return (await planById(ctx.db, id))!;
  } catch (e) {
    // A concurrent request with the same key committed first: return its result.
    const hit = key ? await existing().catch(() => undefined) : undefined;
    if (hit) return hit;
    throw e;
  }
}

export const departmentResolvers = [
  DepartmentRootResolver,
  TargetViewResolver,
  DepartmentQueryResolver,
  PlanResolver,
  DepartmentMutationResolver,
] as const;
