export * from "./server.js";
export * from "./target-index.js";
export { officeSchema } from "./db/schema.js";
