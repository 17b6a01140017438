import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./subgraphs/office/src/db/schema.ts",
  out: "./subgraphs/office/drizzle",
});
