/**
 * The test vectors of hub-draw/1 and hub-draw/2 (docs/draw-spec/hub-draw-<n>.vectors.json): a small
 * worked example with every intermediate value, made by this implementation and kept in the
 * repository, so that any other implementation can check itself against it
 * (test/reference/verify_draw.py --vectors does). A file must be what the code produces:
 * `UPDATE_VECTORS=1` rewrites them, which a change to a version in force must never need (a change
 * of algorithm is a new version).
 */
import { hash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { completeUscc, RiskLevel } from "@hub/schema";
import { describe, expect, it } from "vitest";
import { canonicalJson, drawHash, GENESIS_HASH } from "./chain.js";
import {
  commitmentOf,
  deriveSeed,
  draw,
  drawKeyed,
  keyedPool,
  keyedPoolDigest,
  keyedPopulation,
  keyedPopulationDigest,
  mustRecuse,
  populationDigest,
  poolDigest,
  resultDigest,
  targetRank,
  type DrawInspector,
  type DrawParams,
  type DrawTarget,
  type KeyedInspector,
  type KeyedTarget,
  type Recusing,
} from "./algorithm.js";

/** A valid USCC (its check character computed) from its first 17 characters. */
const code = completeUscc;

const fileOf = (version: 1 | 2) => fileURLToPath(new URL(`../../../../../docs/draw-spec/hub-draw-${version}.vectors.json`, import.meta.url));
const FILE = fileOf(1);

function example(lottery = "013") {
  const secret = "示例秘密-2027-年度抽查";
  const publicValue = `2027-03-01 福彩3D 第2027055期 ${lottery}`;
  const population: DrawTarget[] = [
    { uscc: code("91440300MA5FXT4K1"), riskLevel: RiskLevel.HIGH, creditClass: "C", tags: ["两客一危"] },
    { uscc: code("91440300MA5G0K8P2"), riskLevel: RiskLevel.LOW, creditClass: "A", tags: ["两客一危", "冷链"] },
    { uscc: code("91440300MA5DQ3LW6"), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] },
    { uscc: code("91440300MA5EJR2C7"), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] },
    { uscc: code("91440300MA5H1Y9B3"), riskLevel: RiskLevel.MEDIUM, creditClass: "C", tags: ["冷链"] },
    { uscc: code("91440300MA5F7N6T0"), riskLevel: RiskLevel.MEDIUM, creditClass: "C", tags: [] },
    { uscc: code("91440300MA5CUK1R8"), riskLevel: RiskLevel.MEDIUM, creditClass: "C", tags: [], deprioritized: true },
    { uscc: code("91440300MA5DB2XJ5"), riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] },
    { uscc: code("91440300MA5G4M3W1"), riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] },
    { uscc: code("91440300MA5EZ5QF9"), riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] },
  ];
  // as the database returned them: not sorted
  const pool: DrawInspector[] = [
    { certificateNumber: "44030017", conflicts: [], inspectedLastTime: [code("91440300MA5DQ3LW6")] },
    { certificateNumber: "44030003", conflicts: [], inspectedLastTime: [] },
    { certificateNumber: "44030011", conflicts: [], inspectedLastTime: [] },
    { certificateNumber: "44030009", conflicts: [code("91440300MA5FXT4K1")], inspectedLastTime: [code("91440300MA5H1Y9B3"), code("91440300MA5F7N6T0")] },
    { certificateNumber: "44030021", conflicts: [], inspectedLastTime: [] },
    { certificateNumber: "44030014", conflicts: [], inspectedLastTime: [] },
  ];
  const params: Omit<DrawParams, "seed"> = {
    creditClasses: ["A", "B", "C", "D"],
    ratios: { A: 0.05, B: 0.34, C: 0.5, D: 1 },
    keyAreaTags: ["两客一危", "重点监管对象"],
    maxTargets: 6,
    teamSize: 2,
    maxTargetsPerInspector: 2,
  };
  const seed = deriveSeed(secret, publicValue);
  return workedExample({
    description: "hub-draw/1 worked example: every intermediate value of one draw, as docs/draw-spec/hub-draw-1.md specifies it",
    secret, publicValue, population, pool, params,
    result: draw(population, pool, { ...params, seed }),
    populationLines: population.map(populationLine), populationDigest: populationDigest(population),
    poolLines: pool.map(poolLine), poolDigest: poolDigest(pool),
  });
}

