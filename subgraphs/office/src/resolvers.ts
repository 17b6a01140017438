/** The office subgraph: department registry, the Target entry points, USCC checking. */
import { checkTargetIdentifier, checkUscc, chinaYear, Role, type HubConfig, type Identity } from "@hub/schema";
import { HubError, quoted, systemClock, targetKey, type Clock } from "@hub/kit";
import DataLoader from "dataloader";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { syncState, taskEntries } from "./db/schema.js";
import { syncAndPropose } from "./proposals.js";
import type { SyncOptions } from "./sync.js";
import { jointActions } from "./domain/visits.js";
import { indexByUscc, inspectionsInYear, jointTargetLibrary, plannedTasksByTarget, type IndexedTarget, type OfficeDb } from "./target-index.js";

export interface OfficeContext {
  config: HubConfig;
  db: OfficeDb;
  identity: Identity;
  /** Pulls department changes through the gateway; absent when the office runs without one. */
  sync?: SyncOptions;
  /** Business time: "today" for schedules, deadlines and statistics. */
  clock: Clock;
  loaders: {
    indexByUscc: DataLoader<string, IndexedTarget | null>;
    inspectionsByYear: Map<number, DataLoader<string, TaskEntryRow[]>>;
  };
}

type TaskEntryRow = typeof taskEntries.$inferSelect;

export function createOfficeContext(config: HubConfig, db: OfficeDb, identity: Identity, sync?: SyncOptions, clock: Clock = systemClock): OfficeContext {
  return { config, db, identity, sync, clock, loaders: { indexByUscc: new DataLoader((usccs) => indexByUscc(db, usccs)), inspectionsByYear: new Map() } };
}

/** 部门 — a department registered with the joint-meeting office. */
@ObjectType({ description: "部门: a department registered with the office; its code names its fields on Query and Target" })
export class Department {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "Result of checking a unified social credit code (GB 32100-2015)" })
export class UsccCheck {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => String, { nullable: true, description: "Trimmed, half-width, upper-case" }) normalized!: string | null;
  @Field(() => String, { nullable: true, description: "Which rule failed and why" }) reason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Machine-readable rule: EMPTY, LENGTH, CHARSET, AUTHORITY_CATEGORY, REGION, CHECK_CHARACTER",
  })
  rule!: string | null;
  @Field(() => [String]) warnings!: string[];
}

/** 检查对象 — the cross-department entity; each department adds a field named by its code. */
@Directive('@key(fields: "uscc")')
@ObjectType({ description: "An inspection target, keyed by USCC across all departments" })
export class Target {
  @Field(() => String) uscc!: string;
}

export const MAX_TARGETS_PER_QUERY = 500;

/** Targets are keyed by USCC, or by the operator's resident ID for individual businesses without one. */
const checkKey = (code: string) => checkTargetIdentifier(code, true);


/** 联合检查对象名录库: a target held by two or more departments. */
@ObjectType({ description: "A target in two or more departments' directories (round 1 of the four rounds)" })
export class JointTarget {
  @Field(() => String) uscc!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) departments!: string[];
}

@ObjectType()
export class JointTargetPage {
  @Field(() => [JointTarget]) entries!: JointTarget[];
  @Field(() => Int) totalCount!: number;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@ObjectType({ description: "One department's inspection of a target (planned, ongoing or done)" })
export class InspectionEntry {
  @Field(() => String) department!: string;
  @Field(() => ID) taskId!: number;
  @Field(() => String) source!: string;
  @Field(() => String) status!: string;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => String) dueStart!: string;
  @Field(() => String) dueEnd!: string;
  @Field(() => String, { nullable: true, description: "The result's category, once recorded" }) categoryCode!: string | null;
  @Field(() => String, { nullable: true }) inspectionDate!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Publication deadline (working days after the window ends)" }) publicationDue!: string | null;
  @Field(() => Boolean, { nullable: true }) publishedLate!: boolean | null;
  @Field(() => String, { nullable: true, description: "后续处置: OPEN, RECTIFYING, REINSPECTED, NOT_RECTIFIED, TRANSFERRED, REFERRED_TO_JUDICIARY, CLOSED" })
  followUpState!: string | null;
}

