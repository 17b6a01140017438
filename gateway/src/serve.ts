/**
 * `pnpm start <service>`: run one service per process, as in production.
 *   service = gateway | office | <department code>
 * Storage: DATABASE_URL (PostgreSQL, one schema per service) or PGlite under DATA_DIR (default ./data).
 */
import { resolve } from "node:path";
import { startDepartment } from "@hub/department";
import { logger } from "@hub/kit";
import { startOffice } from "@hub/office";
import { loadConfig, REPO_ROOT } from "@hub/schema";
import { startGateway } from "./gateway.js";

const service = process.argv[2];
const config = loadConfig();
const storage = { databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR ?? resolve(REPO_ROOT, "data") };
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const known = ["gateway", "office", ...config.departments.map((d) => d.code)];

if (!service || !known.includes(service)) {
  console.error(`usage: pnpm start <service>\n  services: ${known.join(", ")}`);
  process.exit(2);
}

try {
  const department = config.departments.find((d) => d.code === service);
  const running =
    service === "gateway"
      ? await startGateway({ config, port, demoAccounts: process.env.HUB_DEMO_ACCOUNTS === "1" })
      : service === "office"
        ? await startOffice({ config, port, ...storage })
        : await startDepartment({ department: department!, port, limits: config.gateway.limits, ...storage });
  // Close the database before exiting, however many signals arrive (Ctrl-C reaches the whole
  // process group, and an impatient second Ctrl-C must not leave a PGlite lock behind).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ service, signal }, "stopping");
    try {
      await running.close();
    } catch (e) {
      logger.error({ service, err: (e as Error).message }, "close failed");
    }
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
} catch (e) {
  logger.error({ service, err: (e as Error).message }, "failed to start");
  process.exit(1);
}
