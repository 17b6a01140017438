/**
 * The office command line, against the office's database (DATABASE_URL, or the demo's PGlite
 * directory, which must not be in use by a running demo):
 *
 *   pnpm office export-library --file 联合检查对象名录库.xlsx [--min-departments 2]
 *     The joint inspection target library (round 1: targets active in two or more directories).
 *   pnpm office export-statistics --year 2026 [--half 1] --file 统计.xlsx|统计.csv|统计.json
 *     Result statistics per department for the year or half-year.
 */
import { writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStorage, writeTable } from "@hub/kit";
import { loadConfig, REPO_ROOT } from "@hub/schema";
import { officeSchema } from "./db/schema.js";
import { exportLibrary } from "./modules/index/library.js";
import { period, PeriodError } from "./modules/statistics/period.js";
import { resultStatistics } from "./modules/statistics/service.js";
import { statisticsTable } from "./modules/statistics/table.js";
import { OFFICE_MIGRATIONS } from "./server.js";

const USAGE = `usage:
  pnpm office export-library --file <path.xlsx|path.csv> [--min-departments 2]
  pnpm office export-statistics --year <YYYY> [--half 1|2] --file <path.xlsx|path.csv|path.json>`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { file: { type: "string" }, "min-departments": { type: "string" }, year: { type: "string" }, half: { type: "string" } },
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.file || (command !== "export-library" && command !== "export-statistics")) throw new UsageError(USAGE);
  const file = resolve(process.cwd(), values.file);
  const ext = extname(file).toLowerCase();
  if (![".csv", ".xlsx", ...(command === "export-statistics" ? [".json"] : [])].includes(ext)) throw new UsageError(`cannot write ${ext || "a file without extension"}\n${USAGE}`);
  const config = loadConfig();
  const names = Object.fromEntries(config.departments.map((d) => [d.code, d.name]));
  let task: (db: Parameters<typeof exportLibrary>[0]) => Promise<string>;
  if (command === "export-library") {
    const minDepartments = Number(values["min-departments"] ?? 2);
    if (!Number.isInteger(minDepartments) || minDepartments < 2) throw new UsageError("--min-departments must be an integer of at least 2");
    task = async (db) => `wrote ${await exportLibrary(db, file, minDepartments, names)} targets held by ${minDepartments}+ departments to ${file}`;
  } else {
    let p: ReturnType<typeof period>;
    try {
      p = period(Number(values.year), values.half === undefined ? undefined : Number(values.half));
    } catch (e) {
      if (e instanceof PeriodError) throw new UsageError(`${e.message}\n${USAGE}`);
      throw e;
    }
    task = async (db) => {
      const stats = await resultStatistics(db, config.departments.map((d) => d.code), config.resultCategories, p);
      if (ext === ".json") writeFileSync(file, JSON.stringify({ period: p.label, departments: stats }, null, 2));
      else {
        const { headers, rows } = statisticsTable(stats, names);
        await writeTable(file, `统计 ${p.label}`, headers, [rows]);
      }
      return `wrote ${p.label} statistics of ${stats.length} departments to ${file}`;
    };
  }
  const storage = await openStorage({
    name: "office",
    drizzleSchema: officeSchema,
    migrationsFolder: OFFICE_MIGRATIONS,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? resolve(REPO_ROOT, "data"),
  });
  try {
    console.log(await task(storage.db));
    return 0;
  } finally {
    await storage.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof UsageError ? e.message : `export failed: ${(e as Error).message}`);
      process.exit(e instanceof UsageError ? 2 : 1);
    },
  );
}
