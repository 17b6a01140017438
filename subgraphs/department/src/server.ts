/** Run one department's subgraph: storage, schema, HTTP. */
import { fileURLToPath } from "node:url";
import { logger, once, pseudonymSecret, startSubgraphService, type Clock, type RunningSubgraph } from "@hub/kit";
import { IMPORT_JOB, importJob } from "./modules/directory/service.js";
import { deleteOldImportFiles, fillPseudonyms } from "./modules/directory/store.js";
import { DEFAULT_STATEMENT_TIMEOUT_MS, resolveDepartment, type DepartmentConfig, type OperationLimits } from "@hub/schema";
import { departmentSchema, type DepartmentSchema } from "./db/schema.js";
import { departmentDownloads } from "./modules/exports/downloads.js";
import { directoryUploads } from "./modules/directory/uploads.js";
import { receiverColumns } from "./modules/exports/records.js";
import { startOutbox } from "./modules/results/outbox.js";
import { buildDepartmentSubgraph } from "./schema.js";
import { createContext } from "./shared/context.js";

export const DEPARTMENT_MIGRATIONS = fileURLToPath(new URL("../drizzle", import.meta.url));

export interface DepartmentServerOptions {
  department: DepartmentConfig;
  /** Overrides department.port; 0 picks a free port. */
  port?: number;
  databaseUrl?: string;
  dataDir?: string;
  /** Business time (tests walk a year with a settable clock); the system clock by default. */
  clock?: Clock;
  /** The gateway's operation limits (the subgraph keeps wider ones of its own); the defaults otherwise. */
  limits?: OperationLimits;
}

export type RunningDepartment = RunningSubgraph<DepartmentSchema>;

export async function startDepartment(opts: DepartmentServerOptions): Promise<RunningDepartment> {
  const department = resolveDepartment(opts.department);
  // A receiver's profile must name known fields of what it takes: found at start, not at the first push.
  for (const r of department.publicationReceivers) for (const kind of r.kinds ?? ["results"]) receiverColumns(department, r, kind);
  pseudonymSecret(); // production refuses to start without the departments' shared secret
  const running = await startSubgraphService({
    service: `department_${department.code.toLowerCase()}`,
    subgraph: department.code,
    limits: opts.limits,
    storageName: department.code.toLowerCase(),
    drizzleSchema: departmentSchema,
    migrationsFolder: DEPARTMENT_MIGRATIONS,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    statementTimeoutMs: opts.department.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    port: opts.port ?? department.port,
    buildSchema: () => buildDepartmentSubgraph(department.code),
    context: (db, identity, _args, jobs) => createContext(department, db, identity, opts.clock, jobs),
    prepare: async (db) => {
      const filled = await fillPseudonyms(db);
      if (filled) logger.info({ department: department.code, filled }, "individual businesses given their pseudonyms");
      await deleteOldImportFiles(db);
    },
    jobs: (db) => ({ [IMPORT_JOB]: importJob(db, department) }),
    downloads: departmentDownloads,
    uploads: directoryUploads,
    health: { department: department.code },
  });
  // 推送: deliver published results to the configured higher platforms until they acknowledge.
  const outbox = department.publicationReceivers.length ? startOutbox(running.db, department) : undefined;
  return {
    ...running,
    close: once(async () => {
      await outbox?.stop();
      await running.close();
    }),
  };
}
