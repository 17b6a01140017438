/** Draw and task fields on a department's query and mutation entry points. */
import { decodeCursor, HubError, notFound, numericId, pageSize, targetKey, toConnection } from "@hub/kit";
import { InspectorStatus, isIsoDate } from "@hub/schema";
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { requireInspectorReader, requireOwner, requireTargetReader } from "../authz.js";
import type { DepartmentContext } from "../context.js";
import { draws, inspectors, jointTeamDraws, taskInspectorChanges, tasks, type DrawRow } from "../db/schema.js";
import { deriveSeed, mustRecuse, teamFor, type DrawResult } from "../domain/draw.js";
import { commitSeed, replaceInspector, runDraw, verifyDraw, verifyDrawChain } from "../draws.js";
import { audit } from "../repository/audit.js";
import type { DepartmentDb } from "../repository/targets.js";
import { decodeChangeCursor, directoryChanges, taskChanges } from "../repository/changes.js";
import { activeInspectors } from "../repository/draws.js";
import {
  DirectoryChangePage,
  Draw,
  DrawChainVerification,
  DrawCommitment,
  DrawInput,
  DrawVerification,
  InspectorReplacement,
  JointTeamDraw,
  Task,
  TaskChangePage,
  TaskConnection,
  TaskInput,
  TaskSource,
  TaskStatus,
} from "./draw-types.js";
import { toTaskChange } from "./outcome.js";
import { DepartmentMutation, DepartmentQuery, Target } from "./resolvers.js";

const id = numericId;
/** Advisory lock class for joint team draws (the second key is the joint inspection). */
const JOINT_TEAM_LOCK = 0x4a_54;

async function toDraw(db: DepartmentDb, row: DrawRow): Promise<Draw> {
  const [n] = await db.select({ n: count() }).from(tasks).where(eq(tasks.drawId, row.id));
  return { ...row, strata: (row.result as unknown as DrawResult).strata, taskCount: Number(n?.n ?? 0) } as unknown as Draw;
}

export const toTask = (row: typeof tasks.$inferSelect) => ({ ...row, source: row.source as TaskSource, status: row.status as TaskStatus });

@Resolver(() => DepartmentQuery)
export class DrawQueryResolver {
  @FieldResolver(() => [Draw], { description: "Recorded draws, oldest first" })
  async draws(@Ctx() ctx: DepartmentContext, @Arg("planId", () => ID, { nullable: true }) planId?: string) {
    requireTargetReader(ctx);
    const rows = await ctx.db.select().from(draws).where(planId ? eq(draws.planId, id(planId, "plan")) : undefined).orderBy(asc(draws.seq));
    return Promise.all(rows.map((r) => toDraw(ctx.db, r)));
  }

  @FieldResolver(() => Draw, { nullable: true })
  async draw(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) drawId: string) {
    requireTargetReader(ctx);
    const [row] = await ctx.db.select().from(draws).where(eq(draws.id, id(drawId, "draw")));
    return row ? toDraw(ctx.db, row) : null;
  }

  @FieldResolver(() => DrawVerification, { description: "Re-run a draw from its record and snapshots" })
  async verifyDraw(@Ctx() ctx: DepartmentContext, @Arg("id", () => ID) drawId: string) {
    requireTargetReader(ctx);
    return verifyDraw(ctx.db, id(drawId, "draw"));
  }

  @FieldResolver(() => DrawChainVerification, { description: "Check that no draw record was altered, inserted or deleted" })
  async verifyDrawChain(@Ctx() ctx: DepartmentContext) {
    requireTargetReader(ctx);
    return verifyDrawChain(ctx.db);
  }

  @FieldResolver(() => [JointTeamDraw], {
    description: "This department's team draws for a joint inspection, oldest first: the office checks a supplied team against the latest",
  })
  async jointTeamDraws(@Ctx() ctx: DepartmentContext, @Arg("jointInspectionId", () => ID) jointInspectionId: string) {
    requireInspectorReader(ctx);
    return ctx.db.select().from(jointTeamDraws).where(eq(jointTeamDraws.jointInspectionId, String(id(jointInspectionId, "joint inspection")))).orderBy(asc(jointTeamDraws.id));
  }

  @FieldResolver(() => TaskConnection, { description: "Inspection tasks, in id order, filtered by draw, target, status or source; page with `after`" })
  async tasks(
    @Ctx() ctx: DepartmentContext,
    @Arg("drawId", () => ID, { nullable: true }) drawId?: string,
    @Arg("uscc", () => String, { nullable: true }) uscc?: string,
    @Arg("status", () => TaskStatus, { nullable: true }) status?: TaskStatus,
    @Arg("source", () => TaskSource, { nullable: true }) source?: TaskSource,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<TaskConnection> {
    requireInspectorReader(ctx);
    const where = and(
      drawId ? eq(tasks.drawId, id(drawId, "draw")) : undefined,
      uscc ? eq(tasks.uscc, targetKey(uscc)) : undefined,
      status ? eq(tasks.status, status) : undefined,
      source ? eq(tasks.source, source) : undefined,
    );
    const limit = pageSize(first, 100);
    const afterId = after ? decodeCursor<number>(after, "number") : undefined;
    const [rows, [total]] = await Promise.all([
      ctx.db.select().from(tasks).where(and(where, afterId !== undefined ? gt(tasks.id, afterId) : undefined)).orderBy(asc(tasks.id)).limit(limit + 1),
      ctx.db.select({ n: count() }).from(tasks).where(where),
    ]);
    return toConnection({ rows: rows.slice(0, limit), hasNextPage: rows.length > limit, totalCount: Number(total?.n ?? 0) }, (r) => r.id, toTask);
  }
}

