/** Run hub services as separate processes for benchmarks, as they run in production. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEPARTMENT_MIGRATIONS, departmentSchema, type DepartmentDb } from "@hub/department";
import { seedHub } from "@hub/gateway/seed";
import { openStorage } from "@hub/kit";
import { loadConfig, REPO_ROOT, type HubConfig } from "@hub/schema";
import { createTestDatabase } from "../support/hub.js";

/** `pnpm start <name>` as a child process; node itself (not npx) so that killing it stops the service. */
export function startService(name: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "gateway/src/serve.ts", name], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.once("exit", (code) => {
    if (code) {
      console.error(`${name} exited with ${code}; is a demo still running on the configured ports?`);
      process.exit(1);
    }
  });
  return child;
}

/** Wait until a service's /health answers 200. */
export async function waitHealthy(graphqlUrl: string, timeoutMs = 60_000): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await fetch(graphqlUrl.replace("/graphql", "/health")).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${graphqlUrl} did not become healthy`);
}

/** Stop services: SIGTERM, without treating their exit as a failure. */
export async function stopServices(children: Iterable<ChildProcess>): Promise<void> {
  for (const c of children) {
    c.removeAllListeners("exit");
    c.kill("SIGTERM");
  }
  await new Promise((r) => setTimeout(r, 1500));
}

export interface BenchHub {
  config: HubConfig;
  /** The environment every service runs with (DATABASE_URL, HUB_CONFIG). */
  env: NodeJS.ProcessEnv;
  gateway: string;
  children: Map<string, ChildProcess>;
  urlOf(port: number): string;
  close(): Promise<void>;
}

/**
 * A throwaway PostgreSQL database seeded with the demo's companies, every service in its own process.
 * `exemptSubjects`: load-generating callers that stand for many users, exempt from the per-caller rate limit.
 */
export async function startBenchHub(opts: { companies: number; exemptSubjects?: string[] }): Promise<BenchHub> {
  const base = JSON.parse(readFileSync(join(REPO_ROOT, "hub.config.json"), "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "hub-bench-"));
  const configPath = join(dir, "hub.config.json");
  const rateLimit = { ...(base.gateway?.rateLimit ?? {}), exemptSubjects: ["office-sync", ...(opts.exemptSubjects ?? [])] };
  writeFileSync(configPath, JSON.stringify({ ...base, gateway: { ...base.gateway, rateLimit } }));
  const config = loadConfig(configPath);
  const database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, HUB_CONFIG: configPath };
  const children = new Map<string, ChildProcess>();
  const close = async () => {
    await stopServices(children.values());
    await database.drop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const opened = [];
    const dbs: Record<string, DepartmentDb> = {};
    for (const d of config.departments) {
      const s = await openStorage({ name: d.code, drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database.url });
      opened.push(s);
      dbs[d.code] = s.db as DepartmentDb;
    }
    const t0 = Date.now();
    await seedHub({ config, departments: dbs, companies: opts.companies });
    for (const s of opened) await s.close();
    console.error(`seeded ${opts.companies} companies in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
    for (const name of ["office", ...config.departments.map((d) => d.code)]) children.set(name, startService(name, env));
    await Promise.all([urlOf(config.office.port), ...config.departments.map((d) => urlOf(d.port))].map((u) => waitHealthy(u)));
    children.set("gateway", startService("gateway", env));
    const gateway = urlOf(config.gateway.port);
    await waitHealthy(gateway);
    return { config, env, gateway, children, urlOf, close };
  } catch (e) {
    await close();
    throw e;
  }
}
