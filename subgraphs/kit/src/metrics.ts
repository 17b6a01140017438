/**
 * Prometheus metrics. Each service gets its own registry (several run in one process in tests
 * and in the demo), labelled with the service name.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface ServiceMetrics {
  registry: Registry;
  sqlQueries: Counter<"service">;
  httpRequests: Histogram<"service" | "route" | "status">;
}

let defaultsCollected = false;

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Process metrics (memory, event loop) once per process, in the first registry.
  if (!defaultsCollected && !process.env.VITEST) {
    collectDefaultMetrics({ register: registry });
    defaultsCollected = true;
  }
  return {
    registry,
    sqlQueries: new Counter({
      name: "hub_sql_queries_total",
      help: "SQL statements sent to the database",
      labelNames: ["service"],
      registers: [registry],
    }),
    httpRequests: new Histogram({
      name: "hub_http_request_duration_seconds",
      help: "HTTP requests served",
      labelNames: ["service", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

/** Read one counter's total from Prometheus text exposition (for tests and benchmarks). */
export function readCounter(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const m = /^([^{\s]+)(\{[^}]*\})?\s+([\d.eE+-]+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labelText = m[2] ?? "";
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) total += Number(m[3]);
  }
  return total;
}
