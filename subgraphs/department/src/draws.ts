/**
 * The draw workflow of a department: commit a secret, draw a published plan's targets and teams,
 * record it in the hash chain with its snapshots, create the tasks; verify a draw or the chain;
 * replace an inspector who must recuse or becomes unavailable.
 */
import { HubError, notFound } from "@hub/kit";
import { InspectorStatus, PlanStatus } from "@hub/schema";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DepartmentContext } from "./context.js";
import { drawCommitments, draws, drawSnapshots, inspectors, plans, taskInspectorChanges, tasks, type DrawRow } from "./db/schema.js";
import { drawHash, GENESIS_HASH, verifyChain, type ChainCheck } from "./domain/draw-chain.js";
import {
  commitmentOf,
  deriveSeed,
  draw,
  DrawError,
  populationDigest,
  resultDigest,
  teamFor,
  type DrawInspector,
  type DrawParams,
  type DrawResult,
} from "./domain/draw.js";
import { audit } from "./repository/audit.js";
import { activeInspectors, drawChain, drawSnapshot, eligiblePopulation, lastDraw, packPool, packPopulation } from "./repository/draws.js";
import { itemsByCode } from "./repository/plans.js";
import type { DepartmentDb } from "./repository/targets.js";

/** Advisory lock key serializing appends to the draw chain. */
const CHAIN_LOCK = 0x5_2a_d7;

export const DEFAULT_KEY_AREA_TAGS = ["两客一危", "重点监管对象"];

export interface DrawRequest {
  planId: number;
  periodKey?: string;
  commitmentId: number;
  secret: string;
  publicValue: string;
  witnesses: { name: string; role: string }[];
  teamSize: number;
  maxTargetsPerInspector: number;
  maxTargets?: number;
  keyAreaTags?: string[];
  deprioritizeInspectedLastYear: boolean;
  idempotencyKey?: string;
}

const poolDigestOf = (pool: DrawInspector[]) =>
  populationDigest(pool.map((p) => ({ uscc: p.certificateNumber, riskLevel: "LOW" as never, creditClass: [...p.conflicts].sort().join("|"), tags: p.inspectedLastTime })));

/** Commit–reveal: record the SHA-256 of a secret for a plan period that has not been drawn yet. */
export async function commitSeed(ctx: DepartmentContext, planId: number, commitment: string, periodKey?: string) {
  if (!/^[0-9a-f]{64}$/.test(commitment)) throw new HubError("BAD_USER_INPUT", "commitment must be the SHA-256 (64 hex characters) of the secret");
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound(`plan ${planId}`);
  const period = checkPeriodKey(periodKey, plan.year);
  const [drawn] = await ctx.db.select({ seq: draws.seq }).from(draws).where(and(eq(draws.planId, plan.id), eq(draws.periodKey, period)));
  if (drawn) throw new HubError("CONFLICT", `plan ${plan.id} was already drawn for period ${period} (draw #${drawn.seq}); a commitment for it can never be used`);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(drawCommitments).values({ planId, periodKey: period, commitment, createdBy: ctx.identity.subject, createdAt: ctx.clock.now() }).returning();
    await audit(tx as unknown as DepartmentDb, ctx.identity, "commitDrawSeed", [row!.id]);
    return row!;
  });
}

/** A plan period: the plan's year by default, or a label of it such as "2026-H2". */
function checkPeriodKey(periodKey: string | undefined, year: number): string {
  const period = periodKey?.trim() || String(year);
  if (!/^\d{4}(-[A-Za-z0-9]{1,10})?$/.test(period) || !period.startsWith(String(year)))
    throw new HubError("BAD_USER_INPUT", `period ${JSON.stringify(period.slice(0, 20))} must be the plan's year ${year} or a label of it such as ${year}-H2`);
  return period;
}

