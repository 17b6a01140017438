/**
 * 一公开 end to end, over HTTP through the gateway: results and follow-up until closed, seen by the
 * next department; deadline alerts; publication with its notice period; the public feeds; the push
 * to a higher platform that fails on purpose; statistics and exports.
 */
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { columnsFor, departmentSchema, exportRecords, row, startDepartment } from "@hub/department";
import { eq } from "drizzle-orm";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { writeTable } from "@hub/kit";
import { resultStatistics, period, statisticsTable } from "@hub/office";
import { chinaDate, chinaInstant, DEFAULT_RESULT_CATEGORIES, publicationDeadline, REPO_ROOT, resolveDepartment, workingDayCalendar } from "@hub/schema";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, dashboard, officer } from "./support/tokens.js";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const DEADLINES = resolveDepartment({ code: "market", name: "市场监督管理局", port: 1 }).resultDeadlines;
/** 20 working days after the inspection, or (before a result) after the window's last day. */
const dueAfter = (date: string) => publicationDeadline(date, DEADLINES).date;
const codes = Array.from({ length: 10 }, (_, i) => syntheticUscc(7000 + i, "440308"));
const PERSON = "11010519491231002X"; // an individual business keyed by its operator's resident ID
const PROFILE = {
  provincial: { results: [{ header: "统一社会信用代码", field: "uscc" }, { header: "检查结果", field: "categoryName" }, { header: "公示日期", field: "publishedOn" }] },
};
const CATEGORIES = [...DEFAULT_RESULT_CATEGORIES, { code: "MINOR_ISSUE_FIXED_ON_SITE", name: "发现轻微问题当场改正", problem: true }];

