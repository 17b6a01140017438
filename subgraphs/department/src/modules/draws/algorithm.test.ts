import { createHash } from "node:crypto";
import { completeUscc, RiskLevel } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawHash, GENESIS_HASH, verifyChain, type ChainedDraw } from "./chain.js";
import {
  commitmentOf,
  deriveSeed,
  draw,
  DrawError,
  drawKeyed,
  keyedPool,
  keyedPopulation,
  inspectorCandidates,
  mustRecuse,
  populationDigest,
  quotaOf,
  teamFor,
  type DrawInspector,
  type DrawParams,
  type DrawTarget,
} from "./algorithm.js";

const CLASSES = ["A", "B", "C", "D"];
const uscc = (i: number) => completeUscc(`91440300${String(i).padStart(9, "0")}`);
const seedOf = (i: number) => createHash("sha256").update(`seed-${i}`).digest("hex");
const RISKS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];

const population = fc
  .array(
    fc.record({
      risk: fc.constantFrom(...RISKS),
      credit: fc.constantFrom(...CLASSES),
      key: fc.boolean(),
      deprioritized: fc.boolean(),
    }),
    { maxLength: 120 },
  )
  .map((rows) => rows.map((r, i): DrawTarget => ({ uscc: uscc(i), riskLevel: r.risk, creditClass: r.credit, tags: r.key ? ["两客一危"] : [], deprioritized: r.deprioritized })));

const ratios = fc.tuple(...CLASSES.map(() => fc.constantFrom(0, 0.01, 0.03, 0.05, 0.2, 0.5, 1))).map((rs) => Object.fromEntries(CLASSES.map((c, i) => [c, rs[i]!])));

function poolOf(n: number, conflicts: (i: number) => string[] = () => []): DrawInspector[] {
  return Array.from({ length: n }, (_, i) => ({ certificateNumber: `C${String(i).padStart(4, "0")}`, conflicts: conflicts(i), inspectedLastTime: [] }));
}

const base = (seed: string, r: Record<string, number>, extra: Partial<DrawParams> = {}): DrawParams => ({
  seed,
  creditClasses: CLASSES,
  ratios: r,
  keyAreaTags: ["两客一危"],
  teamSize: 2,
  maxTargetsPerInspector: 1000,
  ...extra,
});

