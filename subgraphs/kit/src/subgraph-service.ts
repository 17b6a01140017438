/** Start a subgraph process: open and migrate its storage, build its schema, serve it over HTTP. */
import type { BaseContext } from "@apollo/server";
import type { ExpressContextFunctionArgument } from "@as-integrations/express5";
import { sql } from "drizzle-orm";
import type express from "express";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { DEFAULT_LIMITS, type Identity, type OperationLimits } from "@hub/schema";
import { authSettings, IDENTITY_HEADER, verifyInternalIdentity, type AuthSettings } from "./auth.js";
import type { Subgraph } from "./federation.js";
import { serve, type RunningServer } from "./http.js";
import { logger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { startJobQueue, type JobKind, type JobQueue } from "./jobs.js";
import { mountDownloads, type DownloadSpec } from "./downloads.js";
import { mountUploads, type UploadSpec } from "./uploads.js";
import { once, openStorage, type Db } from "./storage.js";

export interface SubgraphServiceOptions<TSchema extends Record<string, unknown>, TContext extends BaseContext> {
  /** Metrics/log label, e.g. `department_market`. */
  service: string;
  /** The subgraph's name in the supergraph (`market`, `office`): the audience of the gateway's tokens for it. */
  subgraph: string;
  /** The gateway's operation limits; a subgraph keeps its own, a little wider (query plans add depth and fields). */
  limits?: OperationLimits;
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
  context: (db: Db<TSchema>, identity: Identity, args: ExpressContextFunctionArgument, jobs: JobQueue | undefined) => TContext;
  /** Work on the database before the service answers (start-up fills, clean-ups). */
  prepare?: (db: Db<TSchema>) => Promise<void>;
  /** The service's job kinds: a queue in the schema `<storageName>_jobs`, started before serving, closed before the database. */
  jobs?: (db: Db<TSchema>) => Record<string, JobKind<any>>;
  /** Files offered at `/downloads/<name>.<ext>` (the gateway's `/downloads/<subgraph>/…`), for the caller the gateway vouches for. */
  downloads?: Record<string, DownloadSpec<TContext>>;
  /** Files taken at `POST /uploads/<name>` (the gateway's `/uploads/<subgraph>/…`), streamed, for the caller the gateway vouches for. */
  uploads?: Record<string, UploadSpec<TContext>>;
  /** Token settings; the process's environment by default. */
  auth?: AuthSettings;
  health?: Record<string, unknown>;
}

export interface RunningSubgraph<TSchema extends Record<string, unknown>> extends RunningServer {
  db: Db<TSchema>;
  /** The service's job queue, when it has job kinds. */
  jobs?: JobQueue;
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
  let jobs: JobQueue | undefined;
  try {
    await opts.prepare?.(storage.db);
    if (opts.jobs) jobs = await startJobQueue(storage.sql, `${opts.storageName}_jobs`, opts.jobs(storage.db));
    const { schema } = await opts.buildSchema();
    const armor = subgraphArmor(opts.limits ?? DEFAULT_LIMITS);
    const contextOf = async (args: ExpressContextFunctionArgument) => opts.context(storage.db, args.res.locals.caller as Identity, args, jobs);
    const server = await serve({
      service: opts.service,
      port: opts.port,
      apollo: { schema, ...armor },
      metrics,
      // Only the gateway may call a subgraph: it vouches for the caller in a signed header, checked
      // before the body is read.
      authenticate: (req) => verifyInternalIdentity(req.headers[IDENTITY_HEADER], auth.internalSecret, opts.subgraph),
      context: contextOf,
      routes:
        opts.downloads || opts.uploads
          ? (app) => {
              const context = async (req: express.Request, res: express.Response) => {
                res.locals.caller = await verifyInternalIdentity(req.headers[IDENTITY_HEADER], auth.internalSecret, opts.subgraph);
                return contextOf({ req, res });
              };
              if (opts.downloads) mountDownloads(app, { specs: opts.downloads, context });
              if (opts.uploads) mountUploads(app, { specs: opts.uploads, context });
            }
          : undefined,
      health: async () => {
        await storage.db.execute(sql`select 1`);
        return { ...opts.health, storage: storage.driver };
      },
    });
    return {
      ...server,
      db: storage.db,
      jobs,
      metricsText: () => metrics.registry.metrics(),
      // The database is closed (and its lock released) even when the server does not stop in time.
      close: once(async () => {
        try {
          await withDeadline(server.close(), 10_000);
        } catch (e) {
          logger.warn({ service: opts.service, err: (e as Error).message }, "server did not stop cleanly; closing the database anyway");
        } finally {
          try {
            await jobs?.close();
          } finally {
            await storage.close();
          }
        }
      }),
    };
  } catch (e) {
    await jobs?.close().catch(() => {});
    await storage.close();
    throw e;
  }
}

/**
 * Defence in depth behind the gateway: depth, aliases and tokens limited here too, with room for
 * what query planning adds (entity wrappers, keys, __typename); field suggestions off in
 * production (introspection is off there by Apollo's default).
 */
function subgraphArmor(limits: OperationLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth + 4, ignoreIntrospection: false },
    maxAliases: { n: limits.maxAliases * 2 + 10, allowList: [] },
    maxDirectives: { n: limits.maxDirectives * 2 },
    maxTokens: { enabled: false }, // counted by graphql-js while parsing (parseOptions): a syntax error stays a 400
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: process.env.NODE_ENV === "production" },
  }).protect();
  // armor is typed against the CommonJS build of @apollo/server; the objects are the same.
  return { plugins: armor.plugins as unknown as ApolloServerPlugin[], validationRules: armor.validationRules, parseOptions: { maxTokens: limits.maxTokens * 4 } };
}

/** A promise, or a rejection after `ms` (the timer keeps the process alive meanwhile). */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
