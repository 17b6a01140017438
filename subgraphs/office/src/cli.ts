/**
 * `pnpm office export-library --file 联合检查对象名录库.xlsx [--min-departments 2]`
 *
 * Exports the joint inspection target library (round 1: targets active in two or more departments'
 * directories) as XLSX or CSV, from the office's database (DATABASE_URL, or the demo's PGlite
 * directory, which must not be in use by a running demo).
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStorage } from "@hub/kit";
import { loadConfig, REPO_ROOT } from "@hub/schema";
import { officeSchema } from "./db/schema.js";
import { OFFICE_MIGRATIONS } from "./server.js";
import { exportLibrary } from "./export-library.js";

const USAGE = "usage: pnpm office export-library --file <path.xlsx|path.csv> [--min-departments 2]";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { file: { type: "string" }, "min-departments": { type: "string" } } });
  if (command !== "export-library" || !values.file) {
    console.error(USAGE);
    return 2;
  }
  const minDepartments = Number(values["min-departments"] ?? 2);
  if (!Number.isInteger(minDepartments) || minDepartments < 2) {
    console.error("--min-departments must be an integer of at least 2");
    return 2;
  }
  const config = loadConfig();
  const storage = await openStorage({
    name: "office",
    drizzleSchema: officeSchema,
    migrationsFolder: OFFICE_MIGRATIONS,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? resolve(REPO_ROOT, "data"),
  });
  try {
    const file = resolve(process.cwd(), values.file);
    const n = await exportLibrary(storage.db, file, minDepartments, Object.fromEntries(config.departments.map((d) => [d.code, d.name])));
    console.log(`wrote ${n} targets held by ${minDepartments}+ departments to ${file}`);
    return 0;
  } finally {
    await storage.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`export failed: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
