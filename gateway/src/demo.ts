/**
 * `pnpm demo`: the whole hub on one machine, run as in production — the office, every configured
 * department and the gateway each in its own process (`pnpm start <service>`), on the embedded
 * PGlite under ./data (or PostgreSQL when DATABASE_URL is set), seeded on first start. One slow
 * department then stalls nobody else.
 *
 * This process only supervises: it seeds (first start), starts the services, waits for them to be
 * healthy, asks the office for its first sync, and prints the addresses and tokens. Ctrl-C (SIGINT
 * to the whole process group, as a terminal sends it) or SIGTERM stops every service, each closing
 * its database, before it exits; a service that dies stops the demo with its name.
 */
import { ensureWebBuilt } from "./web-build.js";
import { demoIdentities } from "./web.js";
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { DEPARTMENT_MIGRATIONS, departmentSchema, type DepartmentDb } from "@hub/department";
import { authSettings, openStorage, signUserToken, type Storage } from "@hub/kit";
import { OFFICE_MIGRATIONS, officeSchema } from "@hub/office";
import { departmentUrl, loadConfig, officeUrl, REPO_ROOT, type Identity } from "@hub/schema";
import { demoYear, drawPublishedPlans, hubIsEmpty, recordDemoResults, seedHub } from "./seed.js";
import { syncThroughGateway } from "./sync-client.js";

const config = loadConfig();
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR ?? resolve(REPO_ROOT, "data");
const gatewayPort = process.env.PORT ? Number(process.env.PORT) : config.gateway.port;
const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
/** How long a service may take to start (tsx compiles it first) and to stop. */
const START_TIMEOUT_MS = Number(process.env.DEMO_START_TIMEOUT_MS ?? 180_000);
const STOP_TIMEOUT_MS = 20_000;

const children = new Map<string, ChildProcess>();
let stopping = false;

function startService(service: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "gateway/src/serve.ts", service], {
    cwd: REPO_ROOT,
    // Errors only, unless LOG_LEVEL says otherwise: this process reports the rest once.
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "error", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.set(service, child);
  child.once("exit", (code, signal) => {
    children.delete(service);
    if (!stopping) {
      console.error(`${service} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the demo.`);
      void stop(1);
    }
  });
  return child;
}

async function waitHealthy(service: string, url: string): Promise<void> {
  const health = url.replace(/\/graphql$/, "/health");
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!children.has(service)) throw new Error(`${service} exited while starting`);
    if (await fetch(health).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service} did not become healthy at ${health} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Stop every service (each closes its database), then exit. */
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log("\nStopping every service…");
    const exits = [...children.values()].map((c) => new Promise<void>((done) => (c.exitCode !== null || c.signalCode !== null ? done() : c.once("exit", () => done()))));
    for (const c of children.values()) c.kill("SIGTERM");
    const timer = setTimeout(() => {
      for (const [name, c] of children) {
        console.error(`${name} did not stop within ${STOP_TIMEOUT_MS / 1000} s: killed`);
        c.kill("SIGKILL");
      }
    }, STOP_TIMEOUT_MS);
    await Promise.all(exits);
    clearTimeout(timer);
    console.log("Stopped.");
  }
  process.exit(code);
}

// A terminal's Ctrl-C reaches every process of the group: the services close themselves; this one
// waits for them. A second Ctrl-C changes nothing: the services are already closing.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));

/**
 * Seed the departments' databases on first start, in this process, before any service opens them.
 * Opening every database here first also takes over, and reports, a lock a crashed run left behind.
 */
async function seedIfEmpty(): Promise<void> {
  const storages: Storage<typeof departmentSchema>[] = [];
  try {
    const office = await openStorage({ name: "office", drizzleSchema: officeSchema, migrationsFolder: OFFICE_MIGRATIONS, databaseUrl, dataDir });
    await office.close();
    for (const d of config.departments)
      storages.push(await openStorage({ name: d.code.toLowerCase(), drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl, dataDir }));
    const dbs = Object.fromEntries(config.departments.map((d, i) => [d.code, storages[i]!.db as DepartmentDb]));
    if (!(await hubIsEmpty(dbs))) return;
    console.log(`Seeding synthetic data (first start): the ${demoYear()} year so far…`);
    const companies = Number(process.env.DEMO_COMPANIES ?? 24_000);
    const t0 = Date.now();
    await seedHub({ config, departments: dbs, companies, log: console.log });
    console.log(`Seeded ${companies} companies in ${((Date.now() - t0) / 1000).toFixed(1)} s; drawing each department's published plan…`);
    await drawPublishedPlans(config, dbs, console.log);
    console.log("Inspecting, recording, following up and publishing, each on its day…");
    await recordDemoResults(config, dbs, console.log);
  } finally {
    for (const s of storages) await s.close();
  }
}