/** Every intermediate value of one worked example, whichever version drew it. */
function workedExample<T extends { uscc: string; riskLevel: RiskLevel; deprioritized?: boolean }, I extends Recusing>(x: {
  description: string;
  algorithm?: string;
  secret: string;
  publicValue: string;
  population: T[];
  pool: I[];
  params: Omit<DrawParams, "seed">;
  result: ReturnType<typeof draw>;
  populationLines: string[];
  populationDigest: string;
  poolLines: string[];
  poolDigest: string;
}) {
  const { secret, publicValue, population, pool, params, result } = x;
  const seed = deriveSeed(secret, publicValue);
  const sortedPool = [...pool].sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
  const record = {
    seq: 1, planId: 7, periodKey: "2027", commitment: commitmentOf(secret), secret, publicValue, seed,
    witnesses: [{ name: "李公证", role: "公证员" }],
    params: { ...params, maxTargets: params.maxTargets ?? null, deprioritizeInspectedLastYear: true },
    algorithm: result.algorithm, populationDigest: x.populationDigest, populationSize: population.length,
    poolDigest: x.poolDigest, resultDigest: resultDigest(result), createdBy: "market-admin", createdAt: new Date("2027-03-01T02:30:00.000Z"), prevHash: GENESIS_HASH,
  };
  return {
    description: x.description,
    ...(x.algorithm ? { algorithm: x.algorithm } : {}),
    inputs: { secret, publicValue, population, pool, params, record: { seq: 1, planId: 7, periodKey: "2027", witnesses: record.witnesses, deprioritizeInspectedLastYear: true, createdBy: record.createdBy, createdAt: record.createdAt.toISOString(), prevHash: GENESIS_HASH } },
    commitment: record.commitment,
    seed,
    populationLines: [...x.populationLines].sort(),
    populationDigest: record.populationDigest,
    poolLines: [...x.poolLines].sort(),
    poolDigest: record.poolDigest,
    sortedPool: sortedPool.map((p) => p.certificateNumber),
    ranks: population.map((t) => ({ uscc: t.uscc, rank: targetRank(seed, t.uscc), key: `${t.deprioritized && t.riskLevel !== RiskLevel.HIGH ? 1 : 0}${targetRank(seed, t.uscc)}` })).sort((a, b) => (a.key < b.key ? -1 : 1)),
    strata: result.strata,
    candidateStreams: candidateStreams(seed, result.selections, sortedPool, params),
    result,
    resultCanonicalJson: canonicalJson(result),
    resultDigest: record.resultDigest,
    recordCanonicalJson: canonicalJson(Object.fromEntries(Object.entries(record).filter(([k]) => k !== "prevHash"))),
    recordHash: drawHash(record),
  };
}

const populationLine = (t: DrawTarget) => `${t.uscc},${t.riskLevel},${t.creditClass},${[...t.tags].sort().join("|")},${t.deprioritized ? 1 : 0}`;
const poolLine = (p: DrawInspector) => `${p.certificateNumber},LOW,${[...p.conflicts].sort().join("|")},${[...p.inspectedLastTime].sort().join("|")},0`;

/**
 * Each target's candidate stream, step by step until its team is complete, in allocation order (the
 * workload carries over): i, the 12 hex digits, u, the pool index, and what became of the candidate.
 */
function candidateStreams(seed: string, selections: { uscc: string }[], sortedPool: Recusing[], p: Pick<DrawParams, "teamSize" | "maxTargetsPerInspector">) {
  const n = sortedPool.length;
  const limit = 2 ** 48 - (2 ** 48 % n);
  const load = new Map<string, number>();
  return selections.map(({ uscc }) => {
    const seen = new Set<number>();
    const team: string[] = [];
    const steps: { i: number; hex12: string; u: number; index: number | null; certificateNumber: string | null; fate: string }[] = [];
    for (let i = 0; team.length < p.teamSize && seen.size < n; i++) {
      const hex12 = hash("sha256", `${seed}|inspector|${uscc}|${i}`, "hex").slice(0, 12);
      const u = parseInt(hex12, 16);
      if (u >= limit) { steps.push({ i, hex12, u, index: null, certificateNumber: null, fate: "rejected: u ≥ limit" }); continue; }
      const index = u % n;
      const c = sortedPool[index]!;
      if (seen.has(index)) { steps.push({ i, hex12, u, index, certificateNumber: c.certificateNumber, fate: "repeat" }); continue; }
      seen.add(index);
      const fate = "recused" in c ? (c.recused.includes(uscc) ? "recused" : (load.get(c.certificateNumber) ?? 0) >= p.maxTargetsPerInspector ? "skipped: at maxTargetsPerInspector" : "on the team")
        : c.conflicts.includes(uscc) ? "recused: declared conflict"
        : c.inspectedLastTime.includes(uscc) ? "recused: inspected last time"
        : (load.get(c.certificateNumber) ?? 0) >= p.maxTargetsPerInspector ? "skipped: at maxTargetsPerInspector"
        : "on the team";
      if (fate === "on the team") team.push(c.certificateNumber);
      steps.push({ i, hex12, u, index, certificateNumber: c.certificateNumber, fate });
    }
    for (const c of team) load.set(c, (load.get(c) ?? 0) + 1);
    return { uscc, limit, steps, team };
  });
}

