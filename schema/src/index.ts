export * from "./uscc.js";
export * from "./enums.js";
export * from "./config.js";
export * from "./identity.js";
export * from "./masking.js";
export * from "./calendar.js";
export * from "./results.js";
export * from "./time.js";
