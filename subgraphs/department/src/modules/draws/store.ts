/**
 * The only SQL of draws: the eligible population and inspector pool of a plan, commitments, the
 * chain of records and their snapshots, replacements, and joint team draws.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { officeKeyOf } from "@hub/kit";
import { InspectorStatus, RiskLevel, TargetStatus, TaskSource } from "@hub/schema";
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import {
  drawCommitments,
  draws,
  drawSnapshots,
  drawVerifications,
  inspectors,
  jointTeamDraws,
  taskInspectorChanges,
  tasks,
  targets,
  type DrawRow,
  type ItemRow,
  type PlanRow,
} from "../../db/schema.js";
import type { DepartmentDb } from "../../shared/db.js";
import { prefixAny } from "../../shared/sql.js";
import { DRAW_ALGORITHM_V1, type DrawInspector, type DrawTarget, type KeyedInspector, type KeyedTarget } from "./algorithm.js";

export interface PopulationOptions {
  /** Draw targets inspected last year after the others (never high risk). */
  deprioritizeInspectedLastYear: boolean;
}

/**
 * Active targets of the kinds the plan's items apply to, minus those already drawn as often as the
 * plan's frequency allows this year for any of its items.
 */
export async function eligiblePopulation(db: DepartmentDb, plan: PlanRow, items: readonly ItemRow[], opts: PopulationOptions): Promise<(DrawTarget & { officeKey: string })[]> {
  // A target is in scope when it matches any of the plan's items: kind, and each non-empty scope list.
  const inScope = or(
    ...items.map((i) =>
      and(
        eq(targets.kind, i.targetKind),
        i.industries.length ? prefixAny(targets.industry, i.industries) : undefined,
        i.regions.length ? prefixAny(targets.region, i.regions) : undefined,
        i.tags.length ? sql`${targets.tags} && ${sql.param(i.tags)}::text[]` : undefined,
      ),
    ),
  );
  const yearStart = `${plan.year}-01-01`;
  const yearEnd = `${plan.year}-12-31`;
  // Times each target was already drawn this year for one of these items.
  const drawnThisYear = db
    .select({ uscc: tasks.uscc, n: sql<number>`count(*)`.as("n") })
    .from(tasks)
    .where(and(eq(tasks.source, TaskSource.DRAW), gte(tasks.dueEnd, yearStart), lte(tasks.dueStart, yearEnd), sql`${tasks.itemCodes} && ${sql.param(plan.itemCodes)}::text[]`))
    .groupBy(tasks.uscc)
    .as("drawn");
  const inspectedLastYear = db
    .selectDistinct({ uscc: tasks.uscc })
    .from(tasks)
    .where(and(gte(tasks.dueEnd, `${plan.year - 1}-01-01`), lte(tasks.dueEnd, `${plan.year - 1}-12-31`)))
    .as("last_year");
  const rows = await db
    .select({
      uscc: targets.uscc,
      riskLevel: targets.riskLevel,
      creditClass: targets.creditClass,
      tags: targets.tags,
      idKind: targets.idKind,
      pseudonym: targets.pseudonym,
      lastYear: inspectedLastYear.uscc,
    })
    .from(targets)
    .leftJoin(drawnThisYear, eq(drawnThisYear.uscc, targets.uscc))
    .leftJoin(inspectedLastYear, eq(inspectedLastYear.uscc, targets.uscc))
    .where(
      and(
        eq(targets.status, TargetStatus.ACTIVE),
        items.length ? inScope : sql`false`,
        sql`coalesce(${drawnThisYear.n}, 0) < ${plan.frequency}`,
      ),
    );
  return rows.map((r) => ({
    uscc: r.uscc,
    riskLevel: r.riskLevel,
    creditClass: r.creditClass,
    tags: r.tags,
    deprioritized: opts.deprioritizeInspectedLastYear && r.lastYear !== null && r.riskLevel !== RiskLevel.HIGH,
    officeKey: officeKeyOf(r),
  }));
}

