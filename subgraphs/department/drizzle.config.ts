import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./subgraphs/department/src/db/schema.ts",
  out: "./subgraphs/department/drizzle",
});
