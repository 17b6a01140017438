/**
 * 双随机: the reproducible, verifiable random draw of targets and inspectors.
 *
 * Pure: given the same population, pool, parameters and seed it always returns the same result.
 * Normative: docs/draw-spec/hub-draw-2.md (new draws) and hub-draw-1.md (records made before it,
 * which keep verifying under it). hub-draw/1, in short:
 *
 * 1. Strata. Key-area targets (any tag in `keyAreaTags`) form one stratum per risk level with ratio
 *    1; the others one stratum per (risk level, credit class) with the plan's ratio for the class.
 *    Allocation order: key-area strata first, then risk HIGH → MEDIUM → LOW, and within a risk
 *    level credit from worst to best — so that when a cap binds, the riskier targets are kept.
 * 2. Quota. quota = ceil(population × ratio) (never below the ratio; ratio 0 = event-triggered
 *    only). With `maxTargets`, strata are filled in allocation order until the cap is reached.
 * 3. Targets. Within a stratum, targets are ranked by the hex string SHA-256(seed + "|target|" +
 *    USCC), lowest first (targets flagged `deprioritized` — inspected last year and not high risk —
 *    after all others); the first `drawn` are selected. (The seed is 64 lowercase hex characters
 *    and secret until the draw, so the ranking is a keyed hash no one could predict.)
 * 4. Inspectors. The pool is sorted by certificate number. For each selected target in allocation
 *    order, its candidate order is the stream c_i = U(SHA-256(seed + "|inspector|" + USCC + "|" + i))
 *    for i = 0, 1, …, where U reads the first 12 hex digits as a 48-bit number and maps it
 *    uniformly onto pool indices by rejection (values ≥ ⌊2^48 / n⌋·n are skipped); repeats are
 *    skipped. The team is the first
 *    `teamSize` candidates that are not recused (declared conflict, or inspected this target last
 *    time) and still below `maxTargetsPerInspector`. A replacement (递补) is the next such candidate.
 *
 * hub-draw/2 is the same draw over the codes the office knows targets by (an individual business's
 * pseudonym in place of the resident ID), with key-area membership and recusal recorded as flags
 * and lists of those codes, and a ratio per (risk level, credit class) cell where the plan sets one;
 * so its record, population and pool can be published whole and anyone can re-run it.
 */
import { createHash, hash } from "node:crypto";
import { cellKey, RiskLevel, RuleError } from "@hub/schema";
import { canonicalJson } from "./chain.js";

export const DRAW_ALGORITHM_V1 = "hub-draw/1";
/** The version new draws are made under. */
export const DRAW_ALGORITHM_VERSION = "hub-draw/2";

export interface DrawTarget {
  uscc: string;
  riskLevel: RiskLevel;
  creditClass: string;
  tags: string[];
  /** Inspected last year and configured to be drawn after the others (never for high risk). */
  deprioritized?: boolean;
}

export interface DrawInspector {
  certificateNumber: string;
  /** USCCs with a declared conflict of interest. */
  conflicts: string[];
  /** USCCs this inspector inspected last time (recusal: not the same target twice in a row). */
  inspectedLastTime: string[];
}

/**
 * hub-draw/2's population entry, all its public record shows of a target: the code the office knows
 * it by (USCC, or an individual business's pseudonym), its stratum's inputs, and whether it is
 * drawn after the others.
 */
export interface KeyedTarget {
  uscc: string;
  riskLevel: RiskLevel;
  creditClass: string;
  keyArea: boolean;
  deprioritized: boolean;
}

/** hub-draw/2's pool entry: the population's targets (by office code) the inspector must recuse from, whatever the reason. */
export interface KeyedInspector {
  certificateNumber: string;
  recused: string[];
}

export interface DrawParams {
  /** Hex seed, see `deriveSeed`. */
  seed: string;
  /** The department's credit scale, best first. */
  creditClasses: readonly string[];
  /** Sampling ratio per credit class, 0–1. */
  ratios: Readonly<Record<string, number>>;
  /** hub-draw/2: a ratio per (risk level, credit class) cell, keyed `HIGH|D`, in place of the class's. */
  cellRatios?: Readonly<Record<string, number>>;
  keyAreaTags: readonly string[];
  maxTargets?: number | null;
  teamSize: number;
  maxTargetsPerInspector: number;
}

/** A draw's parameters as its record keeps them: everything but the seed, which is recorded on its own. */
export type DrawRecordParams = Omit<DrawParams, "seed" | "maxTargets"> & { maxTargets: number | null; deprioritizeInspectedLastYear: boolean };



export interface StratumReport {
  keyArea: boolean;
  riskLevel: RiskLevel;
  /** null for key-area strata, which span credit classes. */
  creditClass: string | null;
  population: number;
  ratio: number;
  quota: number;
  drawn: number;
}

