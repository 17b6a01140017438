/** Run the office subgraph, and its scheduled pull of department changes. */
import { fileURLToPath } from "node:url";
import { authSettings, logger, once, signUserToken, startSubgraphService, type Clock, type JobQueue, type RunningSubgraph } from "@hub/kit";
import { Role, type HubConfig } from "@hub/schema";
import { officeSchema, type OfficeSchema } from "./db/schema.js";
import type { SyncOptions } from "./modules/index/sync.js";
import { indexDownloads } from "./modules/index/downloads.js";
import { SYNC_JOB } from "./modules/index/service.js";
import { statisticsDownloads } from "./modules/statistics/downloads.js";
import { startNotificationOutbox, webhookReceivers } from "./modules/notifications/service.js";
import { syncAndPropose } from "./modules/proposals/service.js";
import { buildOfficeSubgraph } from "./schema.js";
import { createOfficeContext } from "./shared/context.js";

export const OFFICE_MIGRATIONS = fileURLToPath(new URL("../drizzle", import.meta.url));

export interface OfficeServerOptions {
  config: HubConfig;
  port?: number;
  databaseUrl?: string;
  dataDir?: string;
  /** The gateway to pull department changes through; HUB_GATEWAY_URL or the configured gateway port by default. */
  gatewayUrl?: string;
  /** Business time (tests walk a year with a settable clock); the system clock by default. */
  clock?: Clock;
}

export interface RunningOffice extends RunningSubgraph<OfficeSchema> {
  sync?: SyncOptions;
  jobs: JobQueue;
}

/**
 * The office's own bearer token for the gateway: HUB_OFFICE_TOKEN (issued by the identity provider
 * in production), or, where user tokens are HS256 (the demo), one it signs itself.
 */
function officeToken(): () => Promise<string> {
  const fixed = process.env.HUB_OFFICE_TOKEN;
  if (fixed) return async () => fixed;
  let cached: { token: Promise<string>; until: number } | undefined;
  return () => {
    const secret = authSettings().userSecret;
    if (!secret) return Promise.reject(new Error("set HUB_OFFICE_TOKEN: the office cannot sign its own token when user tokens come from a JWKS"));
    if (!cached || cached.until < Date.now()) cached = { token: signUserToken({ subject: "office-sync", role: Role.OFFICE_COORDINATOR }, secret, "1h"), until: Date.now() + 50 * 60_000 };
    return cached.token;
  };
}

export async function startOffice(opts: OfficeServerOptions): Promise<RunningOffice> {
  const gatewayUrl = opts.gatewayUrl ?? process.env.HUB_GATEWAY_URL ?? `http://127.0.0.1:${opts.config.gateway.port}/graphql`;
  let sync: SyncOptions | undefined;
  webhookReceivers(opts.config); // a webhook's secret missing from the environment stops the start, before anything listens
  const running = await startSubgraphService({
    service: "office",
    subgraph: "office",
    limits: opts.config.gateway.limits,
    storageName: "office",
    drizzleSchema: officeSchema,
    migrationsFolder: OFFICE_MIGRATIONS,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    statementTimeoutMs: opts.config.office.statementTimeoutMs,
    port: opts.port ?? opts.config.office.port,
    buildSchema: buildOfficeSubgraph,
    downloads: { ...indexDownloads, ...statisticsDownloads },
    context: (db, identity, _args, jobs) => createOfficeContext(opts.config, db, identity, sync, opts.clock, jobs),
    jobs: (db) => {
      const syncOptions: SyncOptions = { db, config: opts.config, gatewayUrl, token: officeToken(), clock: opts.clock };
      sync = syncOptions;
      // One sync at a time, one more waiting: a request while one runs gets the waiting one.
      return { [SYNC_JOB]: { oneAtATime: true, expireInSeconds: 3600, handler: async (_data, progress) => ({ departments: await syncAndPropose(syncOptions, progress) }) } };
    },
  });
  const queue = running.jobs!;
  // 消息通知 to the departments' webhooks
  const outbox = startNotificationOutbox(running.db, opts.config);
  const seconds = opts.config.office.syncIntervalSeconds;
  const timer =
    seconds > 0
      ? setInterval(() => void queue.start(SYNC_JOB, {}, "schedule").catch((e) => logger.error({ err: e }, "scheduled sync could not be queued")), seconds * 1000)
      : undefined;
  timer?.unref();
  return {
    ...running,
    sync,
    jobs: queue,
    close: once(async () => {
      if (timer) clearInterval(timer);
      await outbox?.stop();
      await running.close();
    }),
  };
}
