/**
 * End to end through real parts: office and four department subgraphs over HTTP behind the
 * gateway, on PGlite and on PostgreSQL.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { readCounter } from "@hub/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS, xlsx } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, officer } from "./support/tokens.js";

const codes = Array.from({ length: 120 }, (_, i) => syntheticUscc(i, "440305"));

function targetRow(i: number, over: Partial<Record<string, string>> = {}) {
  const base: Record<string, string> = {
    统一社会信用代码: codes[i]!,
    名称: `深圳市测试${i}号贸易有限公司`,
    住所: `深圳市南山区科技园路${i}号`,
    法定代表人: "张三",
    联系电话: `1380000${String(i).padStart(4, "0")}`,
    行业: i % 2 ? "F5211" : "G5430",
    区域: i % 3 ? "440305" : "440304",
    风险等级: ["高", "中", "低"][i % 3]!,
    信用等级: ["A", "B", "C", "D"][i % 4]!,
    标签: i % 10 === 0 ? "两客一危" : "",
    状态: "存续",
    ...over,
  };
  return TARGET_HEADERS.map((h) => base[h] ?? "");
}

const metric = async (url: string, name: string, labels: Record<string, string> = {}) =>
  readCounter(await (await fetch(url.replace("/graphql", "/metrics"))).text(), name, labels);

describe.each(DRIVERS)("hub over %s", (driver) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(driver);
    // market: 100 targets by CSV; transport: every other one by XLSX; environment: the first 10 by mutation.
    const importMarket = await hub.query(
      `mutation($input: ImportInput!) { market { importTargets(input: $input) { status rowsRead inserted updated errorCount } } }`,
      { input: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...Array.from({ length: 100 }, (_, i) => targetRow(i))])) } },
      officer("market"),
    );
    expect(importMarket.data.market.importTargets).toEqual({ status: "COMMITTED", rowsRead: 100, inserted: 100, updated: 0, errorCount: 0 });
    const file = await xlsx([TARGET_HEADERS, ...Array.from({ length: 50 }, (_, i) => targetRow(i * 2, { 信用等级: "B" }))]);
    const importTransport = await hub.query(
      `mutation($input: ImportInput!) { transport { importTargets(input: $input) { status inserted } } }`,
      { input: { format: "XLSX", contentBase64: b64(file) } },
      officer("transport"),
    );
    expect(importTransport.data.transport.importTargets).toEqual({ status: "COMMITTED", inserted: 50 });
    for (let i = 0; i < 10; i++) {
      const r = await hub.query(
        `mutation($t: TargetInput!) { environment { upsertTarget(input: $t) { uscc inDirectory } } }`,
        { t: { uscc: codes[i], name: `深圳市测试${i}号贸易有限公司`, riskLevel: "HIGH", creditClass: "C", tags: ["重点排污单位"] } },
        officer("environment"),
      );
      expect(r.errors).toBeUndefined();
    }
    const synced = await hub.sync();
    expect(synced.every((d) => !d.stale)).toBe(true);
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: codes[0] })).data.target.departments.length === 3);
  });
  afterAll(async () => hub?.close());

  it("checkUscc says which rule failed", async () => {
    const r = await hub.query(`{ ok: checkUscc(code: " ９１３３０１００７１６１０５８５２ｆ ") { valid normalized reason warnings }
      bad: checkUscc(code: "91330100716105852G") { valid rule reason } }`);
    expect(r.data.ok).toEqual({ valid: true, normalized: "91330100716105852F", reason: null, warnings: [] });
    expect(r.data.bad).toMatchObject({ valid: false, rule: "CHECK_CHARACTER" });
    expect(r.data.bad.reason).toContain("F");
  });

  it("one gateway query joins four departments' views of a target by USCC", async () => {
    const r = await hub.query(`query($u: String!) { target(uscc: $u) { uscc name departments
      market { inDirectory name creditClass riskLevel tags } transport { inDirectory creditClass }
      environment { inDirectory creditClass tags } emergency { inDirectory creditClass } } }`, { u: codes[0]!.toLowerCase() });
    expect(r.errors).toBeUndefined();
    expect(r.data.target).toEqual({
      uscc: codes[0],
      name: "深圳市测试0号贸易有限公司",
      departments: ["environment", "market", "transport"],
      market: { inDirectory: true, name: "深圳市测试0号贸易有限公司", creditClass: "A", riskLevel: "HIGH", tags: ["两客一危"] },
      transport: { inDirectory: true, creditClass: "B" },
      environment: { inDirectory: true, creditClass: "C", tags: ["重点排污单位"] },
      emergency: { inDirectory: false, creditClass: null },
    });
  });

  it("an invalid USCC is a typed error with the reason, without a stack trace", async () => {
    const r = await hub.query(`{ target(uscc: "91330100716105852G") { uscc } }`);
    expect(r.data?.target).toBeNull();
    expect(r.errors?.[0].extensions.code).toBe("INVALID_USCC");
    expect(r.errors?.[0].message).toMatch(/check character/);
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it("targets(usccs) keeps input order and batches: ≤ 5 subgraph fetches, one SQL query per department", async () => {
    const usccs = [...codes.slice(0, 100)].reverse();
    const fetchesBefore = await metric(hub.gateway.url, "hub_subgraph_requests_total");
    const sqlBefore = await Promise.all(Object.values(hub.departments).map((d) => d.metricsText()));
    const r = await hub.query(
      `query($u: [String!]!) { targets(usccs: $u) { uscc market { creditClass } transport { inDirectory } environment { inDirectory } emergency { inDirectory } } }`,
      { u: usccs },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.targets.map((t: any) => t.uscc)).toEqual(usccs);
    expect(r.data.targets.filter((t: any) => t.transport.inDirectory)).toHaveLength(50);
    expect((await metric(hub.gateway.url, "hub_subgraph_requests_total")) - fetchesBefore).toBe(5);
    const sqlAfter = await Promise.all(Object.values(hub.departments).map((d) => d.metricsText()));
    sqlAfter.forEach((text, i) =>
      expect(readCounter(text, "hub_sql_queries_total") - readCounter(sqlBefore[i]!, "hub_sql_queries_total")).toBe(1),
    );
  });

  it("pages through a filtered directory with cursors, each target exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const r: any = await hub.query(
        `query($after: String) { market { targets(first: 7, after: $after, filter: { creditClasses: ["a", "B"], regions: ["440305"] }) {
          totalCount edges { node { uscc creditClass region } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      const page = r.data.market.targets;
      total = page.totalCount;
      for (const e of page.edges) {
        expect(["A", "B"]).toContain(e.node.creditClass);
        expect(e.node.region).toBe("440305");
        seen.push(e.node.uscc);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const expected = codes.slice(0, 100).filter((_, i) => i % 4 < 2 && i % 3 !== 0);
    expect(total).toBe(expected.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    expect(seen).toHaveLength(expected.length);
  });

  it("filters by risk and tag, searches by name or USCC prefix, and treats SQL metacharacters literally", async () => {
    const q = async (filter: object) => {
      const r = await hub.query(`query($f: TargetFilter) { market { targets(first: 500, filter: $f) { totalCount } } }`, { f: filter });
      expect(r.errors).toBeUndefined();
      return r.data.market.targets.totalCount as number;
    };
    expect(await q({ riskLevels: ["HIGH"] })).toBe(34);
    expect(await q({ tags: ["两客一危"] })).toBe(10);
    expect(await q({ search: "测试42号" })).toBe(1);
    expect(await q({ search: codes[7]!.slice(0, 17) })).toBe(1);
    for (const evil of ["%", "_", "'; DROP TABLE targets; --", "\\", "%' OR '1'='1"]) expect(await q({ search: evil.padEnd(2, evil) })).toBe(0);
    expect(await q({})).toBe(100);
  });

  it("rejects a target with an invalid USCC as INVALID_USCC and writes nothing", async () => {
    const r = await hub.query(`mutation { emergency { upsertTarget(input: { uscc: "91330100716105852G", name: "某公司", riskLevel: LOW, creditClass: "E" }) { uscc } } }`, {}, officer("emergency"));
    expect(r.errors?.[0].extensions.code).toBe("INVALID_USCC");
    expect(r.errors?.[0].extensions.problems[0].field).toBe("uscc");
    const count = await hub.query(`{ emergency { targets { totalCount } } }`);
    expect(count.data.emergency.targets.totalCount).toBe(0);
  });

  it("a department's credit scale is its own: E is valid for emergency only", async () => {
    const input = { uscc: codes[110], name: "深圳市某某化工有限公司", riskLevel: "HIGH", creditClass: "E" };
    const ok = await hub.query(`mutation($t: TargetInput!) { emergency { upsertTarget(input: $t) { creditClass } } }`, { t: input }, officer("emergency"));
    expect(ok.data.emergency.upsertTarget.creditClass).toBe("E");
    const bad = await hub.query(`mutation($t: TargetInput!) { market { upsertTarget(input: $t) { creditClass } } }`, { t: input }, officer("market"));
    expect(bad.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].message).toMatch(/A, B, C, D/);
  });

  it("annual plan: draft → published; a published plan changes only through a recorded adjustment", async () => {
    const item = await hub.query(`mutation { market { upsertItem(input: { code: "SC-001", name: "食品经营监督检查",
      legalBasis: "《食品安全法》第一百一十条", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.05, expertise: ["食品安全"] }) { code frequency keyArea } } }`, {}, admin("market"));
    expect(item.data.market.upsertItem).toEqual({ code: "SC-001", frequency: 1, keyArea: false });
    const input = {
      year: 2026, name: "2026年度食品经营抽查计划", itemCodes: ["SC-001"], periodStart: "2026-03-01", periodEnd: "2026-11-30",
      ratios: [{ creditClass: "A", ratio: 0.02 }, { creditClass: "B", ratio: 0.04 }, { creditClass: "C", ratio: 0.1 }, { creditClass: "D", ratio: 1 }],
    };
    const fields = `id status version frequency ratios { creditClass ratio } adjustments { reason before after adjustedBy }`;
    const unknownItem = await hub.query(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, { i: { ...input, itemCodes: ["NOPE"] } }, admin("market"));
    expect(unknownItem.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", unknownItems: ["NOPE"] });
    const badRatio = await hub.query(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, {
      i: { ...input, ratios: input.ratios.slice(0, 3) },
    }, admin("market"));
    expect(badRatio.errors?.[0].message).toMatch(/missing for credit class D/);

    const created = await hub.query(`mutation($i: PlanInput!) { market { createPlan(input: $i) { ${fields} } } }`, { i: input }, admin("market"));
    const id = created.data.market.createPlan.id;
    expect(created.data.market.createPlan).toMatchObject({ status: "DRAFT", version: 1, adjustments: [] });
    const edited = await hub.query(`mutation($id: ID!, $i: PlanInput!) { market { updatePlan(id: $id, input: $i) { ${fields} } } }`, {
      id, i: { ...input, frequency: 2 },
    }, admin("market"));
    expect(edited.data.market.updatePlan.frequency).toBe(2);
    const published = await hub.query(`mutation($id: ID!) { market { publishPlan(id: $id) { status } } }`, { id }, admin("market"));
    expect(published.data.market.publishPlan.status).toBe("PUBLISHED");

    const direct = await hub.query(`mutation($id: ID!, $i: PlanInput!) { market { updatePlan(id: $id, input: $i) { id } } }`, { id, i: input }, admin("market"));
    expect(direct.errors?.[0].extensions.code).toBe("PLAN_NOT_EDITABLE");
    const noReason = await hub.query(`mutation($id: ID!, $i: PlanInput!) { market { adjustPlan(id: $id, input: $i, reason: "  ") { id } } }`, { id, i: input }, admin("market"));
    expect(noReason.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const adjusted = await hub.query(
      `mutation($id: ID!, $i: PlanInput!) { market { adjustPlan(id: $id, input: $i, reason: "联席办要求提高C类比例") { ${fields} } } }`,
      { id, i: { ...input, ratios: input.ratios.map((r) => (r.creditClass === "C" ? { ...r, ratio: 0.2 } : r)) } },
      admin("market"),
    );
    expect(adjusted.errors).toBeUndefined();
    const plan = adjusted.data.market.adjustPlan;
    expect(plan.version).toBe(2);
    expect(plan.ratios.find((r: any) => r.creditClass === "C").ratio).toBe(0.2);
    expect(plan.adjustments).toHaveLength(1);
    expect(plan.adjustments[0]).toMatchObject({ reason: "联席办要求提高C类比例", adjustedBy: "market-admin" });
    expect(plan.adjustments[0].before.ratios.C).toBe(0.1);
    expect(plan.adjustments[0].after.ratios.C).toBe(0.2);
    const missing = await hub.query(`mutation { market { publishPlan(id: "99999") { id } } }`, {}, admin("market"));
    expect(missing.errors?.[0].extensions.code).toBe("NOT_FOUND");
  });
});
