/**
 * 双随机 in a department: commit a secret, draw a published plan's targets and teams, record it in
 * the hash chain with its snapshots, create the tasks; verify a draw or the chain; replace an
 * inspector who must recuse or becomes unavailable (递补); draw a joint inspection's team. The
 * algorithm is algorithm.ts, the chain chain.ts; every write in a transaction with its audit entry.
 */
import { createHash } from "node:crypto";
import { badInput, callerBudget, HubError, notFound, officeKeyOf } from "@hub/kit";
import { PlanStatus, TaskSource, TaskStatus } from "@hub/schema";
import type { DrawRow, TaskRow } from "../../db/schema.js";
import { audit } from "../../shared/audit.js";
import type { DepartmentContext } from "../../shared/context.js";
import type { DepartmentDb } from "../../shared/db.js";
import { targetsByUscc } from "../directory/store.js";
import { itemsByCode, planById } from "../plans/store.js";
import { insertTasks, lockedTask, updateTasks } from "../tasks/store.js";
import {
  commitmentOf,
  deriveSeed,
  DRAW_ALGORITHM_V1,
  DRAW_VERSIONS,
  drawKeyed,
  keyedPool,
  keyedPoolDigest,
  keyedPopulation,
  keyedPopulationDigest,
  mustRecuse,
  resultDigest,
  strataInOrder,
  stratumKeyOf,
  teamFor,
  type DrawParams,
  type DrawResult,
} from "./algorithm.js";
import { drawHash, GENESIS_HASH, verifyChain, type ChainCheck } from "./chain.js";
import * as store from "./store.js";

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

/** A plan period: the plan's year by default, or a label of it such as "2026-H2". */
function checkPeriodKey(periodKey: string | undefined, year: number): string {
  const period = periodKey?.trim() || String(year);
  if (!/^\d{4}(-[A-Za-z0-9]{1,10})?$/.test(period) || !period.startsWith(String(year)))
    throw badInput(`period ${JSON.stringify(period.slice(0, 20))} must be the plan's year ${year} or a label of it such as ${year}-H2`);
  return period;
}

/** Commit–reveal: record the SHA-256 of a secret for a plan period that has not been drawn yet. */
export async function commitSeed(ctx: DepartmentContext, planId: number, commitment: string, periodKey?: string) {
  if (!/^[0-9a-f]{64}$/.test(commitment)) throw badInput("commitment must be the SHA-256 (64 hex characters) of the secret");
  const plan = await planById(ctx.db, planId);
  if (!plan) throw notFound(`plan ${planId}`);
  const period = checkPeriodKey(periodKey, plan.year);
  const drawn = await store.drawOfPeriod(ctx.db, plan.id, period);
  if (drawn) throw new HubError("CONFLICT", `plan ${plan.id} was already drawn for period ${period} (draw #${drawn.seq}); a commitment for it can never be used`);
  return ctx.db.transaction(async (tx) => {
    const row = await store.insertCommitment(tx, { planId, periodKey: period, commitment, createdBy: ctx.identity.subject, createdAt: ctx.clock.now() });
    await audit(tx, ctx.identity, "commitDrawSeed", [row.id]);
    return row;
  });
}

