export * from "./uscc.js";
export * from "./enums.js";
export * from "./config.js";
