/**
 * What an import file means, through the gateway and against real storage: a column the file does
 * not have leaves the field alone; an empty cell clears it and is counted; a preview writes
 * nothing; rows that change nothing are not written; the default export imports back unchanged
 * (a property test over random directories, CSV and XLSX); wrong files get a prompt, clear refusal.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  columnsFor,
  DEPARTMENT_MIGRATIONS,
  departmentSchema,
  exportRecords,
  importDirectory,
  inspectorValuesByCertificate,
  row,
  targetValuesByUscc,
  upsertInspectors,
  upsertTargets,
  type DepartmentDb,
  type ExportKind,
  type InspectorValues,
  type TargetValues,
} from "@hub/department";
import { generateCompanies, syntheticUscc } from "@hub/gateway/synthetic";
import { targetFilter } from "../subgraphs/department/src/modules/directory/filters.js";
import { listTargets } from "../subgraphs/department/src/modules/directory/store.js";
import { SEARCH_COUNT_CAP } from "../subgraphs/department/src/shared/sql.js";
import { openStorage, writeTable, type Storage } from "@hub/kit";
import { completeUscc, Gender, InspectorStatus, resolveDepartment, RiskLevel, TargetKind, TargetStatus } from "@hub/schema";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS, xlsx } from "./support/files.js";
import { createTestDatabase, DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, bearer, dashboard, officer } from "./support/tokens.js";

const code = (i: number) => syntheticUscc(i, "440306");
const full = (i: number, over: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    统一社会信用代码: code(i), 名称: `深圳市宝安${i}号物流有限公司`, 住所: `深圳市宝安区宝安大道${i}号`, 法定代表人: "李四", 联系电话: "0755-12345678",
    行业: "G5430", 区域: "440306", 风险等级: "中", 信用等级: "B", 标签: "两客一危、重点监管对象", 状态: "存续", ...over,
  };
  return TARGET_HEADERS.map((h) => base[h]!);
};
const REPORT = `status dryRun rowsRead inserted updated unchanged clearedValues changeCount changes { row key action fields cleared } ignoredColumns errorCount errors { row column reason }`;
const INSPECTOR_HEADERS = ["执法证号", "姓名", "性别", "职务", "工作单位", "业务专长", "状态", "回避对象"];

describe.each(DRIVERS)("directory imports through the gateway on %s", (driver) => {
  let hub: TestHub;
  const importFile = async (kind: "Targets" | "Inspectors", content: string | Buffer, format: "CSV" | "XLSX" = "CSV", dryRun = false) => {
    const r = await hub.query(`mutation($i: ImportInput!) { market { import${kind}(input: $i) { ${REPORT} } } }`, { i: { format, contentBase64: b64(content), dryRun } }, officer("market"));
    expect(r.errors).toBeUndefined();
    return r.data.market[`import${kind}`];
  };
  const target = async (uscc: string) =>
    (await hub.query(`query($u: String!) { market { target(uscc: $u) { name address legalRepresentative phone industry region riskLevel creditClass tags status kind } } }`, { u: uscc }, officer("market"))).data.market.target;
  const inspector = async (search: string) =>
    (await hub.query(`query($s: String!) { market { inspectors(filter: { search: $s }) { edges { node { certificateNumber name gender position unit expertise status conflicts } } } } }`, { s: search }, officer("market"))).data.market.inspectors.edges[0]?.node;

  beforeAll(async () => {
    hub = await startTestHub(driver, [{ code: "market", name: "市场监督管理局", port: 1 }]);
  });
  afterAll(async () => hub?.close());

  it("a file without the optional columns changes only what it carries: region, tags, phone… stay", async () => {
    expect(await importFile("Targets", csv([TARGET_HEADERS, full(1), full(2), full(3)]))).toMatchObject({ status: "COMMITTED", inserted: 3 });
    const before = await target(code(1));
    expect(before).toMatchObject({ region: "440306", tags: ["两客一危", "重点监管对象"], phone: "0755-12345678", industry: "G5430" });
    // The four required columns only, with a new credit class for one target and the same values for another.
    const four = ["统一社会信用代码", "名称", "风险等级", "信用等级"];
    const update = await importFile("Targets", csv([four, [code(1), `深圳市宝安1号物流有限公司`, "中", "D"], [code(2), "深圳市宝安2号物流有限公司", "中", "B"]]));
    expect(update).toMatchObject({ status: "COMMITTED", rowsRead: 2, inserted: 0, updated: 1, unchanged: 1, clearedValues: 0, changeCount: 1 });
    expect(update.changes).toEqual([{ row: 2, key: code(1), action: "UPDATE", fields: ["信用等级"], cleared: [] }]);
    expect(await target(code(1))).toEqual({ ...before, creditClass: "D" });
  });

  it("an empty cell in a column the file has clears the value, and the report counts it; 状态 keeps its value", async () => {
    const r = await importFile("Targets", csv([["统一社会信用代码", "名称", "风险等级", "信用等级", "标签", "联系电话", "状态"], [code(3), "深圳市宝安3号物流有限公司", "中", "B", "", "", ""]]));
    expect(r).toMatchObject({ status: "COMMITTED", updated: 1, clearedValues: 2 });
    expect(r.changes[0]).toMatchObject({ fields: expect.arrayContaining(["标签", "联系电话"]), cleared: expect.arrayContaining(["标签", "联系电话"]) });
    expect(await target(code(3))).toMatchObject({ tags: [], phone: null, status: "ACTIVE", region: "440306" });
  });

  it("a preview says what would change and writes nothing", async () => {
    const before = await target(code(2));
    const file = csv([TARGET_HEADERS, full(2, { 风险等级: "高", 标签: "" }), full(3, { 标签: "", 联系电话: "" }), full(4)]);
    const preview = await importFile("Targets", file, "CSV", true);
    expect(preview).toMatchObject({ status: "PREVIEW", dryRun: true, rowsRead: 3, inserted: 1, updated: 1, unchanged: 1, clearedValues: 1, changeCount: 2 });
    expect(preview.changes).toEqual([
      { row: 2, key: code(2), action: "UPDATE", fields: ["风险等级", "标签"], cleared: ["标签"] },
      { row: 4, key: code(4), action: "INSERT", fields: [], cleared: [] },
    ]);
    expect(await target(code(2))).toEqual(before);
    expect(await target(code(4))).toBeNull();
    // The same file for real does what the preview said.
    expect(await importFile("Targets", file)).toMatchObject({ status: "COMMITTED", inserted: 1, updated: 1, unchanged: 1 });
    expect(await target(code(2))).toMatchObject({ riskLevel: "HIGH", tags: [] });
  });

  it("unknown columns are named in the report, not read", async () => {
    const r = await importFile("Targets", csv([[...TARGET_HEADERS, "备注"], [...full(4), "新开业"]]), "CSV", true);
    expect(r.changes).toEqual([]);
    expect(r).toMatchObject({ status: "PREVIEW", unchanged: 1, ignoredColumns: ["备注"] });
  });

  it("inspectors: a file of certificate numbers and names keeps gender, expertise, status and conflicts", async () => {
    const rows = [["44030600001", "陈七", "男", "科员", "一大队", "食品安全、特种设备", "休假", code(1)]];
    expect(await importFile("Inspectors", csv([INSPECTOR_HEADERS, ...rows]))).toMatchObject({ status: "COMMITTED", inserted: 1 });
    const r = await importFile("Inspectors", csv([["执法证号", "姓名"], ["44030600001", "陈七"]]));
    expect(r).toMatchObject({ status: "COMMITTED", updated: 0, unchanged: 1 });
    expect(await inspector("44030600001")).toEqual({
      certificateNumber: "44030600001", name: "陈七", gender: "MALE", position: "科员", unit: "一大队", expertise: ["食品安全", "特种设备"], status: "ON_LEAVE", conflicts: [code(1)],
    });
    const cleared = await importFile("Inspectors", csv([["执法证号", "姓名", "回避对象"], ["44030600001", "陈七", ""]]));
    expect(cleared).toMatchObject({ updated: 1, clearedValues: 1, changes: [{ fields: ["回避对象"], cleared: ["回避对象"] }] });
  });

  it("upsertTarget and upsertInspector leave out what the input leaves out; null clears", async () => {
    const up = (t: Record<string, unknown>) =>
      hub.query(`mutation($t: TargetInput!) { market { upsertTarget(input: $t) { tags region address status } } }`, { t }, officer("market"));
    const kept = await up({ uscc: code(1), name: "深圳市宝安1号物流有限公司", riskLevel: "MEDIUM", creditClass: "D" });
    expect(kept.data.market.upsertTarget).toEqual({ tags: ["两客一危", "重点监管对象"], region: "440306", address: "深圳市宝安区宝安大道1号", status: "ACTIVE" });
    const nulled = await up({ uscc: code(1), name: "深圳市宝安1号物流有限公司", riskLevel: "MEDIUM", creditClass: "D", address: null });
    expect(nulled.data.market.upsertTarget).toMatchObject({ address: null, region: "440306" });
    const i = await hub.query(`mutation { market { upsertInspector(input: { certificateNumber: "44030600001", name: "陈七", unit: "二大队" }) { unit expertise status gender } } }`, {}, officer("market"));
    expect(i.data.market.upsertInspector).toEqual({ unit: "二大队", expertise: ["食品安全", "特种设备"], status: "ON_LEAVE", gender: "MALE" });
  });

  it("an 18-digit code Excel rounded gets the one hint that helps, in CSV and in XLSX", async () => {
    const mangled = await importFile("Targets", csv([TARGET_HEADERS, full(5, { 统一社会信用代码: "9.13209E+17" })]));
    expect(mangled.status).toBe("REJECTED");
    expect(mangled.errors).toEqual([{ row: 2, column: "统一社会信用代码", reason: expect.stringMatching(/文本格式/) }]);
    const numeric = await importFile("Targets", await xlsx([["统一社会信用代码", "名称", "风险等级", "信用等级"], [913209021234567890, "某公司", "低", "A"]]), "XLSX");
    expect(numeric.errors).toEqual([{ row: 2, column: "统一社会信用代码", reason: expect.stringMatching(/文本格式/) }]);
  });

  it("an empty file, an XLSX sent as CSV and a CSV sent as XLSX are refused at once, saying what the file is", async () => {
    const t0 = Date.now();
    const empty = await hub.query(`mutation { market { importTargets(input: { format: XLSX, contentBase64: "" }) { status errors { reason } } } }`, {}, officer("market"));
    expect(empty.errors).toBeUndefined(); // not DEPARTMENT_UNAVAILABLE after the gateway's timeout
    expect(empty.data.market.importTargets).toEqual({ status: "REJECTED", errors: [{ reason: expect.stringMatching(/文件为空/) }] });
    expect(Date.now() - t0).toBeLessThan(hub.config.gateway.subgraphTimeoutMs);
    const workbook = await xlsx([TARGET_HEADERS, full(6)]);
    const asCsv = await importFile("Targets", workbook, "CSV");
    expect(asCsv.errors).toEqual([{ row: 0, column: null, reason: expect.stringMatching(/是 XLSX.*不是 CSV/) }]);
    expect(JSON.stringify(asCsv)).not.toMatch(/PK|\\u0003|\\u0000/);
    const asXlsx = await importFile("Targets", csv([TARGET_HEADERS, full(6)]), "XLSX");
    expect(asXlsx.errors[0].reason).toMatch(/CSV\/文本，不是 XLSX/);
    const legacy = await importFile("Targets", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "XLSX");
    expect(legacy.errors[0].reason).toMatch(/XLS \(Excel 97–2003\)/);
    expect(await target(code(6))).toBeNull();
  });

  it("an import as a job: returned at once, followed to its report; a rejected file writes nothing; only its department sees the job", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => full(500 + i));
    const start = async (content: string) => {
      const r = await hub.query(`mutation($i: ImportInput!) { market { importTargetsJob(input: $i) { id kind state requestedBy } } }`, { i: { format: "CSV", contentBase64: b64(content) } }, officer("market"));
      expect(r.errors).toBeUndefined();
      return r.data.market.importTargetsJob;
    };
    const follow = async (id: string) => {
      for (;;) {
        const r = await hub.query(`query($id: ID!) { market { job(id: $id) { state done total step result error } } }`, { id }, officer("market"));
        const job = r.data.market.job;
        if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(job.state)) return job;
        await new Promise((done) => setTimeout(done, 50));
      }
    };
    const job = await start(csv([TARGET_HEADERS, ...rows]));
    expect(job).toMatchObject({ kind: "import", requestedBy: "market-officer" });
    const done = await follow(job.id);
    expect(done).toMatchObject({ state: "SUCCEEDED", error: null, step: "完成", done: 40 });
    expect(done.result).toMatchObject({ status: "COMMITTED", inserted: 40, errorCount: 0 });
    expect(await target(code(539))).toMatchObject({ name: "深圳市宝安539号物流有限公司" });
    // a bad row: the job ends with the report of a rejected import, and nothing of the file is written
    const bad = await follow((await start(csv([TARGET_HEADERS, full(600), full(601, { 风险等级: "极高" })]))).id);
    expect(bad.result).toMatchObject({ status: "REJECTED", inserted: 0, errorCount: 1, errors: [{ row: 3, column: "风险等级" }] });
    expect(await target(code(600))).toBeNull();
    // the uploaded files are gone once imported; another department's officer cannot read the job
    expect((await hub.departments.market!.db.select().from(departmentSchema.importFiles)).length).toBe(0);
    const foreign = await hub.query(`query($id: ID!) { market { job(id: $id) { state } } }`, { id: job.id }, dashboard);
    expect(foreign.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const trail = await hub.query(`{ market { auditLog(operation: "importTargetsJob", first: 1) { entries { affectedIds } } } }`, {}, admin("market"));
    expect(trail.data.market.auditLog.entries.length).toBe(1);
  });

  it("a file larger than a GraphQL request goes up through /uploads, streamed to the department, and imports as a job", async () => {
    // 12,000 rows with long addresses: about 10 MB, over the gateway's 8 MB body limit
    const street = "南山区科技园高新南一道创维大厦".repeat(15);
    const rows = Array.from({ length: 12_000 }, (_, i) => full(20_000 + i, { 住所: `深圳市${street}${i}号` }));
    const file = Buffer.from(csv([TARGET_HEADERS, ...rows]));
    expect(file.length).toBeGreaterThan(9 * 1024 * 1024);
    const upload = (path: string, body: Buffer | string, as = officer("market")) =>
      bearer(as).then((h) => fetch(`${hub.gateway.url.replace("/graphql", "")}/uploads/${path}`, { method: "POST", headers: { ...h, "content-type": "application/octet-stream" }, body }));
    const follow = async (id: string) => {
      for (;;) {
        const job = (await hub.query(`query($id: ID!) { market { job(id: $id) { state result error } } }`, { id }, officer("market"))).data.market.job;
        if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(job.state)) return job;
        await new Promise((done) => setTimeout(done, 100));
      }
    };
    // the check first (nothing written), then the import
    const preview = await upload("market/import-targets?format=csv&dryRun=true", file);
    expect(preview.status).toBe(200);
    expect((await follow(((await preview.json()) as { id: string }).id)).result).toMatchObject({ status: "PREVIEW", inserted: 12_000, errorCount: 0 });
    expect(await target(code(20_000))).toBeNull();
    const started = await upload("market/import-targets?format=csv", file);
    const done = await follow(((await started.json()) as { id: string }).id);
    expect(done).toMatchObject({ state: "SUCCEEDED", result: { status: "COMMITTED", inserted: 12_000 } });
    expect(await target(code(31_999))).toMatchObject({ name: "深圳市宝安31999号物流有限公司" });
    expect((await hub.departments.market!.db.select().from(departmentSchema.importFileParts)).length).toBe(0);
    // refused before the body is read: the public, a dashboard, a wrong format, no such upload or service; each in words
    const refusals = await Promise.all([
      upload("market/import-targets?format=csv", "x", "public" as never),
      upload("market/import-targets?format=csv", "x", dashboard),
      upload("market/import-targets?format=pdf", "x"),
      upload("market/import-nothing?format=csv", "x"),
      upload("nowhere/import-targets?format=csv", "x"),
    ]);
    const said = await Promise.all(refusals.map(async (r) => `${r.status} ${((await r.json()) as { errors: { message: string }[] }).errors[0]!.message}`));
    expect(said.map((s) => Number(s.slice(0, 3))), said.join("; ")).toEqual([403, 403, 400, 404, 404]);

  }, 180_000);

  it("a request body over the limit is refused with the way to import a larger file", async () => {
    const res = await fetch(hub.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ departments { code } }", pad: "x".repeat(9 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; limit: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE", limit: "8mb" }, message: expect.stringMatching(/hub import --department/) });
  });

  it("the default export of the directory imports back through the gateway without a change", async () => {
    const dept = resolveDepartment(hub.config.departments[0]!);
    for (const [kind, mutation] of [["targets", "Targets"], ["inspectors", "Inspectors"]] as const) {
      const dir = mkdtempSync(join(tmpdir(), "hub-roundtrip-"));
      try {
        const file = join(dir, `${kind}.xlsx`);
        await writeExport(hub.departments.market!.db, dept, kind, file);
        const { readFileSync } = await import("node:fs");
        const sheet = (await new ExcelJS.Workbook().xlsx.readFile(file)).worksheets[0]!;
        const headers = (sheet.getRow(1).values as string[]).slice(1);
        const cell = (h: string) => String(sheet.getRow(2).getCell(headers.indexOf(h) + 1).value);
        if (kind === "targets") {
          expect(headers).toEqual(["统一社会信用代码", "名称", "住所", "法定代表人", "联系电话", "行业", "区域", "风险等级", "信用等级", "标签", "状态", "对象类型"]);
          expect([cell("风险等级"), cell("状态"), cell("对象类型")]).toEqual(["中", "存续", "企业"]);
        } else {
          expect(headers).toEqual(INSPECTOR_HEADERS);
          expect([cell("性别"), cell("状态")]).toEqual(["男", "休假"]);
        }
        const r = await importFile(mutation, readFileSync(file), "XLSX");
        expect(r).toMatchObject({ status: "COMMITTED", inserted: 0, updated: 0, errorCount: 0, ignoredColumns: [] });
        expect(r.unchanged).toBe(r.rowsRead);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

async function writeExport(db: DepartmentDb, dept: ReturnType<typeof resolveDepartment>, kind: ExportKind, file: string) {
  const cols = columnsFor(kind);
  const batches = (async function* () {
    for await (const records of exportRecords(db, dept, kind)) yield records.map((r) => row(r, cols));
  })();
  return writeTable(file, kind, cols.map((c) => c.header), batches);
}

/** A valid resident ID (GB 11643) for the i-th synthetic individual business. */
function residentId(i: number): string {
  const body = `110105${19500101 + (i % 28)}${String(i % 1000).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, k) => s + Number(d) * weights[k]!, 0);
  return body + "10X98765432"[sum % 11];
}

const text = (chars: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((cs) => cs.join("").trim()).filter((s) => s.length >= min);
const NAME_CHARS = "深圳市宝安区物流贸易有限公司科技（）()-,，\"'&A1 ";
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const randomTargets = fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 25 }).chain((ids) =>
  fc.tuple(
    ...ids.map((i) =>
      fc.record({
        individual: fc.boolean(),
        name: text(NAME_CHARS, 1, 30),
        address: maybe(text(NAME_CHARS, 1, 40)),
        legalRepresentative: maybe(text("张三李四王五赵六", 2, 4)),
        phone: maybe(fc.constantFrom("0755-12345678", "13800001234", "+86 755 1234 5678")),
        industry: maybe(fc.constantFrom("G5430", "F5211", "C3911", "E")),
        region: maybe(fc.constantFrom("440306", "440305", "110105")),
        riskLevel: fc.constantFrom(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW),
        creditClass: fc.constantFrom("A", "B", "C", "D"),
        tags: fc.uniqueArray(fc.constantFrom("两客一危", "重点监管对象", "危险化学品", "A类"), { maxLength: 3 }),
        status: fc.constantFrom(TargetStatus.ACTIVE, TargetStatus.DEREGISTERED, TargetStatus.REVOKED),
        kind: fc.constantFrom(TargetKind.ENTERPRISE, TargetKind.NON_MARKET_ENTITY, TargetKind.PRODUCT_OR_PROJECT, TargetKind.INDIVIDUAL_BUSINESS),
      }).map((t): TargetValues => {
        const { individual, ...rest } = t;
        if (individual) return { ...rest, uscc: residentId(i), idKind: "RESIDENT_ID", kind: TargetKind.INDIVIDUAL_BUSINESS };
        return { ...rest, uscc: completeUscc(`91440306${String(i).padStart(9, "0")}`), idKind: "USCC" };
      }),
    ),
  ),
);

const randomInspectors = fc.uniqueArray(fc.integer({ min: 0, max: 99_999 }), { minLength: 1, maxLength: 20 }).chain((ids) =>
  fc.tuple(
    ...ids.map((i) =>
      fc.record({
        certificateNumber: fc.constant(`4403${String(i).padStart(7, "0")}`),
        name: text("陈七周八吴九郑十王", 2, 4),
        gender: maybe(fc.constantFrom(Gender.MALE, Gender.FEMALE)),
        position: maybe(fc.constantFrom("科员", "科长", "副大队长")),
        unit: maybe(fc.constantFrom("一大队", "二大队，执法科")),
        expertise: fc.uniqueArray(fc.constantFrom("食品安全", "特种设备", "广告监管"), { maxLength: 3 }),
        status: fc.constantFrom(InspectorStatus.ACTIVE, InspectorStatus.ON_LEAVE, InspectorStatus.RETIRED),
        conflicts: fc.uniqueArray(fc.integer({ min: 0, max: 50 }).map((k) => code(k)), { maxLength: 2 }),
      }) as fc.Arbitrary<InspectorValues>,
    ),
  ),
);

describe.each(DRIVERS)("export → import round trip on %s", (driver) => {
  let storage: Storage<typeof departmentSchema>;
  let db: DepartmentDb;
  let dropDb: (() => Promise<void>) | undefined;
  let dir: string;
  const dept = resolveDepartment({ code: "market", name: "市场监督管理局", port: 1 });

  beforeAll(async () => {
    const database = driver === "postgres" ? await createTestDatabase() : undefined;
    dropDb = database?.drop;
    storage = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database?.url, dataDir: "memory://" });
    db = storage.db as DepartmentDb;
    dir = mkdtempSync(join(tmpdir(), "hub-roundtrip-"));
  });
  afterAll(async () => {
    await storage?.close();
    await dropDb?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("property: any directory, exported as CSV or XLSX, imports back to the same records; importing it again changes nothing", async () => {
    const sorted = (m: Map<string, object>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
    const normalized = (v: object) => JSON.parse(JSON.stringify(v, (_k, x) => (Array.isArray(x) ? [...x].sort() : x)));
    await fc.assert(
      fc.asyncProperty(randomTargets, randomInspectors, fc.constantFrom("csv", "xlsx"), async (targets, people, ext) => {
        const format = ext === "csv" ? "CSV" : "XLSX";
        for (const [kind, records] of [["targets", targets], ["inspectors", people]] as const) {
          const table = kind === "targets" ? departmentSchema.targets : departmentSchema.inspectors;
          const stored = () =>
            kind === "targets" ? targetValuesByUscc(db, targets.map((t) => t.uscc), false) : inspectorValuesByCertificate(db, people.map((p) => p.certificateNumber), false);
          await db.delete(table);
          if (kind === "targets") await upsertTargets(db, targets);
          else await upsertInspectors(db, people);
          const original = sorted(await stored());
          const file = join(dir, `${kind}.${ext}`);
          expect(await writeExport(db, dept, kind, file)).toBe(records.length);
          // Into an empty directory: every record comes back as it was.
          await db.delete(table);
          const fresh = await importDirectory({ db, kind, format, source: file, creditClasses: dept.creditClasses });
          expect(fresh.errors).toEqual([]);
          expect(fresh).toMatchObject({ status: "COMMITTED", inserted: records.length, ignoredColumns: [] });
          expect(normalized(sorted(await stored()))).toEqual(normalized(original));
          // Over the same directory: nothing changes.
          const again = await importDirectory({ db, kind, format, source: file, creditClasses: dept.creditClasses });
          expect(again).toMatchObject({ status: "COMMITTED", rowsRead: records.length, inserted: 0, updated: 0, unchanged: records.length, clearedValues: 0 });
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe.each(DRIVERS)("search counts on %s", (driver) => {
  let storage: Storage<typeof departmentSchema>;
  let dropDb: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = driver === "postgres" ? await createTestDatabase() : undefined;
    dropDb = database?.drop;
    storage = await openStorage({ name: "market", drizzleSchema: departmentSchema, migrationsFolder: DEPARTMENT_MIGRATIONS, databaseUrl: database?.url, dataDir: "memory://" });
  });
  afterAll(async () => {
    await storage?.close();
    await dropDb?.();
  });

  it("a search counts up to 10,000 matches and says when it stopped; filters without a search count exactly", async () => {
    const db = storage.db as DepartmentDb;
    await upsertTargets(db, generateCompanies(SEARCH_COUNT_CAP + 20).map((c) => ({ ...c.target, name: `${c.target.name}科技` })));
    const broad = await listTargets(db, targetFilter({ search: "科技" }), 5);
    expect(broad).toMatchObject({ totalCount: SEARCH_COUNT_CAP, totalCountExact: false, hasNextPage: true });
    expect(broad.rows).toHaveLength(5);
    expect(await listTargets(db, targetFilter({}), 0)).toMatchObject({ totalCount: SEARCH_COUNT_CAP + 20, totalCountExact: true });
    const one = await listTargets(db, targetFilter({ search: broad.rows[0]!.uscc }), 5);
    expect(one).toMatchObject({ totalCount: 1, totalCountExact: true });
  });
});
