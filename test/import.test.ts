/**
 * Bulk import of the directories: every row validated, every error reported with its row number,
 * the whole file in one transaction or nothing; re-import upserts. On PGlite and PostgreSQL.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEPARTMENT_MIGRATIONS, departmentSchema, importDirectory, type DepartmentDb } from "@hub/department";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { LOCK_FILE, openStorage, StorageError, type Storage } from "@hub/kit";
import { REPO_ROOT } from "@hub/schema";
import { count, eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { csv, TARGET_HEADERS, xlsx } from "./support/files.js";
import { createTestDatabase, DRIVERS } from "./support/hub.js";

const run = promisify(execFile);
const CLASSES = ["A", "B", "C", "D"];
const code = (i: number) => syntheticUscc(i, "440304");
const row = (i: number, over: Record<number, string> = {}) => {
  const r = [code(i), `深圳市示例${i}号物流有限公司`, "深圳市福田区深南大道1号", "李四", "0755-12345678", "G5430", "440304", "中", "B", "两客一危，重点监管对象", "存续"];
  for (const [k, v] of Object.entries(over)) r[Number(k)] = v;
  return r;
};

describe.each(DRIVERS)("directory import on %s", (driver) => {
  let storage: Storage<typeof departmentSchema>;
  let db: DepartmentDb;
  let dropDb: (() => Promise<void>) | undefined;
  const targets = async () => Number((await db.select({ n: count() }).from(departmentSchema.targets))[0]!.n);
  const imp = (kind: "targets" | "inspectors", format: "CSV" | "XLSX", source: Uint8Array | string) =>
    importDirectory({ db, kind, format, source: typeof source === "string" ? Buffer.from(source) : source, creditClasses: CLASSES });

  beforeAll(async () => {
    const database = driver === "postgres" ? await createTestDatabase() : undefined;
    dropDb = database?.drop;
    storage = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database?.url, dataDir: "memory://" });
    db = storage.db as DepartmentDb;
  });
  afterAll(async () => {
    await storage?.close();
    await dropDb?.();
  });
  beforeEach(async () => {
    await db.delete(departmentSchema.targets);
    await db.delete(departmentSchema.inspectors);
  });

  it("a file with bad rows is rejected whole: each error has its row, column and reason; nothing is written", async () => {
    const file = csv([
      TARGET_HEADERS,
      row(1),
      row(2, { 0: "91440304MA5XXXXXX1" }), // row 3: check character
      row(3, { 1: "" }), // row 4: name missing
      row(4, { 7: "极高", 8: "Z" }), // row 5: risk and credit
      row(1), // row 6: duplicate of row 2
      row(5, { 4: "call me" }), // row 7: phone
    ]);
    const r = await imp("targets", "CSV", file);
    expect(r.status).toBe("REJECTED");
    expect(r.inserted + r.updated).toBe(0);
    expect(r.rowsRead).toBe(6);
    const byRow = (n: number) => r.errors.filter((e) => e.row === n);
    expect(byRow(3)).toEqual([expect.objectContaining({ column: "统一社会信用代码", reason: expect.stringMatching(/校验码|CHARSET|字符/) })]);
    expect(byRow(4)).toEqual([expect.objectContaining({ column: "名称" })]);
    expect(byRow(5).map((e) => e.column).sort()).toEqual(["信用等级", "风险等级"]);
    expect(byRow(6)[0]!.reason).toMatch(/duplicates row 2/);
    expect(byRow(7)[0]!.column).toBe("联系电话");
    expect(r.errorCount).toBe(6);
    expect(await targets()).toBe(0);
  });

  it("a valid XLSX lands whole; re-import upserts by USCC", async () => {
    const first = await imp("targets", "XLSX", await xlsx([TARGET_HEADERS, ...Array.from({ length: 300 }, (_, i) => row(i))]));
    expect(first).toMatchObject({ status: "COMMITTED", rowsRead: 300, inserted: 300, updated: 0 });
    const second = await imp("targets", "XLSX", await xlsx([TARGET_HEADERS, ...Array.from({ length: 310 }, (_, i) => row(i, { 8: "D" }))]));
    expect(second).toMatchObject({ status: "COMMITTED", inserted: 10, updated: 300 });
    expect(await targets()).toBe(310);
    const [t] = await db.select().from(departmentSchema.targets).where(eq(departmentSchema.targets.uscc, code(7)));
    expect(t).toMatchObject({ creditClass: "D", riskLevel: "MEDIUM", status: "ACTIVE", tags: ["两客一危", "重点监管对象"] });
  });

  it("reads GB18030 CSV as exported by Chinese Excel, and a BOM-prefixed UTF-8 one", async () => {
    const text = csv([TARGET_HEADERS, row(1), row(2)]);
    const encoded = iconv.encode(text, "gb18030");
    expect(encoded.equals(Buffer.from(text))).toBe(false);
    expect(await imp("targets", "CSV", encoded)).toMatchObject({ status: "COMMITTED", inserted: 2 });
    const [t] = await db.select().from(departmentSchema.targets).where(eq(departmentSchema.targets.uscc, code(1)));
    expect(t!.name).toBe("深圳市示例1号物流有限公司");
    expect(await imp("targets", "CSV", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toMatchObject({ status: "COMMITTED", updated: 0, unchanged: 2 }); // the same records, read alike
  });

  it("reports missing required columns, an empty file, and a broken XLSX instead of failing", async () => {
    const noCredit = await imp("targets", "CSV", csv([["统一社会信用代码", "名称", "风险等级"], [code(1), "某公司", "低"]]));
    expect(noCredit.status).toBe("REJECTED");
    expect(noCredit.errors[0]).toMatchObject({ row: 1, reason: expect.stringContaining("信用等级") });
    expect((await imp("targets", "CSV", "统一社会信用代码,名称,风险等级,信用等级\n")).errors[0]!.reason).toMatch(/no data rows/);
    expect((await imp("targets", "XLSX", Buffer.from("not a zip"))).errors[0]!.reason).toMatch(/XLSX/);
    expect(await targets()).toBe(0);
  });

  it("an 18-digit ID number stored by Excel as a number is caught, not silently rounded", async () => {
    const file = await xlsx([
      ["统一社会信用代码", "名称", "风险等级", "信用等级", "对象类型"],
      [110105194912310021, "王五烧烤店", "低", "A", "个体工商户"],
      ["11010519491231002X", "赵六小吃店", "低", "A", "个体工商户"],
    ]);
    const r = await imp("targets", "XLSX", file);
    expect(r.status).toBe("REJECTED");
    expect(r.errors.find((e) => e.row === 2)!.reason).toMatch(/文本格式|as text/);
    expect(r.errors.some((e) => e.row === 3)).toBe(false);
  });

  it("imports inspectors keyed by certificate number, with conflicts of interest validated", async () => {
    const headers = ["执法证号", "姓名", "性别", "职务", "工作单位", "业务专长", "状态", "回避对象"];
    const bad = await imp("inspectors", "CSV", csv([headers, ["44030012345", "陈七", "男", "科员", "一大队", "食品安全、特种设备", "在岗", "91330100716105852G"]]));
    expect(bad.errors[0]).toMatchObject({ row: 2, column: "回避对象" });
    const good = await imp("inspectors", "CSV", csv([headers,
      ["44030012345", "陈七", "男", "科员", "一大队", "食品安全、特种设备", "在岗", "91330100716105852F"],
      ["44030012346", "周八", "女", "科长", "二大队", "广告监管", "休假", ""]]));
    expect(good).toMatchObject({ status: "COMMITTED", inserted: 2 });
    const rows = await db.select().from(departmentSchema.inspectors);
    expect(rows.find((r) => r.name === "陈七")).toMatchObject({ gender: "MALE", expertise: ["食品安全", "特种设备"], conflicts: ["91330100716105852F"], status: "ACTIVE" });
    expect(rows.find((r) => r.name === "周八")!.status).toBe("ON_LEAVE");
  });
});

describe("storage", () => {
  it("PGlite keeps data across restarts and refuses a second process on the same data directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-pglite-"));
    try {
      const opts = { name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, dataDir: dir };
      const a = await openStorage(opts);
      await expect(openStorage(opts)).rejects.toThrow(StorageError);
      await expect(openStorage(opts)).rejects.toThrow(/in use/);
      const r = await importDirectory({ db: a.db as DepartmentDb, kind: "targets", format: "CSV", source: Buffer.from(csv([TARGET_HEADERS, row(1)])), creditClasses: CLASSES });
      expect(r.status).toBe("COMMITTED");
      await a.close();
      const b = await openStorage(opts);
      expect((await b.db.select().from(departmentSchema.targets)).map((t) => t.uscc)).toEqual([code(1)]);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("PGlite's lock names its process: a live holder is refused by pid, a dead one's lock is taken over", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-lock-"));
    const { spawn, spawnSync } = await import("node:child_process");
    const sleeper = spawn("sleep", ["60"]);
    try {
      const opts = { name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, dataDir: dir };
      const lockPath = join(dir, "market", LOCK_FILE);
      mkdirSync(join(dir, "market"), { recursive: true });
      writeFileSync(lockPath, JSON.stringify({ pid: sleeper.pid, host: hostname(), since: "2026-12-01T00:00:00.000Z" }));
      await expect(openStorage(opts)).rejects.toThrow(new RegExp(`in use by process ${sleeper.pid}`));
      // A process that has ended: its lock is stale.
      const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim();
      writeFileSync(lockPath, JSON.stringify({ pid: Number(gone), host: hostname(), since: "2026-12-01T00:00:00.000Z" }));
      const s = await openStorage(opts);
      expect(JSON.parse(readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
      await s.close();
      expect(existsSync(lockPath)).toBe(false);
    } finally {
      sleeper.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the import CLI validates, shows progress on a large file, and exits non-zero on a bad file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-cli-"));
    try {
      const big = join(dir, "名录.csv");
      writeFileSync(big, csv([TARGET_HEADERS, ...Array.from({ length: 25_000 }, (_, i) => row(i))]));
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "" };
      const ok = await run("npx", ["tsx", "subgraphs/department/src/cli.ts", "import", "--department", "market", "--kind", "targets", "--file", big], { cwd: REPO_ROOT, env });
      expect(ok.stdout).toMatch(/COMMITTED: 25000 rows \(25000 new, 0 updated, 0 unchanged; 0 values cleared by empty cells\)/);
      expect(ok.stderr).toMatch(/validated 10000 rows…[\s\S]*validated 20000 rows…[\s\S]*written 25000\/25000 rows/);
      // --dry-run: the comparison, nothing written.
      const changed = join(dir, "changed.csv");
      writeFileSync(changed, csv([TARGET_HEADERS, row(1, { 8: "D" }), row(2), row(30_000)]));
      const preview = await run("npx", ["tsx", "subgraphs/department/src/cli.ts", "import", "--department", "market", "--kind", "targets", "--file", changed, "--dry-run"], { cwd: REPO_ROOT, env });
      expect(preview.stdout).toMatch(/PREVIEW: 3 rows \(1 new, 1 updated, 1 unchanged; 0 values cleared by empty cells\) — nothing was written/);
      expect(preview.stdout).toMatch(new RegExp(`row 2 ${code(1)}: 信用等级`));
      const again = await run("npx", ["tsx", "subgraphs/department/src/cli.ts", "import", "--department", "market", "--kind", "targets", "--file", changed, "--dry-run"], { cwd: REPO_ROOT, env });
      expect(again.stdout).toMatch(/PREVIEW: 3 rows \(1 new, 1 updated, 1 unchanged/);
      const bad = join(dir, "bad.csv");
      writeFileSync(bad, csv([TARGET_HEADERS, row(1, { 0: "123" })]));
      const failed = await run("npx", ["tsx", "subgraphs/department/src/cli.ts", "import", "--department", "market", "--kind", "targets", "--file", bad], { cwd: REPO_ROOT, env }).catch((e) => e);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/REJECTED[\s\S]*row 2 \[统一社会信用代码\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
