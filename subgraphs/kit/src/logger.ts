import { pino } from "pino";

/** One structured logger per process; LOG_LEVEL overrides (tests default to warn). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "warn" : "info"),
  base: undefined,
});
