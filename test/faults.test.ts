/**
 * A department that is down or slow does not take the others with it: the gateway answers the
 * other departments' fields within its subgraph timeout and names the failed department.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { DRIVERS, FOUR_DEPARTMENTS, startTestHub, type TestHub } from "./support/hub.js";
import { dashboard } from "./support/tokens.js";

describe("faults", () => {
  let hub: TestHub;
  let silent: Server;
  const TIMEOUT_MS = 800;

  beforeAll(async () => {
    // environment accepts connections and never answers.
    silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    hub = await startTestHub("pglite", FOUR_DEPARTMENTS, { environment: silentUrl }, TIMEOUT_MS);
  });
  afterAll(async () => {
    await hub?.close();
    silent?.closeAllConnections();
    silent?.close();
  });

  const query = `query($u: String!) { target(uscc: $u) { uscc market { inDirectory } environment { inDirectory } emergency { inDirectory } } }`;

  it("a slow department times out; the others answer and the error names it", async () => {
    const t0 = Date.now();
    const r = await hub.query(query, { u: syntheticUscc(1, "440305") });
    const elapsed = Date.now() - t0;
    // Not before the timeout; and the silent department never answers, so without the gateway's
    // timeout this request would hang until the test's own timeout fails it.
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(r.data.target.market).toEqual({ inDirectory: false });
    expect(r.data.target.emergency).toEqual({ inDirectory: false });
    expect(r.data.target.environment).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ code: "DEPARTMENT_UNAVAILABLE", department: "environment", fields: ["Target.environment"] });
    expect(r.errors![0].message).toBe("生态环境局 (environment) did not answer in time: its fields are null in this answer; try again later");
  });

  it("a department that is down (connection refused) fails fast, only for its fields", async () => {
    await hub.departments.emergency!.close();
    const r = await hub.query(`{ market { code } emergency { code } departments { code } }`);
    expect(r.data.market).toEqual({ code: "market" });
    expect(r.data.departments).toHaveLength(4);
    expect(r.data.emergency).toBeNull();
    expect(r.errors!.map((e: any) => e.extensions.department)).toEqual(["emergency"]);
    // The client learns which department and which fields, never the subgraph's address or socket error.
    expect(r.errors![0]).toMatchObject({ path: ["emergency"], extensions: { code: "DEPARTMENT_UNAVAILABLE", department: "emergency", fields: ["emergency"] } });
    // Refused at once, not waited out: the message says unavailable, not "did not answer in time".
    expect(r.errors![0].message).toMatch(/^应急管理局 \(emergency\) is unavailable/);
    expect(JSON.stringify(r.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:|graphql/);
    // On an entity, the fields it would have given are named.
    const t = await hub.query(`query($u: String!) { target(uscc: $u) { uscc emergency { inDirectory } market { inDirectory } } }`, { u: syntheticUscc(1, "440305") });
    expect(t.data.target).toEqual({ uscc: syntheticUscc(1, "440305"), emergency: null, market: { inDirectory: false } });
    expect(t.errors).toHaveLength(1);
    expect(t.errors![0].extensions).toMatchObject({ code: "DEPARTMENT_UNAVAILABLE", department: "emergency", fields: ["Target.emergency"] });
  });

  it("the gateway's metrics count subgraph requests by outcome", async () => {
    const text = await (await fetch(hub.gateway.url.replace("/graphql", "/metrics"))).text();
    expect(text).toMatch(/hub_subgraph_requests_total\{subgraph="environment",outcome="unavailable",service="gateway"\} [1-9]/);
    expect(text).toMatch(/hub_subgraph_requests_total\{subgraph="market",outcome="ok",service="gateway"\} [1-9]/);
  });
});

describe.runIf(DRIVERS.includes("postgres"))("a runaway query on PostgreSQL", () => {
  it("is cancelled at the department's statementTimeoutMs with QUERY_TIMEOUT; the other departments answer", async () => {
    const departments = [{ ...FOUR_DEPARTMENTS[0]!, statementTimeoutMs: 300 }, FOUR_DEPARTMENTS[1]!];
    const hub = await startTestHub("postgres", departments, {}, 30_000);
    const blocker = postgres(hub.databaseUrl!, { max: 2, onnotice: () => {} });
    try {
      // Another session holds the directory locked: market's count waits on it, as a runaway query would run.
      let unlock!: () => void;
      const unlocked = new Promise<void>((r) => (unlock = r));
      const holding = blocker.begin(async (tx) => {
        await tx.unsafe("lock table market.targets in access exclusive mode");
        await unlocked;
      });
      for (let i = 0; i < 200; i++) {
        const [row] = await blocker.unsafe("select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'targets' and l.mode = 'AccessExclusiveLock' and l.granted");
        if (row!.n > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const r = await hub.query(`{ market { targetCount } transport { targetCount } }`, {}, dashboard);
      unlock();
      await holding;
      expect(r.data.transport).toEqual({ targetCount: 0 });
      expect(r.data.market).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({ path: ["market", "targetCount"], extensions: { code: "QUERY_TIMEOUT" } });
      expect(r.errors![0].message).toMatch(/statement_timeout/);
      // Unlocked, the same request answers.
      expect((await hub.query(`{ market { targetCount } }`, {}, dashboard)).data.market).toEqual({ targetCount: 0 });
    } finally {
      await blocker.end();
      await hub.close();
    }
  }, 120_000);
});