/** Draw a published plan's targets and inspector teams; one draw per plan period. */
export async function runDraw(ctx: DepartmentContext, req: DrawRequest): Promise<DrawRow> {
  if (req.idempotencyKey) {
    const [done] = await ctx.db.select().from(draws).where(eq(draws.idempotencyKey, req.idempotencyKey));
    if (done) return done;
  }
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, req.planId));
  if (!plan) throw notFound(`plan ${req.planId}`);
  if (plan.status !== PlanStatus.PUBLISHED) throw new HubError("PLAN_NOT_EDITABLE", `plan ${plan.id} must be published before its draw`);
  const periodKey = checkPeriodKey(req.periodKey, plan.year);
  const [commitment] = await ctx.db
    .select()
    .from(drawCommitments)
    .where(and(eq(drawCommitments.id, req.commitmentId), eq(drawCommitments.planId, plan.id)));
  if (!commitment) throw notFound(`commitment ${req.commitmentId} for plan ${plan.id}`);
  if (commitment.usedByDraw) throw new HubError("CONFLICT", `commitment ${commitment.id} was already used by draw ${commitment.usedByDraw}`);
  if (commitment.periodKey && commitment.periodKey !== periodKey)
    throw new HubError("BAD_USER_INPUT", `commitment ${commitment.id} was published for period ${commitment.periodKey}, not ${periodKey}`);
  if (commitmentOf(req.secret) !== commitment.commitment)
    throw new HubError("BAD_USER_INPUT", "the secret does not match the published commitment");
  if (!req.publicValue.trim()) throw new HubError("BAD_USER_INPUT", "a public value announced before the draw is required");

  const items = await itemsByCode(ctx.db, plan.itemCodes);
  const population = await eligiblePopulation(ctx.db, plan, items, { deprioritizeInspectedLastYear: req.deprioritizeInspectedLastYear });
  // Inspectors with the expertise the plan's items need.
  const pool = await activeInspectors(ctx.db, [...new Set(items.flatMap((i) => i.expertise))]);
  const params: DrawParams = {
    seed: deriveSeed(req.secret, req.publicValue),
    creditClasses: ctx.department.creditClasses,
    ratios: plan.ratios,
    keyAreaTags: req.keyAreaTags ?? DEFAULT_KEY_AREA_TAGS,
    maxTargets: req.maxTargets,
    teamSize: req.teamSize,
    maxTargetsPerInspector: req.maxTargetsPerInspector,
  };
  let result: DrawResult;
  try {
    result = draw(population, pool, params);
  } catch (e) {
    if (e instanceof DrawError) throw new HubError("DRAW_NOT_POSSIBLE", e.message, e.details);
    throw e;
  }

  // The draw's moment: its record, its tasks (a result cannot be dated before it).
  const drawnAt = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const t = tx as unknown as DepartmentDb;
      // One writer at a time extends the department's chain (the lock ends with the transaction).
      await t.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
      const tail = await lastDraw(t);
      const record = {
        seq: (tail?.seq ?? 0) + 1,
        planId: plan.id,
        periodKey,
        commitment: commitment.commitment,
        secret: req.secret,
        publicValue: req.publicValue,
        seed: params.seed,
        witnesses: req.witnesses,
        // Everything but the seed, which is recorded (and re-derived) on its own.
        params: {
          creditClasses: [...params.creditClasses],
          ratios: params.ratios,
          keyAreaTags: [...params.keyAreaTags],
          maxTargets: params.maxTargets ?? null,
          teamSize: params.teamSize,
          maxTargetsPerInspector: params.maxTargetsPerInspector,
          deprioritizeInspectedLastYear: req.deprioritizeInspectedLastYear,
        },
        algorithm: result.algorithm,
        populationDigest: populationDigest(population),
        populationSize: population.length,
        poolDigest: poolDigestOf(pool),
        resultDigest: resultDigest(result),
        createdBy: ctx.identity.subject,
        createdAt: drawnAt,
        prevHash: tail?.hash ?? GENESIS_HASH,
      };
      const [row] = await t
        .insert(draws)
        .values({ ...record, idempotencyKey: req.idempotencyKey ?? null, commitmentId: commitment.id, result: result as never, hash: drawHash(record) })
        .returning();
      await t.insert(drawSnapshots).values({ drawId: row!.id, population: packPopulation(population), pool: packPool(pool) });
      await t.update(drawCommitments).set({ usedByDraw: row!.id }).where(and(eq(drawCommitments.id, commitment.id), isNull(drawCommitments.usedByDraw)));
      for (let i = 0; i < result.selections.length; i += 2000)
        await t.insert(tasks).values(
          result.selections.slice(i, i + 2000).map((s) => ({
            source: "DRAW",
            drawId: row!.id,
            planId: plan.id,
            uscc: s.uscc,
            itemCodes: plan.itemCodes,
            inspectors: s.team,
            dueStart: plan.periodStart,
            dueEnd: plan.periodEnd,
            status: "ASSIGNED",
            createdAt: drawnAt,
          })),
        );
      await audit(t, ctx.identity, "drawTargets", [row!.id]);
      return row!;
    });
  } catch (e) {
    // A concurrent request with the same idempotency key committed first: it is the same draw.
    if (req.idempotencyKey) {
      const [done] = await ctx.db.select().from(draws).where(eq(draws.idempotencyKey, req.idempotencyKey));
      if (done) return done;
    }
    const message = `${(e as Error).message ?? ""} ${(e as { cause?: Error }).cause?.message ?? ""}`;
    if (message.includes("draws_plan_period_uq")) throw new HubError("CONFLICT", `plan ${plan.id} already has a draw for period ${periodKey}`);
    if (message.includes("draws_seq_uq")) throw new HubError("CONFLICT", "another draw was recorded at the same moment; retry");
    throw e;
  }
}

export interface DrawVerification {
  reproduces: boolean;
  checks: { name: string; ok: boolean; detail: string }[];
}

