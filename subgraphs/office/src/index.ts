export * from "./server.js";
export * from "./target-index.js";
export * from "./sync.js";
export { officeSchema } from "./db/schema.js";
export { exportLibrary } from "./export-library.js";
export { jointActions, groupVisits } from "./domain/visits.js";
