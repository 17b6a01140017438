import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["schema/src/**/*.test.ts", "subgraphs/*/src/**/*.test.ts", "gateway/src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files start servers and databases; keep them from starving each other on 2 cores.
    maxWorkers: 2,
    // A page that re-renders after a request, under a loaded machine, can take seconds: polls wait up to 15 s, not 1.
    expect: { poll: { timeout: 15_000 } },
  },
});
