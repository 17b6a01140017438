/** The directories on a department's entry points, and its view of the Target entity. Authorization and arguments only. */
import { badInput, decodeCursor, Job, pageSize, seal, targetKey, toConnection, unseal } from "@hub/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { isOwner, requireAggregateReader, requireInspectorReader, requireOwner, requireTargetReader } from "../../shared/authz.js";
import type { DepartmentContext } from "../../shared/context.js";
import type { TargetRow } from "../../db/schema.js";
import { DepartmentMutation, DepartmentQuery, Target } from "../department/types.js";
import { inspectorFilter, targetFilter } from "./filters.js";
import { importUpload, saveInspector, saveTarget, startImportJob } from "./service.js";
import { listInspectors, listTargets } from "./store.js";
import {
  ImportInput,
  ImportReport,
  Inspector,
  InspectorConnection,
  InspectorFilter,
  InspectorInput,
  TargetFilter,
  TargetInput,
  TargetRecord,
  TargetRecordConnection,
} from "./types.js";
import { toInspector, toTargetRecord } from "./view.js";

/** The key in a `targets` cursor: sealed when it is a resident ID shown masked. */
function targetCursorKey(key: string): string {
  if (!key.startsWith("~")) return key;
  const open = unseal(key);
  if (open === undefined) throw badInput("invalid cursor: pass back an endCursor this list returned", { argument: "after" });
  return open;
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
export class DirectoryQueryResolver {
  @FieldResolver(() => TargetRecord, { nullable: true, description: "One target of this department's directory" })
  async target(@Ctx() ctx: DepartmentContext, @Arg("uscc", () => String) uscc: string) {
    requireTargetReader(ctx);
    const code = targetKey(uscc);
    const row = await ctx.loaders.targetByUscc.load(code);
    return row ? toTargetRecord(code, row, !isOwner(ctx)) : null;
  }

  @FieldResolver(() => Int, { description: "How many directory targets match: the aggregate dashboards may read. With a search, at most 10,000 are counted: 10,000 then means that many or more." })
  async targetCount(@Ctx() ctx: DepartmentContext, @Arg("filter", () => TargetFilter, { nullable: true }) filter?: TargetFilter) {
    requireAggregateReader(ctx);
    return (await listTargets(ctx.db, targetFilter(filter), 0)).totalCount;
  }

  @FieldResolver(() => TargetRecordConnection)
  async targets(
    @Ctx() ctx: DepartmentContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => TargetFilter, { nullable: true }) filter?: TargetFilter,
  ): Promise<TargetRecordConnection> {
    requireTargetReader(ctx);
    const page = await listTargets(ctx.db, targetFilter(filter), pageSize(first), after ? targetCursorKey(decodeCursor<string>(after, "string")) : undefined);
    const masked = !isOwner(ctx);
    // A reader who sees IDs masked gets cursors that do not carry them either.
    const cursorKey = (r: TargetRow) => (masked && r.idKind === "RESIDENT_ID" ? seal(r.uscc) : r.uscc);
    return { ...toConnection(page, cursorKey, (r) => toTargetRecord(r.uscc, r, masked)), totalCountExact: page.totalCountExact };
  }

  @FieldResolver(() => Job, { nullable: true, description: "作业: one of this department's long operations (an import…) by its id; its own staff only; null when there is none" })
  async job(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) id: string) {
    requireOwner(ctx, "officer");
    return ctx.jobs ? ctx.jobs.get(id) : null;
  }

  @FieldResolver(() => InspectorConnection)
  async inspectors(
    @Ctx() ctx: DepartmentContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => InspectorFilter, { nullable: true }) filter?: InspectorFilter,
  ): Promise<InspectorConnection> {
    requireInspectorReader(ctx);
    const page = await listInspectors(ctx.db, inspectorFilter(filter), pageSize(first), after ? decodeCursor<number>(after, "number") : undefined);
    return toConnection(page, (r) => r.id, toInspector);
  }
}

@Resolver(() => DepartmentMutation)
export class DirectoryMutationResolver {
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
    requireOwner(ctx, "officer");
    return importUpload(ctx, "targets", input);
  }

  @FieldResolver(() => ImportReport, { description: "Import inspectors from CSV/XLSX; all rows land or none do (dryRun: preview only)" })
  async importInspectors(@Ctx() ctx: DepartmentContext, @Arg("input", () => ImportInput) input: ImportInput) {
    requireOwner(ctx, "officer");
    return importUpload(ctx, "inspectors", input);
  }

  @FieldResolver(() => Job, {
    description:
      "The same import of targets as a job, for files too large to wait for: returns at once; follow it with `job(id)`, whose result is the import's report (status, counts, errors)",
  })
  async importTargetsJob(@Ctx() ctx: DepartmentContext, @Arg("input", () => ImportInput) input: ImportInput) {
    requireOwner(ctx, "officer");
    return startImportJob(ctx, "targets", input);
  }

  @FieldResolver(() => Job, { description: "The same import of inspectors as a job: returns at once; follow it with `job(id)`" })
  async importInspectorsJob(@Ctx() ctx: DepartmentContext, @Arg("input", () => ImportInput) input: ImportInput) {
    requireOwner(ctx, "officer");
    return startImportJob(ctx, "inspectors", input);
  }
}

export const directoryResolvers = [TargetViewResolver, DirectoryQueryResolver, DirectoryMutationResolver] as const;
