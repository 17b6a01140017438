/**
 * Start a whole hub in this process for integration tests: office, departments and gateway over
 * real HTTP, on free ports, against PGlite (in memory) or a fresh PostgreSQL database.
 */
import { randomBytes } from "node:crypto";
import { startDepartment, type RunningDepartment } from "@hub/department";
import { startGateway, type RunningGateway } from "@hub/gateway";
import { syncThroughGateway } from "@hub/gateway/sync-client";
import { startOffice, type RunningOffice } from "@hub/office";
import { SettableClock } from "@hub/kit";
import { validateConfig, type DepartmentConfig, type HubConfig } from "@hub/schema";
import postgres from "postgres";
import { bearer, coordinator, type As } from "./tokens.js";

export type Driver = "pglite" | "postgres";

/** Storage drivers to run integration tests against; HUB_TEST_DRIVERS=pglite narrows it. */
export const DRIVERS: Driver[] = (process.env.HUB_TEST_DRIVERS?.split(",") as Driver[] | undefined) ?? ["pglite", "postgres"];

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export const FOUR_DEPARTMENTS: DepartmentConfig[] = [
  { code: "market", name: "市场监督管理局", port: 1 },
  { code: "transport", name: "交通运输局", port: 2 },
  { code: "environment", name: "生态环境局", port: 3 },
  { code: "emergency", name: "应急管理局", port: 4, creditClasses: ["A", "B", "C", "D", "E"] },
];

/** A throwaway PostgreSQL database; dropped by the returned function. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hub_test_${randomBytes(5).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface TestHub {
  config: HubConfig;
  /** The PostgreSQL database every service of this hub uses (a schema each); undefined on PGlite. */
  databaseUrl?: string;
  gateway: RunningGateway;
  office: RunningOffice;
  departments: Record<string, RunningDepartment>;
  /** The business clock every service of this hub reads: the system's time until a test sets it. */
  clock: SettableClock;
  /** POST a GraphQL operation to the gateway, as an office coordinator unless told otherwise. */
  query<T = any>(query: string, variables?: Record<string, unknown>, as?: As): Promise<{ data?: T; errors?: any[] }>;
  /**
   * Ask the office to sync until `ready()` holds (at most ~10 s). A change becomes readable by the
   * sync once every transaction that started before it on the database server has finished, and
   * other test files share the PostgreSQL server.
   */
  syncUntil(ready: () => Promise<boolean>): Promise<void>;
  /** Start the office's sync through the gateway, follow its job to the end, and return `syncStatus`. */
  sync(): Promise<{ department: string; stale: boolean; lastError: string | null; lastSuccessAt: string | null }[]>;
  close(): Promise<void>;
}

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>, as: As = coordinator) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(await bearer(as)) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<{ data?: any; errors?: any[] }>;
}

/** The sync as a client runs it, through the gateway (`syncThroughGateway`). */
export async function syncThrough(url: string, as: As = coordinator) {
  return syncThroughGateway(url, (await bearer(as)).authorization!, 50);
}

export async function startTestHub(
  driver: Driver,
  departments: DepartmentConfig[] = FOUR_DEPARTMENTS,
  extraUrls: Record<string, string> = {},
  /** Generous: a loaded machine must not turn a slow answer into a failure (fault tests pass their own). */
  subgraphTimeoutMs = 30_000,
  /** More of hub.config.json: resultCategories, exportProfiles. */
  extraConfig: Record<string, unknown> = {},
): Promise<TestHub> {
  // Tests send hundreds of requests a minute as one user: rate limits have a test of their own.
  const unlimited = { requestsPerMinute: 1_000_000, publicRequestsPerMinute: 1_000_000 };
  // …and send large requests side by side: the large-request lane has a test of its own too.
  const config = validateConfig({ gateway: { port: 0, subgraphTimeoutMs, rateLimit: unlimited, limits: { largeCost: 1_000_000_000 } }, office: { port: 0, syncIntervalSeconds: 0 }, departments, ...extraConfig });
  const database = driver === "postgres" ? await createTestDatabase() : undefined;
  const clock = new SettableClock();
  const storage = { databaseUrl: database?.url, dataDir: "memory://", clock };
  const started: { close(): Promise<void> }[] = [];
  try {
    const office = await startOffice({ config, port: 0, ...storage });
    started.push(office);
    const running: Record<string, RunningDepartment> = {};
    for (const d of config.departments) {
      if (extraUrls[d.code]) continue; // a stand-in server answers for this department
      running[d.code] = await startDepartment({ department: d, port: 0, limits: config.gateway.limits, ...storage });
      started.push(running[d.code]!);
    }
    const urls = { office: office.url, ...Object.fromEntries(Object.entries(running).map(([k, v]) => [k, v.url])), ...extraUrls };
    const gateway = await startGateway({ config, urls, port: 0 });
    started.push(gateway);
    office.sync!.gatewayUrl = gateway.url;
    return {
      config,
      databaseUrl: database?.url,
      gateway,
      office,
      departments: running,
      clock,
      query: (q, v, as) => postGraphQL(gateway.url, q, v, as),
      sync: () => syncThrough(gateway.url),
      async syncUntil(ready) {
        for (let i = 0; i < 50; i++) {
          await syncThrough(gateway.url);
          if (await ready()) return;
          await new Promise((done) => setTimeout(done, 200));
        }
        throw new Error("the office did not catch up within 10 s");
      },
      async close() {
        for (const s of started.reverse()) await s.close();
        await database?.drop();
      },
    };
  } catch (e) {
    for (const s of started.reverse()) await s.close().catch(() => {});
    await database?.drop();
    throw e;
  }
}