describe("draw: targets", () => {
  it("draws exactly ceil(population × ratio) per stratum, key areas at 100%, each target once", () => {
    fc.assert(
      fc.property(population, ratios, fc.integer({ min: 0, max: 1000 }), (targets, r, s) => {
        const result = draw(targets, poolOf(50), base(seedOf(s), r));
        for (const st of result.strata) {
          expect(st.quota).toBe(Math.max(0, Math.ceil(st.population * st.ratio - 1e-9)));
          if (st.population === 100 && st.ratio === 0.03) expect(st.quota).toBe(3);
          expect(st.drawn).toBe(st.quota);
          if (st.keyArea) expect(st.drawn).toBe(st.population);
        }
        expect(result.selections).toHaveLength(result.strata.reduce((n, s) => n + s.drawn, 0));
        expect(new Set(result.selections.map((s) => s.uscc)).size).toBe(result.selections.length);
        const byUscc = new Map(targets.map((t) => [t.uscc, t]));
        for (const sel of result.selections) {
          const t = byUscc.get(sel.uscc)!;
          const st = result.strata[sel.stratum]!;
          expect(st.riskLevel).toBe(t.riskLevel);
          if (!st.keyArea) expect(st.creditClass).toBe(t.creditClass);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("when a cap binds, the strata dropped are the least risky: allocation is risk high → low, credit worst → best", () => {
    fc.assert(
      fc.property(population, ratios, fc.integer({ min: 0, max: 40 }), (targets, r, cap) => {
        const result = draw(targets, poolOf(100), base(seedOf(cap), r, { maxTargets: cap }));
        expect(result.selections.length).toBe(Math.min(cap, result.strata.reduce((n, s) => n + s.quota, 0)));
        const firstShort = result.strata.findIndex((s) => s.drawn < s.quota);
        if (firstShort >= 0) for (const later of result.strata.slice(firstShort + 1)) expect(later.drawn).toBe(0);
        // the order itself: key areas, then HIGH before MEDIUM before LOW, D before A
        const order = result.strata.map((s) => `${s.keyArea ? 0 : 1}${RISKS.indexOf(s.riskLevel)}${s.creditClass ? 3 - CLASSES.indexOf(s.creditClass) : 0}`);
        expect(order).toEqual([...order].sort());
      }),
      { numRuns: 60 },
    );
  });

  it("hub-draw/2: a cell's own ratio applies to that (risk level, credit class) stratum only; hub-draw/1 has none", () => {
    fc.assert(
      fc.property(population, ratios, fc.constantFrom(...RISKS), fc.constantFrom(...CLASSES), fc.constantFrom(0, 0.1, 0.5, 1), (targets, r, risk, credit, cell) => {
        const keyed = keyedPopulation(targets, ["两客一危"], (u) => u);
        const pool = keyedPool(poolOf(400), new Map());
        const plain = drawKeyed(keyed, pool, base(seedOf(1), r));
        const withCell = drawKeyed(keyed, pool, base(seedOf(1), r, { cellRatios: { [`${risk}|${credit}`]: cell } }));
        withCell.strata.forEach((s, i) => {
          const mine = !s.keyArea && s.riskLevel === risk && s.creditClass === credit;
          expect(s.ratio).toBe(mine ? cell : plain.strata[i]!.ratio);
          expect(s.quota).toBe(mine ? quotaOf(s.population, cell) : plain.strata[i]!.quota);
        });
      }),
      { numRuns: 60 },
    );
    expect(() => draw([], poolOf(2), base(seedOf(1), { A: 0.1 }, { cellRatios: { "HIGH|A": 0.5 } }))).toThrow(/hub-draw\/1 has no ratios per risk level/);
    expect(() => drawKeyed([], [], base(seedOf(1), { A: 0.1 }, { cellRatios: { "HIGH|A": 1.5 } }))).toThrow(DrawError);
  });

  it("quotas are exact where floating point is not: 3% of 100 is 3, 5% of 1,000 is 50", () => {
    const make = (n: number, credit: string): DrawTarget[] => Array.from({ length: n }, (_, i) => ({ uscc: uscc(i), riskLevel: RiskLevel.LOW, creditClass: credit, tags: [] }));
    expect(draw(make(100, "B"), poolOf(10), base(seedOf(1), { A: 0, B: 0.03, C: 0, D: 0 })).selections).toHaveLength(3);
    expect(draw(make(1000, "C"), poolOf(60), base(seedOf(1), { A: 0, B: 0, C: 0.05, D: 0 })).selections).toHaveLength(50);
    expect(draw(make(101, "B"), poolOf(10), base(seedOf(1), { A: 0, B: 0.03, C: 0, D: 0 })).selections).toHaveLength(4);
  });

  it("quotas are the decimal product rounded up, wherever floating point is off: 7% of 100 is 7, and every exact product is itself", () => {
    const make = (n: number): DrawTarget[] => Array.from({ length: n }, (_, i) => ({ uscc: uscc(i), riskLevel: RiskLevel.LOW, creditClass: "B", tags: [] }));
    expect(100 * 0.07).toBeGreaterThan(7); // 7.000000000000001 in floating point
    expect(draw(make(100), poolOf(20), base(seedOf(1), { A: 0, B: 0.07, C: 0, D: 0 })).strata.find((s) => s.creditClass === "B" && s.riskLevel === RiskLevel.LOW && !s.keyArea)!.quota).toBe(7);
    // every population up to 2,000 and every whole percent whose product is a whole number
    const wrong: string[] = [];
    for (let n = 0; n <= 2000; n++)
      for (let k = 1; k < 100; k++) {
        const expected = Math.ceil((n * k) / 100); // an integer numerator over 100: exact enough to round
        if (quotaOf(n, k / 100) !== expected) wrong.push(`${k}% of ${n}`);
      }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("targets inspected last year come last within their stratum, except high risk", () => {
    const targets: DrawTarget[] = Array.from({ length: 10 }, (_, i) => ({ uscc: uscc(i), riskLevel: RiskLevel.LOW, creditClass: "C", tags: [], deprioritized: i < 5 }));
    for (let s = 0; s < 20; s++) {
      const picked = draw(targets, poolOf(10), base(seedOf(s), { A: 0, B: 0, C: 0.5, D: 0 })).selections.map((x) => x.uscc);
      expect(picked.sort()).toEqual(targets.slice(5).map((t) => t.uscc).sort());
    }
  });

  it("is reproducible from its inputs; the population digest ignores order", () => {
    fc.assert(
      fc.property(population, ratios, (targets, r) => {
        const p = base(seedOf(1), r);
        expect(draw([...targets].reverse(), poolOf(30), p)).toEqual(draw(targets, poolOf(30), p));
        expect(populationDigest([...targets].reverse())).toBe(populationDigest(targets));
      }),
      { numRuns: 30 },
    );
  });

  it("selection within a stratum is uniform over many seeds (chi-square)", () => {
    const targets: DrawTarget[] = Array.from({ length: 20 }, (_, i) => ({ uscc: uscc(i), riskLevel: RiskLevel.MEDIUM, creditClass: "B", tags: [] }));
    const counts = new Map(targets.map((t) => [t.uscc, 0]));
    const runs = 2000;
    for (let s = 0; s < runs; s++)
      for (const sel of draw(targets, poolOf(10), base(seedOf(s), { A: 0, B: 0.25, C: 0, D: 0 })).selections) counts.set(sel.uscc, counts.get(sel.uscc)! + 1);
    const expected = (runs * 5) / 20;
    const chi2 = [...counts.values()].reduce((x, o) => x + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.82); // df = 19, p = 0.001
  });
});

describe("draw: inspectors", () => {
  it("teams are distinct, never recused, within the workload cap, and the first eligible of the recorded order", () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 6 }), (targets, s, teamSize, cap) => {
        const seed = seedOf(s);
        const pool = poolOf(40, (i) => targets.filter((_, j) => (i + j) % 7 === 0).map((t) => t.uscc));
        pool.forEach((p, i) => (p.inspectedLastTime = targets.filter((_, j) => (i * 3 + j) % 11 === 0).map((t) => t.uscc)));
        let result;
        try {
          result = draw(targets, pool, base(seed, { A: 0.5, B: 0.5, C: 1, D: 1 }, { teamSize, maxTargetsPerInspector: cap }));
        } catch (e) {
          expect(e).toBeInstanceOf(DrawError);
          return;
        }
        const byCert = new Map(pool.map((p) => [p.certificateNumber, p]));
        const load = new Map<string, number>();
        const sorted = [...pool].sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
        for (const sel of result.selections) {
          expect(new Set(sel.team).size).toBe(teamSize);
          for (const c of sel.team) expect(mustRecuse(byCert.get(c)!, sel.uscc)).toBe(false);
          // walk the candidate stream independently: the team is its first eligible members
          const expectedTeam: string[] = [];
          for (const idx of inspectorCandidates(seed, sel.uscc, sorted.length)) {
            const cand = sorted[idx]!;
            if (mustRecuse(cand, sel.uscc) || (load.get(cand.certificateNumber) ?? 0) >= cap) continue;
            expectedTeam.push(cand.certificateNumber);
            if (expectedTeam.length === teamSize) break;
          }
          expect(sel.team).toEqual(expectedTeam);
          for (const c of sel.team) load.set(c, (load.get(c) ?? 0) + 1);
        }
        for (const n of load.values()) expect(n).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 60 },
    );
  });

  it("never puts on a team anyone who inspected the target last time or declared a conflict with it (its own oracle, not mustRecuse)", () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 0, max: 500 }), (targets, s) => {
        const pool = poolOf(30, (i) => targets.filter((_, j) => (i + 2 * j) % 5 === 0).map((t) => t.uscc));
        pool.forEach((p, i) => (p.inspectedLastTime = targets.filter((_, j) => (i + j) % 3 === 0).map((t) => t.uscc)));
        let result;
        try {
          result = draw(targets, pool, base(seedOf(s), { A: 0.5, B: 0.5, C: 1, D: 1 }));
        } catch (e) {
          expect(e).toBeInstanceOf(DrawError);
          return;
        }
        const byCert = new Map(pool.map((p) => [p.certificateNumber, p]));
        for (const sel of result.selections)
          for (const c of sel.team) {
            expect(byCert.get(c)!.inspectedLastTime).not.toContain(sel.uscc);
            expect(byCert.get(c)!.conflicts).not.toContain(sel.uscc);
          }
      }),
      { numRuns: 60 },
    );
    // and the rule binds: the first candidate of the target's stream inspected it last time, so is passed over
    const target: DrawTarget = { uscc: uscc(7), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] };
    const pool = poolOf(6);
    const seed = seedOf(3);
    const [first, second, third] = [...inspectorCandidates(seed, target.uscc, pool.length)].map((i) => pool[i]!.certificateNumber);
    pool.find((p) => p.certificateNumber === first)!.inspectedLastTime = [target.uscc];
    expect(draw([target], pool, base(seed, { A: 0, B: 0, C: 0, D: 1 })).selections[0]!.team).toEqual([second, third]);
  });

  it("does not depend on the order the pool or the population are read in", () => {
    fc.assert(
      fc.property(
        population,
        fc.integer({ min: 0, max: 500 }),
        fc.shuffledSubarray(poolOf(40), { minLength: 40 }),
        (targets, s, shuffledPool) => {
          const pool = shuffledPool.map((p, i) => ({ ...p, inspectedLastTime: targets.filter((_, j) => (i + j) % 4 === 0).map((t) => t.uscc) }));
          const sorted = [...pool].sort((a, b) => (a.certificateNumber < b.certificateNumber ? -1 : 1));
          const p = base(seedOf(s), { A: 0.2, B: 0.5, C: 1, D: 1 });
          const attempt = (t: DrawTarget[], q: DrawInspector[]) => {
            try {
              return draw(t, q, p);
            } catch (e) {
              return (e as Error).message;
            }
          };
          expect(attempt([...targets].reverse(), pool)).toEqual(attempt(targets, sorted));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a replacement is the next eligible inspector in the recorded order", () => {
    const targets: DrawTarget[] = [{ uscc: uscc(1), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] }];
    const pool = poolOf(12);
    const p = base(seedOf(7), { A: 1, B: 1, C: 1, D: 1 });
    const [sel] = draw(targets, pool, p).selections;
    const order = [...inspectorCandidates(p.seed, uscc(1), 12)].map((i) => pool[i]!.certificateNumber);
    expect(sel!.team).toEqual(order.slice(0, 2));
    const leaving = sel!.team[0]!;
    const replacement = teamFor(uscc(1), pool, p, new Map(), sel!.team, 1);
    expect(replacement).toEqual([order[2]]);
    expect(replacement).not.toContain(leaving);
  });

  it("says how many inspectors are missing instead of reusing people", () => {
    const targets: DrawTarget[] = Array.from({ length: 30 }, (_, i) => ({ uscc: uscc(i), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] }));
    const e = (() => {
      try {
        draw(targets, poolOf(10), base(seedOf(1), { A: 1, B: 1, C: 1, D: 1 }, { maxTargetsPerInspector: 4 }));
      } catch (err) {
        return err as DrawError;
      }
    })();
    expect(e).toBeInstanceOf(DrawError);
    expect(e!.details.missingInspectors).toBe(5); // 60 assignments, 40 capacity, 4 each
    expect(e!.message).toMatch(/5 more inspectors are needed/);
  });

  it("matching is uniform among eligible inspectors over many seeds (chi-square)", () => {
    const target: DrawTarget = { uscc: uscc(3), riskLevel: RiskLevel.HIGH, creditClass: "D", tags: [] };
    const pool = poolOf(11, (i) => (i === 10 ? [target.uscc] : [])); // inspector 10 must recuse
    const counts = new Map<string, number>();
    const runs = 2000;
    for (let s = 0; s < runs; s++)
      for (const c of draw([target], pool, base(seedOf(s), { A: 1, B: 1, C: 1, D: 1 })).selections[0]!.team) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.has("C0010")).toBe(false);
    const expected = (runs * 2) / 10;
    const chi2 = [...counts.values()].reduce((x, o) => x + (o - expected) ** 2 / expected, 0);
    expect(counts.size).toBe(10);
    expect(chi2).toBeLessThan(27.88); // df = 9, p = 0.001
  });
});

