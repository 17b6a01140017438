/** The office's index on the supergraph: the sync, the joint target library (round 1), a target's inspections this year (round 3). */
import { badInput, Job, numericId, pageSize, searchArg, yearArg } from "@hub/kit";
import { chinaYear } from "@hub/schema";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireCoordinator, requireJointReader } from "../../shared/authz.js";
import type { OfficeContext } from "../../shared/context.js";
import { Target } from "../registry/types.js";
import { drawOverlaps, officeJob, syncOnRequest, syncStatusOf } from "./service.js";
import { departmentOverlap, inspectionsInYear, jointTargetLibrary, searchTargets } from "./store.js";
import { DepartmentOverlap, DepartmentSync, DrawOverlaps, InspectionEntry, JointTargetPage } from "./types.js";

@Resolver()
export class IndexQueryResolver {
  @Query(() => DrawOverlaps, {
    nullable: true,
    description: "第三轮融合 at the moment of drawing: which targets of a department's draw other departments already plan or inspected in its year, per target and per stratum (as current as the office's last sync); null when the draw does not exist",
  })
  async drawOverlaps(@Ctx() ctx: OfficeContext, @Arg("department", () => String) department: string, @Arg("drawId", () => ID) drawId: string) {
    requireJointReader(ctx);
    return drawOverlaps(ctx, department, numericId(drawId, "draw"));
  }

  @Query(() => JointTargetPage, { description: "第一轮融合: targets active in at least `minDepartments` directories, in USCC order" })
  async jointTargetLibrary(
    @Ctx() ctx: OfficeContext,
    @Arg("minDepartments", () => Int, { defaultValue: 2 }) minDepartments: number,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<JointTargetPage> {
    requireJointReader(ctx);
    const page = await jointTargetLibrary(ctx.db, pageSize(minDepartments, 2, { min: 2, max: 100 }), pageSize(first, 100, { min: 1, max: 1000 }), after ?? undefined);
    return { entries: page.rows, totalCount: page.totalCount, hasMore: page.hasMore, endCursor: page.rows.at(-1)?.uscc ?? null };
  }

  @Query(() => [Target], {
    description: "一企一档: targets any department holds whose name contains `search` (two characters or more) or whose code starts with it, in code order; open one with `target(uscc:)`",
  })
  async searchTargets(@Ctx() ctx: OfficeContext, @Arg("search", () => String) search: string, @Arg("first", () => Int, { defaultValue: 20 }) first: number): Promise<Target[]> {
    requireJointReader(ctx);
    const term = searchArg(search, { min: 2 });
    if (!term) throw badInput("search is required", { argument: "search" });
    return searchTargets(ctx.db, term, pageSize(first, 20, { min: 1, max: 100 }));
  }

  @Query(() => [DepartmentOverlap], { description: "第一轮融合: for every pair of departments, the active targets both hold (the overlap matrix); pairs without any are left out" })
  async departmentOverlap(@Ctx() ctx: OfficeContext) {
    requireJointReader(ctx);
    return departmentOverlap(ctx.db);
  }

  @Query(() => [DepartmentSync], { description: "When the office last read each department, and whether its copy is stale" })
  async syncStatus(@Ctx() ctx: OfficeContext) {
    requireJointReader(ctx);
    return syncStatusOf(ctx.db, ctx.config);
  }

  @Query(() => Job, { nullable: true, description: "作业: a long operation of the office (a sync…) by the id it was started with; null when there is none" })
  async job(@Ctx() ctx: OfficeContext, @Arg("id", () => ID) id: string) {
    requireJointReader(ctx);
    return officeJob(ctx, id);
  }
}

@Resolver()
export class IndexMutationResolver {
  @Mutation(() => Job, {
    description:
      "Pull every department's changes now and refresh the joint proposals (also runs on a schedule). Returns at once with the job; follow it with `job(id)`, and read `syncStatus` when it has SUCCEEDED. While a sync waits to start, asking again returns that one.",
  })
  async syncDepartments(@Ctx() ctx: OfficeContext) {
    requireCoordinator(ctx);
    return syncOnRequest(ctx);
  }
}

@Resolver(() => Target)
export class IndexTargetResolver {
  @FieldResolver(() => [InspectionEntry], {
    description: "第三轮融合: every department's inspections of this target whose window touches the year (this year by default)",
  })
  async inspectionsThisYear(@Root() t: Target, @Ctx() ctx: OfficeContext, @Arg("year", () => Int, { nullable: true }) year?: number) {
    const y = yearArg(year ?? chinaYear(ctx.clock.now()));
    let loader = ctx.loaders.inspectionsByYear.get(y);
    if (!loader) {
      loader = new DataLoader((usccs: readonly string[]) => inspectionsInYear(ctx.db, usccs, y));
      ctx.loaders.inspectionsByYear.set(y, loader);
    }
    return loader.load(t.uscc);
  }

  @FieldResolver(() => String, { nullable: true, description: "The name as recorded in the department directories (office index)" })
  async name(@Root() t: Target, @Ctx() ctx: OfficeContext) {
    return (await ctx.loaders.indexByUscc.load(t.uscc))?.name ?? null;
  }

  @FieldResolver(() => [String], { description: "Codes of the departments whose directory holds this target (office index)" })
  async departments(@Root() t: Target, @Ctx() ctx: OfficeContext) {
    return (await ctx.loaders.indexByUscc.load(t.uscc))?.departments ?? [];
  }
}

export const indexResolvers = [IndexQueryResolver, IndexMutationResolver, IndexTargetResolver] as const;