/** Re-run a draw from its record and snapshots, and say whether everything matches. */
export async function verifyDraw(db: DepartmentDb, id: number): Promise<DrawVerification> {
  const [row] = await db.select().from(draws).where(eq(draws.id, id));
  if (!row) throw notFound(`draw ${id}`);
  const snapshot = await drawSnapshot(db, id);
  const checks: DrawVerification["checks"] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  check("commitment", commitmentOf(row.secret) === row.commitment, "SHA-256 of the revealed secret equals the commitment published before the draw");
  check("seed", deriveSeed(row.secret, row.publicValue) === row.seed, "seed = SHA-256(secret ‖ newline ‖ public value)");
  if (!snapshot) {
    check("snapshot", false, "the population and pool snapshot is missing");
    return { reproduces: false, checks };
  }
  check("population", populationDigest(snapshot.population) === row.populationDigest, `${snapshot.population.length} eligible targets, digest ${row.populationDigest.slice(0, 12)}…`);
  check("pool", poolDigestOf(snapshot.pool) === row.poolDigest, `${snapshot.pool.length} eligible inspectors`);
  const p = row.params as unknown as DrawParams;
  let rerun: DrawResult | undefined;
  try {
    rerun = draw(snapshot.population, snapshot.pool, { ...p, seed: row.seed });
  } catch (e) {
    check("rerun", false, (e as Error).message);
  }
  if (rerun) {
    check("result", resultDigest(rerun) === row.resultDigest && resultDigest(rerun) === resultDigest(row.result as unknown as DrawResult),
      `${rerun.selections.length} targets and their teams, algorithm ${rerun.algorithm}`);
  }
  check("record", drawHash(row) === row.hash, "the record's hash covers its content and the previous record");
  return { reproduces: checks.every((c) => c.ok), checks };
}

export async function verifyDrawChain(db: DepartmentDb): Promise<ChainCheck> {
  return verifyChain(await drawChain(db));
}

/** 递补: replace an inspector on a drawn task with the next eligible one in the draw's order. */
export async function replaceInspector(ctx: DepartmentContext, taskId: number, leaving: string, reason: string) {
  if (!reason.trim()) throw new HubError("BAD_USER_INPUT", "a replacement needs a reason (回避 or unavailability)");
  return ctx.db.transaction(async (tx) => {
    const t = tx as unknown as DepartmentDb;
    const [task] = await t.select().from(tasks).where(eq(tasks.id, taskId)).for("update");
    if (!task) throw notFound(`task ${taskId}`);
    if (!task.inspectors.includes(leaving)) throw new HubError("BAD_USER_INPUT", `${leaving} is not on task ${taskId}'s team`);
    if (task.drawId === null) throw new HubError("BAD_USER_INPUT", `task ${taskId} was not drawn; change its team through its own source`);
    const [row] = await t.select().from(draws).where(eq(draws.id, task.drawId));
    const snapshot = await drawSnapshot(t, task.drawId);
    if (!row || !snapshot) throw notFound(`draw ${task.drawId}`);
    const p = row.params as unknown as DrawParams;
    // Everyone who ever left this task, and whoever is no longer active, is skipped.
    const past = await t.select().from(taskInspectorChanges).where(eq(taskInspectorChanges.taskId, taskId));
    const inactive = (await t.select({ c: inspectors.certificateNumber, status: inspectors.status }).from(inspectors)
      .where(inArray(inspectors.certificateNumber, snapshot.pool.map((i) => i.certificateNumber))))
      .filter((i) => i.status !== InspectorStatus.ACTIVE).map((i) => i.c);
    const drawTasks = await t.select({ inspectors: tasks.inspectors }).from(tasks).where(eq(tasks.drawId, task.drawId));
    const load = new Map<string, number>();
    for (const d of drawTasks) for (const c of d.inspectors) load.set(c, (load.get(c) ?? 0) + 1);
    const sortedPool = [...snapshot.pool].sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
    const exclude = [...task.inspectors, leaving, ...past.map((x) => x.leaving), ...inactive];
    const [replacement] = teamFor(task.uscc, sortedPool, { ...p, seed: row.seed }, load, exclude, 1);
    if (!replacement) throw new HubError("DRAW_NOT_POSSIBLE", `no eligible inspector is left to replace ${leaving} on task ${taskId}`);
    const team = task.inspectors.map((c) => (c === leaving ? replacement : c));
    const [updated] = await t.update(tasks).set({ inspectors: team, updatedAt: new Date() }).where(eq(tasks.id, taskId)).returning();
    await t.insert(taskInspectorChanges).values({ taskId, leaving, replacement, reason: reason.trim(), changedBy: ctx.identity.subject });
    await audit(t, ctx.identity, "replaceInspector", [taskId, leaving, replacement]);
    return updated!;
  });
}

/** A draw's record with its eligible population and pool: everything an outside re-check needs. */
export async function exportDraw(db: DepartmentDb, id: number) {
  const [record] = await db.select().from(draws).where(eq(draws.id, id));
  const snapshot = record && (await drawSnapshot(db, id));
  return record && snapshot ? { record, population: snapshot.population, pool: snapshot.pool } : undefined;
}