@ObjectType({ description: "How current the office's copy of a department is" })
export class DepartmentSync {
  @Field(() => String) department!: string;
  @Field(() => Date, { nullable: true }) lastSuccessAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Boolean, { description: "Never synced, last attempt failed, or older than two sync intervals" }) stale!: boolean;
}

@ObjectType({ description: "One planned task inside a proposed joint visit" })
export class VisitTask {
  @Field(() => String) department!: string;
  @Field(() => ID) taskId!: number;
  @Field(() => [String]) itemCodes!: string[];
  @Field(() => Int) inspectors!: number;
}

@ObjectType({ description: "One target's proposed joint visit" })
export class ProposedVisit {
  @Field(() => String) uscc!: string;
  @Field(() => [VisitTask]) tasks!: VisitTask[];
  @Field(() => Int) inspectors!: number;
  @Field(() => [String], { description: "Items planned by two departments: inspect once" }) duplicateItems!: string[];
}

@ObjectType({ description: "第二轮融合: a proposed joint inspection action — same departments, same window, many targets" })
export class JointInspectionProposal {
  @Field(() => [String]) departments!: string[];
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
  @Field(() => Int) targetCount!: number;
  @Field(() => [ProposedVisit]) visits!: ProposedVisit[];
}

/** How current the office's copy of each department is. */
export async function syncStatusOf(ctx: OfficeContext): Promise<DepartmentSync[]> {
  const rows = await ctx.db.select().from(syncState);
  const maxAgeMs = 2 * (ctx.config.office.syncIntervalSeconds || 300) * 1000;
  return ctx.config.departments.map((d) => {
    const r = rows.find((x) => x.department === d.code);
    const lastSuccessAt = r?.lastSuccessAt ?? null;
    const stale = !lastSuccessAt || Boolean(r?.lastError) || Date.now() - lastSuccessAt.getTime() > maxAgeMs;
    return { department: d.code, lastSuccessAt, lastAttemptAt: r?.lastAttemptAt ?? null, lastError: r?.lastError ?? null, stale };
  });
}