/** The office pulls directory and task changes through the supergraph (office and own staff only). */
@Resolver(() => DepartmentQuery)
export class ChangeFeedResolver {
  @FieldResolver(() => DirectoryChangePage, { description: "Directory entries changed after a cursor (office sync)" })
  async directoryChanges(
    @Ctx() ctx: DepartmentContext,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("first", () => Int, { defaultValue: 1000 }) first = 1000,
  ) {
    requireInspectorReader(ctx);
    if (first < 1 || first > 5000) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 5000");
    const page = await directoryChanges(ctx.db, decodeChangeCursor(after), first);
    return { entries: page.rows, endCursor: page.endCursor, hasMore: page.hasMore };
  }

  @FieldResolver(() => TaskChangePage, { description: "Tasks changed after a cursor (office sync)" })
  async taskChanges(
    @Ctx() ctx: DepartmentContext,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("first", () => Int, { defaultValue: 1000 }) first = 1000,
  ) {
    requireInspectorReader(ctx);
    if (first < 1 || first > 5000) throw new HubError("BAD_USER_INPUT", "first must be between 1 and 5000");
    const page = await taskChanges(ctx.db, decodeChangeCursor(after), first);
    return { tasks: page.rows.map((r) => toTaskChange(ctx.department, r)), endCursor: page.endCursor, hasMore: page.hasMore };
  }
}

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Target, {
    description: "The target, as the entity every subgraph extends: e.g. `target { inspectionsThisYear { department status } }` from the office (round 3)",
  })
  target(@Root() task: Task): Target {
    return { uscc: task.uscc };
  }

  @FieldResolver(() => [InspectorReplacement])
  async replacements(@Root() task: Task, @Ctx() ctx: DepartmentContext) {
    return ctx.db.select().from(taskInspectorChanges).where(eq(taskInspectorChanges.taskId, task.id)).orderBy(asc(taskInspectorChanges.id));
  }
}

@Resolver(() => DepartmentMutation)
export class DrawMutationResolver {
  @FieldResolver(() => DrawCommitment, { description: "Publish the SHA-256 of a secret before the draw (commit–reveal), for a plan period not drawn yet" })
  async commitDrawSeed(
    @Ctx() ctx: DepartmentContext,
    @Arg("planId", () => ID) planId: string,
    @Arg("commitment", () => String) commitment: string,
    @Arg("periodKey", () => String, { nullable: true, description: "The plan period the draw will cover, e.g. 2026-H2; the plan's year by default" }) periodKey?: string,
  ) {
    requireOwner(ctx, "admin");
    return commitSeed(ctx, id(planId, "plan"), commitment.trim().toLowerCase(), periodKey ?? undefined);
  }

  @FieldResolver(() => Draw, { description: "双随机: draw a published plan's targets and inspector teams, once per plan period" })
  async drawTargets(@Ctx() ctx: DepartmentContext, @Arg("input", () => DrawInput) input: DrawInput) {
    requireOwner(ctx, "admin");
    const row = await runDraw(ctx, {
      ...input,
      planId: id(input.planId, "plan"),
      commitmentId: id(input.commitmentId, "commitment"),
      maxTargets: input.maxTargets ?? undefined,
      keyAreaTags: input.keyAreaTags ?? undefined,
    });
    return toDraw(ctx.db, row);
  }

