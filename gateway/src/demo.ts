/**
 * `pnpm demo`: the office, every configured department and the gateway in one process, on the
 * embedded PGlite under ./data (or PostgreSQL when DATABASE_URL is set), seeded on first start.
 */
import { resolve } from "node:path";
import { startDepartment, type RunningDepartment } from "@hub/department";
import { authSettings, logger, signUserToken } from "@hub/kit";
import { startOffice, syncAndPropose } from "@hub/office";
import { loadConfig, REPO_ROOT, Role, type Identity } from "@hub/schema";
import { startGateway } from "./gateway.js";
import { demoYear, drawPublishedPlans, hubIsEmpty, recordDemoResults, seedHub } from "./seed.js";

const config = loadConfig();
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.DATA_DIR ?? resolve(REPO_ROOT, "data");
const storage = { databaseUrl, dataDir };
const closers: (() => Promise<void>)[] = [];

async function shutdown(signal: string) {
  console.log(`\n${signal}: closing…`);
  for (const close of closers.reverse()) await close().catch((e) => logger.error({ err: e }, "close failed"));
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));

try {
  console.log(`Storage: ${databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite under ${dataDir} (demo only: fsync off)`}`);
  const office = await startOffice({ config, ...storage });
  closers.push(() => office.close());
  const departments: Record<string, RunningDepartment> = {};
  for (const d of config.departments) {
    departments[d.code] = await startDepartment({ department: d, limits: config.gateway.limits, ...storage });
    closers.push(() => departments[d.code]!.close());
  }
  const dbs = Object.fromEntries(Object.entries(departments).map(([k, v]) => [k, v.db]));
  if (await hubIsEmpty(dbs)) {
    console.log(`Seeding synthetic data (first start): the ${demoYear()} year so far…`);
    const companies = Number(process.env.DEMO_COMPANIES ?? 24_000);
    const t0 = Date.now();
    await seedHub({ config, departments: dbs, companies, log: console.log });
    console.log(`Seeded ${companies} companies in ${((Date.now() - t0) / 1000).toFixed(1)} s; drawing each department's published plan…`);
    await drawPublishedPlans(config, dbs, console.log);
    console.log("Inspecting, recording, following up and publishing, each on its day…");
    await recordDemoResults(config, dbs, console.log);
  }
  const gateway = await startGateway({ config, port: Number(process.env.PORT ?? config.gateway.port) });
  closers.push(() => gateway.close());
  // The office's index is pulled from the departments through the gateway, as in production.
  office.sync!.gatewayUrl = gateway.url;
  const t1 = Date.now();
  const synced = await syncAndPropose(office.sync!);
  console.log(`Office synced ${synced.map((r) => (r.ok ? `${r.department} ${r.directoryEntries}+${r.tasks}` : `${r.department} FAILED (${r.error})`)).join(", ")} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

  const sample = (await departments[config.departments[0]!.code]!.db.query.targets.findFirst())?.uscc ?? "91330100716105852F";
  const auth = authSettings();
  const identities: [string, Identity][] = [
    ["office coordinator (联席办)", { subject: "demo-office", role: Role.OFFICE_COORDINATOR }],
    ["dashboard viewer", { subject: "demo-dashboard", role: Role.DASHBOARD_VIEWER }],
    ...config.departments.flatMap((d): [string, Identity][] => [
      [`${d.code} officer`, { subject: `demo-${d.code}-officer`, role: Role.DEPARTMENT_OFFICER, department: d.code }],
      [`${d.code} admin`, { subject: `demo-${d.code}-admin`, role: Role.DEPARTMENT_ADMIN, department: d.code }],
    ]),
  ];
  const signed = auth.userSecret ? await Promise.all(identities.map(([, id]) => signUserToken(id, auth.userSecret!))) : [];
  const tokens = signed.length
    ? signed.map((t, i) => `  ${identities[i]![0].padEnd(28)} ${t}`)
    : ["  (user tokens come from your identity provider: HUB_JWKS_URL is set)"];
  console.log(`
Inspection hub is up.
  GraphQL (Apollo Sandbox in a browser):  ${gateway.url}
  Health / metrics:                       ${gateway.url.replace("/graphql", "/health")}  ${gateway.url.replace("/graphql", "/metrics")}
  Office subgraph:                        ${office.url}
${config.departments.map((d) => `  ${d.name.padEnd(10, "　")} ${d.code.padEnd(12)} ${departments[d.code]!.url}`).join("\n")}

Bearer tokens for each role (valid 24 h${auth.usingDemoSecrets ? ", signed with the demo's built-in secret" : ""}):
${tokens.join("\n")}

Try (as the office coordinator):
  TOKEN=${signed[0] ?? "<your token>"}
  curl -s ${gateway.url} -H 'content-type: application/json' -H "authorization: Bearer \$TOKEN" \\
    -d '{"query":"{ target(uscc: \\"${sample}\\") { uscc name departments ${config.departments.map((d) => `${d.code} { inDirectory creditClass riskLevel }`).join(" ")} } }"}'

Ctrl-C stops everything cleanly.`);
} catch (e) {
  console.error(`Demo failed to start: ${(e as Error).message}`);
  await shutdown("error");
  process.exit(1);
}
