/**
 * 双随机 through the real gateway and subgraphs, on PGlite and PostgreSQL: commit–reveal, a draw
 * of a published plan, its verification, the chain, idempotency, one draw per plan period,
 * replacement, and tampering detection.
 */
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import {
  departmentSchema,
  draw,
  drawHash,
  drawKeyed,
  exportDraw,
  keyedPoolDigest,
  keyedPopulationDigest,
  poolDigest as poolDigest1,
  populationDigest as populationDigest1,
  resultDigest,
  type KeyedInspector,
  type KeyedTarget,
} from "@hub/department";
import { chinaInstant, publicationDeadline, REPO_ROOT, resolveDepartment, Role } from "@hub/schema";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, dashboard, officer } from "./support/tokens.js";

const N = 400;
const codes = Array.from({ length: N }, (_, i) => syntheticUscc(i, "440308"));
const RISK = ["高", "中", "低", "低"];
const CREDIT = ["A", "B", "C", "D"];
const run = promisify(execFile);
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe.each(DRIVERS)("draws over %s", (driver) => {
  let hub: TestHub;
  let planId: string;
  const m = (q: string, v: Record<string, unknown> = {}) => hub.query(q, v, admin("market"));

  /** Tasks as a list: the connection's nodes. */
  const nodes = (r: any) => r.data.market.tasks.edges.map((e: any) => e.node);

  beforeAll(async () => {
    hub = await startTestHub(driver);
    // The draw happens in spring, before the plan's window opens.
    hub.clock.set(chinaInstant("2026-03-25", "09:30"));
    const rows = codes.map((u, i) => [u, `深圳市盐田${i}号物流有限公司`, "", "", "", "G5430", "440308", RISK[i % 4]!, CREDIT[i % 4]!, i % 50 === 0 ? "两客一危" : "", i % 40 === 39 ? "注销" : "存续"]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer("market"))).data.market.importTargets.status).toBe("COMMITTED");
    const headers = ["执法证号", "姓名", "业务专长", "状态", "回避对象"];
    const inspectors = Array.from({ length: 30 }, (_, i) => [`4403${String(1000 + i)}`, `检查员${i}`, i % 10 === 9 ? "特种设备" : "道路运输", i === 29 ? "退休" : "在岗", i === 0 ? codes.slice(0, 40).join("、") : ""]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importInspectors(input: $i) { status errors { row reason } } } }`, { i: { format: "CSV", contentBase64: b64(csv([headers, ...inspectors])) } }, officer("market"))).data.market.importInspectors.status).toBe("COMMITTED");
    await m(`mutation { market { upsertItem(input: { code: "YS-1", name: "道路运输经营检查", legalBasis: "《道路运输条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.05, expertise: ["道路运输"] }) { code } } }`);
    const plan = await m(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, {
      i: { year: 2026, name: "2026年道路运输抽查", itemCodes: ["YS-1"], periodStart: "2026-04-01", periodEnd: "2026-10-31", ratios: [{ creditClass: "A", ratio: 0 }, { creditClass: "B", ratio: 0.05 }, { creditClass: "C", ratio: 0.2 }, { creditClass: "D", ratio: 1 }],
        // 分级分类: low-risk class D at half the class's ratio
        cellRatios: [{ riskLevel: "LOW", creditClass: "D", ratio: 0.5 }] },
    });
    planId = plan.data.market.createPlan.id;
    expect((await m(`query($p: ID!) { market { plan(id: $p) { cellRatios { riskLevel creditClass ratio } } } }`, { p: planId })).data.market.plan.cellRatios).toEqual([{ riskLevel: "LOW", creditClass: "D", ratio: 0.5 }]);
  });
  afterAll(async () => hub?.close());

  const commit = async (secret: string, periodKey?: string) =>
    (await m(`mutation($p: ID!, $c: String!, $k: String) { market { commitDrawSeed(planId: $p, commitment: $c, periodKey: $k) { id } } }`, { p: planId, c: sha256(secret), k: periodKey })).data.market.commitDrawSeed.id;
  const drawFields = `id seq populationSize seed hash prevHash taskCount strata { keyArea riskLevel creditClass population ratio quota drawn }`;

  it("refuses to draw a draft plan, or with a secret that does not match the commitment", async () => {
    const c = await commit("wrong-test-secret");
    const draft = await m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id } } }`, { i: { planId, commitmentId: c, secret: "wrong-test-secret", publicValue: "1" } });
    expect(draft.errors?.[0].extensions.code).toBe("PLAN_NOT_EDITABLE");
    await m(`mutation($p: ID!) { market { publishPlan(id: $p) { status } } }`, { p: planId });
    const mismatch = await m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id } } }`, { i: { planId, commitmentId: c, secret: "another", publicValue: "1" } });
    expect(mismatch.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/commitment/) });
  });

  let drawId: string;
  it("draws by stratum, creates tasks with two-inspector teams, and verifies", async () => {
    const secret = "市场监管局-2026-抽查-密钥";
    const c = await commit(secret);
    const input = { planId, commitmentId: c, secret, publicValue: "2026-03-31 福彩3D 第2026085期 527", witnesses: [{ name: "李公证", role: "公证员" }], idempotencyKey: "draw-2026-market-1" };
    const [r1, r2] = await Promise.all([
      m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { ${drawFields} } } }`, { i: input }),
      m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { ${drawFields} } } }`, { i: input }),
    ]);
    expect(r1.errors).toBeUndefined();
    expect(r2.data.market.drawTargets.id).toBe(r1.data.market.drawTargets.id); // the retry is the same draw
    const d = r1.data.market.drawTargets;
    drawId = d.id;
    expect(d.seq).toBe(1);
    expect(d.seed).toBe(sha256(`${secret}\n${input.publicValue}`));
    expect(d.populationSize).toBe(N - N / 40); // deregistered targets are never eligible
    const total = d.strata.reduce((n: number, s: any) => n + s.drawn, 0);
    expect(d.taskCount).toBe(total);
    for (const s of d.strata) expect(s.drawn).toBe(Math.max(0, Math.ceil(s.population * s.ratio - 1e-9)));
    expect(d.strata.find((s: any) => !s.keyArea && s.creditClass === "A").drawn).toBe(0); // event-triggered only
    // the cell's own ratio, and the class's everywhere else
    expect(d.strata.filter((s: any) => !s.keyArea && s.creditClass === "D").map((s: any) => [s.riskLevel, s.ratio])).toEqual([["HIGH", 1], ["MEDIUM", 1], ["LOW", 0.5]]);
    expect(d.strata.find((s: any) => s.riskLevel === "LOW" && s.creditClass === "D").population).toBeGreaterThan(50);
    expect(d.strata.filter((s: any) => s.keyArea).reduce((n: number, s: any) => n + s.population, 0)).toBe(8);

    const tasks = nodes(await hub.query(`query($d: ID!) { market { tasks(drawId: $d, first: 500) { edges { node { uscc inspectors status source dueStart } } } } }`, { d: drawId }, officer("market")));
    expect(tasks).toHaveLength(total);
    for (const t of tasks) {
      expect(t).toMatchObject({ status: "ASSIGNED", source: "DRAW", dueStart: "2026-04-01" });
      expect(new Set(t.inspectors).size).toBe(2);
      expect(t.inspectors).not.toContain("44031029"); // retired
      expect(t.inspectors.some((c: string) => ["44031009", "44031019"].includes(c))).toBe(false); // wrong expertise
      if (codes.slice(0, 40).includes(t.uscc)) expect(t.inspectors).not.toContain("44031000"); // declared conflict
    }
    const v = await hub.query(`query($d: ID!) { market { verifyDraw(id: $d) { reproduces checks { name ok } } verifyDrawChain { intact length } } }`, { d: drawId }, coordinator);
    expect(v.data.market.verifyDraw.checks.filter((c: any) => !c.ok)).toEqual([]);
    expect(v.data.market.verifyDraw.reproduces).toBe(true);
    expect(v.data.market.verifyDraw.checks.map((c: any) => c.name)).toEqual(["commitment", "seed", "population", "pool", "result", "record"]);
    expect(v.data.market.verifyDrawChain).toEqual({ intact: true, length: 1 });
  });

  it("keeps a draw's verdict; a re-check re-runs it, at most three times a minute per caller", async () => {
    const q = `query($d: ID!, $r: Boolean!) { market { verifyDraw(id: $d, recheck: $r) { reproduces verifiedAt verifiedBy } } }`;
    const checker = { subject: `checker-${driver}`, role: Role.OFFICE_COORDINATOR };
    const kept = await hub.query(q, { d: drawId, r: false }, checker);
    const again = await hub.query(q, { d: drawId, r: false }, checker);
    expect(again.data.market.verifyDraw).toEqual(kept.data.market.verifyDraw);
    // The verdict was computed by the first verification (the coordinator's), not by this caller.
    expect(kept.data.market.verifyDraw.verifiedBy).toBe("office-coordinator");
    for (let i = 0; i < 3; i++) {
      const r = await hub.query(q, { d: drawId, r: true }, checker);
      expect(r.data.market.verifyDraw).toMatchObject({ reproduces: true, verifiedBy: checker.subject });
      expect(Date.parse(r.data.market.verifyDraw.verifiedAt)).toBeGreaterThanOrEqual(Date.parse(kept.data.market.verifyDraw.verifiedAt));
    }
    const refused = await hub.query(q, { d: drawId, r: true }, checker);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(refused.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Another caller has a budget of its own; the kept verdict is now the latest re-check.
    const other = await hub.query(q, { d: drawId, r: true }, { ...checker, subject: `other-${driver}` });
    expect(other.data.market.verifyDraw.verifiedBy).toBe(`other-${driver}`);
    expect((await hub.query(q, { d: drawId, r: false }, checker)).data.market.verifyDraw.verifiedBy).toBe(`other-${driver}`);
  });

  it("two concurrent draws for the same plan period cannot both commit", async () => {
    const [c1, c2] = [await commit("race-secret-1", "2026-race"), await commit("race-secret-2", "2026-race")];
    const go = (c: string, secret: string) =>
      m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id } } }`, { i: { planId, periodKey: "2026-race", commitmentId: c, secret, publicValue: "race" } });
    const results = await Promise.all([go(c1, "race-secret-1"), go(c2, "race-secret-2")]);
    expect(results.filter((r) => r.data?.market?.drawTargets)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === "CONFLICT")).toHaveLength(1);
  });

  it("an independent Python implementation of the specification reproduces the draw, and rejects forged exports", async () => {
    const exported = JSON.parse(JSON.stringify(await exportDraw(hub.departments.market!.db, Number(drawId))));
    // the hash the department publishes with the record (what an insider cannot change once others have seen it)
    const published = (await hub.query(`query($d: ID!) { market { draw(id: $d) { hash } } }`, { d: drawId })).data.market.draw.hash;
    const dir = mkdtempSync(join(tmpdir(), "hub-draw-"));
    const verify = async (data: unknown, ...args: string[]) => {
      const file = join(dir, "draw.json");
      writeFileSync(file, JSON.stringify(data));
      return run("python3", [join(REPO_ROOT, "test/reference/verify_draw.py"), file, ...args]).then((r) => ({ code: 0, stdout: r.stdout }), (e) => ({ code: e.code as number, stdout: e.stdout as string }));
    };
    /** A forgery made consistent: the result re-drawn from the changed snapshot, every digest and the record's hash recomputed. */
    const consistent = (population: KeyedTarget[], pool: KeyedInspector[]) => {
      const record = { ...exported.record };
      record.result = JSON.parse(JSON.stringify(drawKeyed(population, pool, { ...record.params, seed: record.seed })));
      Object.assign(record, { populationDigest: keyedPopulationDigest(population), populationSize: population.length, poolDigest: keyedPoolDigest(pool), resultDigest: resultDigest(record.result) });
      record.hash = drawHash({ ...record, createdAt: new Date(record.createdAt) });
      return { record, population, pool };
    };
    // the export is what its JSON Schema says
    expect(exported.record.algorithm).toBe("hub-draw/2");
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO_ROOT, "docs/draw-spec/hub-draw-2.export.schema.json"), "utf8")));
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...exported, record: { ...exported.record, seed: "XYZ" } })).toBe(false);
    try {
      expect(await verify(exported, "--published-hash", published)).toEqual({ code: 0, stdout: expect.stringMatching(/^REPRODUCES: \d+ targets .*digests and record hash check, against the published hash/) });
      // a result altered in place
      const teams = structuredClone(exported);
      teams.record.result.selections[0].team.reverse();
      expect(await verify(teams)).toEqual({ code: 1, stdout: expect.stringMatching(/DOES NOT REPRODUCE: the selected targets or teams differ; the recorded result does not have the recorded digest/) });
      // a drawn target taken out of the population, everything recomputed to match: only the published hash catches it
      const drawn = exported.record.result.selections[0].uscc;
      const fewer = consistent(exported.population.filter((t: KeyedTarget) => t.uscc !== drawn), exported.pool);
      expect((await verify(fewer)).code).toBe(0); // consistent in itself
      expect(await verify(fewer, "--published-hash", published)).toEqual({ code: 1, stdout: expect.stringMatching(/DOES NOT REPRODUCE: the record's hash is not the hash the department published/) });
      // an inspector taken out of the pool, every team re-drawn: likewise
      const lessStaff = consistent(exported.population, exported.pool.slice(1));
      expect(await verify(lessStaff, "--published-hash", published)).toEqual({ code: 1, stdout: expect.stringMatching(/not the hash the department published/) });
      // and without its digest recomputed, the pool itself is named
      const poolOnly = { ...exported, pool: exported.pool.slice(1) };
      expect((await verify(poolOnly)).stdout).toMatch(/the inspector pool is not the one the record names/);
      // the result digest left out of the forgery
      const digest = structuredClone(exported);
      digest.record.resultDigest = "0".repeat(64);
      expect((await verify(digest)).stdout).toMatch(/the result digest is not the digest of the re-run result; the recorded result does not have the recorded digest; the record's hash does not cover/);
      // a recusal dropped from the pool (an insider's friend put on the team): the pool no longer digests
      const recusal = structuredClone(exported);
      const recusing = recusal.pool.find((p: KeyedInspector) => p.recused.length > 0);
      recusing.recused = [];
      expect((await verify(recusal)).stdout).toMatch(/the inspector pool is not the one the record names/);
      // a cell ratio changed in the parameters: the strata no longer come out, and the hash is not the record's
      const cells = structuredClone(exported);
      cells.record.params.cellRatios = { "HIGH|D": 0.1 };
      expect((await verify(cells)).stdout).toMatch(/the strata differ.*the record's hash does not cover/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("allows one draw per plan period: a second is a conflict, and a commitment for a drawn period is refused", async () => {
    const drawnPeriod = await m(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: sha256("second-draw-secret") });
    expect(drawnPeriod.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringMatching(/already drawn for period 2026/) });
    const badPeriod = await m(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c, periodKey: "2027-H1") { id } } }`, { p: planId, c: sha256("x") });
    expect(badPeriod.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const c = await commit("second-draw-secret", "2026-H2");
    // a commitment is for its period only
    const wrong = await m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id } } }`, { i: { planId, periodKey: "2026-Q4", commitmentId: c, secret: "second-draw-secret", publicValue: "x" } });
    expect(wrong.errors?.[0].message).toMatch(/published for period 2026-H2/);
    const h2 = await m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { seq prevHash } } }`, { i: { planId, periodKey: "2026-H2", commitmentId: c, secret: "second-draw-secret", publicValue: "x" } });
    expect(h2.errors).toBeUndefined();
    expect(h2.data.market.drawTargets.seq).toBe(3);
  });

  it("抽取过程公开: anyone reads the draw records and downloads a whole draw without signing in, re-checks both, and sees no resident ID", async () => {
    // an individual business, keyed by its operator's resident ID, drawn by a plan of its own
    const person = "11010519491231002X";
    const file = csv([[...TARGET_HEADERS, "对象类型"], [person, "王五烧烤店", "", "王五", "", "H6210", "440308", "低", "B", "", "存续", "个体工商户"]]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(file) } }, officer("market"))).data.market.importTargets.status).toBe("COMMITTED");
    await m(`mutation { market { upsertItem(input: { code: "GT-1", name: "个体工商户检查", legalBasis: "《个体工商户条例》", targetKind: INDIVIDUAL_BUSINESS, method: ON_SITE, defaultRatio: 1 }) { code } } }`);
    const plan = (await m(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, {
      i: { year: 2026, name: "2026年个体工商户抽查", itemCodes: ["GT-1"], periodStart: "2026-04-01", periodEnd: "2026-10-31", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 1 })) },
    })).data.market.createPlan.id;
    await m(`mutation($p: ID!) { market { publishPlan(id: $p) { id } } }`, { p: plan });
    const c = (await m(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: plan, c: sha256("个体-secret") })).data.market.commitDrawSeed.id;
    expect((await m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id } } }`, { i: { planId: plan, commitmentId: c, secret: "个体-secret", publicValue: "公开值 0325" } })).errors).toBeUndefined();

    const res = await fetch(hub.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({
      query: `{ market { publicDraws(first: 50) { draws { seq planName periodKey commitment secret publicValue seed witnesses { name role } params algorithm populationSize populationDigest poolDigest resultDigest strata { drawn } drawn { code name stratum } createdBy createdAt prevHash hash contentJson } hasMore endSeq } } }`,
    }) }); // no token at all
    const text = await res.text();
    const page = JSON.parse(text).data.market.publicDraws;
    expect(page.draws.length).toBeGreaterThanOrEqual(2);
    let prev = "0".repeat(64);
    for (const d of page.draws) {
      expect(sha256(d.secret)).toBe(d.commitment);
      expect(sha256(`${d.secret}\n${d.publicValue}`)).toBe(d.seed);
      expect(d.prevHash).toBe(prev); // the chain, link by link
      expect(createHash("sha256").update(`${d.prevHash}\n${d.contentJson}`, "utf8").digest("hex")).toBe(d.hash);
      // and what it shows is what was hashed
      expect(JSON.parse(d.contentJson)).toMatchObject({ seq: d.seq, commitment: d.commitment, secret: d.secret, publicValue: d.publicValue, seed: d.seed, witnesses: d.witnesses, params: d.params, algorithm: d.algorithm, populationSize: d.populationSize, populationDigest: d.populationDigest, poolDigest: d.poolDigest, resultDigest: d.resultDigest, createdBy: d.createdBy, createdAt: d.createdAt });
      expect(d.drawn).toHaveLength(d.strata.reduce((n: number, s: { drawn: number }) => n + s.drawn, 0));
      prev = d.hash;
    }
    // the same hashes as the department's own records
    const own = (await m(`{ market { draws { seq hash } } }`)).data.market.draws;
    expect(page.draws.map((d: any) => [d.seq, d.hash])).toEqual(own.map((d: any) => [d.seq, d.hash]));
    // the individual business appears masked, by name; no resident ID and no inspector anywhere in the answer
    expect(page.draws.flatMap((d: any) => d.drawn)).toContainEqual({ code: "110105********002X", name: "王五烧烤店", stratum: expect.any(Number) });
    expect(text).not.toContain(person);
    for (let i = 0; i < 30; i++) expect(text).not.toContain(`"4403${1000 + i}"`);
    // the whole draw for anyone (hub-draw/2): population and pool by office code, re-run by the reference verifier
    const mine = page.draws.at(-1);
    const download = await fetch(`${hub.gateway.url.replace(/\/graphql$/, "")}/downloads/market/public-draw.json?seq=${mine.seq}`); // no token
    expect(download.status).toBe(200);
    const body = await download.text();
    expect(body).not.toContain(person);
    const exported = JSON.parse(body);
    expect(exported.record).not.toHaveProperty("idempotencyKey");
    expect(exported.population).toEqual([expect.objectContaining({ uscc: expect.stringMatching(/^P[0-9A-F]{17}$/), keyArea: false })]);
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO_ROOT, "docs/draw-spec/hub-draw-2.export.schema.json"), "utf8")));
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "hub-public-draw-"));
    try {
      writeFileSync(join(dir, "d.json"), body);
      const { stdout } = await run("python3", [join(REPO_ROOT, "test/reference/verify_draw.py"), join(dir, "d.json"), "--published-hash", mine.hash]);
      expect(stdout).toMatch(/^REPRODUCES: 1 targets from 1 eligible.*against the published hash/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await fetch(`${hub.gateway.url.replace(/\/graphql$/, "")}/downloads/market/public-draw.json?seq=999`)).status).toBe(404);
    // paging by seq
    const second = await hub.query(`query($a: Int) { market { publicDraws(first: 1, afterSeq: $a) { draws { seq } endSeq hasMore } } }`, { a: 1 }, "public");
    expect(second.data.market.publicDraws).toEqual({ draws: [{ seq: 2 }], endSeq: 2, hasMore: page.draws.length > 2 });
    expect((await hub.query(`{ market { publicDraws(afterSeq: -1) { endSeq } } }`, {}, "public")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("replaces a recused inspector with the next eligible one, recording who, why, when and by whom", async () => {
    const [task] = nodes(await hub.query(`query($d: ID!) { market { tasks(drawId: $d, first: 1) { edges { node { id inspectors } } } } }`, { d: drawId }, officer("market")));
    const leaving = task.inspectors[0];
    const r = await hub.query(`mutation($t: ID!, $c: String!) { market { replaceInspector(taskId: $t, certificateNumber: $c, reason: "与检查对象存在利害关系，依法回避") { inspectors replacements { leaving replacement reason changedBy } } } }`, { t: task.id, c: leaving }, officer("market"));
    expect(r.errors).toBeUndefined();
    const after = r.data.market.replaceInspector;
    expect(after.inspectors).not.toContain(leaving);
    expect(after.inspectors).toContain(task.inspectors[1]);
    expect(after.replacements).toEqual([{ leaving, replacement: after.inspectors.find((c: string) => c !== task.inspectors[1]), reason: "与检查对象存在利害关系，依法回避", changedBy: "market-officer" }]);
    // The draw still verifies: the record is what was drawn; replacements are recorded beside it.
    expect((await hub.query(`query($d: ID!) { market { verifyDraw(id: $d) { reproduces } } }`, { d: drawId }, coordinator)).data.market.verifyDraw.reproduces).toBe(true);
  });

  it("ad-hoc tasks carry their source; draws and tasks are department-only writes", async () => {
    const t = await hub.query(`mutation { market { createTask(input: { source: COMPLAINT, uscc: "${codes[5]}", itemCodes: ["YS-1"], inspectors: ["44031001", "44031002"], dueStart: "2026-05-01", dueEnd: "2026-05-15", note: "12345热线投诉" }) { source status uscc } } }`, {}, officer("market"));
    expect(t.data.market.createTask).toEqual({ source: "COMPLAINT", status: "ASSIGNED", uscc: codes[5] });
    const [task] = nodes(await hub.query(`query($u: String!) { market { tasks(uscc: $u, source: COMPLAINT) { edges { node { id source } } } } }`, { u: codes[5]!.toLowerCase() }, officer("market")));
    expect(task.source).toBe("COMPLAINT"); // found by the lower-case code too: one normalization everywhere
    const step = (status: string) => hub.query(`mutation($t: ID!, $s: TaskStatus!) { market { advanceTask(taskId: $t, status: $s) { status } } }`, { t: task.id, s: status }, officer("market"));
    expect((await step("DONE")).errors?.[0].message).toMatch(/only move to the next status \(INSPECTING\)/);
    expect((await step("INSPECTING")).data.market.advanceTask.status).toBe("INSPECTING");
    expect((await step("DONE")).data.market.advanceTask.status).toBe("DONE");

    // Round 4: the drawn task on a target and a complaint about it become one visit, each keeping its source.
    const [drawn] = nodes(await hub.query(`query($d: ID!) { market { tasks(drawId: $d, first: 1) { edges { node { id uscc } } } } }`, { d: drawId }, officer("market")));
    const complaint = await hub.query(`mutation($u: String!) { market { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: ["YS-1"], inspectors: ["44031001", "44031002"], dueStart: "2026-06-01", dueEnd: "2026-06-30" }) { id } } }`, { u: drawn.uscc }, officer("market"));
    const merged = await hub.query(`mutation($ids: [ID!]!) { market { mergeTasksIntoVisit(taskIds: $ids) { id source visitId } } }`, { ids: [drawn.id, complaint.data.market.createTask.id] }, officer("market"));
    expect(merged.errors).toBeUndefined();
    expect(merged.data.market.mergeTasksIntoVisit.map((t: any) => t.source).sort()).toEqual(["COMPLAINT", "DRAW"]);
    expect(new Set(merged.data.market.mergeTasksIntoVisit.map((t: any) => t.visitId))).toEqual(new Set([drawn.id]));
    const elsewhere = await hub.query(`mutation($ids: [ID!]!) { market { mergeTasksIntoVisit(taskIds: $ids) { id } } }`, { ids: [drawn.id, task.id] }, officer("market"));
    expect(elsewhere.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const recused = await hub.query(`mutation { market { createTask(input: { source: REFERRAL, uscc: "${codes[1]}", itemCodes: ["YS-1"], inspectors: ["44031000", "44031002"], dueStart: "2026-05-01", dueEnd: "2026-05-15" }) { id } } }`, {}, officer("market"));
    expect(recused.errors?.[0].message).toMatch(/recuse/);
    const foreign = await hub.query(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: sha256("x") }, admin("transport"));
    expect(foreign.errors?.[0].extensions.code).toBe("FORBIDDEN");
  });

  it("an item's scope (industry and region prefixes, tags) narrows the eligible population", async () => {
    await m(`mutation { market { upsertItem(input: { code: "YS-2", name: "两客一危专项", legalBasis: "《道路运输条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1, keyArea: true, expertise: ["道路运输"], industries: ["G54"], regions: ["4403"], tags: ["两客一危"] }) { industries regions tags } } }`);
    const bad = await m(`mutation { market { upsertItem(input: { code: "YS-3", name: "x", legalBasis: "y", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1, industries: ["物流"] }) { code } } }`);
    expect(bad.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const plan = await m(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, {
      i: { year: 2027, name: "两客一危", itemCodes: ["YS-2"], periodStart: "2027-03-01", periodEnd: "2027-06-30", ratios: CREDIT.map((c) => ({ creditClass: c, ratio: 1 })) },
    });
    const p2 = plan.data.market.createPlan.id;
    await m(`mutation($p: ID!) { market { publishPlan(id: $p) { id } } }`, { p: p2 });
    const c = (await m(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: p2, c: sha256("scope-secret") })).data.market.commitDrawSeed.id;
    const d = await m(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { populationSize taskCount } } }`, { i: { planId: p2, commitmentId: c, secret: "scope-secret", publicValue: "s" } });
    expect(d.data.market.drawTargets).toEqual({ populationSize: 8, taskCount: 8 });
  });

  it("records a result in one of the nine categories, signed by two of the team, with its entry deadline in working days", async () => {
    const [, , task] = nodes(await hub.query(`query($d: ID!) { market { tasks(drawId: $d, first: 3) { edges { node { id inspectors } } } } }`, { d: drawId }, officer("market")));
    const names = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`4403${String(1000 + i)}`, `检查员${i}`]));
    const signers = task.inspectors.map((c: string) => ({ name: names[c], certificateNumber: c }));
    const record = (input: Record<string, unknown>) =>
      hub.query(`mutation($t: ID!, $i: ResultInput!) { market { recordResult(taskId: $t, input: $i) { status result { categoryCode categoryName inspectionDate entryDue entryDueProvisional enteredLate publicationDue signers { certificateNumber } evidence { kind } } } } }`,
        { t: task.id, i: { categoryCode: "RECTIFICATION_ORDERED", findings: "未按规定配备安全员，已责令改正", inspectionDate: "2026-09-30",
          signers, evidence: [{ id: "video-0001", kind: "audio_video", sha256: sha256("video") }], ...input } }, officer("market"));
    hub.clock.set(chinaInstant("2026-10-12", "16:00"));
    expect((await record({ categoryCode: "MAYBE" })).errors?.[0].message).toMatch(/unknown result category/);
    expect((await record({ signers: signers.slice(0, 1) })).errors?.[0].message).toMatch(/at least two/);
    expect((await record({ signers: [signers[0], { name: "乙", certificateNumber: "OUTSIDER1" }] })).errors?.[0].message).toMatch(/not on the task's team/);
    // 一人一证: the name on the record must be the one the directory holds for the certificate.
    const impostor = await record({ signers: [signers[0], { name: "张冒名", certificateNumber: task.inspectors[1] }] });
    expect(impostor.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(new RegExp(`${task.inspectors[1]} 登记的姓名是“${names[task.inspectors[1]]}”`)) });
    expect((await record({ evidence: [{ id: "x", kind: "photo", sha256: "abc" }] })).errors?.[0].message).toMatch(/SHA-256/);
    expect((await record({ inspectionDate: "2026-10-13" })).errors?.[0].message).toMatch(/future/);
    // inside the task's window, and not before the draw that created it
    expect((await record({ inspectionDate: "2026-03-31" })).errors?.[0].message).toMatch(/不在任务期限 2026-04-01 至 2026-10-31 内/);
    const beforeDraw = await hub.query(`mutation { market { createTask(input: { source: COMPLAINT, uscc: "${codes[9]}", itemCodes: ["YS-1"], inspectors: ["44031001", "44031002"], dueStart: "2026-01-01", dueEnd: "2026-12-31" }) { id } } }`, {}, officer("market"));
    const early = await hub.query(`mutation($t: ID!, $i: ResultInput!) { market { recordResult(taskId: $t, input: $i) { status } } }`, {
      t: beforeDraw.data.market.createTask.id, i: { categoryCode: "NO_PROBLEM", findings: "未发现问题", inspectionDate: "2026-10-01", signers: [{ name: names["44031001"], certificateNumber: "44031001" }, { name: names["44031002"], certificateNumber: "44031002" }] },
    }, officer("market"));
    expect(early.errors?.[0].message).toMatch(/早于任务下达（抽取）日期 2026-10-12/);
    const ok = await record({});
    expect(ok.errors).toBeUndefined();
    const publicationDue = publicationDeadline("2026-09-30", resolveDepartment(hub.config.departments[0]!).resultDeadlines).date;
    expect(ok.data.market.recordResult).toMatchObject({
      status: "DONE",
      // inspected 30 Sept 2026: two working days later is 9 Oct (1–7 Oct National Day); entered on the 12th, late
      result: { categoryCode: "RECTIFICATION_ORDERED", categoryName: "发现问题已责令改正", entryDue: "2026-10-09", entryDueProvisional: false, enteredLate: true, publicationDue, evidence: [{ kind: "AUDIO_VIDEO" }] },
    });
    // the publication deadline runs from the inspection: 20 working days after 30 Sept, past National Day
    expect(publicationDue).toBe("2026-11-03");
    expect((await record({})).errors?.[0].extensions.code).toBe("CONFLICT");
    const categories = await hub.query(`{ market { resultCategories { code } } }`, {}, "public");
    expect(categories.data.market.resultCategories).toHaveLength(9);

    // 一公开: nothing is public until published; then anyone can read it.
    const feed = () => hub.query(`{ market { publishedResults { results { uscc targetName categoryName inspectionDate department publishedOn } } } }`, {}, "public");
    expect((await feed()).data.market.publishedResults.results).toEqual([]);
    // published at 01:00 China time on 4 November, still the 3rd in UTC: a day late, and dated the 4th
    hub.clock.set(chinaInstant("2026-11-04", "01:00"));
    const published = await hub.query(`mutation($ids: [ID!]!) { market { publishResults(taskIds: $ids) { id result { publishedAt publicationDue publishedLate } } } }`, { ids: [task.id] }, officer("market"));
    expect(published.errors).toBeUndefined();
    expect(published.data.market.publishResults[0].result).toMatchObject({ publicationDue: "2026-11-03", publishedLate: true });
    const [entry] = (await feed()).data.market.publishedResults.results;
    expect(entry).toMatchObject({ categoryName: "发现问题已责令改正", inspectionDate: "2026-09-30", department: "市场监督管理局", publishedOn: "2026-11-04" });
    expect(entry.targetName).toMatch(/深圳市盐田/);
    const unrecorded = await hub.query(`mutation { market { publishResults(taskIds: ["999999"]) { id } } }`, {}, officer("market"));
    expect(unrecorded.errors?.[0].message).toMatch(/no recorded result/);
    hub.clock.reset();
  });

  it("malformed ids are the caller's error everywhere; a USCC is normalized wherever it arrives", async () => {
    for (const q of [`{ market { plan(id: "abc") { id } } }`, `{ market { draw(id: "1e3") { id } } }`, `{ market { tasks(drawId: "-1") { totalCount } } }`, `{ market { verifyDraw(id: "0") { reproduces } } }`]) {
      const r = await hub.query(q, {}, admin("market"));
      expect(r.errors?.[0].extensions.code, q).toBe("BAD_USER_INPUT");
    }
    expect((await hub.query(`{ market { plan(id: "999999") { id } } }`, {}, admin("market"))).data.market.plan).toBeNull();
    const sloppy = ` ${codes[3]!.toLowerCase()} `;
    const viaDepartment = await hub.query(`query($u: String!) { market { target(uscc: $u) { uscc } } }`, { u: sloppy }, officer("market"));
    const viaOffice = await hub.query(`query($u: String!) { target(uscc: $u) { uscc } }`, { u: sloppy }, officer("market"));
    expect([viaDepartment.data.market.target.uscc, viaOffice.data.target.uscc]).toEqual([codes[3], codes[3]]);
    for (const q of [`{ market { target(uscc: "91440308X") { uscc } } }`, `{ market { tasks(uscc: "nope") { totalCount } } }`, `{ market { publishedResults(uscc: "123") { hasMore } } }`, `{ publicResults(uscc: "123") { hasMore } }`])
      expect((await hub.query(q, {}, officer("market"))).errors?.[0].extensions.code, q).toBe("INVALID_USCC");
    // an invalid code is quoted, never echoed whole
    const huge = await hub.query(`query($u: String!) { target(uscc: $u) { uscc } }`, { u: "9".repeat(100_000) }, officer("market"));
    expect(huge.errors?.[0].message.length).toBeLessThan(300);
  });

  it("tasks page to the end with a cursor, each once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const r: any = await hub.query(`query($d: ID!, $a: String) { market { tasks(drawId: $d, first: 7, after: $a) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, { d: drawId, a: after }, officer("market"));
      expect(r.errors).toBeUndefined();
      total = r.data.market.tasks.totalCount;
      seen.push(...r.data.market.tasks.edges.map((e: any) => e.node.id));
      after = r.data.market.tasks.pageInfo.hasNextPage ? r.data.market.tasks.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(7);
    expect((await hub.query(`{ market { tasks(first: 501) { totalCount } } }`, {}, officer("market"))).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("抽查覆盖率: the year's distinct targets drawn over those in scope, in total and per stratum, for aggregate readers", async () => {
    const draws = (await m(`{ market { draws { periodKey taskCount } } }`)).data.market.draws.filter((d: any) => d.periodKey.startsWith("2026"));
    const r = await hub.query(`{ market { drawCoverage(year: 2026) { year draws inScope drawn coverage strata { keyArea riskLevel creditClass inScope drawn coverage } } } }`, {}, dashboard);
    expect(r.errors).toBeUndefined();
    const c = r.data.market.drawCoverage;
    // the year's plan periods drew each target at most once (frequency 1): every task is a distinct target
    expect(c).toMatchObject({ year: 2026, draws: draws.length, inScope: N - N / 40 + 1, drawn: draws.reduce((n: number, d: any) => n + d.taskCount, 0) });
    expect(c.coverage).toBeCloseTo(c.drawn / c.inScope);
    expect(c.strata.reduce((n: number, s: any) => n + s.inScope, 0)).toBe(c.inScope);
    expect(c.strata.reduce((n: number, s: any) => n + s.drawn, 0)).toBe(c.drawn);
    for (const s of c.strata.filter((s: any) => s.keyArea)) expect(s.coverage).toBe(1); // key areas at 100%
    expect(c.strata.find((s: any) => !s.keyArea && s.riskLevel === "HIGH" && s.creditClass === "A")).toMatchObject({ drawn: 0, coverage: 0 }); // event-triggered only
    expect((await hub.query(`{ market { drawCoverage(year: 2026) { inScope } } }`, {}, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await hub.query(`{ market { drawCoverage(year: 2031) { draws inScope coverage strata { drawn } } } }`, {}, dashboard)).data.market.drawCoverage).toEqual({ draws: 0, inScope: 0, coverage: 0, strata: [] });
  });

  it("a record made under hub-draw/1 keeps verifying under it, in the chain with hub-draw/2's; it has no public export", async () => {
    const db = hub.departments.market!.db;
    // a hub-draw/1 record as the hub made them before hub-draw/2: department codes, tags, both recusal lists
    const [last] = await db.select().from(departmentSchema.draws).orderBy(sql`seq desc`).limit(1);
    const v2 = JSON.parse(JSON.stringify(await exportDraw(db, Number(drawId))));
    const population = v2.population.map((t: KeyedTarget) => ({ uscc: t.uscc, riskLevel: t.riskLevel, creditClass: t.creditClass, tags: t.keyArea ? ["两客一危"] : [], deprioritized: t.deprioritized }));
    const pool = v2.pool.map((p: KeyedInspector) => ({ certificateNumber: p.certificateNumber, conflicts: p.recused, inspectedLastTime: [] }));
    const { cellRatios: _cells, ...params } = v2.record.params;
    const seed = sha256("旧算法\n0401");
    const result = draw(population, pool, { ...params, seed });
    const record = {
      seq: last!.seq + 1, planId: Number(planId), periodKey: "2026-OLD", commitment: sha256("旧算法"), secret: "旧算法", publicValue: "0401", seed, witnesses: [], params,
      algorithm: result.algorithm, populationDigest: populationDigest1(population), populationSize: population.length, poolDigest: poolDigest1(pool), resultDigest: resultDigest(result),
      createdBy: "market-admin", createdAt: new Date("2026-04-01T01:00:00.000Z"), prevHash: last!.hash,
    };
    expect(record.algorithm).toBe("hub-draw/1");
    const [commitment] = await db.insert(departmentSchema.drawCommitments).values({ planId: record.planId, periodKey: record.periodKey, commitment: record.commitment, createdBy: record.createdBy, createdAt: record.createdAt }).returning();
    const [row] = await db.insert(departmentSchema.draws).values({ ...record, commitmentId: commitment!.id, result, hash: drawHash(record) }).returning();
    const pack = (v: unknown) => gzipSync(Buffer.from(JSON.stringify(v)));
    await db.insert(departmentSchema.drawSnapshots).values({ drawId: row!.id, population: pack(population.map((t: any) => [t.uscc, t.riskLevel, t.creditClass, t.tags, t.deprioritized ? 1 : 0])), pool: pack(pool) });
    const v = await hub.query(`query($d: ID!) { market { verifyDraw(id: $d) { reproduces checks { name ok } } verifyDrawChain { intact length } } }`, { d: String(row!.id) }, coordinator);
    expect(v.data.market.verifyDraw).toEqual({ reproduces: true, checks: ["commitment", "seed", "population", "pool", "result", "record"].map((name) => ({ name, ok: true })) });
    expect(v.data.market.verifyDrawChain).toEqual({ intact: true, length: record.seq });
    const refused = await fetch(`${hub.gateway.url.replace(/\/graphql$/, "")}/downloads/market/public-draw.json?seq=${record.seq}`);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as any).errors[0]).toMatchObject({ extensions: { code: "NOT_FOUND" }, message: expect.stringMatching(/hub-draw\/1.*resident ID.*publicDraws/) });
  });

  it("draw records are append-only, and tampering past the trigger breaks the chain", async () => {
    const db = hub.departments.market!.db;
    await expect(db.update(departmentSchema.draws).set({ publicValue: "改过的" })).rejects.toThrow();
    await expect(db.delete(departmentSchema.draws)).rejects.toThrow();
    // Someone with the database owner's rights drops the trigger and edits the first record.
    await db.execute(sql`alter table draws disable trigger draws_append_only`);
    await db.execute(sql`update draws set public_value = '改过的' where seq = 1`);
    const chain = await hub.query(`{ market { verifyDrawChain { intact brokenAt reason } } }`, {}, coordinator);
    expect(chain.data.market.verifyDrawChain).toMatchObject({ intact: false, brokenAt: 1 });
    // The verdict kept from before does not answer for the altered record: it is re-run.
    const v = await hub.query(`query($d: ID!) { market { verifyDraw(id: $d) { reproduces checks { name ok } } } }`, { d: drawId }, coordinator);
    expect(v.data.market.verifyDraw.reproduces).toBe(false);
    expect(v.data.market.verifyDraw.checks.find((c: any) => c.name === "seed").ok).toBe(false);
  });
});
