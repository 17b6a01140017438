/**
 * SQL around draws: the eligible population and inspector pool of a plan, the chain of records,
 * and the tasks a draw creates.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { RiskLevel, TargetStatus, InspectorStatus } from "@hub/schema";
import { and, asc, desc, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import { draws, drawSnapshots, inspectors, tasks, targets, type DrawRow, type ItemRow, type PlanRow } from "../db/schema.js";
import type { DrawInspector, DrawTarget } from "../domain/draw.js";
import { prefixAny } from "./sql.js";
import type { DepartmentDb } from "./targets.js";

export interface PopulationOptions {
  /** Draw targets inspected last year after the others (never high risk). */
  deprioritizeInspectedLastYear: boolean;
}

/**
 * Active targets of the kinds the plan's items apply to, minus those already drawn as often as the
 * plan's frequency allows this year for any of its items.
 */
export async function eligiblePopulation(db: DepartmentDb, plan: PlanRow, items: readonly ItemRow[], opts: PopulationOptions): Promise<DrawTarget[]> {
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
    .where(and(eq(tasks.source, "DRAW"), gte(tasks.dueEnd, yearStart), lte(tasks.dueStart, yearEnd), sql`${tasks.itemCodes} && ${sql.param(plan.itemCodes)}::text[]`))
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
    riskLevel: r.riskLevel as RiskLevel,
    creditClass: r.creditClass,
    tags: r.tags,
    deprioritized: opts.deprioritizeInspectedLastYear && r.lastYear !== null && r.riskLevel !== RiskLevel.HIGH,
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
    );
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

/** Snapshots are gzip-compressed JSON; a population is stored as rows [uscc, risk, credit, tags, deprioritized]. */
const pack = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value)), { level: 1 });
const unpack = <T>(buffer: Buffer): T => JSON.parse(gunzipSync(buffer).toString("utf8")) as T;

type PopulationRow = [string, RiskLevel, string, string[], 0 | 1];
export const packPopulation = (population: readonly DrawTarget[]) =>
  pack(population.map((t): PopulationRow => [t.uscc, t.riskLevel, t.creditClass, t.tags, t.deprioritized ? 1 : 0]));
export const unpackPopulation = (buffer: Buffer): DrawTarget[] =>
  unpack<PopulationRow[]>(buffer).map(([uscc, riskLevel, creditClass, tags, d]) => ({ uscc, riskLevel, creditClass, tags, deprioritized: d === 1 }));
export const packPool = (pool: readonly DrawInspector[]) => pack(pool);

export async function lastDraw(db: DepartmentDb): Promise<DrawRow | undefined> {
  const [row] = await db.select().from(draws).orderBy(desc(draws.seq)).limit(1);
  return row;
}

export async function drawChain(db: DepartmentDb): Promise<DrawRow[]> {
  return db.select().from(draws).orderBy(asc(draws.seq));
}

export async function drawSnapshot(db: DepartmentDb, drawId: number) {
  const [row] = await db.select().from(drawSnapshots).where(eq(drawSnapshots.drawId, drawId));
  return row && { population: unpackPopulation(row.population), pool: unpack<DrawInspector[]>(row.pool) };
}