/**
 * Active inspectors (with any of `expertise`, when given) and their recusals: declared conflicts,
 * and the targets whose latest task they were on (restricted to `usccs`, when given).
 */
export async function activeInspectors(db: DepartmentDb, expertise: string[], usccs?: readonly string[]): Promise<DrawInspector[]> {
  const pool = await db
    .select({ certificateNumber: inspectors.certificateNumber, conflicts: inspectors.conflicts })
    .from(inspectors)
    .where(
      and(
        eq(inspectors.status, InspectorStatus.ACTIVE),
        expertise.length ? sql`${inspectors.expertise} && ${sql.param(expertise)}::text[]` : undefined,
      ),
    )
    // the draw sorts the pool itself (by code unit, not by the database's collation); this keeps the snapshot stable
    .orderBy(asc(inspectors.certificateNumber));
  // Who inspected each target last time: the team of its latest task.
  const latest = await db
    .selectDistinctOn([tasks.uscc], { uscc: tasks.uscc, inspectors: tasks.inspectors })
    .from(tasks)
    .where(usccs ? inArray(tasks.uscc, [...usccs]) : undefined)
    .orderBy(tasks.uscc, desc(tasks.dueEnd), desc(tasks.id));
  const lastTime = new Map<string, string[]>();
  for (const row of latest)
    for (const c of row.inspectors) {
      const list = lastTime.get(c);
      if (list) list.push(row.uscc);
      else lastTime.set(c, [row.uscc]);
    }
  return pool.map((p) => ({ certificateNumber: p.certificateNumber, conflicts: p.conflicts, inspectedLastTime: lastTime.get(p.certificateNumber) ?? [] }));
}

/**
 * Snapshots are gzip-compressed JSON; a population is stored as rows [uscc, risk, credit, tags,
 * deprioritized] (hub-draw/1) or [office code, risk, credit, keyArea, deprioritized] (hub-draw/2).
 */
const pack = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value)), { level: 1 });
const unpack = <T>(buffer: Buffer): T => JSON.parse(gunzipSync(buffer).toString("utf8")) as T;

type PopulationRow = [string, RiskLevel, string, string[], 0 | 1];
export const packPopulation = (population: readonly DrawTarget[]) =>
  pack(population.map((t): PopulationRow => [t.uscc, t.riskLevel, t.creditClass, t.tags, t.deprioritized ? 1 : 0]));
export const unpackPopulation = (buffer: Buffer): DrawTarget[] =>
  unpack<PopulationRow[]>(buffer).map(([uscc, riskLevel, creditClass, tags, d]) => ({ uscc, riskLevel, creditClass, tags, deprioritized: d === 1 }));
export const packPool = (pool: readonly (DrawInspector | KeyedInspector)[]) => pack(pool);

type KeyedRow = [string, RiskLevel, string, 0 | 1, 0 | 1];
const packKeyed = (population: readonly KeyedTarget[]) =>
  pack(population.map((t): KeyedRow => [t.uscc, t.riskLevel, t.creditClass, t.keyArea ? 1 : 0, t.deprioritized ? 1 : 0]));
const unpackKeyed = (buffer: Buffer): KeyedTarget[] =>
  unpack<KeyedRow[]>(buffer).map(([uscc, riskLevel, creditClass, k, d]) => ({ uscc, riskLevel, creditClass, keyArea: k === 1, deprioritized: d === 1 }));

/** A draw's population and pool, in the form of the version it was made under. */
export type Snapshot =
  | { algorithm: typeof DRAW_ALGORITHM_V1; population: DrawTarget[]; pool: DrawInspector[] }
  | { algorithm: string; population: KeyedTarget[]; pool: KeyedInspector[] };