async function graphql(query: string, token: string, variables?: Record<string, unknown>) {
  const r = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await r.json()) as { data?: any; errors?: { message: string }[] };
}

try {
  console.log(`Storage: ${databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite under ${dataDir} (demo only: fsync off)`}`);
  ensureWebBuilt(console.log);
  await seedIfEmpty();
  console.log("Starting the office, each department and the gateway, each in its own process…");
  startService("office");
  for (const d of config.departments) startService(d.code);
  await Promise.all([waitHealthy("office", officeUrl(config)), ...config.departments.map((d) => waitHealthy(d.code, departmentUrl(d)))]);
  startService("gateway", { PORT: String(gatewayPort), HUB_DEMO_ACCOUNTS: "1" });
  await waitHealthy("gateway", gatewayUrl);

  const auth = authSettings();
  const identities = demoIdentities(config).map(({ label, identity }): [string, Identity] => [label, identity]);
  const signed = auth.userSecret ? await Promise.all(identities.map(([, id]) => signUserToken(id, auth.userSecret!))) : [];
  let sample = "91330100716105852F";
  if (signed.length) {
    // The office's index is pulled from the departments through the gateway, as in production.
    const t1 = Date.now();
    try {
      const status = await syncThroughGateway(gatewayUrl, `Bearer ${signed[0]!}`);
      console.log(`Office synced ${status.map((s) => (s.lastError ? `${s.department} FAILED (${s.lastError})` : s.department)).join(", ")} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    } catch (e) {
      console.error(`The office's first sync failed: ${(e as Error).message}`);
    }
    const first = config.departments[0]!.code;
    const one = await graphql(`{ ${first} { targets(first: 1) { edges { node { uscc } } } } }`, signed[2]!);
    sample = one.data?.[first]?.targets.edges[0]?.node.uscc ?? sample;
  }
  const web = gatewayUrl.replace("/graphql", "");
  const tokens = signed.length
    ? signed.map((t, i) => `  ${identities[i]![0].padEnd(20, "　")} ${t}`)
    : ["  (user tokens come from your identity provider: HUB_JWKS_URL is set)"];
  const links = signed.length ? signed.slice(0, 4).map((t, i) => `  ${identities[i]![0].padEnd(20, "　")} ${web}/#token=${t}`) : [];
  console.log(`
Inspection hub is up (one process per service).
  Web app:                                ${web}/   (public results: ${web}/public; sign in: ${web}/signin)
  GraphQL:                                ${gatewayUrl}   (GraphiQL in the browser: ${web}/graphiql${signed[0] ? `#token=${signed[0]}` : ""})
  Health / metrics:                       ${gatewayUrl.replace("/graphql", "/health")}  ${gatewayUrl.replace("/graphql", "/metrics")}
  Office subgraph:                        ${officeUrl(config)}
${config.departments.map((d) => `  ${d.name.padEnd(10, "　")} ${d.code.padEnd(12)} ${departmentUrl(d)}`).join("\n")}

Open the web app signed in as (the token leaves the address bar at once):
${links.join("\n")}

Bearer tokens for each role (valid 24 h${auth.usingDemoSecrets ? ", signed with the demo's built-in secret" : ""}):
${tokens.join("\n")}

Try (as the office coordinator):
  TOKEN=${signed[0] ?? "<your token>"}
  curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer \$TOKEN" \\
    -d '{"query":"{ target(uscc: \\"${sample}\\") { uscc name departments ${config.departments.map((d) => `${d.code} { inDirectory creditClass riskLevel }`).join(" ")} } }"}'

Ctrl-C stops everything cleanly.`);
} catch (e) {
  console.error(`Demo failed to start: ${(e as Error).message}`);
  await stop(1);
}
