export * from "./compose.js";
export * from "./gateway.js";
