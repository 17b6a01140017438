/** Start a subgraph process: open and migrate its storage, build its schema, serve it over HTTP. */
import type { BaseContext } from "@apollo/server";
import type { ExpressContextFunctionArgument } from "@as-integrations/express5";
import { sql } from "drizzle-orm";
import type { Identity } from "@hub/schema";
import { authSettings, IDENTITY_HEADER, verifyInternalIdentity, type AuthSettings } from "./auth.js";
import type { Subgraph } from "./federation.js";
import { serve, type RunningServer } from "./http.js";
import { createMetrics } from "./metrics.js";
import { once, openStorage, type Db } from "./storage.js";

export interface SubgraphServiceOptions<TSchema extends Record<string, unknown>, TContext extends BaseContext> {
  /** Metrics/log label, e.g. `department_market`. */
  service: string;
  /** Storage name: PostgreSQL schema / PGlite sub-directory. */
  storageName: string;
  drizzleSchema: TSchema;
  migrationsFolder: string;
  databaseUrl?: string;
  dataDir?: string;
  /** PostgreSQL statement_timeout of this service's connections. */
  statementTimeoutMs?: number;
  port: number;
  buildSchema: () => Promise<Subgraph>;
  context: (db: Db<TSchema>, identity: Identity, args: ExpressContextFunctionArgument) => TContext;
  /** Token settings; the process's environment by default. */
  auth?: AuthSettings;
  health?: Record<string, unknown>;
}

export interface RunningSubgraph<TSchema extends Record<string, unknown>> extends RunningServer {
  db: Db<TSchema>;
  metricsText(): Promise<string>;
}

export async function startSubgraphService<TSchema extends Record<string, unknown>, TContext extends BaseContext>(
  opts: SubgraphServiceOptions<TSchema, TContext>,
): Promise<RunningSubgraph<TSchema>> {
  const auth = opts.auth ?? authSettings();
  const metrics = createMetrics(opts.service);
  const storage = await openStorage({
    name: opts.storageName,
    drizzleSchema: opts.drizzleSchema,
    migrationsFolder: opts.migrationsFolder,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    statementTimeoutMs: opts.statementTimeoutMs,
    onQuery: () => metrics.sqlQueries.inc(),
  });
  try {
    const { schema } = await opts.buildSchema();
    const server = await serve({
      service: opts.service,
      port: opts.port,
      apollo: { schema },
      metrics,
      // Only the gateway may call a subgraph: it vouches for the caller in a signed header.
      context: async (args) =>
        opts.context(storage.db, await verifyInternalIdentity(args.req.headers[IDENTITY_HEADER], auth.internalSecret), args),
      health: async () => {
        await storage.db.execute(sql`select 1`);
        return { ...opts.health, storage: storage.driver };
      },
    });
    return {
      ...server,
      db: storage.db,
      metricsText: () => metrics.registry.metrics(),
      close: once(async () => {
        await server.close();
        await storage.close();
      }),
    };
  } catch (e) {
    await storage.close();
    throw e;
  }
}
