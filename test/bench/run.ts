/**
 * `pnpm bench`: the foundation slice's speed targets, on PostgreSQL, with each service in its own
 * process as in production. Prints a Markdown table for the README.
 *
 *  1. import of 100,000 target rows from XLSX (target: under 30 s)
 *  2. target(uscc) × 4 department views through the gateway under a loopback load (autocannon):
 *     p50/p99/throughput, and the same lookup sent straight to one subgraph, as a ratio
 *  3. targets(usccs: [100]) × 4 views: subgraph fetches and SQL queries per department, from /metrics
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { DEPARTMENT_MIGRATIONS, departmentSchema, importDirectory, type DepartmentDb } from "@hub/department";
import { seedHub } from "@hub/gateway/seed";
import { generateCompanies } from "@hub/gateway/synthetic";
import { authSettings, IDENTITY_HEADER, openStorage, readCounter, signInternalIdentity, signUserToken } from "@hub/kit";
import { loadConfig, REPO_ROOT, Role, type HubConfig } from "@hub/schema";
import { writeTargetsXlsx as writeXlsx } from "./files.js";
import { createTestDatabase } from "../support/hub.js";
import { startService, stopServices, waitHealthy } from "./services.js";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const results: string[] = [];
const say = (line: string) => console.error(line);

async function load(url: string, bodies: string[], headers: Record<string, string>) {
  let i = 0;
  const r = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: { "content-type": "application/json", ...headers },
    requests: [{ setupRequest: (req: any) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  if (r.non2xx || r.errors) throw new Error(`load run had ${r.non2xx} non-2xx and ${r.errors} errors`);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average };
}

async function main() {
  const config: HubConfig = loadConfig();
  const database = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), "hub-bench-"));
  const children: ChildProcess[] = [];
  try {
    // 1. Import
    const companies = generateCompanies(ROWS, 99);
    const file = join(dir, "targets.xlsx");
    say(`writing ${ROWS} rows to ${file}…`);
    await writeXlsx(file, companies);
    const market = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database.url });
    const t0 = performance.now();
    const imported = await importDirectory({ db: market.db as DepartmentDb, kind: "targets", format: "XLSX", source: file, creditClasses: ["A", "B", "C", "D"] });
    const importSeconds = (performance.now() - t0) / 1000;
    if (imported.status !== "COMMITTED") throw new Error(`import rejected: ${JSON.stringify(imported.errors.slice(0, 3))}`);
    results.push(`| Import ${ROWS.toLocaleString("en")} target rows from XLSX (validate + one transaction), PostgreSQL | ${importSeconds.toFixed(1)} s | < 30 s |`);
    say(results.at(-1)!);

    // Seed the other departments.
    const others: Record<string, DepartmentDb> = {};
    const opened = [market];
    for (const d of config.departments.filter((d) => d.code !== "market")) {
      const s = await openStorage({ name: d.code.toLowerCase(), drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database.url });
      opened.push(s);
      others[d.code] = s.db as DepartmentDb;
    }
    await seedHub({ config, departments: others, companies: 24_000 });
    for (const s of opened) await s.close();

    // 2. Services, one process each.
    const env = { DATABASE_URL: database.url };
    for (const name of ["office", ...config.departments.map((d) => d.code)]) children.push(startService(name, env));
    const marketUrl = `http://127.0.0.1:${config.departments.find((d) => d.code === "market")!.port}/graphql`;
    await Promise.all([`http://127.0.0.1:${config.office.port}/graphql`, ...config.departments.map((d) => `http://127.0.0.1:${d.port}/graphql`)].map((u) => waitHealthy(u)));
    children.push(startService("gateway", env));
    const gatewayUrl = `http://127.0.0.1:${config.gateway.port}/graphql`;
    await waitHealthy(gatewayUrl);

    const sample = generateCompanies(24_000).slice(0, 1000).map((c) => c.target.uscc);
    const views = config.departments.map((d) => `${d.code} { inDirectory creditClass riskLevel }`).join(" ");
    // One operation text with variables, as real clients send it (the gateway caches its query plan).
    const gatewayQuery = `query Target($u: String!) { target(uscc: $u) { uscc name ${views} } }`;
    const directQuery = `query Entities($r: [_Any!]!) { _entities(representations: $r) { ... on Target { market { inDirectory creditClass riskLevel } } } }`;
    const viaGateway = sample.map((u) => JSON.stringify({ query: gatewayQuery, variables: { u } }));
    const direct = sample.map((u) => JSON.stringify({ query: directQuery, variables: { r: [{ __typename: "Target", uscc: u }] } }));
    // As the office coordinator through the gateway; straight to the subgraph with the header the
    // gateway would send (it is valid for 60 s, longer than the run).
    const coordinator = { subject: "bench", role: Role.OFFICE_COORDINATOR };
    const userToken = { authorization: `Bearer ${await signUserToken(coordinator, authSettings().userSecret!)}` };
    const internal = { [IDENTITY_HEADER]: await signInternalIdentity(coordinator, authSettings().internalSecret, "market") };
    await load(gatewayUrl, viaGateway.slice(0, 50), userToken); // warm-up
    const g = await load(gatewayUrl, viaGateway, userToken);
    const s = await load(marketUrl, direct, internal);
    results.push(`| target(uscc) × 4 department views via gateway, ${CONNECTIONS} connections, ${LOAD_SECONDS} s | p50 ${g.p50} ms, p99 ${g.p99} ms, ${g.rps.toFixed(0)} req/s | |`);
    results.push(`| same lookup straight to one subgraph (market \`_entities\`) | p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.rps.toFixed(0)} req/s | |`);
    results.push(`| gateway / direct | latency p50 × ${(g.p50 / Math.max(s.p50, 0.001)).toFixed(1)}, throughput × ${(g.rps / s.rps).toFixed(2)} | |`);
    say(results.slice(-3).join("\n"));

    // 3. Batching, read from /metrics.
    const metrics = async (url: string) => (await fetch(url.replace("/graphql", "/metrics"))).text();
    const departmentUrls = config.departments.map((d) => `http://127.0.0.1:${d.port}/graphql`);
    const before = await Promise.all([gatewayUrl, ...departmentUrls].map(metrics));
    const hundred = JSON.stringify(sample.slice(0, 100));
    const res = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...userToken }, body: JSON.stringify({ query: `{ targets(usccs: ${hundred}) { uscc ${views} } }` }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const after = await Promise.all([gatewayUrl, ...departmentUrls].map(metrics));
    const fetches = readCounter(after[0]!, "hub_subgraph_requests_total") - readCounter(before[0]!, "hub_subgraph_requests_total");
    const sql = departmentUrls.map((_, i) => readCounter(after[i + 1]!, "hub_sql_queries_total") - readCounter(before[i + 1]!, "hub_sql_queries_total"));
    results.push(`| targets(usccs: [100]) × 4 views: subgraph fetches / SQL queries per department | ${fetches} fetches; SQL ${sql.join(", ")} | ≤ 5; 1 each |`);
    say(results.at(-1)!);
  } finally {
    await stopServices(children);
    await database.drop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  const header = `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench\` on this machine (2 cores, PostgreSQL 15 on loopback).\n\n| What | Result | Target |\n|---|---|---|`;
  console.log([header, ...results].join("\n"));
  writeFileSync(join(REPO_ROOT, "test/bench/last-results.md"), [header, ...results].join("\n") + "\n");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
