/**
 * The department command line, straight against a department's database (PostgreSQL via
 * DATABASE_URL, or the demo's PGlite directory, which must not be in use by a running demo):
 *
 *   pnpm hub import --department market --kind targets --file 名录.xlsx [--dry-run]
 *     Validates every row first and compares it with the directory; writes all changed rows in one
 *     transaction or none (--dry-run: writes nothing, says what would change). Progress on stderr.
 *   pnpm hub export-draw --department market --draw 1 --file draw-1.json
 *     Writes a draw's record, eligible population and inspector pool as JSON, so that anyone can
 *     re-check it with their own implementation of the documented algorithm.
 *   pnpm hub export --department market --kind results --file 结果.xlsx [--profile provincial] [--from 2026-01-01 --to 2026-06-30]
 *     一单两库一计划一结果 for higher platforms: items, targets, inspectors, plans (published) or
 *     results (published), as CSV or XLSX, columns per the export profile of hub.config.json.
 */
import { writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStorage, systemClock, tableFormat, writeTable } from "@hub/kit";
import { isIsoDate, loadConfig, REPO_ROOT, resolveDepartment, type DepartmentConfig } from "@hub/schema";
import { departmentSchema } from "./db/schema.js";
import { importDirectory, type DirectoryKind } from "./modules/directory/import/importer.js";
import { committed } from "./modules/directory/service.js";
import type { TableFormat } from "./modules/directory/import/read-table.js";
import { exportDraw } from "./modules/draws/service.js";
import { columnsFor, EXPORT_KINDS, exportRecords, row, type ExportKind } from "./modules/exports/records.js";
import { DEPARTMENT_MIGRATIONS } from "./server.js";
import type { DepartmentDb } from "./shared/db.js";

const USAGE = `usage:
  pnpm hub import --department <code> --kind targets|inspectors --file <path.csv|path.xlsx> [--format CSV|XLSX] [--dry-run]
  pnpm hub export-draw --department <code> --draw <id> --file <path.json>
  pnpm hub export --department <code> --kind items|targets|inspectors|plans|results --file <path.csv|path.xlsx> [--profile <name>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`;

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

async function importCommand(department: DepartmentConfig, values: Record<string, string | undefined>, dryRun: boolean): Promise<number> {
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
      dryRun,
      onCommit: (tx, keys) => committed(tx, { identity: { subject: `cli:${userInfo().username}`, role: "cli" }, clock: systemClock, department: resolveDepartment(department) }, kind, keys),
      onProgress: (p) =>
        process.stderr.write(
          p.phase === "validating" ? `validated ${p.rows} rows…\n` : p.phase === "writing" ? `written ${p.rows}/${p.total} rows…\n` : p.phase === "comparing" ? `compared ${p.rows}/${p.total} rows…\n` : "",
        ),
    });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.status === "REJECTED") {
      console.error(`REJECTED: ${result.errorCount} problem(s) in ${result.rowsRead} rows; nothing was written.`);
      for (const e of result.errors) console.error(`  row ${e.row}${e.column ? ` [${e.column}]` : ""}: ${e.reason}`);
      if (result.errorCount > result.errors.length) console.error(`  … and ${result.errorCount - result.errors.length} more`);
      return 1;
    }
    const summary = `${result.rowsRead} rows (${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged; ${result.clearedValues} values cleared by empty cells)`;
    if (result.ignoredColumns.length) console.error(`columns not read (unknown headers): ${result.ignoredColumns.join(", ")}`);
    if (dryRun) {
      console.log(`PREVIEW: ${summary} — nothing was written`);
      for (const c of result.changes.filter((x) => x.action === "UPDATE").slice(0, 20))
        console.log(`  row ${c.row} ${c.key}: ${c.fields.join("、")}${c.cleared.length ? ` (cleared: ${c.cleared.join("、")})` : ""}`);
      if (result.updated > 20) console.log(`  … and ${result.updated - 20} more updated`);
      return 0;
    }
    console.log(`COMMITTED: ${summary} into ${department.code} ${kind} in ${seconds} s`);
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

async function exportCommand(department: DepartmentConfig, values: Record<string, string | undefined>): Promise<number> {
  const kind = values.kind as ExportKind;
  if (!EXPORT_KINDS.includes(kind)) fail(`--kind must be one of ${EXPORT_KINDS.join(", ")}\n${USAGE}`);
  if (!values.file) fail(USAGE);
  for (const d of [values.from, values.to]) if (d !== undefined && !isIsoDate(d)) fail(`"${d}" is not a date (YYYY-MM-DD)`);
  const dept = resolveDepartment(department);
  const profile = values.profile ? dept.exportProfiles[values.profile] : undefined;
  if (values.profile && !profile) fail(`no export profile "${values.profile}"; configured: ${Object.keys(dept.exportProfiles).join(", ") || "none"}`);
  const file = resolve(process.cwd(), values.file);
  try {
    tableFormat(file);
  } catch (e) {
    fail((e as Error).message);
  }
  const columns = (() => {
    try {
      return columnsFor(kind, profile, `exportProfiles.${values.profile}`);
    } catch (e) {
      return fail((e as Error).message);
    }
  })();
  const { db, close } = await openDepartment(department);
  try {
    let seen = 0;
    const batches = (async function* () {
      for await (const records of exportRecords(db, dept, kind, { from: values.from, to: values.to })) {
        seen += records.length;
        process.stderr.write(`read ${seen} ${kind}…\n`);
        yield records.map((r) => row(r, columns));
      }
    })();
    const n = await writeTable(file, kind, columns.map((c) => c.header), batches);
    console.log(`wrote ${n} ${kind} of ${department.code} to ${file}`);
    return 0;
  } finally {
    await close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values: Record<string, string | undefined>;
  let dryRun = false;
  try {
    const { values: parsed } = parseArgs({
      args: rest,
      options: {
        department: { type: "string" },
        kind: { type: "string" },
        file: { type: "string" },
        format: { type: "string" },
        draw: { type: "string" },
        profile: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        "dry-run": { type: "boolean" },
      },
    });
    const { "dry-run": flag, ...strings } = parsed;
    dryRun = flag === true;
    values = strings as Record<string, string | undefined>;
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const config = loadConfig();
  const department = config.departments.find((d) => d.code === values.department);
  if (!department) fail(`unknown department "${values.department ?? ""}"; configured: ${config.departments.map((d) => d.code).join(", ")}`);
  if (command === "import") return importCommand(department, values, dryRun);
  if (command === "export-draw") return exportDrawCommand(department, values);
  if (command === "export") return exportCommand(department, values);
  fail(USAGE);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => fail(`failed: ${(e as Error).message}`, 1),
  );
}
