export * from "./server.js";
export * from "./target-index.js";
export * from "./sync.js";
export { officeSchema } from "./db/schema.js";
export { exportLibrary } from "./export-library.js";
export { jointActions, groupVisits } from "./domain/visits.js";
export { officeResultResolvers } from "./result-resolvers.js";
export { period, resultStatistics, statisticsTable, type DepartmentStatistics } from "./statistics.js";
export { proposalKey, pushProposals, refreshProposals, syncAndPropose } from "./proposals.js";
