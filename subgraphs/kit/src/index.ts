export * from "./federation.js";
export * from "./errors.js";
export * from "./logger.js";
export * from "./metrics.js";
export * from "./storage.js";
export * from "./http.js";
export * from "./pagination.js";
export * from "./subgraph-service.js";
