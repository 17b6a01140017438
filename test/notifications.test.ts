/**
 * 消息通知 through the gateway, on PGlite and PostgreSQL: each step of a joint inspection tells the
 * departments concerned — kept for the web app and pushed to their webhooks, signed, retried past a
 * receiver that fails on purpose until it acknowledges; a webhook that is down keeps its
 * notifications pending with the error; each department reads only its own.
 */
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { webhookReceivers } from "@hub/office";
import { chinaInstant, NotificationKind, validateConfig } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { coordinator, dashboard, officer } from "./support/tokens.js";

const SECRET = "transport-webhook-secret";
const codes = [syntheticUscc(8500, "440309"), syntheticUscc(8501, "440309")];

/** A webhook receiver that answers 503 to its first message, then checks each signature and acknowledges. */
async function startReceiver() {
  const attempts: { key: string; status: number }[] = [];
  const acked: { key: string; body: any }[] = [];
  const server: Server = createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => {
      const key = String(req.headers["idempotency-key"]);
      const timestamp = Number(req.headers["x-hub-timestamp"]);
      const expected = `sha256=${createHmac("sha256", SECRET).update(`${timestamp}.${text}`).digest("hex")}`;
      const status = attempts.length === 0 ? 503 : req.headers["x-hub-signature-256"] !== expected || Math.abs(Date.now() / 1000 - timestamp) > 300 ? 401 : 200;
      attempts.push({ key, status });
      if (status === 200 && !acked.some((a) => a.key === key)) acked.push({ key, body: JSON.parse(text) });
      res.writeHead(status).end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, attempts, acked, close: () => new Promise((r) => server.close(r)) };
}

