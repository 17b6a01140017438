/**
 * A department that is down or slow does not take the others with it: the gateway answers the
 * other departments' fields within its subgraph timeout and names the failed department.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FOUR_DEPARTMENTS, startTestHub, type TestHub } from "./support/hub.js";

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
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 2000);
    expect(r.data.target.market).toEqual({ inDirectory: false });
    expect(r.data.target.emergency).toEqual({ inDirectory: false });
    expect(r.data.target.environment).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ code: "DEPARTMENT_UNAVAILABLE", department: "environment" });
  });

  it("a department that is down (connection refused) fails fast, only for its fields", async () => {
    await hub.departments.emergency!.close();
    const t0 = Date.now();
    const r = await hub.query(`{ market { code } emergency { code } departments { code } }`);
    expect(Date.now() - t0).toBeLessThan(TIMEOUT_MS);
    expect(r.data.market).toEqual({ code: "market" });
    expect(r.data.departments).toHaveLength(4);
    expect(r.data.emergency).toBeNull();
    expect(r.errors!.map((e: any) => e.extensions.department)).toEqual(["emergency"]);
    expect(r.errors![0].extensions.code).toBe("DEPARTMENT_UNAVAILABLE");
  });

  it("the gateway's metrics count subgraph requests by outcome", async () => {
    const text = await (await fetch(hub.gateway.url.replace("/graphql", "/metrics"))).text();
    expect(text).toMatch(/hub_subgraph_requests_total\{subgraph="environment",outcome="unavailable",service="gateway"\} [1-9]/);
    expect(text).toMatch(/hub_subgraph_requests_total\{subgraph="market",outcome="ok",service="gateway"\} [1-9]/);
  });
});
