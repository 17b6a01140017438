/** Run the office subgraph. */
import { fileURLToPath } from "node:url";
import { buildFederatedSubgraph, createMetrics, once, openStorage, serve, type RunningServer, type Subgraph } from "@hub/kit";
import type { HubConfig } from "@hub/schema";
import { sql } from "drizzle-orm";
import { officeSchema } from "./db/schema.js";
import { createOfficeContext, officeResolvers, Target } from "./resolvers.js";
import type { OfficeDb } from "./target-index.js";

export const OFFICE_MIGRATIONS = fileURLToPath(new URL("../drizzle", import.meta.url));

export function buildOfficeSubgraph(): Promise<Subgraph> {
  return buildFederatedSubgraph("office", { resolvers: officeResolvers, orphanedTypes: [Target] });
}

export interface OfficeServerOptions {
  config: HubConfig;
  port?: number;
  databaseUrl?: string;
  dataDir?: string;
}

export interface RunningOffice extends RunningServer {
  db: OfficeDb;
}

export async function startOffice(opts: OfficeServerOptions): Promise<RunningOffice> {
  const metrics = createMetrics("office");
  const storage = await openStorage({
    name: "office",
    drizzleSchema: officeSchema,
    migrationsFolder: OFFICE_MIGRATIONS,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    onQuery: () => metrics.sqlQueries.inc(),
  });
  try {
    const { schema } = await buildOfficeSubgraph();
    const server = await serve({
      service: "office",
      port: opts.port ?? opts.config.office.port,
      apollo: { schema },
      metrics,
      context: async () => createOfficeContext(opts.config, storage.db),
      health: async () => {
        await storage.db.execute(sql`select 1`);
        return { storage: storage.driver };
      },
    });
    return {
      ...server,
      db: storage.db,
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
