/**
 * One storage interface over two drivers:
 *  - PostgreSQL through `DATABASE_URL` (production): each service in its own schema of that database,
 *    selected by `search_path`, so one database can host every department.
 *  - PGlite (embedded Postgres in WASM, the demo default): one data directory per service, locked
 *    so that a second process cannot open it (a lock left by a dead process is taken over). fsync
 *    is off: a machine crash can lose committed writes.
 *
 * Both give a drizzle `PgDatabase`, so queries and transactions are written once.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Logger } from "drizzle-orm";
import postgres from "postgres";
import { lockDataDir, type DataLock } from "./data-lock.js";
import { logger as log } from "./logger.js";

export type Db<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface StorageOptions<TSchema extends Record<string, unknown>> {
  /** Service name: the PostgreSQL schema and the PGlite sub-directory. */
  name: string;
  drizzleSchema: TSchema;
  migrationsFolder: string;
  /** postgres:// URL; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite parent directory; `memory://` for an in-memory database. */
  dataDir?: string;
  /** Called once per SQL statement (metrics). */
  onQuery?: () => void;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /**
   * PostgreSQL cancels a statement that runs longer (statement_timeout); 30 s by default. PGlite
   * runs in this process and has no timer: the demo has no such cap.
   */
  statementTimeoutMs?: number;
}

/**
 * Plain SQL for libraries that bring their own (the job queue): positional parameters in one
 * statement, or several statements without parameters.
 */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export interface Storage<TSchema extends Record<string, unknown>> {
  db: Db<TSchema>;
  sql: SqlExecutor;
  driver: "postgres" | "pglite";
  close(): Promise<void>;
}

/** The rows of `db.execute`: postgres.js answers with the rows, PGlite with `{ rows }`. */
export const executedRows = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export class StorageError extends Error {
  override name = "StorageError";
}

/** Make a close function safe to call twice (signal handlers and tests both close). */
export function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

function queryLogger(onQuery?: () => void): Logger | undefined {
  return onQuery ? { logQuery: () => onQuery() } : undefined;
}

export async function openStorage<TSchema extends Record<string, unknown>>(
  opts: StorageOptions<TSchema>,
): Promise<Storage<TSchema>> {
  if (!/^[a-z][a-z0-9_]*$/.test(opts.name)) throw new StorageError(`invalid storage name ${opts.name}`);
  const logger = queryLogger(opts.onQuery);
  if (opts.databaseUrl) {
    const schemaName = opts.name;
    const admin = postgres(opts.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
    } catch (e) {
      await admin.end();
      throw new StorageError(`cannot reach PostgreSQL for ${opts.name}: ${(e as Error).message}`);
    }
    await admin.end();
    const client = postgres(opts.databaseUrl, {
      max: opts.poolSize ?? 10,
      onnotice: () => {},
      connection: {
        search_path: schemaName,
        application_name: `hub-${opts.name}`,
        statement_timeout: opts.statementTimeoutMs ?? 30_000,
        // Short OLTP queries: JIT compilation costs more than it saves (tens of ms on a search).
        jit: "off",
      },
    });
    const db = drizzlePostgres({ client, schema: opts.drizzleSchema, logger });
    await migratePostgres(db, {
      migrationsFolder: opts.migrationsFolder,
      migrationsSchema: schemaName,
      migrationsTable: "__migrations",
    });
    const sql: SqlExecutor = {
      async executeSql(text, values) {
        if (!values?.length) {
          // pg-boss's own transactions come as one text with BEGIN … COMMIT: one connection for them
          const conn = await client.reserve();
          let res: unknown[];
          try {
            res = (await conn.unsafe(text).simple()) as unknown as unknown[];
          } finally {
            conn.release();
          }
          // several statements: one result each; the last one's rows are the answer
          return { rows: (Array.isArray(res[0]) ? res.at(-1) : res) as any[] };
        }
        // as node-postgres does: objects go as JSON text, undefined as NULL
        const params = values.map((v) => (v === undefined ? null : v && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) && !Buffer.isBuffer(v) ? JSON.stringify(v) : v));
        return { rows: [...(await client.unsafe(text, params as never[]))] };
      },
    };
    return { db: db as unknown as Db<TSchema>, sql, driver: "postgres", close: once(() => client.end({ timeout: 5 })) };
  }

  const dataDir = opts.dataDir ?? "./data";
  let lock: DataLock | undefined;
  let location = "memory://";
  if (dataDir !== "memory://") {
    location = `${dataDir}/${opts.name}`;
    mkdirSync(location, { recursive: true });
    try {
      lock = lockDataDir(location);
    } catch (e) {
      throw new StorageError((e as Error).message);
    }
    if (lock.recovered)
      log.warn(
        { storage: opts.name, location, previousHolder: lock.recovered },
        `took over the lock of ${location} from process ${lock.recovered.pid}, which ended without closing it; PGlite replays its log on opening, so its committed writes are kept`,
      );
  }
  let client: PGlite;
  try {
    client = new PGlite(location);
    const db = drizzlePglite({ client, schema: opts.drizzleSchema, logger });
    await migratePglite(db, { migrationsFolder: opts.migrationsFolder, migrationsTable: "__migrations" });
    const pg = client;
    const sql: SqlExecutor = {
      async executeSql(text, values) {
        if (values?.length) return { rows: (await pg.query(text, values)).rows as any[] };
        return { rows: ((await pg.exec(text)).at(-1)?.rows ?? []) as any[] };
      },
    };
    return {
      db: db as unknown as Db<TSchema>,
      sql,
      driver: "pglite",
      close: once(async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      }),
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}
