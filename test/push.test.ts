/**
 * 推送 of the item list and plans (一单…一计划) to higher platforms, through the outbox, on PGlite and
 * PostgreSQL: each receiver gets the kinds it takes, shaped by its export profile; one that is down
 * keeps them pending, and the backlog report counts what is past its deadline in working days.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, officer } from "./support/tokens.js";

async function startReceiver() {
  const bodies: any[] = [];
  const server: Server = createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => (bodies.push(JSON.parse(text)), res.end("ok")));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/push`, bodies, close: () => new Promise((r) => server.close(r)) };
}

const PROFILE = {
  province: {
    items: [{ header: "事项编码", field: "code" }, { header: "事项名称", field: "name" }],
    plans: [{ header: "计划名称", field: "name" }, { header: "版本", field: "version" }],
    targets: [{ header: "统一社会信用代码", field: "uscc" }, { header: "信用风险分类", field: "creditClass" }],
  },
};

describe.each(DRIVERS)("pushing the item list and plans over %s", (driver) => {
  let hub: TestHub;
  let province: Awaited<ReturnType<typeof startReceiver>>;
  const a = (q: string, v: Record<string, unknown> = {}) => hub.query(q, v, admin("market"));

  beforeAll(async () => {
    Object.assign(process.env, { HUB_OUTBOX_POLL_MS: "50", HUB_OUTBOX_BASE_DELAY_MS: "100", HUB_OUTBOX_MAX_DELAY_MS: "400", HUB_OUTBOX_TIMEOUT_MS: "2000" });
    province = await startReceiver();
    const gone = await startReceiver();
    await gone.close();
    hub = await startTestHub(driver, [
      { code: "market", name: "市场监督管理局", port: 1, publicationReceivers: [
        { name: "province", url: province.url, profile: "province", kinds: ["results", "items", "plans", "targets", "inspectors"] },
        // the national platform takes plans only, and is down
        { name: "national", url: gone.url, kinds: ["plans"], deadlineWorkingDays: 5 },
      ] },
    ], {}, 30_000, { exportProfiles: PROFILE });
    hub.clock.set(chinaInstant("2026-05-06", "09:00"));
  });
  afterAll(async () => {
    await hub?.close();
    await province?.close();
  });

  it("an item and a plan reach the receivers that take them, shaped by the profile; an adjustment goes again", async () => {
    expect((await a(`mutation { market { upsertItem(input: { code: "SC-9", name: "广告发布检查", legalBasis: "《广告法》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.05 }) { code } } }`)).errors).toBeUndefined();
    const plan = { year: 2026, name: "2026年广告发布抽查", itemCodes: ["SC-9"], periodStart: "2026-06-01", periodEnd: "2026-10-31", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 0.1 })) };
    const id = (await a(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, { i: plan })).data.market.createPlan.id;
    expect((await a(`mutation($p: ID!) { market { publishPlan(id: $p) { status } } }`, { p: id })).errors).toBeUndefined(); // a draft is not pushed; the publication is
    expect((await a(`mutation($p: ID!, $i: PlanInput!) { market { adjustPlan(id: $p, input: $i, reason: "调整抽查时段") { version } } }`, { p: id, i: { ...plan, periodEnd: "2026-11-15" } })).errors).toBeUndefined();
    await expect.poll(() => province.bodies.length).toBe(3);
    expect(province.bodies).toEqual([
      { department: "market", kind: "items", ref: "SC-9", record: { 事项编码: "SC-9", 事项名称: "广告发布检查" } },
      { department: "market", kind: "plans", ref: String(id), record: { 计划名称: "2026年广告发布抽查", 版本: 1 } },
      { department: "market", kind: "plans", ref: String(id), record: { 计划名称: "2026年广告发布抽查", 版本: 2 } },
    ]);
  });

  it("directory changes go too: an import's targets each as a record, an inspector edited; an unchanged edit sends nothing", async () => {
    const codes = [syntheticUscc(8800, "440303"), syntheticUscc(8801, "440303")];
    const rows = codes.map((u, i) => [u, `深圳市福田${i}号贸易有限公司`, "", "", "", "F5100", "440304", "中", i ? "C" : "B", "", "存续"]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer("market"))).data.market.importTargets.status).toBe("COMMITTED");
    const inspector = (position: string) => hub.query(`mutation($p: String!) { market { upsertInspector(input: { certificateNumber: "TS01", name: "检查员甲", position: $p }) { certificateNumber } } }`, { p: position }, officer("market"));
    expect((await inspector("科员")).errors).toBeUndefined();
    expect((await inspector("科员")).errors).toBeUndefined(); // the same again: nothing changed, nothing sent
    await expect.poll(() => province.bodies.length).toBe(6);
    expect(province.bodies.slice(3, 5)).toEqual(codes.map((u, i) => ({ department: "market", kind: "targets", ref: u, record: { 统一社会信用代码: u, 信用风险分类: i ? "C" : "B" } })));
    expect(province.bodies[5]).toMatchObject({ kind: "inspectors", ref: "TS01", record: expect.objectContaining({ 执法证号: "TS01", 姓名: "检查员甲", 职务: "科员" }) });
  });

  it("the backlog report counts what waits past its deadline in working days", async () => {
    const status = async () => (await a(`{ market { publicationReceivers { receiver delivered pending deadlineWorkingDays overdue lastError } } }`)).data.market.publicationReceivers;
    await expect.poll(async () => (await status()).find((s: any) => s.receiver === "national").lastError).not.toBeNull();
    expect((await status()).map((s: any) => [s.receiver, s.delivered, s.pending, s.deadlineWorkingDays, s.overdue])).toEqual([["province", 6, 0, 5, 0], ["national", 0, 2, 5, 0]]);
    // ten working days later (after the May Day holiday, 6 May to 20 May) the national platform's two are overdue
    hub.clock.set(chinaInstant("2026-05-20", "09:00"));
    expect((await status()).find((s: any) => s.receiver === "national")).toMatchObject({ pending: 2, overdue: 2 });
    hub.clock.set(chinaInstant("2026-05-07", "09:00")); // the next day: not yet
    expect((await status()).find((s: any) => s.receiver === "national")).toMatchObject({ overdue: 0 });
  });
});