/**
 * hub-draw/2's worked example: the same department as hub-draw/1's, with an individual business
 * (by its pseudonym), ratios for two cells, and a declared conflict with a target outside the
 * population (left out of the pool's recusal lists).
 */
function example2(lottery = "023") {
  const secret = "示例秘密-2027-年度抽查";
  const publicValue = `2027-03-01 福彩3D 第2027055期 ${lottery}`;
  const person = "P3F9C2A71B04D5E68"; // an individual business as the office knows it; its resident ID never enters the record
  const outside = code("91440300MA5K7W2Q4"); // not in the population
  const own: DrawTarget[] = [
    { uscc: code("91440300MA5FXT4K1"), riskLevel: RiskLevel.HIGH, creditClass: "C", tags: ["两客一危"] },
    { uscc: code("91440300MA5G0K8P2"), riskLevel: RiskLevel.LOW, creditClass: "A", tags: ["两客一危", "冷链"] },
    { uscc: code("91440300MA5DQ3LW6"), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] },
    { uscc: code("91440300MA5EJR2C7"), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] },
    { uscc: code("91440300MA5H1Y9B3"), riskLevel: RiskLevel.MEDIUM, creditClass: "C", tags: ["冷链"] },
    { uscc: code("91440300MA5F7N6T0"), riskLevel: RiskLevel.MEDIUM, creditClass: "C", tags: [] },
    { uscc: code("91440300MA5CUK1R8"), riskLevel: RiskLevel.MEDIUM, creditClass: "C", tags: [], deprioritized: true },
    { uscc: "110105194912310021", riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] },
    { uscc: code("91440300MA5G4M3W1"), riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] },
    { uscc: code("91440300MA5EZ5QF9"), riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] },
  ];
  const inspectors: DrawInspector[] = [
    { certificateNumber: "44030017", conflicts: [], inspectedLastTime: [code("91440300MA5DQ3LW6")] },
    { certificateNumber: "44030003", conflicts: [outside], inspectedLastTime: [] },
    { certificateNumber: "44030011", conflicts: [], inspectedLastTime: [] },
    { certificateNumber: "44030009", conflicts: [code("91440300MA5FXT4K1")], inspectedLastTime: [code("91440300MA5H1Y9B3"), code("91440300MA5F7N6T0")] },
    { certificateNumber: "44030021", conflicts: ["110105194912310021"], inspectedLastTime: [] },
    { certificateNumber: "44030014", conflicts: [], inspectedLastTime: [] },
  ];
  const params: Omit<DrawParams, "seed"> = {
    creditClasses: ["A", "B", "C", "D"],
    ratios: { A: 0.05, B: 0.34, C: 0.5, D: 1 },
    // high-risk class D at half, low-risk class B at all
    cellRatios: { "HIGH|D": 0.5, "LOW|B": 1 },
    keyAreaTags: ["两客一危", "重点监管对象"],
    maxTargets: 6,
    teamSize: 2,
    maxTargetsPerInspector: 2,
  };
  const keys = new Map(own.map((t) => [t.uscc, t.uscc.startsWith("1101") ? person : t.uscc]));
  const population: KeyedTarget[] = keyedPopulation(own, params.keyAreaTags, (u) => keys.get(u)!);
  const pool: KeyedInspector[] = keyedPool(inspectors, keys);
  const seed = deriveSeed(secret, publicValue);
  const result = drawKeyed(population, pool, { ...params, seed });
  return workedExample({
    description: "hub-draw/2 worked example: every intermediate value of one draw, as docs/draw-spec/hub-draw-2.md specifies it",
    algorithm: result.algorithm,
    secret, publicValue, population, pool, params, result,
    populationLines: population.map((t) => `${t.uscc},${t.riskLevel},${t.creditClass},${t.keyArea ? 1 : 0},${t.deprioritized ? 1 : 0}`), populationDigest: keyedPopulationDigest(population),
    poolLines: pool.map((p) => `${p.certificateNumber},${[...p.recused].sort().join("|")}`), poolDigest: keyedPoolDigest(pool),
  });
}

