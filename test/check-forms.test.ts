/**
 * 检查表 (一张表格管检查) through the gateway, on PGlite and PostgreSQL: an admin saves an item's check
 * form in versions; an officer records a result answering it whole, the hub proposes the category;
 * the result keeps the version it answered after the form changes; a form answered in part, an item
 * without a form and a nonconformity without a note are refused with nothing written; the export
 * carries the answers.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, bearer, officer } from "./support/tokens.js";

const codes = Array.from({ length: 4 }, (_, i) => syntheticUscc(8100 + i, "440308"));
const POINTS = [
  { content: "营业执照是否在住所醒目位置悬挂", standard: "悬挂营业执照正本", legalBasis: "《市场主体登记管理条例》第三十六条" },
  { content: "年度报告是否按时公示", standard: "每年 6 月 30 日前公示上一年度报告", legalBasis: "《企业信息公示暂行条例》第八条" },
];

describe.each(DRIVERS)("check forms over %s", (driver) => {
  let hub: TestHub;
  // a task is given on 2 May and its result entered on 12 May
  const task = async (uscc: string) => {
    hub.clock.set(chinaInstant("2026-05-02", "09:00"));
    return (await hub.query(`mutation($u: String!) { market { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: ["SC-1", "SC-2"], inspectors: ["44032001", "44032002"], dueStart: "2026-05-01", dueEnd: "2026-05-31" }) { id } } }`, { u: uscc }, officer("market"))).data.market.createTask.id as string;
  };
  const record = (taskId: string, checkAnswers: unknown[], categoryCode = "NO_PROBLEM") => {
    hub.clock.set(chinaInstant("2026-05-12", "09:00"));
    return hub.query(
      `mutation($t: ID!, $i: ResultInput!) { market { recordResult(taskId: $t, input: $i) { id status result { categoryCode checkAnswers { itemCode formVersion number content answer note } } } } }`,
      { t: taskId, i: { categoryCode, findings: "按检查表逐项检查", inspectionDate: "2026-05-10", signers: [{ name: "赵一", certificateNumber: "44032001" }, { name: "钱二", certificateNumber: "44032002" }], checkAnswers } },
      officer("market"),
    );
  };
  const answers = (...given: [string, string?][]) => given.map(([answer, note], i) => ({ itemCode: "SC-1", number: i + 1, answer, note }));

  beforeAll(async () => {
    hub = await startTestHub(driver);
    hub.clock.set(chinaInstant("2026-05-20", "10:00"));
    const rows = codes.map((u, i) => [u, `深圳市盐田${i}号商贸有限公司`, "", "", "", "F5100", "440308", "中", "C", "", "存续"]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer("market"))).data.market.importTargets.status).toBe("COMMITTED");
    const inspectors = csv([["执法证号", "姓名", "业务专长", "状态"], ["44032001", "赵一", "", "在岗"], ["44032002", "钱二", "", "在岗"]]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(inspectors) } }, officer("market"))).data.market.importInspectors.status).toBe("COMMITTED");
    for (const code of ["SC-1", "SC-2"])
      await hub.query(`mutation($c: String!) { market { upsertItem(input: { code: $c, name: "公示信息检查", legalBasis: "《企业信息公示暂行条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.05 }) { code } } }`, { c: code }, admin("market"));
  });
  afterAll(async () => hub?.close());

  it("an admin saves a form, each save a new version; an officer may not; the item list carries the current form for everyone", async () => {
    const save = (points: unknown[], as = admin("market")) => hub.query(`mutation($p: [CheckPointInput!]!) { market { saveCheckForm(itemCode: "SC-1", points: $p) { itemCode version points { number content standard legalBasis } createdBy } } }`, { p: points }, as);
    const first = await save(POINTS.slice(0, 1));
    expect(first.data.market.saveCheckForm).toEqual({ itemCode: "SC-1", version: 1, points: [{ number: 1, ...POINTS[0] }], createdBy: "market-admin" });
    expect((await save(POINTS)).data.market.saveCheckForm.version).toBe(2);
    expect((await save(POINTS, officer("market"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await save([{ content: " " }])).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/第 1 项：检查内容不能为空/) });
    expect((await hub.query(`mutation { market { saveCheckForm(itemCode: "NOPE", points: [{ content: "x" }]) { version } } }`, {}, admin("market"))).errors?.[0].extensions.code).toBe("NOT_FOUND");
    const items = await hub.query(`{ market { items { code checkForm { version points { number content } } } } }`, {}, "public");
    expect(items.data.market.items).toEqual([
      { code: "SC-1", checkForm: { version: 2, points: POINTS.map((p, i) => ({ number: i + 1, content: p.content })) } },
      { code: "SC-2", checkForm: null },
    ]);
  });

  it("a result answers the form whole and keeps the version; the hub proposes the category", async () => {
    const proposal = await hub.query(`{ market { proposeResultCategory(answers: [{ itemCode: "SC-1", number: 1, answer: CONFORMS }, { itemCode: "SC-1", number: 2, answer: NONCONFORMING, note: "2025 年度报告未公示" }]) { categoryCode categoryName reason } } }`, {}, officer("market"));
    expect(proposal.data.market.proposeResultCategory).toEqual({ categoryCode: "RECTIFICATION_ORDERED", categoryName: "发现问题已责令改正", reason: "1 个检查要点不符合" });
    expect((await hub.query(`{ market { proposeResultCategory(answers: []) { categoryCode } } }`, {}, officer("market"))).data.market.proposeResultCategory).toBeNull();

    const id = await task(codes[0]!);
    const r = await record(id, answers(["CONFORMS"], ["NONCONFORMING", "2025 年度报告未公示，已责令补报"]), "RECTIFICATION_ORDERED");
    expect(r.errors).toBeUndefined();
    expect(r.data.market.recordResult).toMatchObject({ status: "DONE", result: { categoryCode: "RECTIFICATION_ORDERED" } });
    expect(r.data.market.recordResult.result.checkAnswers).toEqual([
      { itemCode: "SC-1", formVersion: 2, number: 1, content: POINTS[0]!.content, answer: "CONFORMS", note: "" },
      { itemCode: "SC-1", formVersion: 2, number: 2, content: POINTS[1]!.content, answer: "NONCONFORMING", note: "2025 年度报告未公示，已责令补报" },
    ]);
    // the form changes: the result still names the version and the wording it answered, which stays readable
    await hub.query(`mutation { market { saveCheckForm(itemCode: "SC-1", points: [{ content: "营业执照是否悬挂" }, { content: "年度报告是否公示" }]) { version } } }`, {}, admin("market"));
    const again = await hub.query(`query($t: ID!) { market { task(id: $t) { result { checkAnswers { formVersion content } } } checkForm(itemCode: "SC-1", version: 2) { points { content } } } }`, { t: id }, officer("market"));
    expect(again.data.market.task.result.checkAnswers.map((a: any) => a.formVersion)).toEqual([2, 2]);
    expect(again.data.market.task.result.checkAnswers[0].content).toBe(POINTS[0]!.content);
    expect(again.data.market.checkForm.points.map((p: any) => p.content)).toEqual(POINTS.map((p) => p.content));

    // the export's 检查要点 column, once published
    expect((await hub.query(`mutation($ids: [ID!]!) { market { publishResults(taskIds: $ids) { id } } }`, { ids: [id] }, officer("market"))).errors).toBeUndefined();
    const res = await fetch(`${hub.gateway.url.replace(/\/graphql$/, "")}/downloads/market/results.csv`, { headers: await bearer(officer("market")) });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    expect(text.split(/\r?\n/)[0]).toContain("检查要点");
    expect(text).toContain("SC-1（第 2 版）第1项 符合；第2项 不符合（2025 年度报告未公示，已责令补报）");
  });

  it("a form answered in part, a nonconformity without a note and an item without a form are refused; nothing is written", async () => {
    const id = await task(codes[1]!);
    const cases: [unknown[], RegExp][] = [
      [answers(["CONFORMS"]), /SC-1 的检查表须逐项填写，未填第 2 项/],
      [[{ itemCode: "SC-1", number: 1, answer: "NONCONFORMING" }], /不符合，须写明情况/],
      [[{ itemCode: "SC-2", number: 1, answer: "CONFORMS" }], /SC-2 尚无检查表/],
      [[{ itemCode: "YS-9", number: 1, answer: "CONFORMS" }], /不是本任务的抽查事项/],
    ];
    for (const [given, message] of cases) {
      const r = await record(id, given);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(message) });
    }
    const t = await hub.query(`query($t: ID!) { market { task(id: $t) { status result { taskId } } } }`, { t: id }, officer("market"));
    expect(t.data.market.task).toEqual({ status: "ASSIGNED", result: null });
    // a result without answers stays possible (a form is the department's tool, not a gate)
    expect((await record(id, [])).data.market.recordResult.result.checkAnswers).toEqual([]);
  });
});