  @FieldResolver(() => Task, { description: "递补: replace an inspector who must recuse or is unavailable with the next in the draw's order" })
  async replaceInspector(
    @Ctx() ctx: DepartmentContext,
    @Arg("taskId", () => ID) taskId: string,
    @Arg("certificateNumber", () => String) certificateNumber: string,
    @Arg("reason", () => String) reason: string,
  ) {
    requireOwner(ctx, "officer");
    return toTask(await replaceInspector(ctx, id(taskId, "task"), certificateNumber.trim().toUpperCase(), reason));
  }

  @FieldResolver(() => Task, { description: "Move a task along DRAWN → ASSIGNED → INSPECTING → DONE (one step at a time)" })
  async advanceTask(@Ctx() ctx: DepartmentContext, @Arg("taskId", () => ID) taskId: string, @Arg("status", () => TaskStatus) status: TaskStatus) {
    requireOwner(ctx, "officer");
    return ctx.db.transaction(async (tx) => {
      const [task] = await tx.select().from(tasks).where(eq(tasks.id, id(taskId, "task"))).for("update");
      if (!task) throw notFound(`task ${taskId}`);
      const order = [TaskStatus.DRAWN, TaskStatus.ASSIGNED, TaskStatus.INSPECTING, TaskStatus.DONE];
      if (order.indexOf(status) !== order.indexOf(task.status as TaskStatus) + 1)
        throw new HubError("BAD_USER_INPUT", `task ${taskId} is ${task.status}; it can only move to the next status (${order[order.indexOf(task.status as TaskStatus) + 1] ?? "none"})`);
      const [row] = await tx.update(tasks).set({ status, updatedAt: new Date() }).where(eq(tasks.id, task.id)).returning();
      await audit(tx as unknown as DepartmentDb, ctx.identity, "advanceTask", [task.id, status]);
      return toTask(row!);
    });
  }

  @FieldResolver(() => [Task], {
    description: "第四轮融合: merge tasks on one target (a drawn task with complaint, referral or monitoring tasks) into one visit; each keeps its source",
  })
  async mergeTasksIntoVisit(@Ctx() ctx: DepartmentContext, @Arg("taskIds", () => [ID]) taskIds: string[]) {
    requireOwner(ctx, "officer");
    const ids = [...new Set(taskIds.map((t) => id(t, "task")))];
    if (ids.length < 2) throw new HubError("BAD_USER_INPUT", "merge at least two tasks");
    return ctx.db.transaction(async (tx) => {
      const rows = await tx.select().from(tasks).where(inArray(tasks.id, ids)).for("update");
      if (rows.length !== ids.length) throw notFound(`tasks ${ids.filter((i) => !rows.some((r) => r.id === i)).join(", ")}`);
      if (new Set(rows.map((r) => r.uscc)).size > 1) throw new HubError("BAD_USER_INPUT", "only tasks on the same target can share a visit");
      if (rows.some((r) => r.status === TaskStatus.DONE)) throw new HubError("BAD_USER_INPUT", "a task that is done cannot join a visit");
      // Merging into an existing visit keeps its id; otherwise the first task's id names the visit.
      const visitId = Math.min(...rows.map((r) => r.visitId ?? r.id));
      await tx.update(tasks).set({ visitId, updatedAt: new Date() }).where(inArray(tasks.id, ids));
      await audit(tx as unknown as DepartmentDb, ctx.identity, "mergeTasksIntoVisit", [visitId, ...ids]);
      return (await tx.select().from(tasks).where(eq(tasks.visitId, visitId)).orderBy(asc(tasks.id))).map(toTask);
    });
  }

