/** Run the office subgraph. */
import { fileURLToPath } from "node:url";
import { buildFederatedSubgraph, startSubgraphService, type RunningSubgraph, type Subgraph } from "@hub/kit";
import type { HubConfig } from "@hub/schema";
import { officeSchema, type OfficeSchema } from "./db/schema.js";
import { createOfficeContext, officeResolvers, Target } from "./resolvers.js";

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

export type RunningOffice = RunningSubgraph<OfficeSchema>;

export function startOffice(opts: OfficeServerOptions): Promise<RunningOffice> {
  return startSubgraphService({
    service: "office",
    storageName: "office",
    drizzleSchema: officeSchema,
    migrationsFolder: OFFICE_MIGRATIONS,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    port: opts.port ?? opts.config.office.port,
    buildSchema: buildOfficeSubgraph,
    context: (db, identity) => createOfficeContext(opts.config, db, identity),
  });
}