/** Draw a published plan's targets and inspector teams; one draw per plan period. */
export async function runDraw(ctx: DepartmentContext, req: DrawRequest): Promise<DrawRow> {
  if (req.idempotencyKey) {
    const done = await store.drawByIdempotencyKey(ctx.db, req.idempotencyKey);
    if (done) return done;
  }
  const plan = await planById(ctx.db, req.planId);
  if (!plan) throw notFound(`plan ${req.planId}`);
  if (plan.status !== PlanStatus.PUBLISHED) throw new HubError("PLAN_NOT_EDITABLE", `plan ${plan.id} must be published before its draw`);
  const periodKey = checkPeriodKey(req.periodKey, plan.year);
  const commitment = await store.commitmentOfPlan(ctx.db, req.commitmentId, plan.id);
  if (!commitment) throw notFound(`commitment ${req.commitmentId} for plan ${plan.id}`);
  if (commitment.usedByDraw) throw new HubError("CONFLICT", `commitment ${commitment.id} was already used by draw ${commitment.usedByDraw}`);
  if (commitment.periodKey && commitment.periodKey !== periodKey)
    throw badInput(`commitment ${commitment.id} was published for period ${commitment.periodKey}, not ${periodKey}`);
  if (commitmentOf(req.secret) !== commitment.commitment) throw badInput("the secret does not match the published commitment");
  if (!req.publicValue.trim()) throw badInput("a public value announced before the draw is required");

  const items = await itemsByCode(ctx.db, plan.itemCodes);
  const eligible = await store.eligiblePopulation(ctx.db, plan, items, { deprioritizeInspectedLastYear: req.deprioritizeInspectedLastYear });
  // Inspectors with the expertise the plan's items need.
  const inspectors = await store.activeInspectors(ctx.db, [...new Set(items.flatMap((i) => i.expertise))]);
  const params: DrawParams = {
    seed: deriveSeed(req.secret, req.publicValue),
    creditClasses: ctx.department.creditClasses,
    ratios: plan.ratios,
    cellRatios: plan.cellRatios,
    keyAreaTags: req.keyAreaTags ?? DEFAULT_KEY_AREA_TAGS,
    maxTargets: req.maxTargets,
    teamSize: req.teamSize,
    maxTargetsPerInspector: req.maxTargetsPerInspector,
  };
  // hub-draw/2: drawn by the codes the office knows targets by, so the whole record can be public.
  // Only the codes that need translating are mapped (a city's population is a million targets).
  const population = keyedPopulation(eligible, params.keyAreaTags, (_, i) => eligible[i]!.officeKey);
  const recusable = new Set(inspectors.flatMap((i) => [...i.conflicts, ...i.inspectedLastTime]));
  const pool = keyedPool(inspectors, new Map(eligible.filter((t) => recusable.has(t.uscc)).map((t) => [t.uscc, t.officeKey])));
  const result = drawKeyed(population, pool, params); // a DrawError is DRAW_NOT_POSSIBLE
  const selected = new Set(result.selections.map((s) => s.uscc));
  const codes = new Map(eligible.filter((t) => selected.has(t.officeKey)).map((t) => [t.officeKey, t.uscc]));

  // The draw's moment: its record, its tasks (a result cannot be dated before it).
  const drawnAt = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      await store.lockChain(tx);
      const tail = await store.lastDraw(tx);
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
          cellRatios: params.cellRatios ?? {},
          keyAreaTags: [...params.keyAreaTags],
          maxTargets: params.maxTargets ?? null,
          teamSize: params.teamSize,
          maxTargetsPerInspector: params.maxTargetsPerInspector,
          deprioritizeInspectedLastYear: req.deprioritizeInspectedLastYear,
        },
        algorithm: result.algorithm,
        populationDigest: keyedPopulationDigest(population),
        populationSize: population.length,
        poolDigest: keyedPoolDigest(pool),
        resultDigest: resultDigest(result),
        createdBy: ctx.identity.subject,
        createdAt: drawnAt,
        prevHash: tail?.hash ?? GENESIS_HASH,
      };
      const row = await store.insertDraw(tx, { ...record, idempotencyKey: req.idempotencyKey ?? null, commitmentId: commitment.id, result, hash: drawHash(record) });
      await store.insertSnapshot(tx, row.id, { algorithm: result.algorithm, population, pool });
      await store.markCommitmentUsed(tx, commitment.id, row.id);
      await insertTasks(tx, result.selections.map((s) => ({
        source: TaskSource.DRAW, drawId: row.id, planId: plan.id, uscc: codes.get(s.uscc)!, itemCodes: plan.itemCodes, inspectors: s.team,
        dueStart: plan.periodStart, dueEnd: plan.periodEnd, status: TaskStatus.ASSIGNED, createdAt: drawnAt,
      })));
      await audit(tx, ctx.identity, "drawTargets", [row.id]);
      return row;
    });
  } catch (e) {
    // A concurrent request with the same idempotency key committed first: it is the same draw.
    if (req.idempotencyKey) {
      const done = await store.drawByIdempotencyKey(ctx.db, req.idempotencyKey);
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
  verifiedAt: Date;
  verifiedBy: string;
}

/** Re-checks on demand, per caller: a re-run of a city-scale draw costs seconds of CPU. */
const RECHECKS = callerBudget("re-checking a draw", 3, 60);
/** One re-run at a time per draw and inputs; concurrent callers share it. */
const running = new Map<string, Promise<DrawVerification>>();

/**
 * Whether a draw reproduces from its record and snapshots. A record never changes, so the verdict
 * is kept and answers again while what it was computed from (record, hash, result, snapshots) is
 * unchanged — altered data gets a fresh re-run; `recheck` re-runs anyway, within a per-caller budget.
 */
export async function verifyDraw(db: DepartmentDb, id: number, by: { subject: string }, recheck = false): Promise<DrawVerification> {
  const row = await store.drawById(db, id);
  if (!row) throw notFound(`draw ${id}`);
  const inputs = await store.verificationInputOf(db, id);
  const inputDigest = createHash("sha256").update(`${drawHash(row)}\n${row.hash}\n${inputs}`).digest("hex");
  if (recheck) await RECHECKS.spend(by.subject);
  else {
    const kept = await store.keptVerification(db, id, inputDigest);
    if (kept) return kept;
  }
  const key = `${id}:${inputDigest}`;
  let pending = running.get(key);
  if (!pending) {
    pending = rerunDraw(db, row).then((v) => store.insertVerification(db, { drawId: id, inputDigest, ...v, verifiedBy: by.subject }));
    running.set(key, pending);
    void pending.finally(() => running.delete(key)).catch(() => {});
  }
  return pending;
}

/** Re-run a draw from its record and snapshots, and say whether everything matches. */
async function rerunDraw(db: DepartmentDb, row: DrawRow): Promise<Pick<DrawVerification, "reproduces" | "checks">> {
  const snapshot = await store.drawSnapshot(db, row);
  const version = DRAW_VERSIONS[row.algorithm];
  const checks: DrawVerification["checks"] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  check("commitment", commitmentOf(row.secret) === row.commitment, "SHA-256 of the revealed secret equals the commitment published before the draw");
  check("seed", deriveSeed(row.secret, row.publicValue) === row.seed, "seed = SHA-256(secret ‖ newline ‖ public value)");
  if (!version) {
    check("algorithm", false, `the record names algorithm ${row.algorithm}, which this hub does not know`);
    return { reproduces: false, checks };
  }
  if (!snapshot) {
    check("snapshot", false, "the population and pool snapshot is missing");
    return { reproduces: false, checks };
  }
  check("population", version.populationDigest(snapshot.population) === row.populationDigest, `${snapshot.population.length} eligible targets, digest ${row.populationDigest.slice(0, 12)}…`);
  check("pool", version.poolDigest(snapshot.pool) === row.poolDigest, `${snapshot.pool.length} eligible inspectors`);
  const p = row.params;
  let rerun: DrawResult | undefined;
  try {
    rerun = version.draw(snapshot.population, snapshot.pool, { ...p, seed: row.seed });
  } catch (e) {
    check("rerun", false, (e as Error).message);
  }
  if (rerun) {
    check("result", resultDigest(rerun) === row.resultDigest && resultDigest(rerun) === resultDigest(row.result),
      `${rerun.selections.length} targets and their teams, algorithm ${rerun.algorithm}`);
  }
  check("record", drawHash(row) === row.hash, "the record's hash covers its content and the previous record");
  return { reproduces: checks.every((c) => c.ok), checks };
}

export async function verifyDrawChain(db: DepartmentDb): Promise<ChainCheck> {
  return verifyChain(await store.drawChain(db));
}

/** 递补: replace an inspector on a drawn task with the next eligible one in the draw's order. */
export async function replaceInspector(ctx: DepartmentContext, taskId: number, leaving: string, reason: string): Promise<TaskRow> {
  if (!reason.trim()) throw badInput("a replacement needs a reason (回避 or unavailability)");
  return ctx.db.transaction(async (tx) => {
    const task = await lockedTask(tx, taskId);
    if (!task) throw notFound(`task ${taskId}`);
    if (!task.inspectors.includes(leaving)) throw badInput(`${leaving} is not on task ${taskId}'s team`);
    if (task.drawId === null) throw badInput(`task ${taskId} was not drawn; change its team through its own source`);
    const row = await store.drawById(tx, task.drawId);
    const snapshot = row && (await store.drawSnapshot(tx, row));
    if (!row || !snapshot) throw notFound(`draw ${task.drawId}`);
    const p = row.params;
    // Everyone who ever left this task, and whoever is no longer active, is skipped.
    const past = await store.replacementsOf(tx, taskId);
    const inactive = await store.inactiveAmong(tx, snapshot.pool.map((i) => i.certificateNumber));
    const load = new Map<string, number>();
    for (const team of await store.teamsOfDraw(tx, task.drawId)) for (const c of team) load.set(c, (load.get(c) ?? 0) + 1);
    const sortedPool = [...snapshot.pool].sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
    const exclude = [...task.inspectors, leaving, ...past.map((x) => x.leaving), ...inactive];
    // the target's candidate stream: by the code its draw knew it by
    const code = row.algorithm === DRAW_ALGORITHM_V1 ? task.uscc : officeKeyOf((await targetsByUscc(tx, [task.uscc])).get(task.uscc) ?? { uscc: task.uscc });
    const [replacement] = teamFor(code, sortedPool, { ...p, seed: row.seed }, load, exclude, 1);
    if (!replacement) throw new HubError("DRAW_NOT_POSSIBLE", `no eligible inspector is left to replace ${leaving} on task ${taskId}`);
    const [updated] = await updateTasks(tx, [taskId], { inspectors: task.inspectors.map((c) => (c === leaving ? replacement : c)) });
    await store.insertReplacement(tx, { taskId, leaving, replacement, reason: reason.trim(), changedBy: ctx.identity.subject, changedAt: ctx.clock.now() });
    await audit(tx, ctx.identity, "replaceInspector", [taskId, leaving, replacement]);
    return updated!;
  });
}

/**
 * Draw this department's team for a joint inspection at random, with the draw's recusal rules for
 * every target; every draw is recorded, and drawing again needs a reason.
 */
export async function drawJointTeam(ctx: DepartmentContext, jointInspectionId: number, targets: string[], size: number, publicValue: string, reason: string | null): Promise<string[]> {
  const joint = String(jointInspectionId);
  const pool = (await store.activeInspectors(ctx.db, [], targets)).sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
  const eligible = pool.filter((p) => !targets.some((u) => mustRecuse(p, u)));
  const seed = deriveSeed(`joint:${joint}:${ctx.department.code}`, publicValue);
  // The candidate stream of the draw algorithm, keyed by the joint inspection instead of a target.
  const team = teamFor(`joint-${joint}`, eligible, { seed, teamSize: size, maxTargetsPerInspector: 1 }, new Map(), []);
  if (team.length < size)
    throw new HubError("DRAW_NOT_POSSIBLE", `only ${team.length} of ${ctx.department.code}'s active inspectors need not recuse for these targets; ${size} were asked for`);
  await ctx.db.transaction(async (tx) => {
    await store.lockJointTeamDraws(tx, jointInspectionId);
    if ((await store.jointTeamDrawsOf(tx, joint)).length > 0 && !reason)
      throw badInput(`${ctx.department.code} already drew a team for joint inspection ${joint}: drawing again needs a reason, which is recorded for the lead and the office`);
    await store.insertJointTeamDraw(tx, { jointInspectionId: joint, usccs: targets, size, publicValue, seed, team, reason, drawnBy: ctx.identity.subject });
    await audit(tx, ctx.identity, "drawJointTeam", [joint, seed, ...team]);
  });
  return team;
}

/**
 * 抽查覆盖率 in a year: distinct targets drawn over distinct targets eligible in any of the year's
 * draws, each target in the stratum of the latest draw it was eligible in (its risk or credit may
 * have changed between draws); by office code, so a hub-draw/1 and a hub-draw/2 draw of the same
 * individual business count it once.
 */
export async function drawCoverage(db: DepartmentDb, creditClasses: readonly string[], year: number) {
  const rows = await store.drawsOfYear(db, year);
  const stratumOf = new Map<string, string>();
  const drawn = new Set<string>();
  for (const row of rows) {
    const snapshot = await store.drawSnapshot(db, row);
    if (!snapshot) continue;
    const v1 = snapshot.algorithm === DRAW_ALGORITHM_V1;
    const keyTags = new Set(row.params.keyAreaTags);
    const code = (u: string) => (v1 ? officeKeyOf({ uscc: u }) : u);
    for (const t of snapshot.population) {
      const keyArea = "keyArea" in t ? t.keyArea : t.tags.some((tag) => keyTags.has(tag));
      stratumOf.set(code(t.uscc), stratumKeyOf(keyArea, t.riskLevel, t.creditClass));
    }
    for (const s of row.result.selections) drawn.add(code(s.uscc));
  }
  const counts = new Map<string, { inScope: number; drawn: number }>();
  for (const [target, key] of stratumOf) {
    const c = counts.get(key) ?? { inScope: 0, drawn: 0 };
    c.inScope++;
    if (drawn.has(target)) c.drawn++;
    counts.set(key, c);
  }
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const strata = strataInOrder(creditClasses).flatMap((s) => {
    const c = counts.get(stratumKeyOf(s.keyArea, s.riskLevel, s.creditClass));
    return c ? [{ ...s, ...c, coverage: share(c.drawn, c.inScope) }] : [];
  });
  const inScope = stratumOf.size;
  const drawnInScope = strata.reduce((n, s) => n + s.drawn, 0);
  return { year, draws: rows.length, inScope, drawn: drawnInScope, coverage: share(drawnInScope, inScope), strata };
}

/**
 * A draw's public record (hub-draw/2, section 9): the export without internal bookkeeping. A record
 * made under hub-draw/1 has none: its population names individual businesses by resident ID.
 */
export async function exportPublicDraw(db: DepartmentDb, seq: number, department: string) {
  const record = await store.drawBySeq(db, seq);
  if (!record) throw notFound(`${department}'s draw #${seq}`);
  if (record.algorithm === DRAW_ALGORITHM_V1)
    throw new HubError("NOT_FOUND", `${department}'s draw #${seq} was made under hub-draw/1, whose population names individual businesses by resident ID: it has no public export; its public record is publicDraws`);
  const snapshot = await store.drawSnapshot(db, record);
  if (!snapshot) throw notFound(`${department}'s draw #${seq}'s population and pool`);
  const { idempotencyKey: _key, commitmentId: _commitment, ...publicRecord } = record;
  return { record: publicRecord, population: snapshot.population, pool: snapshot.pool };
}

/** A draw's record with its eligible population and pool: everything an outside re-check needs. */
export async function exportDraw(db: DepartmentDb, id: number) {
  const record = await store.drawById(db, id);
  const snapshot = record && (await store.drawSnapshot(db, record));
  return record && snapshot ? { record, population: snapshot.population, pool: snapshot.pool } : undefined;
}