  @FieldResolver(() => [String], {
    description:
      "Draw this department's inspectors for a joint inspection at random, with the draw's recusal rules for every target; returns certificate numbers to supply to the office",
  })
  async drawJointTeam(
    @Ctx() ctx: DepartmentContext,
    @Arg("jointInspectionId", () => ID) jointInspectionId: string,
    @Arg("usccs", () => [String]) usccs: string[],
    @Arg("size", () => Int) size: number,
    @Arg("publicValue", () => String, { description: "A value announced before the draw, as for target draws" }) publicValue: string,
    @Arg("reason", () => String, { nullable: true, description: "Why the team is drawn again: required for every draw after the first, and recorded" }) reason?: string,
  ) {
    requireOwner(ctx, "officer");
    const joint = String(id(jointInspectionId, "joint inspection"));
    if (!Number.isInteger(size) || size < 1 || size > 10) throw new HubError("BAD_USER_INPUT", "size must be between 1 and 10");
    if (!publicValue.trim() || publicValue.length > 200) throw new HubError("BAD_USER_INPUT", "a public value announced before the draw is required (at most 200 characters)");
    if (usccs.length === 0 || usccs.length > 500) throw new HubError("BAD_USER_INPUT", "name the joint inspection's targets (1–500)");
    const targets = [...new Set(usccs.map(targetKey))];
    const why = reason?.trim() || null;
    if (why && why.length > 500) throw new HubError("BAD_USER_INPUT", "reason is longer than 500 characters");
    const pool = (await activeInspectors(ctx.db, [], targets)).sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
    const eligible = pool.filter((p) => !targets.some((u) => mustRecuse(p, u)));
    const seed = deriveSeed(`joint:${joint}:${ctx.department.code}`, publicValue);
    // The candidate stream of the draw algorithm, keyed by the joint inspection instead of a target.
    const team = teamFor(`joint-${joint}`, eligible, { seed, teamSize: size, maxTargetsPerInspector: 1 }, new Map(), []);
    if (team.length < size)
      throw new HubError("DRAW_NOT_POSSIBLE", `only ${team.length} of ${ctx.department.code}'s active inspectors need not recuse for these targets; ${size} were asked for`);
    await ctx.db.transaction(async (tx) => {
      const t = tx as unknown as DepartmentDb;
      // One draw at a time per joint inspection, so that "the first draw" is well defined.
      await t.execute(sql`select pg_advisory_xact_lock(${JOINT_TEAM_LOCK}, ${Number(joint)})`);
      const [earlier] = await t.select({ n: count() }).from(jointTeamDraws).where(eq(jointTeamDraws.jointInspectionId, joint));
      if (Number(earlier?.n ?? 0) > 0 && !why)
        throw new HubError("BAD_USER_INPUT", `${ctx.department.code} already drew a team for joint inspection ${joint}: drawing again needs a reason, which is recorded for the lead and the office`);
      await t.insert(jointTeamDraws).values({ jointInspectionId: joint, usccs: targets, size, publicValue, seed, team, reason: why, drawnBy: ctx.identity.subject });
      await audit(t, ctx.identity, "drawJointTeam", [joint, seed, ...team]);
    });
    return team;
  }

  @FieldResolver(() => Task, { description: "A task from a complaint, referral or monitoring (not a draw)" })
  async createTask(@Ctx() ctx: DepartmentContext, @Arg("input", () => TaskInput) input: TaskInput) {
    requireOwner(ctx, "officer");
    if (input.source === TaskSource.DRAW) throw new HubError("BAD_USER_INPUT", "drawn tasks come from drawTargets");
    const uscc = targetKey(input.uscc);
    const team = [...new Set(input.inspectors.map((c) => c.trim().toUpperCase()))];
    if (team.length < 2) throw new HubError("BAD_USER_INPUT", "a task needs at least two inspectors");
    const known = await ctx.db.select().from(inspectors).where(inArray(inspectors.certificateNumber, team));
    const unusable = team.filter((c) => !known.some((k) => k.certificateNumber === c && k.status === InspectorStatus.ACTIVE));
    if (unusable.length) throw new HubError("BAD_USER_INPUT", `not active inspectors of ${ctx.department.code}: ${unusable.join(", ")}`);
    const conflicted = known.filter((k) => k.conflicts.includes(uscc)).map((k) => k.certificateNumber);
    if (conflicted.length) throw new HubError("BAD_USER_INPUT", `must recuse (declared conflict): ${conflicted.join(", ")}`);
    if (!isIsoDate(input.dueStart) || !isIsoDate(input.dueEnd) || input.dueStart > input.dueEnd)
      throw new HubError("BAD_USER_INPUT", "dueStart and dueEnd must be dates (YYYY-MM-DD), start first");
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tasks)
        .values({ source: input.source, uscc, itemCodes: input.itemCodes, inspectors: team, dueStart: input.dueStart, dueEnd: input.dueEnd, status: TaskStatus.ASSIGNED, note: input.note ?? null, createdAt: ctx.clock.now() })
        .returning();
      await audit(tx as unknown as DepartmentDb, ctx.identity, "createTask", [row!.id]);
      return toTask(row!);
    });
  }
}

export const drawResolvers = [DrawQueryResolver, ChangeFeedResolver, TaskResolver, DrawMutationResolver] as const;
