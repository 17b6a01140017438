import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["schema/src/**/*.test.ts", "subgraphs/*/src/**/*.test.ts", "gateway/src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files start servers and databases; keep them from starving each other on 2 cores.
    maxWorkers: 2,
  },
});
