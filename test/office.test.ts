/**
 * The office's view of every department: incremental pull through the supergraph, per-department
 * staleness, the joint target library (round 1) and inspections this year (round 3).
 */
import { importDirectory } from "@hub/department";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportLibrary, officeSchema, pageSize, pushProposals, refreshProposals, syncDepartment } from "@hub/office";
import { chinaInstant, TaskStatus } from "@hub/schema";
import { and, count, eq, ne } from "drizzle-orm";
import ExcelJS from "exceljs";
import { admin, bearer, coordinator, dashboard, officer } from "./support/tokens.js";

const codes = Array.from({ length: 30 }, (_, i) => syntheticUscc(i, "440309"));
const row = (i: number, status = "存续") => [codes[i]!, `深圳市龙华${i}号有限公司`, "", "", "", "", "", "低", "B", "", status];

describe.each(DRIVERS)("office over %s", (driver) => {
  let hub: TestHub;
  const importTo = async (department: string, rows: string[][]) => {
    const r = await hub.query(`mutation($i: ImportInput!) { ${department} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer(department));
    expect(r.data[department].importTargets.status).toBe("COMMITTED");
  };
  const sync = () => hub.sync();

/** A department publishes a plan over every target and draws it (ratio 1), as its admin would. */
const drawIn = async (department: string, periodStart: string, periodEnd: string) => {
  const year = Number(periodStart.slice(0, 4));
    const as = admin(department);
    await hub.query(`mutation($i: ImportInput!) { ${department} { importInspectors(input: $i) { status } } }`, {
      i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名"], [`${department.length}4090001`, "甲"], [`${department.length}4090002`, "乙"], [`${department.length}4090003`, "丙"]])) },
    }, officer(department));
    await hub.query(`mutation { ${department} { upsertItem(input: { code: "R2-${department}", name: "检查", legalBasis: "依据", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1 }) { code } } }`, {}, as);
    const plan = await hub.query(`mutation($i: PlanInput!) { ${department} { createPlan(input: $i) { id } } }`, {
      i: { year, name: "联合", itemCodes: [`R2-${department}`], periodStart, periodEnd, ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 1 })) },
    }, as);
    const planId = plan.data[department].createPlan.id;
    await hub.query(`mutation($p: ID!) { ${department} { publishPlan(id: $p) { id } } }`, { p: planId }, as);
    const c = await hub.query(`mutation($p: ID!, $c: String!) { ${department} { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: createHash("sha256").update("s").digest("hex") }, as);
    const d = await hub.query(`mutation($i: DrawInput!) { ${department} { drawTargets(input: $i) { taskCount } } }`, {
      i: { planId, commitmentId: c.data[department].commitDrawSeed.id, secret: "s", publicValue: "p", maxTargetsPerInspector: 100 },
    }, as);
    expect(d.errors).toBeUndefined();
  };

  beforeAll(async () => {
    hub = await startTestHub(driver);
    await importTo("market", codes.map((_, i) => row(i)));
    await importTo("transport", codes.slice(0, 10).map((_, i) => row(i)));
    await importTo("environment", codes.slice(5, 15).map((_, i) => row(i + 5)));
  });
  afterAll(async () => hub?.close());

  it("builds the joint target library from every department's directory", async () => {
    expect((await sync()).every((d) => !d.stale)).toBe(true);
    await hub.syncUntil(async () => (await hub.query(`{ jointTargetLibrary { totalCount } }`)).data.jointTargetLibrary.totalCount === 15);
    const lib = await hub.query(`{ jointTargetLibrary(first: 100) { totalCount entries { uscc departments } } }`);
    expect(lib.data.jointTargetLibrary.totalCount).toBe(15);
    const byUscc = Object.fromEntries(lib.data.jointTargetLibrary.entries.map((e: any) => [e.uscc, e.departments]));
    expect(byUscc[codes[0]!]).toEqual(["market", "transport"]);
    expect(byUscc[codes[7]!]).toEqual(["environment", "market", "transport"]);
    expect(byUscc[codes[20]!]).toBeUndefined();
    const three = await hub.query(`{ jointTargetLibrary(minDepartments: 3) { totalCount } }`);
    expect(three.data.jointTargetLibrary.totalCount).toBe(5);
    // the overlap matrix is the library counted by pair of departments
    const recount = new Map<string, number>();
    for (const ds of Object.values(byUscc) as string[][])
      for (let i = 0; i < ds.length; i++) for (let j = i + 1; j < ds.length; j++) recount.set(`${ds[i]}|${ds[j]}`, (recount.get(`${ds[i]}|${ds[j]}`) ?? 0) + 1);
    const overlap = (await hub.query(`{ departmentOverlap { a b targets } }`)).data.departmentOverlap as { a: string; b: string; targets: number }[];
    expect(new Map(overlap.map((o) => [`${o.a}|${o.b}`, o.targets]))).toEqual(recount);
    expect((await hub.query(`{ departmentOverlap { a } }`, {}, dashboard)).errors?.[0].extensions.code).toBe("FORBIDDEN");
  });

  it("一企一档's search finds targets of any department by part of the name or the start of the code", async () => {
    const search = (text: string, as: Parameters<typeof hub.query>[2] = coordinator) => hub.query(`query($s: String!) { searchTargets(search: $s) { uscc name departments } }`, { s: text }, as);
    const byName = (await search("龙华7号")).data.searchTargets;
    expect(byName).toEqual([{ uscc: codes[7], name: "深圳市龙华7号有限公司", departments: ["environment", "market", "transport"] }]);
    // held by one department only, still found; in code order
    expect((await search("龙华2")).data.searchTargets.map((t: { uscc: string }) => t.uscc)).toEqual([2, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29].map((i) => codes[i]).sort());
    expect((await search(codes[12]!.slice(0, 17).toLowerCase())).data.searchTargets.map((t: { uscc: string }) => t.uscc)).toContain(codes[12]);
    expect((await search("龙华%")).data.searchTargets).toEqual([]); // LIKE's wildcards are plain characters
    expect((await search("龙")).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "search" });
    expect((await search("龙华", dashboard)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await search("龙华", "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("exports the library as XLSX with the departments' names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-lib-"));
    try {
      const file = join(dir, "联合检查对象名录库.xlsx");
      const names = Object.fromEntries(hub.config.departments.map((d) => [d.code, d.name]));
      expect(await exportLibrary(hub.office.db, file, 2, names)).toBe(15);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const sheet = wb.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, "统一社会信用代码", "名称", "部门数", "部门"]);
      const seventh = sheet.getRows(2, 15)!.find((r) => r.getCell(1).value === codes[7])!;
      expect(seventh.getCell(4).value).toBe("生态环境局、市场监督管理局、交通运输局");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("hands out files over HTTP through the gateway: the library, statistics and a department's lists, each for the roles that may have them", async () => {
    const base = hub.gateway.url.replace(/\/graphql$/, "");
    const get = async (path: string, as: Parameters<typeof bearer>[0]) => fetch(`${base}/downloads/${path}`, { headers: await bearer(as) });
    const refusal = async (r: Response) => ((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

    const xlsx = await get("office/library.xlsx?minDepartments=3", officer("transport"));
    expect(xlsx.status).toBe(200);
    expect(decodeURIComponent(xlsx.headers.get("content-disposition")!)).toContain("联合检查对象名录库（3个及以上部门）.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(wb.worksheets[0]!.rowCount).toBe(1 + 5);
    const csvFile = await get("office/library.csv", coordinator);
    const bytes = Buffer.from(await csvFile.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel reads the BOM as UTF-8
    const text = bytes.toString("utf8");
    expect(text.trim().split("\n")).toHaveLength(1 + 15);
    expect(text).toContain(`${codes[7]},深圳市龙华7号有限公司,3,生态环境局、市场监督管理局、交通运输局`);

    const stats = await get("office/statistics.json?year=2026&half=1", dashboard);
    expect(stats.status).toBe(200);
    expect(((await stats.json()) as { period: string; departments: unknown[] }).departments).toHaveLength(hub.config.departments.length);
    expect(await refusal(await get("office/statistics.csv", dashboard))).toBe("BAD_USER_INPUT"); // no year
    expect(await refusal(await get("office/library.xlsx", dashboard))).toBe("FORBIDDEN");
    const anonymous = await get("office/library.xlsx", "public");
    expect([anonymous.status, await refusal(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
    expect((await get("office/nothing.xlsx", coordinator)).status).toBe(404);
    expect(await refusal(await get("office/library.json", coordinator))).toBe("BAD_USER_INPUT");
    expect((await get("nowhere/library.xlsx", coordinator)).status).toBe(404);

    // a department's directory is its own staff's; its items are everyone's
    const own = await get("market/targets.csv", officer("market"));
    expect(own.status).toBe(200);
    expect((await own.text()).trim().split("\n")).toHaveLength(1 + 30);
    expect(await refusal(await get("market/targets.csv", officer("transport")))).toBe("FORBIDDEN");
    expect((await get("market/items.xlsx", "public")).status).toBe(200);
    expect(await refusal(await get("market/draw.json?id=999", admin("market")))).toBe("NOT_FOUND");
    expect(await refusal(await get("market/draw.json?id=x", admin("market")))).toBe("BAD_USER_INPUT");
    // a draw's full record is for every signed-in role (here one that does not exist), its public record for anyone
    expect(await refusal(await get("market/draw.json?id=999", dashboard))).toBe("NOT_FOUND");
    expect(await refusal(await get("market/draw.json?id=999", officer("transport")))).toBe("NOT_FOUND");
    expect(await refusal(await get("market/draw.json?id=1", "public"))).toBe("UNAUTHENTICATED");
  });

  it("pulls only what changed since its cursor; a deregistered target leaves the library", async () => {
    await importTo("transport", [row(0, "注销")]);
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: codes[0] })).data.target.departments.length === 1);
    const r = await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: codes[0] });
    expect(r.data.target.departments).toEqual(["market"]);
    expect((await hub.query(`{ jointTargetLibrary { totalCount } }`)).data.jointTargetLibrary.totalCount).toBe(14);
    // the cursor moved past everything: a second sync reads nothing new, and the library is unchanged
    await sync();
    expect((await hub.query(`{ jointTargetLibrary { totalCount } }`)).data.jointTargetLibrary.totalCount).toBe(14);
  });

  it("tells a department's ad-hoc task which inspections of the target exist this year in any department", async () => {
    await hub.query(`mutation($i: ImportInput!) { market { importInspectors(input: $i) { status } } }`, {
      i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名"], ["44091001", "甲"], ["44091002", "乙"]])) },
    }, officer("market"));
    const year = new Date().getFullYear();
    const t = await hub.query(`mutation($u: String!, $s: String!, $e: String!) { market { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: [], inspectors: ["44091001", "44091002"], dueStart: $s, dueEnd: $e }) { id } } }`,
      { u: codes[7], s: `${year}-06-01`, e: `${year}-06-30` }, officer("market"));
    expect(t.errors).toBeUndefined();
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { inspectionsThisYear { department } } }`, { u: codes[7] })).data.target.inspectionsThisYear.length === 1);
    const r = await hub.query(`query($u: String!) { target(uscc: $u) { inspectionsThisYear { department source status dueStart dueEnd } } }`, { u: codes[7] }, officer("transport"));
    expect(r.data.target.inspectionsThisYear).toEqual([{ department: "market", source: "COMPLAINT", status: "ASSIGNED", dueStart: `${year}-06-01`, dueEnd: `${year}-06-30` }]);
    // Creating another ad-hoc task on the same target: the answer warns of what already exists (round 3).
    const again = await hub.query(`mutation($u: String!, $s: String!, $e: String!) { market { createTask(input: { source: REFERRAL, uscc: $u, itemCodes: [], inspectors: ["44091001", "44091002"], dueStart: $s, dueEnd: $e }) { id target { inspectionsThisYear { department source } } } } }`,
      { u: codes[7], s: `${year}-07-01`, e: `${year}-07-31` }, officer("market"));
    expect(again.errors).toBeUndefined();
    expect(again.data.market.createTask.target.inspectionsThisYear).toEqual([{ department: "market", source: "COMPLAINT" }]);
    const nextYear = await hub.query(`query($u: String!, $y: Int) { target(uscc: $u) { inspectionsThisYear(year: $y) { department } } }`, { u: codes[7], y: year + 1 }, officer("transport"));
    expect(nextYear.data.target.inspectionsThisYear).toEqual([]);
  });

  it("proposes joint inspections where two departments drew the same targets (round 2)", async () => {
    const year = 2026;
    hub.clock.set(chinaInstant(`${year}-04-20`, "09:00")); // the year's draws, in spring
    await drawIn("market", `${year}-03-01`, `${year}-11-30`);
    await drawIn("transport", `${year}-05-01`, `${year}-06-30`);
    await hub.syncUntil(async () => (await hub.query(`query($y: Int!) { jointInspectionProposals(year: $y) { targetCount } }`, { y: year })).data.jointInspectionProposals[0]?.targetCount === 9);
    const r = await hub.query(`query($y: Int!) { jointInspectionProposals(year: $y) { departments windowStart windowEnd targetCount visits { uscc inspectors tasks { department } } } }`, { y: year });
    expect(r.errors).toBeUndefined();
    expect(r.data.jointInspectionProposals).toHaveLength(1);
    const [p] = r.data.jointInspectionProposals;
    expect(p).toMatchObject({ departments: ["market", "transport"], windowStart: `${year}-05-01`, windowEnd: `${year}-06-30`, targetCount: 9 });
    expect(p.visits.map((v: any) => v.uscc).sort()).toEqual(codes.slice(1, 10).sort());
    for (const v of p.visits) expect(v.inspectors).toBe(4);
    // environment drew nothing: it is in no proposal
    const env = await hub.query(`query($y: Int!) { jointInspectionProposals(year: $y) { departments } }`, { y: year }, officer("environment"));
    expect(env.data.jointInspectionProposals).toEqual([]);

    // …and pushed: each department involved finds the notice in its own inbox, once.
    await hub.sync();
    const inbox = async (d: string) => (await hub.query(`{ ${d} { jointProposalInbox { key year departments windowStart windowEnd targetCount status } } }`, {}, officer(d))).data[d].jointProposalInbox;
    const notice = { key: `${year}|market,transport|${year}-05-01|${year}-06-30`, year, departments: ["market", "transport"], windowStart: `${year}-05-01`, windowEnd: `${year}-06-30`, targetCount: 9, status: "OPEN" };
    expect(await inbox("market")).toEqual([notice]);
    expect(await inbox("transport")).toEqual([notice]);
    expect(await inbox("environment")).toEqual([]);
    const forged = await hub.query(`mutation($n: [JointProposalNoticeInput!]!) { transport { receiveJointProposals(notices: $n) } }`, { n: [{ ...notice, targetCount: 1 }] }, officer("transport"));
    expect(forged.errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect(await inbox("transport")).toEqual([notice]);
  });

  it("withdraws a proposal nobody needs any more, and a notice that could not be delivered goes out after a later sync", async () => {
    // transport inspects its targets on its own: nothing is left to inspect jointly.
    hub.clock.set(chinaInstant("2026-05-21", "10:00"));
    const mine = (await hub.query(`{ transport { tasks(first: 50) { edges { node { id inspectors } } } } }`, {}, officer("transport"))).data.transport.tasks.edges.map((e: any) => e.node);
    const name = (c: string) => ["甲", "乙", "丙"][Number(c.slice(-1)) - 1];
    for (const t of mine) {
      const r = await hub.query(`mutation($t: ID!, $i: ResultInput!) { transport { recordResult(taskId: $t, input: $i) { status } } }`, {
        t: t.id, i: { categoryCode: "NO_PROBLEM", findings: "未发现问题", inspectionDate: "2026-05-20", signers: t.inspectors.map((c: string) => ({ name: name(c), certificateNumber: c })) },
      }, officer("transport"));
      expect(r.errors).toBeUndefined();
    }
    const sync = hub.office.sync!;
    for (let i = 0; i < 50; i++) {
      await syncDepartment(sync, "transport"); // pulls without pushing
      const [left] = await hub.office.db.select({ n: count() }).from(officeSchema.taskEntries).where(and(eq(officeSchema.taskEntries.department, "transport"), ne(officeSchema.taskEntries.status, TaskStatus.DONE)));
      if (Number(left!.n) === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await refreshProposals(hub.office.db)).toBe(0);
    const down = await pushProposals({ ...sync, gatewayUrl: "http://127.0.0.1:9/graphql" });
    expect(down.map((r) => r.error === null)).toEqual([false, false]);
    const pending = await hub.office.db.select().from(officeSchema.proposalDeliveries);
    expect(pending.map((p) => [p.department, p.deliveredStatus, p.attempts])).toEqual(expect.arrayContaining([["market", "OPEN", 1], ["transport", "OPEN", 1]]));
    expect((await pushProposals(sync)).map((r) => r.delivered)).toEqual([1, 1]);
    for (const d of ["market", "transport"])
      expect((await hub.query(`{ ${d} { jointProposalInbox { status targetCount } } }`, {}, officer(d))).data[d].jointProposalInbox).toEqual([{ status: "WITHDRAWN", targetCount: 9 }]);
    expect(await pushProposals(sync)).toEqual([]); // nothing left to say
  });

  it("launches a joint inspection from a proposal in one step; the proposal is adopted and its targets are not proposed again", async () => {
    hub.clock.set(chinaInstant("2027-03-01", "09:00"));
    await drawIn("market", "2027-03-01", "2027-11-30");
    await drawIn("environment", "2027-04-01", "2027-09-30");
    const proposals = async () => (await hub.query(`{ jointInspectionProposals(year: 2027) { departments windowStart windowEnd targetCount visits { uscc } } }`)).data.jointInspectionProposals;
    await hub.syncUntil(async () => (await proposals())[0]?.targetCount === 10);
    const [proposal] = await proposals();
    const key = `2027|environment,market|2027-04-01|2027-09-30`;
    const launch = (as = admin("environment"), lead = "environment") =>
      hub.query(`mutation($k: String!, $l: String!) { launchJointInspection(proposalKey: $k, lead: $l, planText: "生态环境局牵头，联合检查排污与经营") { id lead departments windowStart windowEnd usccs proposalKey status } }`, { k: key, l: lead }, as);
    expect((await launch(admin("transport"), "transport")).errors?.[0].message).toMatch(/not one of the proposal's departments/);
    expect((await launch(admin("market"), "emergency")).errors?.[0].extensions.code).toBe("FORBIDDEN");
    const launched = await launch();
    expect(launched.errors).toBeUndefined();
    // prefilled from the proposal, and linked to it
    expect(launched.data.launchJointInspection).toEqual({
      id: expect.any(String), lead: "environment", departments: ["environment", "market"], windowStart: "2027-04-01", windowEnd: "2027-09-30",
      usccs: proposal.visits.map((v: any) => v.uscc).sort(), proposalKey: key, status: "PROPOSED",
    });
    expect((await launch()).errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringMatching(/already launched as joint inspection/) });
    // one joint inspection by id, for the departments that take part and the office
    const one = `query($id: ID!) { jointInspection(id: $id) { id lead proposalKey } }`;
    const jointId = launched.data.launchJointInspection.id;
    expect((await hub.query(one, { id: jointId }, officer("market"))).data.jointInspection).toEqual({ id: jointId, lead: "environment", proposalKey: key });
    expect((await hub.query(one, { id: jointId })).data.jointInspection).toMatchObject({ id: jointId });
    expect((await hub.query(one, { id: jointId }, officer("transport"))).data.jointInspection).toBeNull();
    expect((await hub.query(one, { id: "99999" })).data.jointInspection).toBeNull();
    expect((await hub.query(one, { id: "x" })).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await hub.query(one, { id: jointId }, dashboard)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    // its targets are taken up: not proposed again, and each department is told the proposal was adopted
    expect(await proposals()).toEqual([]);
    await hub.sync();
    expect((await hub.query(`{ market { jointProposalInbox(status: "ADOPTED") { key } } }`, {}, officer("market"))).data.market.jointProposalInbox).toEqual([{ key }]);
    // cancelled: the proposal is open again
    const id = launched.data.launchJointInspection.id;
    await hub.query(`mutation($id: ID!) { advanceJointInspection(id: $id, status: "CANCELLED", note: "汛期调整") { status } }`, { id }, admin("environment"));
    expect((await proposals())[0]).toMatchObject({ targetCount: 10 });
    const [row] = await hub.office.db.select().from(officeSchema.jointProposals).where(eq(officeSchema.jointProposals.key, key));
    expect(row).toMatchObject({ status: "OPEN", jointInspectionId: null });
    hub.clock.reset();
  });

  it("a department that is down does not block the others; its staleness is reported, not hidden", async () => {
    await importTo("market", [row(29, "吊销")]);
    await hub.departments.environment!.close();
    const status = await sync();
    const env = status.find((d) => d.department === "environment")!;
    expect(env.stale).toBe(true);
    expect(env.lastError).toMatch(/environment/);
    expect(status.filter((d) => d.department !== "environment").every((d) => !d.stale)).toBe(true);
    const lib = await hub.query(`{ syncStatus { department stale } jointTargetLibrary(minDepartments: 2) { totalCount } }`);
    expect(lib.data.syncStatus.find((d: any) => d.department === "environment").stale).toBe(true);
    // market's revocation arrives despite environment being down
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: codes[29] })).data.target.departments.length === 0);
  });

  it("a sync is a job: the request returns its id at once, job(id) follows it to its result, and the trail names it", async () => {
    const started = await hub.query(`mutation { syncDepartments { id kind state requestedBy } }`);
    expect(started.errors).toBeUndefined();
    const job = started.data.syncDepartments;
    expect(job).toMatchObject({ kind: "sync", requestedBy: "office-coordinator" });
    expect(["QUEUED", "RUNNING", "SUCCEEDED"]).toContain(job.state);
    let seen: any;
    do seen = (await hub.query(`query($id: ID!) { job(id: $id) { state done total step error result } }`, { id: job.id })).data.job;
    while (!["SUCCEEDED", "FAILED"].includes(seen.state));
    const departments = hub.config.departments.length;
    expect(seen).toMatchObject({ state: "SUCCEEDED", done: departments + 1, total: departments + 1, error: null });
    expect(seen.result.departments.map((d: any) => d.department).sort()).toEqual(hub.config.departments.map((d) => d.code).sort());
    const trail = await hub.query(`{ officeAuditLog(operation: "syncDepartments", first: 1) { entries { affectedIds } } }`);
    expect(trail.data.officeAuditLog.entries[0].affectedIds).toEqual([job.id]);
    // a department officer reads the job (as the joint library), a bad id is refused in words
    expect((await hub.query(`query($id: ID!) { job(id: $id) { state } }`, { id: job.id }, officer("market"))).data.job.state).toBe("SUCCEEDED");
    const bad = await hub.query(`{ job(id: "1; drop table") { state } }`);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/UUID/) });
    expect((await hub.query(`{ job(id: "00000000-0000-4000-8000-000000000000") { state } }`)).data.job).toBeNull();
  });

  it("only the office triggers a sync", async () => {
    const r = await hub.query(`mutation { syncDepartments { id } }`, {}, officer("market"));
    expect(r.errors?.[0].extensions.code).toBe("FORBIDDEN");
  });
});

describe("the office's sync under a tight cost limit", () => {
  it("pages small enough for the gateway's cost limit, and still reads everything", async () => {
    // 30 directory entries of three fields; at a cost limit of 120 a page holds floor(114 / 7) = 16 of them.
    expect(pageSize(3, 120)).toBe(16);
    const hub = await startTestHub("pglite", [{ code: "market", name: "市场监督管理局", port: 1 }], {}, 30_000, {
      gateway: { port: 0, subgraphTimeoutMs: 30_000, limits: { maxCost: 120 } },
    });
    try {
      // An import's cost weight is over this limit: the directory is filled on the department's side.
      const file = Buffer.from(csv([TARGET_HEADERS, ...codes.map((_, i) => row(i))]));
      const db = hub.departments.market!.db;
      expect((await importDirectory({ db, kind: "targets", format: "CSV", source: file, creditClasses: ["A", "B", "C", "D"] })).status).toBe("COMMITTED");
      let report;
      for (let i = 0; i < 50 && !(report?.ok && report.directoryEntries === 30); i++) report = await syncDepartment(hub.office.sync!, "market");
      expect(report).toMatchObject({ ok: true, directoryEntries: 30, error: null });
      expect((await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: codes[29] })).data.target.departments).toEqual(["market"]);
    } finally {
      await hub.close();
    }
  });
});
