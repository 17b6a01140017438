/**
 * The department command line, straight against a department's database (PostgreSQL via
 * DATABASE_URL, or the demo's PGlite directory, which must not be in use by a running demo):
 *
 *   pnpm hub import --department market --kind targets --file 名录.xlsx
 *     Validates every row first; writes all rows in one transaction or none. Progress on stderr.
 *   pnpm hub export-draw --department market --draw 1 --file draw-1.json
 *     Writes a draw's record, eligible population and inspector pool as JSON, so that anyone can
 *     re-check it with their own implementation of the documented algorithm.
 */
import { writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStorage } from "@hub/kit";
import { loadConfig, REPO_ROOT, type DepartmentConfig } from "@hub/schema";
import { departmentSchema } from "./db/schema.js";
import { exportDraw } from "./draws.js";
import { importDirectory, type DirectoryKind } from "./import/importer.js";
import type { TableFormat } from "./import/read-table.js";
import { audit } from "./repository/audit.js";
import type { DepartmentDb } from "./repository/targets.js";
import { DEPARTMENT_MIGRATIONS } from "./server.js";

const USAGE = `usage:
  pnpm hub import --department <code> --kind targets|inspectors --file <path.csv|path.xlsx> [--format CSV|XLSX]
  pnpm hub export-draw --department <code> --draw <id> --file <path.json>`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

async function openDepartment(department: DepartmentConfig) {
  const storage = await openStorage({
    name: department.code.toLowerCase(),
    drizzleSchema: departmentSchema,
    migrationsFolder: DEPARTMENT_MIGRATIONS,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? resolve(REPO_ROOT, "data"),
  }).catch((e: Error) => fail(`cannot open ${department.code}'s database: ${e.message}`, 1));
  return { db: storage.db as DepartmentDb, close: () => storage.close() };
}

async function importCommand(department: DepartmentConfig, values: Record<string, string | undefined>): Promise<number> {
  const kind = values.kind as DirectoryKind;
  if (kind !== "targets" && kind !== "inspectors") fail(`--kind must be targets or inspectors\n${USAGE}`);
  if (!values.file) fail(USAGE);
  const file = resolve(process.cwd(), values.file);
  const format = (values.format?.toUpperCase() ?? (extname(file).toLowerCase() === ".xlsx" ? "XLSX" : "CSV")) as TableFormat;
  if (format !== "CSV" && format !== "XLSX") fail("--format must be CSV or XLSX");
  const { db, close } = await openDepartment(department);
  const t0 = Date.now();
  try {
    const result = await importDirectory({
      db,
      kind,
      format,
      source: file,
      creditClasses: department.creditClasses ?? ["A", "B", "C", "D"],
      onCommit: (tx, keys) =>
        audit(tx, { subject: `cli:${userInfo().username}`, role: "cli" }, kind === "targets" ? "importTargets" : "importInspectors", keys),
      onProgress: (p) =>
        process.stderr.write(
          p.phase === "validating" ? `validated ${p.rows} rows…\n` : p.phase === "writing" ? `written ${p.rows}/${p.total} rows…\n` : "",
        ),
    });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.status === "REJECTED") {
      console.error(`REJECTED: ${result.errorCount} problem(s) in ${result.rowsRead} rows; nothing was written.`);
      for (const e of result.errors) console.error(`  row ${e.row}${e.column ? ` [${e.column}]` : ""}: ${e.reason}`);
      if (result.errorCount > result.errors.length) console.error(`  … and ${result.errorCount - result.errors.length} more`);
      return 1;
    }
    console.log(`COMMITTED: ${result.rowsRead} rows (${result.inserted} new, ${result.updated} updated) into ${department.code} ${kind} in ${seconds} s`);
    return 0;
  } finally {
    await close();
  }
}

async function exportDrawCommand(department: DepartmentConfig, values: Record<string, string | undefined>): Promise<number> {
  const id = Number(values.draw);
  if (!Number.isInteger(id) || id <= 0 || !values.file) fail(USAGE);
  const { db, close } = await openDepartment(department);
  try {
    const exported = await exportDraw(db, id);
    if (!exported) fail(`${department.code} has no draw ${id}`, 1);
    const file = resolve(process.cwd(), values.file);
    writeFileSync(file, JSON.stringify(exported));
    console.log(`wrote draw ${id} (${exported.population.length} eligible targets, ${exported.pool.length} inspectors) to ${file}`);
    return 0;
  } finally {
    await close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        department: { type: "string" },
        kind: { type: "string" },
        file: { type: "string" },
        format: { type: "string" },
        draw: { type: "string" },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const config = loadConfig();
  const department = config.departments.find((d) => d.code === values.department);
  if (!department) fail(`unknown department "${values.department ?? ""}"; configured: ${config.departments.map((d) => d.code).join(", ")}`);
  if (command === "import") return importCommand(department, values);
  if (command === "export-draw") return exportDrawCommand(department, values);
  fail(USAGE);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => fail(`failed: ${(e as Error).message}`, 1),
  );
}