describe.each(DRIVERS)("notifications over %s", (driver) => {
  let hub: TestHub;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const NOTE = `id department kind text jointInspectionId bySubject byDepartment deliveries { receiver deliveredAt attempts lastError }`;
  const read = async (as: Parameters<TestHub["query"]>[2], department?: string) => {
    const r = await hub.query(`query($d: String) { notifications(department: $d) { ${NOTE} } }`, { d: department }, as);
    expect(r.errors).toBeUndefined();
    return r.data.notifications as any[];
  };

  beforeAll(async () => {
    Object.assign(process.env, { HUB_OUTBOX_POLL_MS: "50", HUB_OUTBOX_BASE_DELAY_MS: "100", HUB_OUTBOX_MAX_DELAY_MS: "400", HUB_OUTBOX_TIMEOUT_MS: "2000", HUB_TEST_WEBHOOK_SECRET: SECRET });
    receiver = await startReceiver();
    // market's office system is down (nothing listens where it should), and wants answers only
    const gone = await startReceiver();
    await gone.close();
    hub = await startTestHub(driver, [
      { code: "market", name: "市场监督管理局", port: 1, webhooks: [{ name: "oa", url: gone.url, events: [NotificationKind.JOINT_ACCEPTED, NotificationKind.JOINT_DECLINED] }] },
      { code: "transport", name: "交通运输局", port: 2, webhooks: [{ name: "im", url: receiver.url, secretEnv: "HUB_TEST_WEBHOOK_SECRET" }] },
    ]);
    hub.clock.set(chinaInstant("2026-06-01", "09:00"));
    for (const d of ["market", "transport"]) {
      const rows = codes.map((u, i) => [u, `深圳市宝安${i}号运输有限公司`, "", "", "", "G5430", "440306", "中", "B", "", "存续"]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer(d))).data[d].importTargets.status).toBe("COMMITTED");
      const staff = [1, 2].map((n) => `${d.slice(0, 2).toUpperCase()}N0${n}`).map((c) => [c, `检查员${c}`, "在岗"]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名", "状态"], ...staff])) } }, officer(d))).data[d].importInspectors.status).toBe("COMMITTED");
    }
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: codes[1] }, coordinator)).data.target.departments.length === 2);
  });
  afterAll(async () => {
    await hub?.close();
    await receiver?.close();
  });

  let id: string;
  it("an invitation reaches the responder in the hub and at its webhook, signed, after the webhook failed once", async () => {
    const p = await hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, {
      i: { lead: "market", departments: ["transport"], usccs: codes, windowStart: "2026-06-10", windowEnd: "2026-06-30", planText: "市场监管牵头联合检查" },
    }, officer("market"));
    expect(p.errors).toBeUndefined();
    id = p.data.proposeJointInspection.id;
    const [invitation] = await read(officer("transport"));
    expect(invitation).toMatchObject({
      department: "transport", kind: "JOINT_INVITATION", jointInspectionId: id, bySubject: "market-officer", byDepartment: "market",
      text: `市场监督管理局邀请贵部门参加第 ${id} 号联合抽查（2026年6月10日至2026年6月30日，2 户），请书面答复是否参加`,
    });
    await expect.poll(() => receiver.acked.length).toBe(1);
    expect(receiver.attempts.map((a) => a.status)).toEqual([503, 200]); // refused once, then taken: nothing lost
    expect(receiver.acked[0]).toEqual({ key: `hub-notification-${invitation.id}`, body: expect.objectContaining({ id: Number(invitation.id), kind: "JOINT_INVITATION", department: "transport", text: invitation.text, jointInspectionId: Number(id) }) });
    await expect.poll(async () => (await read(officer("transport")))[0].deliveries[0].deliveredAt).not.toBeNull();
    expect((await read(officer("transport")))[0].deliveries[0]).toMatchObject({ receiver: "transport:im", attempts: 1 });
  });

  it("the lead is told of the answer; its webhook is down, so the notification waits there with the error, the others are not its kinds", async () => {
    expect((await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id }, officer("transport"))).errors).toBeUndefined();
    const team = await hub.query(`mutation($j: ID!, $u: [String!]!) { transport { drawJointTeam(jointInspectionId: $j, usccs: $u, size: 1, publicValue: "p") } }`, { j: id, u: codes }, officer("transport"));
    expect((await hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id, c: team.data.transport.drawJointTeam }, officer("transport"))).errors).toBeUndefined();
    const told = await read(officer("market"));
    expect(told.map((n) => [n.kind, n.text])).toEqual([
      ["JOINT_TEAM_SUPPLIED", `交通运输局已为第 ${id} 号联合抽查派出检查人员 1 名`],
      ["JOINT_ACCEPTED", `交通运输局同意参加第 ${id} 号联合抽查`],
    ]);
    expect(told[0].deliveries).toEqual([]); // the team is not a kind market's webhook wants
    await expect.poll(async () => (await hub.query(`{ webhookStatus { receiver pending delivered failedAttempts lastError } }`, {}, officer("market"))).data.webhookStatus[0].failedAttempts).toBeGreaterThan(0);
    const [status] = (await hub.query(`{ webhookStatus { receiver pending delivered failedAttempts lastError oldestPendingSince } }`, {}, officer("market"))).data.webhookStatus;
    expect(status).toMatchObject({ receiver: "market:oa", pending: 1, delivered: 0, lastError: expect.stringMatching(/ECONNREFUSED/) });
    // the office sees both departments' webhooks
    expect((await hub.query(`{ webhookStatus { receiver delivered } }`, {}, coordinator)).data.webhookStatus).toEqual([{ receiver: "market:oa", delivered: 0 }, { receiver: "transport:im", delivered: 1 }]);
  });

  it("each department reads its own notifications, the office all; dashboards and the public none", async () => {
    expect((await hub.query(`{ notifications(department: "market") { id } }`, {}, officer("transport"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await hub.query(`{ notifications { id } }`, {}, dashboard)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await hub.query(`{ notifications { id } }`, {}, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const all = await read(coordinator);
    expect(all.map((n) => `${n.department}:${n.kind}`)).toEqual(["market:JOINT_TEAM_SUPPLIED", "market:JOINT_ACCEPTED", "transport:JOINT_INVITATION"]);
    expect((await read(coordinator, "transport")).map((n) => n.kind)).toEqual(["JOINT_INVITATION"]);
    // paging back from the newest
    const page = await hub.query(`query($b: ID!) { notifications(first: 1, before: $b) { kind } }`, { b: all[0].id }, coordinator);
    expect(page.data.notifications).toEqual([{ kind: "JOINT_ACCEPTED" }]);
  });

  it("a webhook's secret missing from the environment stops the office's start, naming it", () => {
    const config = validateConfig({ departments: [{ code: "market", name: "市场监督管理局", port: 1, webhooks: [{ name: "oa", url: "http://127.0.0.1:9/", secretEnv: "HUB_NOT_SET" }] }] });
    expect(() => webhookReceivers(config, {})).toThrow(/departments\.market\.webhooks\[0\]\.secretEnv names the secret HUB_NOT_SET, which is not set/);
    expect(webhookReceivers(config, { HUB_NOT_SET: "s" })).toEqual([{ name: "market:oa", url: "http://127.0.0.1:9/", secret: "s" }]);
  });
});