describe("seed", () => {
  it("commit–reveal: the seed depends on both the committed secret and the public value", () => {
    expect(commitmentOf("s3cret")).toMatch(/^[0-9a-f]{64}$/);
    expect(deriveSeed("s3cret", "2026-11-25 福彩3D 123")).not.toBe(deriveSeed("s3cret", "2026-11-25 福彩3D 124"));
    expect(deriveSeed("s3cret", "x")).not.toBe(deriveSeed("s3cres", "x"));
  });
});

describe("draw chain", () => {
  const record = (seq: number, prevHash: string): ChainedDraw => ({
    seq, planId: 1, periodKey: "2026", commitment: "c", secret: "s", publicValue: "p", seed: "0".repeat(64), witnesses: [{ name: "公证员", role: "notary" }],
    params: { ratios: { B: 0.03, A: 0.01 } }, algorithm: "hub-draw/1", populationDigest: "d", populationSize: 10, poolDigest: "q", resultDigest: "r",
    createdBy: "u", createdAt: new Date("2026-03-01T00:00:00Z"), prevHash,
  });
  const chain = (n: number) => {
    const out: (ChainedDraw & { hash: string })[] = [];
    let prev = GENESIS_HASH;
    for (let i = 1; i <= n; i++) {
      const r = record(i, prev);
      const hash = drawHash(r);
      out.push({ ...r, hash });
      prev = hash;
    }
    return out;
  };

  it("a record's hash covers exactly the specified fields, each of them, in the specified form", () => {
    // the list of hub-draw/1 (docs/draw-spec/hub-draw-1.md), written out here, not taken from the code
    const covered: Record<string, unknown> = {
      seq: 2, planId: 9, periodKey: "2027", commitment: "c2", secret: "s2", publicValue: "p2", seed: "1".repeat(64), witnesses: [{ name: "见证人", role: "人大代表" }],
      params: { ratios: { B: 0.05 } }, algorithm: "hub-draw/2", populationDigest: "d2", populationSize: 11, poolDigest: "q2", resultDigest: "r2",
      createdBy: "v", createdAt: new Date("2027-03-01T00:00:00Z"),
    };
    const one = record(1, GENESIS_HASH);
    for (const [field, value] of Object.entries(covered)) expect(drawHash({ ...one, [field]: value }), field).not.toBe(drawHash(one));
    expect(drawHash({ ...one, prevHash: "f".repeat(64) })).not.toBe(drawHash(one));
    // fields outside the list (the stored result itself, ids) change nothing
    expect(drawHash({ ...one, result: { any: 1 }, id: 5 } as ChainedDraw)).toBe(drawHash(one));
    // the bytes: prevHash, a newline, the canonical JSON of the covered fields (keys sorted, no spaces, dates in ISO 8601 UTC)
    const canonical =
      '{"algorithm":"hub-draw/1","commitment":"c","createdAt":"2026-03-01T00:00:00.000Z","createdBy":"u","params":{"ratios":{"A":0.01,"B":0.03}},"periodKey":"2026","planId":1,' +
      `"poolDigest":"q","populationDigest":"d","populationSize":10,"publicValue":"p","resultDigest":"r","secret":"s","seed":"${"0".repeat(64)}","seq":1,"witnesses":[{"name":"公证员","role":"notary"}]}`;
    expect(drawHash(one)).toBe(createHash("sha256").update(`${GENESIS_HASH}\n${canonical}`, "utf8").digest("hex"));
  });

  it("an insider who rewrites a record and recomputes its own hash is caught by the next record's link", () => {
    const c = chain(4);
    const rewritten = { ...c[1]!, publicValue: "改写的公开值" };
    c[1] = { ...rewritten, hash: drawHash(rewritten) };
    expect(verifyChain(c)).toEqual({ intact: false, length: 4, brokenAt: 3, reason: "draw #3 does not link to the previous record" });
  });

  it("an intact chain verifies; key order in stored JSON does not matter", () => {
    const c = chain(5);
    expect(verifyChain(c)).toEqual({ intact: true, length: 5, brokenAt: null, reason: null });
    c[2] = { ...c[2]!, params: { ratios: { A: 0.01, B: 0.03 } } };
    expect(verifyChain(c).intact).toBe(true);
  });

  it("detects an altered, a deleted and a re-linked record", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), (i) => {
        const altered = chain(6);
        altered[i] = { ...altered[i]!, publicValue: "tampered" };
        expect(verifyChain(altered)).toMatchObject({ intact: false, brokenAt: i + 1 });
        const deleted = chain(6);
        deleted.splice(i, 1);
        expect(verifyChain(deleted).intact).toBe(i === 5); // dropping the last record is only seen by its absence
      }),
    );
    const relinked = chain(4);
    relinked.splice(1, 1);
    relinked.forEach((r, i) => (r.seq = i + 1));
    expect(verifyChain(relinked)).toMatchObject({ intact: false, brokenAt: 2 });
  });
});