export async function lastDraw(db: DepartmentDb): Promise<DrawRow | undefined> {
  const [row] = await db.select().from(draws).orderBy(desc(draws.seq)).limit(1);
  return row;
}

export async function drawChain(db: DepartmentDb): Promise<DrawRow[]> {
  return db.select().from(draws).orderBy(asc(draws.seq));
}

export async function drawSnapshot(db: DepartmentDb, draw: Pick<DrawRow, "id" | "algorithm">): Promise<Snapshot | undefined> {
  const [row] = await db.select().from(drawSnapshots).where(eq(drawSnapshots.drawId, draw.id));
  if (!row) return undefined;
  return draw.algorithm === DRAW_ALGORITHM_V1
    ? { algorithm: DRAW_ALGORITHM_V1, population: unpackPopulation(row.population), pool: unpack<DrawInspector[]>(row.pool) }
    : { algorithm: draw.algorithm, population: unpackKeyed(row.population), pool: unpack<KeyedInspector[]>(row.pool) };
}

/** Advisory lock key serializing appends to the draw chain. */
const CHAIN_LOCK = 0x5_2a_d7;
/** Advisory lock class for joint team draws (the second key is the joint inspection). */
const JOINT_TEAM_LOCK = 0x4a_54;

/** Take the department's chain for the rest of the transaction: one writer at a time extends it. */
export async function lockChain(db: DepartmentDb) {
  await db.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

export async function insertCommitment(db: DepartmentDb, values: typeof drawCommitments.$inferInsert) {
  const [row] = await db.insert(drawCommitments).values(values).returning();
  return row!;
}

export async function commitmentOfPlan(db: DepartmentDb, id: number, planId: number) {
  const [row] = await db.select().from(drawCommitments).where(and(eq(drawCommitments.id, id), eq(drawCommitments.planId, planId)));
  return row;
}

export async function markCommitmentUsed(db: DepartmentDb, id: number, drawId: number) {
  await db.update(drawCommitments).set({ usedByDraw: drawId }).where(and(eq(drawCommitments.id, id), isNull(drawCommitments.usedByDraw)));
}

export async function drawByIdempotencyKey(db: DepartmentDb, key: string) {
  const [row] = await db.select().from(draws).where(eq(draws.idempotencyKey, key));
  return row;
}

export async function drawOfPeriod(db: DepartmentDb, planId: number, periodKey: string) {
  const [row] = await db.select().from(draws).where(and(eq(draws.planId, planId), eq(draws.periodKey, periodKey)));
  return row;
}

export async function drawById(db: DepartmentDb, id: number) {
  const [row] = await db.select().from(draws).where(eq(draws.id, id));
  return row;
}

export async function drawBySeq(db: DepartmentDb, seq: number) {
  const [row] = await db.select().from(draws).where(eq(draws.seq, seq));
  return row;
}

/** The draws of a year's plan periods (2026, 2026-H2, …), in chain order. */
export async function drawsOfYear(db: DepartmentDb, year: number) {
  return db.select().from(draws).where(or(eq(draws.periodKey, String(year)), sql`${draws.periodKey} like ${`${year}-%`}`)).orderBy(asc(draws.seq));
}

/** Draw records in chain order, after a seq. */
export async function drawsAfter(db: DepartmentDb, afterSeq: number, first: number) {
  return db.select().from(draws).where(gt(draws.seq, afterSeq)).orderBy(asc(draws.seq)).limit(first);
}

export async function listDraws(db: DepartmentDb, planId?: number) {
  return db.select().from(draws).where(planId ? eq(draws.planId, planId) : undefined).orderBy(asc(draws.seq));
}

export async function insertDraw(db: DepartmentDb, values: typeof draws.$inferInsert) {
  const [row] = await db.insert(draws).values(values).returning();
  return row!;
}

export async function insertSnapshot(db: DepartmentDb, drawId: number, snapshot: Snapshot) {
  const population = snapshot.algorithm === DRAW_ALGORITHM_V1 ? packPopulation(snapshot.population as DrawTarget[]) : packKeyed(snapshot.population as KeyedTarget[]);
  await db.insert(drawSnapshots).values({ drawId, population, pool: packPool(snapshot.pool) });
}

/** Tasks per draw, for many draws at once. */
export async function taskCounts(db: DepartmentDb, drawIds: readonly number[]): Promise<Map<number, number>> {
  if (drawIds.length === 0) return new Map();
  const rows = await db.select({ drawId: tasks.drawId, n: count() }).from(tasks).where(inArray(tasks.drawId, [...drawIds])).groupBy(tasks.drawId);
  return new Map(rows.map((r) => [r.drawId!, Number(r.n)]));
}

/** The certificate numbers, among these, of inspectors no longer active. */
export async function inactiveAmong(db: DepartmentDb, certificates: readonly string[]): Promise<string[]> {
  if (certificates.length === 0) return [];
  const rows = await db.select({ c: inspectors.certificateNumber, status: inspectors.status }).from(inspectors).where(inArray(inspectors.certificateNumber, [...certificates]));
  return rows.filter((i) => i.status !== InspectorStatus.ACTIVE).map((i) => i.c);
}

export async function replacementsOf(db: DepartmentDb, taskId: number) {
  return db.select().from(taskInspectorChanges).where(eq(taskInspectorChanges.taskId, taskId)).orderBy(asc(taskInspectorChanges.id));
}

export async function insertReplacement(db: DepartmentDb, values: typeof taskInspectorChanges.$inferInsert) {
  await db.insert(taskInspectorChanges).values(values);
}

/** Every team of a draw's tasks (the workload each inspector already carries). */
export async function teamsOfDraw(db: DepartmentDb, drawId: number) {
  return (await db.select({ inspectors: tasks.inspectors }).from(tasks).where(eq(tasks.drawId, drawId))).map((t) => t.inspectors);
}

/** Take a joint inspection's team draws for the rest of the transaction, so that "the first draw" is well defined. */
export async function lockJointTeamDraws(db: DepartmentDb, jointInspectionId: number) {
  await db.execute(sql`select pg_advisory_xact_lock(${JOINT_TEAM_LOCK}, ${jointInspectionId})`);
}

export async function jointTeamDrawsOf(db: DepartmentDb, jointInspectionId: string) {
  return db.select().from(jointTeamDraws).where(eq(jointTeamDraws.jointInspectionId, jointInspectionId)).orderBy(asc(jointTeamDraws.id));
}

export async function insertJointTeamDraw(db: DepartmentDb, values: typeof jointTeamDraws.$inferInsert) {
  await db.insert(jointTeamDraws).values(values);
}

/** SHA-256 of the draw's stored result and snapshots, computed by the database (no unpacking). */
export async function verificationInputOf(db: DepartmentDb, drawId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ digest: sql<string>`encode(sha256(convert_to(${draws.result}::text, 'UTF8') || coalesce(${drawSnapshots.population}, ''::bytea) || coalesce(${drawSnapshots.pool}, ''::bytea)), 'hex')` })
    .from(draws)
    .leftJoin(drawSnapshots, eq(drawSnapshots.drawId, draws.id))
    .where(eq(draws.id, drawId));
  return row?.digest;
}

/** The latest verdict on a draw computed from these inputs. */
export async function keptVerification(db: DepartmentDb, drawId: number, inputDigest: string) {
  const [row] = await db
    .select()
    .from(drawVerifications)
    .where(and(eq(drawVerifications.drawId, drawId), eq(drawVerifications.inputDigest, inputDigest)))
    .orderBy(desc(drawVerifications.id))
    .limit(1);
  return row;
}

export async function insertVerification(db: DepartmentDb, values: typeof drawVerifications.$inferInsert) {
  const [row] = await db.insert(drawVerifications).values(values).returning();
  return row!;
}