describe("hub-draw/2 test vectors", () => {
  it("are what this implementation computes (docs/draw-spec/hub-draw-2.vectors.json)", () => {
    const computed = JSON.parse(JSON.stringify(example2()));
    if (process.env.UPDATE_VECTORS) writeFileSync(fileOf(2), `${JSON.stringify(computed, null, 2)}\n`);
    expect(JSON.parse(readFileSync(fileOf(2), "utf8"))).toEqual(computed);
    // what hub-draw/2 adds is exercised: a cell's own ratio, a pseudonym drawn, recusal lists within the population
    expect(computed.strata).toContainEqual(expect.objectContaining({ riskLevel: "HIGH", creditClass: "D", ratio: 0.5, population: 2, quota: 1 }));
    expect(computed.strata).toContainEqual(expect.objectContaining({ riskLevel: "LOW", creditClass: "B", ratio: 1 }));
    expect(computed.result.selections.map((s: any) => s.uscc)).toContain("P3F9C2A71B04D5E68");
    expect(computed.candidateStreams.find((c: any) => c.uscc === "P3F9C2A71B04D5E68").steps.map((x: any) => x.fate)).toContain("recused");
    expect(JSON.stringify(computed)).not.toContain("110105194912310021");
    expect(computed.inputs.pool.find((p: any) => p.certificateNumber === "44030003").recused).toEqual([]);
    expect(computed.strata.some((s: any) => s.drawn < s.quota)).toBe(true); // the cap binds
    for (const fate of ["repeat", "recused", "skipped: at maxTargetsPerInspector"])
      expect(computed.candidateStreams.some((c: any) => c.steps.some((x: any) => x.fate === fate)), fate).toBe(true);
    expect(computed.candidateStreams.map((c: any) => c.team)).toEqual(computed.result.selections.map((s: any) => s.team));
  });

  it("without cell ratios and with every code its own, draws exactly what hub-draw/1 draws", () => {
    // the versions differ only in what they are told: the same department, the same seed, the same teams
    for (const lottery of ["013", "207", "598", "861"]) {
      const seed = deriveSeed("s", lottery);
      const v1 = example().inputs;
      const keyTags = v1.params.keyAreaTags;
      const same = new Map(v1.population.map((t) => [t.uscc, t.uscc]));
      const outcome = (f: () => unknown) => { try { return f(); } catch (e) { return (e as Error).message; } };
      const a = outcome(() => draw(v1.population, v1.pool, { ...v1.params, seed }));
      const b = outcome(() => drawKeyed(keyedPopulation(v1.population, keyTags, (u) => u), keyedPool(v1.pool, same), { ...v1.params, seed }));
      expect(typeof b === "string" ? b : { ...(b as object), algorithm: "hub-draw/1" }).toEqual(a);
      for (const i of keyedPool(v1.pool, same)) for (const t of v1.population) expect(mustRecuse(i, t.uscc)).toBe(mustRecuse(v1.pool.find((p) => p.certificateNumber === i.certificateNumber)!, t.uscc));
    }
  });
});

describe("hub-draw/1 test vectors", () => {
  it("are what this implementation computes (docs/draw-spec/hub-draw-1.vectors.json)", () => {
    const computed = JSON.parse(JSON.stringify(example()));
    if (process.env.UPDATE_VECTORS) writeFileSync(FILE, `${JSON.stringify(computed, null, 2)}\n`);
    expect(JSON.parse(readFileSync(FILE, "utf8"))).toEqual(computed);
    // the example exercises what the specification's rules are about
    expect(computed.strata.some((s: any) => s.drawn < s.quota)).toBe(true); // the cap binds
    for (const fate of ["repeat", "recused: declared conflict", "recused: inspected last time", "skipped: at maxTargetsPerInspector"])
      expect(computed.candidateStreams.some((c: any) => c.steps.some((x: any) => x.fate === fate)), fate).toBe(true);
    // the walk above is the algorithm's: the same teams
    expect(computed.candidateStreams.map((c: any) => c.team)).toEqual(computed.result.selections.map((s: any) => s.team));
  });
});

describe("the test vectors, re-checked by the reference verifier", () => {
  it.each([1, 2] as const)("test/reference/verify_draw.py --vectors recomputes every intermediate value of hub-draw/%s", async (version) => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const script = fileURLToPath(new URL("../../../../../test/reference/verify_draw.py", import.meta.url));
    const { stdout } = await promisify(execFile)("python3", [script, "--vectors", fileOf(version)]);
    expect(stdout).toMatch(/^VECTORS OK/);
  });
});
