export * from "./server.js";
export * from "./schema.js";
export { departmentSchema } from "./db/schema.js";
export type { DepartmentDb } from "./shared/db.js";
export { createContext } from "./shared/context.js";
export * from "./modules/directory/import/importer.js";
export * from "./modules/directory/import/columns.js";
export * from "./modules/directory/rules.js";
export * from "./modules/plans/rules.js";
export { inspectorValuesByCertificate, targetValuesByUscc, upsertInspectors, upsertTargets } from "./modules/directory/store.js";
export { commitSeed, exportDraw, runDraw, verifyDraw, verifyDrawChain } from "./modules/draws/service.js";
export {
  draw,
  drawKeyed,
  keyedPoolDigest,
  keyedPopulationDigest,
  poolDigest,
  populationDigest,
  resultDigest,
  type DrawInspector,
  type DrawTarget,
  type KeyedInspector,
  type KeyedTarget,
} from "./modules/draws/algorithm.js";
export { drawHash } from "./modules/draws/chain.js";
export { publishResults, recordFollowUp, recordResult } from "./modules/results/service.js";
export { FollowUpKind, type FollowUpStep } from "./modules/results/follow-up.js";
export { columnsFor, DEFAULT_COLUMNS, exportRecords, row, type ExportKind } from "./modules/exports/records.js";
export { deliverDue, outboxOptions, outboxStatus, retryDelay } from "./modules/results/outbox.js";
export { committed } from "./modules/directory/service.js";
