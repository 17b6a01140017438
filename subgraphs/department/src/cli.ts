/**
 * `pnpm hub import --department market --kind targets --file 名录.xlsx`
 *
 * Imports a directory file straight into a department's database (PostgreSQL via DATABASE_URL, or
 * the PGlite data directory of the demo, which must not be running at the same time). Validates
 * every row first; writes all rows in one transaction or none. Progress goes to stderr.
 */
import { userInfo } from "node:os";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStorage } from "@hub/kit";
import { loadConfig, REPO_ROOT } from "@hub/schema";
import { departmentSchema } from "./db/schema.js";
import { importDirectory, type DirectoryKind } from "./import/importer.js";
import type { TableFormat } from "./import/read-table.js";
import { audit } from "./repository/audit.js";
import type { DepartmentDb } from "./repository/targets.js";
import { DEPARTMENT_MIGRATIONS } from "./server.js";

const USAGE = `usage: pnpm hub import --department <code> --kind targets|inspectors --file <path.csv|path.xlsx> [--format CSV|XLSX]`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "import") fail(USAGE);
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { department: { type: "string" }, kind: { type: "string" }, file: { type: "string" }, format: { type: "string" } },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const config = loadConfig();
  const department = config.departments.find((d) => d.code === values.department);
  if (!department) fail(`unknown department "${values.department ?? ""}"; configured: ${config.departments.map((d) => d.code).join(", ")}`);
  const kind = values.kind as DirectoryKind;
  if (kind !== "targets" && kind !== "inspectors") fail(`--kind must be targets or inspectors\n${USAGE}`);
  if (!values.file) fail(USAGE);
  const file = resolve(process.cwd(), values.file);
  const format = (values.format?.toUpperCase() ?? (extname(file).toLowerCase() === ".xlsx" ? "XLSX" : "CSV")) as TableFormat;
  if (format !== "CSV" && format !== "XLSX") fail("--format must be CSV or XLSX");

  const storage = await openStorage({
    name: department.code.toLowerCase(),
    drizzleSchema: departmentSchema,
    migrationsFolder: DEPARTMENT_MIGRATIONS,
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR ?? resolve(REPO_ROOT, "data"),
  }).catch((e: Error) => fail(`cannot open ${department.code}'s database: ${e.message}`, 1));
  const t0 = Date.now();
  try {
    const result = await importDirectory({
      db: storage.db as DepartmentDb,
      kind,
      format,
      source: file,
      creditClasses: department.creditClasses ?? ["A", "B", "C", "D"],
      onCommit: (tx, keys) =>
        audit(tx, { subject: `cli:${userInfo().username}`, role: "cli" }, kind === "targets" ? "importTargets" : "importInspectors", keys),
      onProgress: (p) =>
        process.stderr.write(
          p.phase === "validating"
            ? `validated ${p.rows} rows…\n`
            : p.phase === "writing"
              ? `written ${p.rows}/${p.total} rows…\n`
              : "",
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
    await storage.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => fail(`import failed: ${(e as Error).message}`, 1),
  );
}
