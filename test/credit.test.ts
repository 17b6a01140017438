/**
 * 信用风险分类 from the credit system, through the gateway on PGlite and PostgreSQL: a batch and a
 * file of classes set what changed on the targets market holds (codes it does not hold are counted),
 * a wrong class refuses the batch whole; every change — import, edit, credit system — is in the
 * target's history with its path, batch, who and when; a draw afterwards stratifies by the new class.
 */
import { createHash } from "node:crypto";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, officer } from "./support/tokens.js";

const [u0, u1, u2] = [0, 1, 2].map((i) => syntheticUscc(8600 + i, "440305")) as [string, string, string];
const stranger = syntheticUscc(8699, "440305");
const HISTORY = `fromClass toClass source reference changedBy changedAt`;

describe.each(DRIVERS)("credit classes from the credit system over %s", (driver) => {
  let hub: TestHub;
  const receive = (input: Record<string, unknown>, as = admin("market")) =>
    hub.query(`mutation($i: CreditClassBatchInput!) { market { receiveCreditClasses(input: $i) { received updated unchanged notHeld notHeldUsccs } } }`, { i: input }, as);
  const history = async (uscc: string, as = officer("market")) => {
    const r = await hub.query(`query($u: String!) { target(uscc: $u) { market { creditClass creditHistory { ${HISTORY} } } } }`, { u: uscc }, as);
    expect(r.errors).toBeUndefined();
    return r.data.target.market as { creditClass: string; creditHistory: any[] };
  };

  beforeAll(async () => {
    hub = await startTestHub(driver);
    hub.clock.set(chinaInstant("2026-03-02", "09:00"));
    const rows = [u0, u1, u2].map((u, i) => [u, `深圳市南山${i}号科技有限公司`, "", "", "", "I6510", "440305", "中", "B", "", "存续"]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer("market"))).data.market.importTargets.status).toBe("COMMITTED");
    const staff = ["XY01", "XY02"].map((c) => [c, `检查员${c}`, "在岗"]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名", "状态"], ...staff])) } }, officer("market"))).data.market.importInspectors.status).toBe("COMMITTED");
  });
  afterAll(async () => hub?.close());

  it("a batch sets the classes that changed, counts what it already had and the codes market does not hold", async () => {
    hub.clock.set(chinaInstant("2026-07-01", "08:30"));
    const r = await receive({ reference: "2026年7月信用分类第17批", classes: [{ uscc: u0, creditClass: "D" }, { uscc: u1, creditClass: "B" }, { uscc: ` ${stranger.toLowerCase()}`, creditClass: "a" }] });
    expect(r.errors).toBeUndefined();
    expect(r.data.market.receiveCreditClasses).toEqual({ received: 3, updated: 1, unchanged: 1, notHeld: 1, notHeldUsccs: [stranger] });
    const h = await history(u0);
    expect(h.creditClass).toBe("D");
    expect(h.creditHistory).toEqual([
      { fromClass: null, toClass: "B", source: "IMPORT", reference: null, changedBy: "market-officer", changedAt: expect.stringMatching(/^2026-03-02T01:00/) },
      { fromClass: "B", toClass: "D", source: "CREDIT_SYSTEM", reference: "2026年7月信用分类第17批", changedBy: "market-admin", changedAt: expect.stringMatching(/^2026-07-01T00:30/) },
    ]);
  });

  it("a wrong class or code refuses the batch whole, naming the rows; only an admin may send one", async () => {
    const bad = await receive({ reference: "第18批", classes: [{ uscc: u1, creditClass: "C" }, { uscc: u2, creditClass: "E" }, { uscc: "91440300MA5XXXXXX", creditClass: "A" }] });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/2 处错误，本批未写入：第 2 条：信用风险分类“E”不在本部门的分类（A、B、C、D）中；第 3 条：统一社会信用代码“91440300MA5XXXXXX”无效/) });
    expect((await history(u1)).creditClass).toBe("B"); // nothing of the batch was written
    expect((await receive({ reference: "x", classes: [{ uscc: u1, creditClass: "C" }] }, officer("market"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await receive({ reference: "x" })).errors?.[0].message).toMatch(/either classes or a file/);
    expect((await receive({ reference: " ", classes: [{ uscc: u1, creditClass: "C" }] })).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a file of classes works the same, and an edit in the directory is on the history too", async () => {
    hub.clock.set(chinaInstant("2026-07-15", "10:00"));
    const file = b64(csv([["统一社会信用代码", "企业名称", "信用风险分类"], [u2, "深圳市南山2号科技有限公司", "C类"]]));
    expect((await receive({ reference: "信用分类20260715.csv", format: "CSV", contentBase64: file })).data.market.receiveCreditClasses).toMatchObject({ received: 1, updated: 1 });
    const noColumn = b64(csv([["统一社会信用代码", "等级"], [u2, "C"]]));
    expect((await receive({ reference: "x.csv", format: "CSV", contentBase64: noColumn })).errors?.[0].message).toMatch(/须有“统一社会信用代码”和“信用风险分类”两列/);
    hub.clock.set(chinaInstant("2026-07-20", "10:00"));
    expect((await hub.query(`mutation($u: String!) { market { upsertTarget(input: { uscc: $u, name: "深圳市南山2号科技有限公司", riskLevel: MEDIUM, creditClass: "A" }) { uscc } } }`, { u: u2 }, officer("market"))).errors).toBeUndefined();
    expect((await history(u2)).creditHistory.map((c: any) => [c.fromClass, c.toClass, c.source, c.reference, c.changedBy])).toEqual([
      [null, "B", "IMPORT", null, "market-officer"],
      ["B", "C", "CREDIT_SYSTEM", "信用分类20260715.csv", "market-admin"],
      ["C", "A", "DIRECTORY", null, "market-officer"],
    ]);
    // the office reads it too; another department does not
    expect((await history(u2, coordinator)).creditHistory).toHaveLength(3);
    const other = await hub.query(`query($u: String!) { target(uscc: $u) { market { creditHistory { toClass } } } }`, { u: u2 }, officer("transport"));
    expect(other.errors?.[0].extensions.code).toBe("FORBIDDEN");
  });

  it("a draw afterwards stratifies each target by the class it has then", async () => {
    const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
    const a = (q: string, v: Record<string, unknown> = {}) => hub.query(q, v, admin("market"));
    await a(`mutation { market { upsertItem(input: { code: "XY-1", name: "信用监管检查", legalBasis: "《条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1 }) { code } } }`);
    const planId = (await a(`mutation($i: PlanInput!) { market { createPlan(input: $i) { id } } }`, { i: { year: 2026, name: "2026年下半年信用监管抽查", itemCodes: ["XY-1"], periodStart: "2026-08-01", periodEnd: "2026-10-31", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 1 })) } })).data.market.createPlan.id;
    await a(`mutation($p: ID!) { market { publishPlan(id: $p) { status } } }`, { p: planId });
    const c = (await a(`mutation($p: ID!, $c: String!) { market { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: sha256("credit-secret") })).data.market.commitDrawSeed.id;
    const draw = await a(`mutation($i: DrawInput!) { market { drawTargets(input: $i) { id strata { creditClass } drawnTargets { uscc stratum } } } }`, { i: { planId, commitmentId: c, secret: "credit-secret", publicValue: "1" } });
    expect(draw.errors).toBeUndefined();
    const { strata, drawnTargets } = draw.data.market.drawTargets;
    const classOf = Object.fromEntries(drawnTargets.map((t: any) => [t.uscc, strata[t.stratum].creditClass]));
    expect([classOf[u0], classOf[u1], classOf[u2]]).toEqual(["D", "B", "A"]);
  });
});