/** A higher platform that is down, then too slow, then acknowledges. */
async function startFlakyReceiver() {
  const attempts: { key: string; outcome: string }[] = [];
  const acked: { key: string; body: any }[] = [];
  const server: Server = createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      const key = String(req.headers["idempotency-key"]);
      const n = attempts.length;
      if (n === 0) return attempts.push({ key, outcome: "500" }), res.writeHead(500).end("maintenance");
      if (n === 1) return attempts.push({ key, outcome: "timeout" }), setTimeout(() => res.end("too late"), 1500);
      attempts.push({ key, outcome: "ack" });
      if (!acked.some((a) => a.key === key)) acked.push({ key, body: JSON.parse(text) }); // the key drops a repeat
      res.end("ok");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/results`, attempts, acked, close: () => new Promise((r) => server.close(r)) };
}

describe.each(DRIVERS)("results, follow-up and publication over %s", (driver) => {
  let hub: TestHub;
  let receiver: Awaited<ReturnType<typeof startFlakyReceiver>>;
  let drawn: { id: string; uscc: string; inspectors: string[] }[];
  const m = (q: string, v: Record<string, unknown> = {}) => hub.query(q, v, officer("market"));
  /** Set the hub's business clock to a China date (10:00 that day). */
  const on = (date: string) => hub.clock.set(chinaInstant(date, "10:00"));
  const today = () => chinaDate(hub.clock.now());

  beforeAll(async () => {
    Object.assign(process.env, { HUB_OUTBOX_POLL_MS: "50", HUB_OUTBOX_BASE_DELAY_MS: "100", HUB_OUTBOX_MAX_DELAY_MS: "400", HUB_OUTBOX_TIMEOUT_MS: "500" });
    receiver = await startFlakyReceiver();
    hub = await startTestHub(driver, [
      { code: "market", name: "市场监督管理局", port: 1, publicationReceivers: [{ name: "province", url: receiver.url, profile: "provincial" }] },
      { code: "transport", name: "交通运输局", port: 2 },
    ], {}, 30_000, { exportProfiles: PROFILE, resultCategories: CATEGORIES });
    on("2025-12-28"); // the draw, before the plan's window opens
    const rows = codes.map((u, i) => [u, `深圳市盐田${i}号商贸有限公司`, "", "", "", "F5100", "440308", "中", "C", "", "存续"]);
    for (const d of ["market", "transport"]) {
      const file = csv([[...TARGET_HEADERS, "对象类型"], ...rows.slice(0, 8).map((r) => [...r, "企业"]), [PERSON, "王五烧烤店", "", "王五", "", "H6210", "440308", "低", "B", "", "存续", "个体工商户"]]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(file) } }, officer(d))).data[d].importTargets.status).toBe("COMMITTED");
    }
    const people = [["执法证号", "姓名", "业务专长", "状态"], ...Array.from({ length: 4 }, (_, i) => [`4403900${i}`, `检查员${i}`, "市场监管", "在岗"])];
    expect((await m(`mutation($i: ImportInput!) { market { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv(people)) } })).data.market.importInspectors.status).toBe("COMMITTED");
    const a = (q: string, v: Record<string, unknown> = {}) => hub.query(q, v, admin("market"));
    await a(`mutation { market { upsertItem(input: { code: "SC-1", name: "营业执照公示检查", legalBasis: "《企业信息公示暂行条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1 }) { code } } }`);
    const planId = (await a(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, {
      i: { year: 2026, name: "2026年上半年公示检查", itemCodes: ["SC-1"], periodStart: "2026-01-01", periodEnd: "2026-06-30", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 1 })) },
    })).data.market.createPlan.id;
    await a(`mutation($p: ID!) { market { publishPlan(id: $p) { status } } }`, { p: planId });
    const c = (await a(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: sha256("results-secret") })).data.market.commitDrawSeed.id;
    const draw = await a(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id taskCount } } }`, { i: { planId, commitmentId: c, secret: "results-secret", publicValue: "1" } });
    expect(draw.data.market.drawTargets.taskCount).toBe(8);
    drawn = (await m(`query($d: ID!) { market { tasks(drawId: $d) { edges { node { id uscc inspectors } } } } }`, { d: draw.data.market.drawTargets.id })).data.market.tasks.edges.map((e: any) => e.node);
  });
  afterAll(async () => {
    await hub?.close();
    await receiver?.close();
  });

  const record = (task: { id: string; inspectors: string[] }, categoryCode: string, inspectionDate = "2026-06-10") =>
    m(`mutation($t: ID!, $i: ResultInput!) { market { recordResult(taskId: $t, input: $i) { status } } }`, {
      t: task.id,
      i: { categoryCode, findings: "检查情况见记录表", inspectionDate, signers: task.inspectors.map((c) => ({ name: `检查员${c.slice(-1)}`, certificateNumber: c })), evidence: [{ id: `photo-${task.id}`, kind: "PHOTO", sha256: sha256(task.id) }] },
    });
  const followUp = (task: { id: string }, input: Record<string, unknown>) =>
    m(`mutation($t: ID!, $i: FollowUpInput!) { market { recordFollowUp(taskId: $t, input: $i) { followUpState followUps { kind } } } }`, { t: task.id, i: input });

  it("follows a result up until closed (order → re-inspection → closed; transfer), and the next department sees it", async () => {
    const [ordered, clean, transferred, minor] = drawn;
    on("2026-06-11");
    expect((await record(ordered!, "RECTIFICATION_ORDERED")).data.market.recordResult.status).toBe("DONE");
    expect((await record(clean!, "NO_PROBLEM")).errors).toBeUndefined();
    expect((await record(transferred!, "FOLLOW_UP_PENDING")).errors).toBeUndefined();
    expect((await record(minor!, "MINOR_ISSUE_FIXED_ON_SITE")).errors).toBeUndefined(); // a configured category
    expect((await hub.query(`{ market { resultCategories { code } } }`, {}, "public")).data.market.resultCategories).toHaveLength(10);

    // dates that are not dates are the caller's error, never a database error
    expect((await followUp(ordered!, { kind: "RECTIFICATION_ORDER", date: "2026-06-11", deadline: "2026-02-30", documentNumber: "x" })).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const badWindow = await m(`mutation { market { createTask(input: { source: COMPLAINT, uscc: "${codes[1]}", itemCodes: ["SC-1"], inspectors: ["44039000", "44039001"], dueStart: "2026-02-30", dueEnd: "2026-03-31" }) { id } } }`);
    expect(badWindow.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const nothing = await followUp(clean!, { kind: "CLOSE", date: "2026-06-11", note: "无" });
    expect(nothing.errors?.[0]).toMatchObject({ extensions: { code: "INVALID_TRANSITION" }, message: expect.stringMatching(/no problem/) });
    const noDeadline = await followUp(ordered!, { kind: "RECTIFICATION_ORDER", date: "2026-06-11", documentNumber: "盐市监责改〔2026〕18号" });
    expect(noDeadline.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/deadline/) });
    // the steps a case may take next, as the rules allow them: what the task page offers
    const next = async (t: { id: string }) => (await m(`query($t: ID!) { market { task(id: $t) { id result { nextFollowUpSteps } } } }`, { t: t.id })).data.market.task;
    expect(await next(ordered!)).toEqual({ id: ordered!.id, result: { nextFollowUpSteps: ["RECTIFICATION_ORDER", "TRANSFER", "JUDICIAL_REFERRAL", "CLOSE"] } });
    expect((await next(clean!)).result.nextFollowUpSteps).toEqual([]);
    expect((await m(`{ market { task(id: "999999") { id } } }`)).data.market.task).toBeNull();
    const order = await followUp(ordered!, { kind: "RECTIFICATION_ORDER", date: "2026-06-11", deadline: "2026-06-25", documentNumber: "盐市监责改〔2026〕18号" });
    expect(order.data.market.recordFollowUp.followUpState).toBe("RECTIFYING");
    expect((await next(ordered!)).result.nextFollowUpSteps).toEqual(["REINSPECTION"]);
    on("2026-06-26");
    const alerts = await m(`{ market { resultAlerts(kinds: [RECTIFICATION_OVERDUE]) { kind taskId due } } }`);
    expect(alerts.data.market.resultAlerts).toEqual([{ kind: "RECTIFICATION_OVERDUE", taskId: ordered!.id, due: "2026-06-25" }]);
    expect((await followUp(ordered!, { kind: "CLOSE", date: "2026-06-26" })).errors?.[0].extensions.code).toBe("INVALID_TRANSITION");
    expect((await followUp(ordered!, { kind: "REINSPECTION", date: "2026-06-26", rectified: true })).data.market.recordFollowUp.followUpState).toBe("REINSPECTED");
    expect((await followUp(ordered!, { kind: "CLOSE", date: "2026-06-26" })).data.market.recordFollowUp).toEqual({
      followUpState: "CLOSED", followUps: [{ kind: "RECTIFICATION_ORDER" }, { kind: "REINSPECTION" }, { kind: "CLOSE" }],
    });
    expect((await next(ordered!)).result.nextFollowUpSteps).toEqual([]);
    expect((await m(`{ market { resultAlerts(kinds: [RECTIFICATION_OVERDUE]) { taskId } } }`)).data.market.resultAlerts).toEqual([]);
    expect((await followUp(transferred!, { kind: "TRANSFER", date: "2026-06-20", receivingParty: "区应急管理局", note: "涉及危化品储存" })).data.market.recordFollowUp.followUpState).toBe("TRANSFERRED");
    expect((await hub.query(`mutation { market { recordFollowUp(taskId: "${transferred!.id}", input: { kind: CLOSE, date: "2026-06-21" }) { followUpState } } }`, {}, officer("transport"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    // a problem closed with nothing done must say why
    const bare = await followUp(minor!, { kind: "CLOSE", date: "2026-06-12" });
    expect(bare.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/needs the reason in note/) });
    expect((await followUp(minor!, { kind: "CLOSE", date: "2026-06-12", note: "当场整改完毕，经复核无需责令改正" })).data.market.recordFollowUp.followUpState).toBe("CLOSED");

    // The next department, through the gateway: the target's history in market, with the follow-up.
    const history = `{ market { inspections { department source categoryName findings followUpState followUps { kind documentNumber deadline rectified receivingParty } } } transport { inDirectory } }`;
    const seen = await hub.query(`query($u: String!) { target(uscc: $u) ${history} }`, { u: ordered!.uscc }, officer("transport"));
    expect(seen.errors).toBeUndefined();
    expect(seen.data.target.market.inspections).toContainEqual({
      department: "market", source: "DRAW", categoryName: "发现问题已责令改正", findings: "检查情况见记录表", followUpState: "CLOSED",
      followUps: [
        { kind: "RECTIFICATION_ORDER", documentNumber: "盐市监责改〔2026〕18号", deadline: "2026-06-25", rectified: null, receivingParty: null },
        { kind: "REINSPECTION", documentNumber: null, deadline: null, rectified: true, receivingParty: null },
        { kind: "CLOSE", documentNumber: null, deadline: null, rectified: null, receivingParty: null },
      ],
    });
    const moved = await hub.query(`query($u: String!) { target(uscc: $u) ${history} }`, { u: transferred!.uscc }, officer("transport"));
    expect(moved.data.target.market.inspections[0]).toMatchObject({ followUpState: "TRANSFERRED", followUps: [{ kind: "TRANSFER", receivingParty: "区应急管理局" }] });
    expect((await hub.query(`query($u: String!) { target(uscc: $u) { market { inspections { taskId } } } }`, { u: ordered!.uscc }, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");

    // …and in the office's cross-department history, after a sync.
    const officeHistory = async () =>
      (await hub.query(`query($u: String!) { target(uscc: $u) { inspectionHistory { department taskId categoryCode categoryName followUpState publicationDue } } }`, { u: ordered!.uscc }, officer("transport"))).data.target.inspectionHistory;
    await hub.syncUntil(async () => (await officeHistory()).some((e: any) => e.followUpState === "CLOSED"));
    // the deadline runs from the inspection on 10 June, not from the window's end
    expect(await officeHistory()).toContainEqual({ department: "market", taskId: ordered!.id, categoryCode: "RECTIFICATION_ORDERED", categoryName: "发现问题已责令改正", followUpState: "CLOSED", publicationDue: dueAfter("2026-06-10") });
    expect(dueAfter("2026-06-10")).toBe("2026-07-09");
    // a target's history pages to its end
    const page = async (after?: string) => (await hub.query(`query($u: String!, $a: String) { target(uscc: $u) { inspectionHistory(first: 1, after: $a) { taskId cursor } } }`, { u: ordered!.uscc, a: after }, officer("transport"))).data.target.inspectionHistory;
    const [newest] = await page();
    expect(newest).toBeDefined();
    const rest = await page(newest.cursor);
    expect(rest.every((e: any) => e.taskId !== newest.taskId)).toBe(true);
  });

  it("raises alerts: publication overdue, due soon, published late", async () => {
    on("2026-08-03");
    const complaint = await m(`mutation($u: String!) { market { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: ["SC-1"], inspectors: ["44039000", "44039001"], dueStart: "${today()}", dueEnd: "${today()}" }) { id } } }`, { u: codes[0] });
    const complaintId = complaint.data.market.createTask.id;
    const alerts = async (q = "") => (await m(`{ market { resultAlerts${q} { kind taskId due provisional } } }`)).data.market.resultAlerts;
    const all = await alerts("(withinWorkingDays: 25)");
    // recorded on 10 June: due 20 working days after the inspection; not recorded: after the window's end (30 June)
    const recorded = drawn.slice(0, 4).map((t) => t.id);
    const expected = drawn.map((t) => [t.id, recorded.includes(t.id) ? dueAfter("2026-06-10") : dueAfter("2026-06-30")]);
    expect(dueAfter("2026-06-30")).toBe("2026-07-28");
    expect(all.filter((a: any) => a.kind === "PUBLICATION_OVERDUE").map((a: any) => [a.taskId, a.due]).sort()).toEqual(expected.sort());
    const soon = all.filter((a: any) => a.kind === "PUBLICATION_DUE_SOON");
    const complaintDue = workingDayCalendar().addWorkingDays(today(), 20);
    expect(soon).toEqual([{ kind: "PUBLICATION_DUE_SOON", taskId: complaintId, due: complaintDue.date, provisional: complaintDue.provisional }]);
    expect((await alerts("(withinWorkingDays: 3)")).some((a: any) => a.kind === "PUBLICATION_DUE_SOON")).toBe(false);
    // the earliest deadlines first, however many there are
    expect((await alerts("(withinWorkingDays: 25, first: 2)")).map((a: any) => [a.kind, a.due])).toEqual([["PUBLICATION_OVERDUE", "2026-07-09"], ["PUBLICATION_OVERDUE", "2026-07-09"]]);
    expect((await hub.query(`{ market { resultAlerts { kind } } }`, {}, dashboard)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await m(`{ market { resultAlerts(withinWorkingDays: 99) { kind } } }`)).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("publishes with a notice period, feeds the public, and pushes to the higher platform until it acknowledges", async () => {
    // An individual business's result too: its operator's ID number must not reach the public.
    on("2026-09-01");
    const personal = await m(`mutation { market { createTask(input: { source: COMPLAINT, uscc: "${PERSON}", itemCodes: ["SC-1"], inspectors: ["44039000", "44039001"], dueStart: "2026-09-01", dueEnd: "2026-09-30" }) { id inspectors } } }`);
    const personTask = personal.data.market.createTask;
    on("2026-09-16");
    expect((await record(personTask, "NO_PROBLEM", "2026-09-15")).errors).toBeUndefined();
    const ids = [...drawn.slice(0, 3).map((t) => t.id), personTask.id];
    const published = await m(`mutation($ids: [ID!]!) { market { publishResults(taskIds: $ids) { id result { publishedLate publicationDue noticeEndsOn } } } }`, { ids });
    expect(published.errors).toBeUndefined();
    const noticeEnds = workingDayCalendar().addWorkingDays(today(), 7).date;
    // the drawn results were inspected in June: late; the individual business's, inspected yesterday: on time
    expect(published.data.market.publishResults.map((t: any) => t.result)).toEqual(ids.map((_, i) => ({
      publishedLate: i < 3, publicationDue: i < 3 ? dueAfter("2026-06-10") : dueAfter("2026-09-15"), noticeEndsOn: noticeEnds,
    })));
    const late = (await m(`{ market { resultAlerts(kinds: [PUBLISHED_LATE]) { taskId } } }`)).data.market.resultAlerts.map((a: any) => a.taskId);
    expect(late.sort()).toEqual(ids.slice(0, 3).sort());

    const feed = await hub.query(`{ market { publishedResults { results { uscc categoryCode noticeEndsOn inNoticePeriod publishedOn } } } }`, {}, "public");
    const results = feed.data.market.publishedResults.results;
    expect(results).toHaveLength(4);
    expect(results.map((r: any) => r.uscc)).toContain("110105********002X");
    expect(JSON.stringify(feed.data)).not.toContain(PERSON);
    expect(results[0]).toMatchObject({ noticeEndsOn: noticeEnds, inNoticePeriod: true, publishedOn: "2026-09-16" });
    // paged to the end
    const first = (await hub.query(`{ market { publishedResults(first: 3) { results { uscc } endCursor hasMore } } }`, {}, "public")).data.market.publishedResults;
    const rest = (await hub.query(`query($a: String) { market { publishedResults(first: 3, after: $a) { results { uscc } hasMore } } }`, { a: first.endCursor }, "public")).data.market.publishedResults;
    expect([first.results.length, first.hasMore, rest.results.length, rest.hasMore]).toEqual([3, true, 1, false]);

    // 推送: the receiver failed (500), then timed out, then acknowledged; each result lands once, keyed.
    for (let i = 0; i < 100 && receiver.acked.length < 4; i++) await new Promise((r) => setTimeout(r, 100));
    expect(receiver.attempts.slice(0, 2).map((a) => a.outcome)).toEqual(["500", "timeout"]);
    expect(receiver.acked.map((a) => a.key).sort()).toEqual(ids.map((id) => `market-result-${id}-province`).sort());
    expect(receiver.attempts.filter((a) => a.key === receiver.attempts[0]!.key).length).toBeGreaterThanOrEqual(2); // retried under the same key
    const body = receiver.acked.find((a) => a.key === `market-result-${ids[0]}-province`)!.body;
    expect(body).toMatchObject({ department: "market", taskId: Number(ids[0]), record: { 统一社会信用代码: drawn[0]!.uscc, 检查结果: "发现问题已责令改正" } });
    expect(Object.keys(body.record)).toEqual(["统一社会信用代码", "检查结果", "公示日期"]);
    expect(body.record["公示日期"]).toBe("2026-09-16"); // the China date
    const status = await m(`{ market { publicationReceivers { receiver delivered pending failedAttempts lastError } } }`);
    expect(status.data.market.publicationReceivers[0]).toMatchObject({ receiver: "province", delivered: 4, pending: 0, lastError: null });
    expect(status.data.market.publicationReceivers[0].failedAttempts).toBeGreaterThanOrEqual(2);

    // The office's feed across departments: anonymous, paged, filtered.
    const office = (args: string) => hub.query(`{ publicResults${args} { results { department departmentName uscc targetName categoryCode inNoticePeriod } endCursor hasMore } }`, {}, "public");
    await hub.syncUntil(async () => (await office("")).data.publicResults.results.length === 4);
    const page1 = (await office("(first: 2)")).data.publicResults;
    expect(page1.hasMore).toBe(true);
    const page2 = (await office(`(first: 2, after: "${page1.endCursor}")`)).data.publicResults;
    expect(page2.hasMore).toBe(false);
    expect([...page1.results, ...page2.results].map((r: any) => r.uscc).sort()).toEqual([...drawn.slice(0, 3).map((t) => t.uscc), "110105********002X"].sort());
    // each with its own target's name, from the office's directory index
    const nameOf = (uscc: string) => (uscc === "110105********002X" ? "王五烧烤店" : `深圳市盐田${codes.indexOf(uscc)}号商贸有限公司`);
    for (const r of [...page1.results, ...page2.results])
      expect(r).toMatchObject({ department: "market", departmentName: "市场监督管理局", targetName: nameOf(r.uscc), inNoticePeriod: true });
    expect((await office(`(categoryCode: "NO_PROBLEM")`)).data.publicResults.results).toHaveLength(2);
    // the office never holds an individual's ID number, so it cannot be searched by one there: the
    // department's own feed can (see above), and shows it masked
    expect((await office(`(uscc: "${PERSON}")`)).data.publicResults.results).toEqual([]);
    expect((await hub.query(`query($u: String!) { market { publishedResults(uscc: $u) { results { uscc } } } }`, { u: PERSON }, "public")).data.market.publishedResults.results).toEqual([{ uscc: "110105********002X" }]);
    // a published result whose target has left the directory still shows the ID masked (its kind read from the code)
    const { targets } = departmentSchema;
    const [held] = await hub.departments.market!.db.select().from(targets).where(eq(targets.uscc, PERSON));
    await hub.departments.market!.db.delete(targets).where(eq(targets.uscc, PERSON));
    try {
      const feed = await hub.query(`{ market { publishedResults(first: 100) { results { uscc targetName } } } }`, {}, "public");
      expect(JSON.stringify(feed.data)).not.toContain(PERSON);
      expect(feed.data.market.publishedResults.results).toContainEqual({ uscc: "110105********002X", targetName: "" });
    } finally {
      await hub.departments.market!.db.insert(targets).values(held!);
    }
    expect((await office(`(name: "五烧烤")`)).data.publicResults.results).toEqual([expect.objectContaining({ uscc: "110105********002X", targetName: "王五烧烤店" })]);
    expect((await office(`(name: "%")`)).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await office(`(name: "_%")`)).data.publicResults.results).toEqual([]);
    expect((await office(`(department: "transport")`)).data.publicResults.results).toEqual([]);
    expect((await office(`(department: "police")`)).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const forged = Buffer.from(JSON.stringify("x|y")).toString("base64url");
    for (const bad of [`(after: "${forged}")`, `(after: "not-a-cursor")`, `(from: "2026-02-30")`, `(first: 0)`])
      expect((await office(bad)).errors?.[0].extensions.code, bad).toBe("BAD_USER_INPUT");
  });

  it("counts per department and period: completion, on time / late / overdue, detection rate, categories, joint share", async () => {
    on("2026-09-16");
    const fields = `asOf stale department period tasks plannedTasks plannedTasksPublished planCompletion resultsRecorded publishedOnTime publishedLate overdue problemsFound problemDetectionRate jointVisits jointShare byCategory { code count }`;
    const stats = await hub.query(`{ resultStatistics(year: 2026, half: 1) { ${fields} } }`, {}, dashboard);
    expect(stats.errors).toBeUndefined();
    const [market, transport] = stats.data.resultStatistics;
    expect(market).toMatchObject({
      department: "market", period: "2026-H1", tasks: 8, plannedTasks: 8, plannedTasksPublished: 3, planCompletion: 0.375, resultsRecorded: 4,
      publishedOnTime: 0, publishedLate: 3, overdue: 5, problemsFound: 3, problemDetectionRate: 0.75, jointVisits: 0, jointShare: 0,
    });
    const byCode = Object.fromEntries(market.byCategory.map((c: any) => [c.code, c.count]));
    expect(byCode).toMatchObject({ RECTIFICATION_ORDERED: 1, NO_PROBLEM: 1, FOLLOW_UP_PENDING: 1, MINOR_ISSUE_FIXED_ON_SITE: 1, OTHER: 0 });
    expect(transport).toMatchObject({ tasks: 0, planCompletion: 1, problemDetectionRate: 0 });
    expect(market.asOf).toEqual(expect.any(String)); // as of the office's last sync of market
    expect((await hub.query(`{ resultStatistics(year: 2026, half: 2) { tasks plannedTasks } }`, {}, coordinator)).data.resultStatistics[0].plannedTasks).toBe(0);
    expect((await hub.query(`{ resultStatistics(year: 2026, half: 3) { tasks } }`, {}, coordinator)).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await hub.query(`{ resultStatistics(year: 2026) { tasks } }`, {}, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");

    // Half-year summary as XLSX, read back; the same figures.
    const dir = mkdtempSync(join(tmpdir(), "hub-stats-"));
    try {
      const direct = await resultStatistics(hub.office.db, ["market", "transport"], CATEGORIES, period(2026, 1));
      expect(direct[0]).toMatchObject({ tasks: 8, overdue: 5, problemsFound: 3 });
      const { headers, rows } = statisticsTable(direct, { market: "市场监督管理局", transport: "交通运输局" });
      await writeTable(join(dir, "stats.xlsx"), "统计", headers, [rows]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, "stats.xlsx"));
      const sheet = wb.worksheets[0]!;
      expect(sheet.getRow(1).getCell(12).value).toBe("问题发现率");
      expect(sheet.getRow(2).values).toEqual([, "2026-H1", "市场监督管理局", 8, 8, 3, 0.375, 4, 0, 3, 5, 3, 0.75, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1]); // categories in configured order
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exports published results with a platform's field mapping, as CSV Excel reads", async () => {
    const dept = resolveDepartment(hub.config.departments[0]!);
    const cols = columnsFor("results", dept.exportProfiles.provincial, "provincial");
    const dir = mkdtempSync(join(tmpdir(), "hub-export-"));
    try {
      const batches = (async function* () {
        for await (const records of exportRecords(hub.departments.market!.db, dept, "results")) yield records.map((r) => row(r, cols));
      })();
      expect(await writeTable(join(dir, "results.csv"), "results", cols.map((c) => c.header), batches)).toBe(4);
      const text = readFileSync(join(dir, "results.csv"), "utf8");
      expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads the Chinese headers
      const lines = text.slice(1).trim().split("\n");
      expect(lines[0]!.trim()).toBe("统一社会信用代码,检查结果,公示日期");
      expect(lines).toHaveLength(5);
      expect(() => columnsFor("results", { results: [{ header: "x", field: "nope" }] }, "bad")).toThrow(/unknown field\(s\) nope/);
      // …and a department whose receiver uses such a profile refuses to start, naming it.
      const bad = { code: "market", name: "市场监督管理局", port: 1, publicationReceivers: [{ name: "p", url: "http://127.0.0.1:9/", profile: "bad" }], exportProfiles: { bad: { results: [{ header: "x", field: "nope" }] } } };
      await expect(startDepartment({ department: bad, port: 0, dataDir: "memory://" })).rejects.toThrow(/exportProfiles.bad.results names unknown field\(s\) nope/);
      const cli = (script: string, args: string[]) =>
        promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], {
          cwd: REPO_ROOT,
          env: { ...process.env, HUB_CONFIG: configFile, DATABASE_URL: hub.databaseUrl ?? "", DATA_DIR: join(dir, "no-such-data") },
        }).then((r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }), (e: { code: number; stdout: string; stderr: string }) => e);
      const configFile = join(dir, "hub.config.json");
      writeFileSync(configFile, JSON.stringify({ departments: hub.config.departments.map(({ resultCategories: _, exportProfiles: __, ...d }) => d), exportProfiles: PROFILE, resultCategories: CATEGORIES }));
      const refused = await cli("subgraphs/department/src/cli.ts", ["export", "--department", "market", "--kind", "results", "--profile", "nope", "--file", join(dir, "x.csv")]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/no export profile "nope"/);
      if (hub.databaseUrl) {
        // The real commands against this hub's PostgreSQL: results with the platform's columns, and the half-year statistics.
        const exported = await cli("subgraphs/department/src/cli.ts", ["export", "--department", "market", "--kind", "results", "--profile", "provincial", "--file", join(dir, "results.xlsx")]);
        expect(exported.stdout).toMatch(/wrote 4 results of market/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(join(dir, "results.xlsx"));
        expect(wb.worksheets[0]!.getRow(1).values).toEqual([, "统一社会信用代码", "检查结果", "公示日期"]);
        expect(wb.worksheets[0]!.rowCount).toBe(5);
        const stats = await cli("subgraphs/office/src/cli.ts", ["export-statistics", "--year", "2026", "--half", "1", "--file", join(dir, "stats.json")]);
        expect(stats.stdout).toMatch(/wrote 2026-H1 statistics of 2 departments/);
        const json = JSON.parse(readFileSync(join(dir, "stats.json"), "utf8"));
        expect(json.departments[0]).toMatchObject({ department: "market", period: "2026-H1", tasks: 8, plannedTasksPublished: 3, overdue: 5 });
        expect((await cli("subgraphs/office/src/cli.ts", ["export-statistics", "--year", "2026", "--half", "3", "--file", join(dir, "s.csv")])).code).toBe(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
