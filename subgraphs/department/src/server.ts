/** Run one department's subgraph: storage, schema, HTTP. */
import { fileURLToPath } from "node:url";
import { createMetrics, once, logger, openStorage, serve, type RunningServer } from "@hub/kit";
import { DEFAULT_CREDIT_CLASSES, type DepartmentConfig } from "@hub/schema";
import { sql } from "drizzle-orm";
import { createContext } from "./context.js";
import { departmentSchema } from "./db/schema.js";
import type { DepartmentDb } from "./repository/targets.js";
import { buildDepartmentSubgraph } from "./schema.js";

export const DEPARTMENT_MIGRATIONS = fileURLToPath(new URL("../drizzle", import.meta.url));

export interface DepartmentServerOptions {
  department: DepartmentConfig;
  /** Overrides department.port; 0 picks a free port. */
  port?: number;
  databaseUrl?: string;
  dataDir?: string;
}

export interface RunningDepartment extends RunningServer {
  db: DepartmentDb;
  metricsText(): Promise<string>;
}

export async function startDepartment(opts: DepartmentServerOptions): Promise<RunningDepartment> {
  const department = { url: "", creditClasses: DEFAULT_CREDIT_CLASSES, ...opts.department } as Required<DepartmentConfig>;
  const service = `department_${department.code.toLowerCase()}`;
  const metrics = createMetrics(service);
  const storage = await openStorage({
    name: department.code.toLowerCase(),
    drizzleSchema: departmentSchema,
    migrationsFolder: DEPARTMENT_MIGRATIONS,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    onQuery: () => metrics.sqlQueries.inc(),
  });
  try {
    const { schema } = await buildDepartmentSubgraph(department.code);
    const server = await serve({
      service,
      port: opts.port ?? department.port,
      apollo: { schema },
      metrics,
      context: async ({ req }) => createContext(department, storage.db, String(req.headers["x-hub-actor"] ?? "anonymous")),
      health: async () => {
        await storage.db.execute(sql`select 1`);
        return { department: department.code, storage: storage.driver };
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
    logger.error({ err: e, department: department.code }, "department failed to start");
    throw e;
  }
}