export interface Selection {
  uscc: string;
  stratum: number;
  /** Certificate numbers, in the order they were drawn. */
  team: string[];
}

export interface DrawResult {
  algorithm: string;
  strata: StratumReport[];
  selections: Selection[];
}

/** A draw that cannot be made as asked: DRAW_NOT_POSSIBLE, with what is missing. */
export class DrawError extends RuleError {
  override name = "DrawError";
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("DRAW_NOT_POSSIBLE", message, details);
  }
}

const RISK_ORDER = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];

/** Commit–reveal: the commitment published before the draw. */
export function commitmentOf(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * The seed no one controls alone: a secret committed beforehand (its SHA-256 published) combined
 * with a public value announced before the draw (a lottery number, a witness's input).
 */
export function deriveSeed(secret: string, publicValue: string): string {
  return createHash("sha256").update(`${secret}\n${publicValue}`, "utf8").digest("hex");
}

export function targetRank(seed: string, uscc: string): string {
  return hash("sha256", `${seed}|target|${uscc}`, "hex");
}

/** The candidate order of a target's inspectors: an endless stream of distinct pool indices. */
export function* inspectorCandidates(seed: string, uscc: string, poolSize: number): Generator<number, void, void> {
  if (poolSize === 0) return;
  const limit = 2 ** 48 - (2 ** 48 % poolSize); // ⌊2^48 / n⌋·n, exactly

  const seen = new Set<number>();
  for (let i = 0; seen.size < poolSize; i++) {
    const u = parseInt(hash("sha256", `${seed}|inspector|${uscc}|${i}`, "hex").slice(0, 12), 16);
    if (u >= limit) continue;
    const index = u % poolSize;
    if (seen.has(index)) continue;
    seen.add(index);
    yield index;
  }
}

/** Digest of a population, so a record can prove which population it was drawn from. */
export function populationDigest(targets: readonly DrawTarget[]): string {
  const lines = targets
    .map((t) => `${t.uscc},${t.riskLevel},${t.creditClass},${[...t.tags].sort().join("|")},${t.deprioritized ? 1 : 0}`)
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/**
 * quota = ⌈population × ratio⌉, computed in binary floating point with 1e-9 taken off first: a
 * product that is an integer in decimal (100 × 0.07 = 7.000000000000001 in floating point) stays
 * that integer, instead of rounding up to the next.
 */
export const quotaOf = (population: number, ratio: number) => Math.max(0, Math.ceil(population * ratio - 1e-9));

/**
 * Digest of an inspector pool, in the population digest's line format: certificate number, LOW, the
 * declared conflicts sorted and joined by "|", those inspected last time likewise, 0.
 */
export const poolDigest = (pool: readonly DrawInspector[]) =>
  populationDigest(pool.map((p) => ({ uscc: p.certificateNumber, riskLevel: RiskLevel.LOW, creditClass: [...p.conflicts].sort().join("|"), tags: p.inspectedLastTime })));

/** hub-draw/2's population digest: lines `code,risk,credit,keyArea 1|0,deprioritized 1|0`, sorted. */
export function keyedPopulationDigest(targets: readonly KeyedTarget[]): string {
  return digestOfLines(targets.map((t) => `${t.uscc},${t.riskLevel},${t.creditClass},${t.keyArea ? 1 : 0},${t.deprioritized ? 1 : 0}`));
}

/** hub-draw/2's pool digest: lines `certificate,recused codes sorted and joined by "|"`, sorted. */
export function keyedPoolDigest(pool: readonly KeyedInspector[]): string {
  return digestOfLines(pool.map((p) => `${p.certificateNumber},${[...p.recused].sort().join("|")}`));
}

const digestOfLines = (lines: string[]) => createHash("sha256").update(lines.sort().join("\n")).digest("hex");

/**
 * A population in hub-draw/2's form: each target by the code the office knows it by (`keyOf`), its
 * key-area membership decided here from its tags.
 */
export function keyedPopulation(targets: readonly DrawTarget[], keyAreaTags: readonly string[], keyOf: (uscc: string, index: number) => string): KeyedTarget[] {
  const keyTags = new Set(keyAreaTags);
  return targets.map((t, i) => ({
    uscc: keyOf(t.uscc, i),
    riskLevel: t.riskLevel,
    creditClass: t.creditClass,
    keyArea: t.tags.some((tag) => keyTags.has(tag)),
    deprioritized: t.deprioritized ?? false,
  }));
}

/**
 * A pool in hub-draw/2's form: for each inspector, the population's targets they must recuse from
 * (declared conflict or inspected last time, not said which), by office code. Targets outside the
 * population cannot be drawn, so they are left out: the public record names no more than it must.
 */
export function keyedPool(pool: readonly DrawInspector[], keyOf: ReadonlyMap<string, string>): KeyedInspector[] {
  return pool.map((i) => ({
    certificateNumber: i.certificateNumber,
    recused: [...new Set([...i.conflicts, ...i.inspectedLastTime].flatMap((u) => (keyOf.has(u) ? [keyOf.get(u)!] : [])))].sort(),
  }));
}

/** A target as the strata see it, whatever the version. */
interface Entry {
  uscc: string;
  riskLevel: RiskLevel;
  creditClass: string;
  keyArea: boolean;
  deprioritized?: boolean;
}

/** A stratum's key: the key-area stratum of a risk level, or a (risk level, credit class) cell. */
export const stratumKeyOf = (keyArea: boolean, riskLevel: RiskLevel | string, creditClass: string | null) => (keyArea ? `key|${riskLevel}` : cellKey(riskLevel, creditClass!));

/** Every stratum of a credit scale, in allocation order: key areas by risk, then risk high → low, credit worst → best. */
export function strataInOrder(creditClasses: readonly string[]): { keyArea: boolean; riskLevel: RiskLevel; creditClass: string | null }[] {
  const worstFirst = [...creditClasses].reverse();
  return [
    ...RISK_ORDER.map((riskLevel) => ({ keyArea: true, riskLevel, creditClass: null })),
    ...RISK_ORDER.flatMap((riskLevel) => worstFirst.map((creditClass) => ({ keyArea: false, riskLevel, creditClass: creditClass as string | null }))),
  ];
}

function stratify(targets: readonly Entry[], p: DrawParams, version: string) {
  const ratioOf = (risk: RiskLevel, credit: string) =>
    (version !== DRAW_ALGORITHM_V1 ? p.cellRatios?.[cellKey(risk, credit)] : undefined) ?? p.ratios[credit] ?? 0;
  const strata: { report: StratumReport; members: Entry[] }[] = [];
  const index = new Map<string, number>();
  const add = (key: string, report: Omit<StratumReport, "population" | "quota" | "drawn">) => {
    index.set(key, strata.length);
    strata.push({ report: { ...report, population: 0, quota: 0, drawn: 0 }, members: [] });
  };
  for (const s of strataInOrder(p.creditClasses)) add(stratumKeyOf(s.keyArea, s.riskLevel, s.creditClass), { ...s, ratio: s.keyArea ? 1 : ratioOf(s.riskLevel, s.creditClass!) });
  for (const t of targets) {
    const key = stratumKeyOf(t.keyArea, t.riskLevel, t.creditClass);
    const i = index.get(key);
    if (i === undefined) throw new DrawError(`target ${t.uscc} has credit class "${t.creditClass}" outside the scale ${p.creditClasses.join("/")}`);
    strata[i]!.members.push(t);
  }
  return strata;
}

function checkParams(p: DrawParams, version: string) {
  const cells = Object.entries(p.cellRatios ?? {});
  if (version === DRAW_ALGORITHM_V1 && cells.length) throw new DrawError("hub-draw/1 has no ratios per risk level and credit class");
  for (const [c, r] of cells) if (!(r >= 0 && r <= 1)) throw new DrawError(`ratio for ${c} must be between 0 and 1`);
  if (!/^[0-9a-f]{64}$/.test(p.seed)) throw new DrawError("seed must be 64 hex characters (SHA-256)");
  if (!Number.isInteger(p.teamSize) || p.teamSize < 2) throw new DrawError("teams need at least two inspectors");
  if (!Number.isInteger(p.maxTargetsPerInspector) || p.maxTargetsPerInspector < 1)
    throw new DrawError("maxTargetsPerInspector must be a positive integer");
  if (p.maxTargets != null && (!Number.isInteger(p.maxTargets) || p.maxTargets < 0))
    throw new DrawError("maxTargets must be a non-negative integer");
  for (const [c, r] of Object.entries(p.ratios)) if (!(r >= 0 && r <= 1)) throw new DrawError(`ratio for ${c} must be between 0 and 1`);
}

/** Draw targets and match inspectors under hub-draw/1 (records made before hub-draw/2). Throws DrawError when the pool cannot staff the draw. */
export function draw(targets: readonly DrawTarget[], pool: readonly DrawInspector[], p: DrawParams): DrawResult {
  const keyTags = new Set(p.keyAreaTags);
  return drawEntries(targets.map((t) => ({ ...t, keyArea: t.tags.some((tag) => keyTags.has(tag)) })), pool, p, DRAW_ALGORITHM_V1);
}

/**
 * Draw targets and match inspectors under hub-draw/2: the population and pool by office code (see
 * keyedPopulation, keyedPool), so that the record's public form re-runs the whole draw. Throws
 * DrawError when the pool cannot staff the draw.
 */
export function drawKeyed(targets: readonly KeyedTarget[], pool: readonly KeyedInspector[], p: DrawParams): DrawResult {
  return drawEntries(targets, pool, p, DRAW_ALGORITHM_VERSION);
}

function drawEntries(targets: readonly Entry[], pool: readonly Recusing[], p: DrawParams, version: string): DrawResult {
  checkParams(p, version);
  const strata = stratify(targets, p, version);
  let remaining = p.maxTargets ?? Number.POSITIVE_INFINITY;
  const selections: Selection[] = [];
  strata.forEach(({ report, members }, s) => {
    report.population = members.length;
    report.quota = quotaOf(members.length, report.ratio);
    report.drawn = Math.min(report.quota, remaining);
    remaining -= report.drawn;
    if (report.drawn === 0) return;
    const ranked = members
      .map((t) => ({ t, rank: `${t.deprioritized && t.riskLevel !== RiskLevel.HIGH ? 1 : 0}${targetRank(p.seed, t.uscc)}` }))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    for (const { t } of ranked.slice(0, report.drawn)) selections.push({ uscc: t.uscc, stratum: s, team: [] });
  });

  const sortedPool = [...pool].sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
  const needed = selections.length * p.teamSize;
  const capacity = sortedPool.length * p.maxTargetsPerInspector;
  if (needed > capacity) {
    const missing = Math.ceil((needed - capacity) / p.maxTargetsPerInspector);
    throw new DrawError(
      `${selections.length} targets × ${p.teamSize} inspectors need ${needed} assignments; ${sortedPool.length} eligible inspectors at most ${p.maxTargetsPerInspector} each give ${capacity}: ${missing} more inspectors are needed`,
      { missingInspectors: missing, needed, capacity },
    );
  }
  const load = new Map<string, number>();
  const unstaffed: string[] = [];
  for (const sel of selections) {
    sel.team = teamFor(sel.uscc, sortedPool, p, load, []);
    if (sel.team.length < p.teamSize) unstaffed.push(sel.uscc);
    for (const c of sel.team) load.set(c, (load.get(c) ?? 0) + 1);
  }
  if (unstaffed.length)
    throw new DrawError(
      `${unstaffed.length} targets cannot get ${p.teamSize} inspectors after recusal and workload limits (first: ${unstaffed.slice(0, 3).join(", ")})`,
      { unstaffed },
    );
  return {
    algorithm: version,
    strata: strata.map((s) => s.report),
    selections,
  };
}

/** A pool entry of either version. */
export type Recusing = DrawInspector | KeyedInspector;

/** Whether an inspector must recuse from a target (回避). */
export const mustRecuse = (i: Recusing, uscc: string) =>
  "recused" in i ? i.recused.includes(uscc) : i.conflicts.includes(uscc) || i.inspectedLastTime.includes(uscc);

/**
 * The first `teamSize` eligible candidates for a target, skipping `exclude` (for a replacement:
 * the current team and whoever is leaving).
 */
export function teamFor(
  uscc: string,
  sortedPool: readonly Recusing[],
  p: Pick<DrawParams, "seed" | "teamSize" | "maxTargetsPerInspector">,
  load: ReadonlyMap<string, number>,
  exclude: readonly string[],
  wanted = p.teamSize,
): string[] {
  const team: string[] = [];
  for (const index of inspectorCandidates(p.seed, uscc, sortedPool.length)) {
    const inspector = sortedPool[index]!;
    if (exclude.includes(inspector.certificateNumber) || mustRecuse(inspector, uscc)) continue;
    if ((load.get(inspector.certificateNumber) ?? 0) >= p.maxTargetsPerInspector) continue;
    team.push(inspector.certificateNumber);
    if (team.length === wanted) break;
  }
  return team;
}

/** What a version defines: its draw and its digests, for re-running a record made under it. */
export interface DrawVersion {
  draw(population: readonly unknown[], pool: readonly unknown[], p: DrawParams): DrawResult;
  populationDigest(population: readonly unknown[]): string;
  poolDigest(pool: readonly unknown[]): string;
}

export const DRAW_VERSIONS: Readonly<Record<string, DrawVersion>> = {
  [DRAW_ALGORITHM_V1]: { draw: draw as DrawVersion["draw"], populationDigest: populationDigest as DrawVersion["populationDigest"], poolDigest: poolDigest as DrawVersion["poolDigest"] },
  [DRAW_ALGORITHM_VERSION]: { draw: drawKeyed as DrawVersion["draw"], populationDigest: keyedPopulationDigest as DrawVersion["populationDigest"], poolDigest: keyedPoolDigest as DrawVersion["poolDigest"] },
};

/** Digest of a result (canonical JSON, so a copy read back from jsonb digests the same). */
export function resultDigest(r: DrawResult): string {
  return createHash("sha256").update(canonicalJson(r)).digest("hex");
}