function requireCoordinator(ctx: OfficeContext) {
  if (ctx.identity.role !== Role.OFFICE_COORDINATOR)
    throw new HubError(ctx.identity.role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN", "only the joint-meeting office may do this");
}

/** Target entry points serve joint work: departments and the office, not the public or dashboards. */
export function requireJointReader(ctx: OfficeContext) {
  if (ctx.identity.role === Role.PUBLIC) throw new HubError("UNAUTHENTICATED", "sign in to look up targets");
  if (ctx.identity.role === Role.DASHBOARD_VIEWER) throw new HubError("FORBIDDEN", "dashboards see aggregates only");
}

@Resolver()
export class OfficeQueryResolver {
  @Query(() => [Department], { description: "The departments composed into this hub" })
  departments(@Ctx() ctx: OfficeContext): Department[] {
    return ctx.config.departments.map((d) => ({ code: d.code, name: d.name }));
  }

  @Query(() => Target, { nullable: true, description: "A target by USCC; every department's view hangs off it" })
  target(@Ctx() ctx: OfficeContext, @Arg("uscc", () => String) uscc: string): Target {
    requireJointReader(ctx);
    return { uscc: targetKey(uscc) };
  }

  @Query(() => [Target], { nullable: "items", description: `Several targets in input order (at most ${MAX_TARGETS_PER_QUERY})` })
  targets(@Ctx() ctx: OfficeContext, @Arg("usccs", () => [String]) usccs: string[]): Target[] {
    requireJointReader(ctx);
    if (usccs.length > MAX_TARGETS_PER_QUERY)
      throw new HubError("BAD_USER_INPUT", `at most ${MAX_TARGETS_PER_QUERY} USCCs per query, got ${usccs.length}`);
    const invalid = usccs.map((u) => ({ u, c: checkKey(u) })).filter((x) => !x.c.valid);
    if (invalid.length)
      throw new HubError("INVALID_USCC", `invalid USCCs: ${invalid.slice(0, 10).map((x) => `${quoted(x.u)} (${x.c.reason})`).join("; ")}${invalid.length > 10 ? ` and ${invalid.length - 10} more` : ""}`, {
        invalid: invalid.slice(0, 100).map((x) => ({ uscc: x.u.slice(0, 40), rule: x.c.rule, reason: x.c.reason })),
      });
    return usccs.map((u) => ({ uscc: checkKey(u).normalized! }));
  }

  @Query(() => JointTargetPage, { description: "第一轮融合: targets active in at least `minDepartments` directories, in USCC order" })
  async jointTargetLibrary(
    @Ctx() ctx: OfficeContext,
    @Arg("minDepartments", () => Int, { defaultValue: 2 }) minDepartments: number,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<JointTargetPage> {
    requireJointReader(ctx);
    if (first < 1 || first > 1000 || minDepartments < 2) throw new HubError("BAD_USER_INPUT", "first must be 1–1000 and minDepartments at least 2");
    const page = await jointTargetLibrary(ctx.db, minDepartments, first, after ?? undefined);
    return { entries: page.rows, totalCount: page.totalCount, hasMore: page.hasMore, endCursor: page.rows.at(-1)?.uscc ?? null };
  }

  @Query(() => [JointInspectionProposal], {
    description: "第二轮融合: targets drawn by two or more departments, grouped into the fewest joint visits (≤ 5 departments, ≤ 10 inspectors, a common window) and batched into actions; a department sees the ones it is in",
  })
  async jointInspectionProposals(
    @Ctx() ctx: OfficeContext,
    @Arg("year", () => Int) year: number,
    @Arg("usccs", () => [String], { nullable: true, description: "Only these targets (e.g. those a sync just changed)" }) usccs?: string[],
  ): Promise<JointInspectionProposal[]> {
    requireJointReader(ctx);
    if (usccs && usccs.length > 10_000) throw new HubError("BAD_USER_INPUT", "at most 10,000 targets at a time");
    const own = ctx.identity.role === Role.OFFICE_COORDINATOR ? undefined : ctx.identity.department;
    const actions = jointActions(await plannedTasksByTarget(ctx.db, year, own, usccs ?? undefined));
    return actions
      .filter((a) => !own || a.departments.includes(own))
      .map((a) => ({ ...a, targetCount: a.visits.length, visits: a.visits.map((v) => ({ ...v, tasks: v.tasks })) }));
  }

  @Query(() => [DepartmentSync], { description: "When the office last read each department, and whether its copy is stale" })
  async syncStatus(@Ctx() ctx: OfficeContext) {
    requireJointReader(ctx);
    return syncStatusOf(ctx);
  }

  @Query(() => UsccCheck, { description: "Check a unified social credit code and say which rule fails" })
  checkUscc(@Arg("code", () => String) code: string): UsccCheck {
    return checkUscc(code);
  }
}

@Resolver()
export class OfficeMutationResolver {
  @Mutation(() => [DepartmentSync], { description: "Pull every department's changes now (also runs on a schedule)" })
  async syncDepartments(@Ctx() ctx: OfficeContext) {
    requireCoordinator(ctx);
    if (!ctx.sync) throw new HubError("DEPARTMENT_UNAVAILABLE", "this office runs without a gateway to sync through");
    await syncAndPropose(ctx.sync);
    return syncStatusOf(ctx);
  }
}

@Resolver(() => Target)
export class OfficeTargetResolver {
  @FieldResolver(() => [InspectionEntry], {
    description: "第三轮融合: every department's inspections of this target whose window touches the year (this year by default)",
  })
  async inspectionsThisYear(@Root() t: Target, @Ctx() ctx: OfficeContext, @Arg("year", () => Int, { nullable: true }) year?: number) {
    const y = year ?? chinaYear(ctx.clock.now());
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

export const officeResolvers = [OfficeQueryResolver, OfficeMutationResolver, OfficeTargetResolver] as const;
