/**
 * 年度联合抽查计划 through the gateway, on PGlite and PostgreSQL: the office's joint item list
 * (一业一查); departments submit their entries by the due day (a later one is marked late); the office
 * returns one with its reason and accepts the resubmission; the plan is published once nothing waits
 * for review, read by anyone; a joint inspection names its entry and, once recorded, the entry is
 * carried out — in the plan and in the statistics.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, FOUR_DEPARTMENTS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, dashboard, officer } from "./support/tokens.js";

const target = syntheticUscc(31, "440311");
const entryFields = `id year lead departments jointItemCode name items scope periodStart periodEnd plannedTargets status submittedBy submittedLate reviewNote jointInspections carriedOut`;

describe.each(DRIVERS)("the annual joint plan over %s", (driver) => {
  let hub: TestHub;
  const q = async (query: string, variables: Record<string, unknown>, as: Parameters<TestHub["query"]>[2]) => {
    const r = await hub.query(query, variables, as);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const entry = (over: Record<string, unknown> = {}) => ({
    year: 2027, lead: "market", partners: ["transport"], jointItemCode: "YYC-1", name: "物流企业联合抽查", items: "市场监管：营业执照和年报公示；交通运输：道路运输经营许可",
    scope: "光明区物流企业", periodStart: "2027-05-01", periodEnd: "2027-10-31", plannedTargets: 30, ...over,
  });
  const submit = (input: Record<string, unknown>, as = officer("market")) => hub.query(`mutation($i: JointPlanEntryInput!) { submitJointPlanEntry(input: $i) { ${entryFields} } }`, { i: input }, as);

  beforeAll(async () => {
    hub = await startTestHub(driver, FOUR_DEPARTMENTS);
    hub.clock.set(chinaInstant("2027-03-15", "09:00"));
    const directory = b64(csv([TARGET_HEADERS, [target, "深圳市光明物流有限公司", "", "", "", "G5430", "440311", "中", "B", "", "存续"]]));
    for (const d of ["market", "transport"]) {
      await q(`mutation($i: ImportInput!) { ${d} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: directory } }, officer(d));
      const staff = [1, 2].map((n) => [`${d.slice(0, 2).toUpperCase()}P0${n}`, `检查员${d}${n}`, "在岗"]);
      await q(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名", "状态"], ...staff])) } }, officer(d));
    }
    // on a shared PostgreSQL server a sync may see the imports only a moment later: until the office holds the target in both
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: target }, coordinator)).data.target.departments.length === 2);
  });
  afterAll(async () => hub?.close());

  it("跨部门联合抽查事项清单: the office keeps it, each department with its own items; anyone reads it", async () => {
    const save = (as: Parameters<TestHub["query"]>[2], input: Record<string, unknown>) => hub.query(`mutation($i: JointItemInput!) { saveJointItem(input: $i) { code lead departments departmentItems { department itemCodes } } }`, { i: input }, as);
    const item = { code: "YYC-1", name: "道路货运企业联合检查（一业一查）", lead: "market", departmentItems: [{ department: "market", itemCodes: ["SC-1"] }, { department: "transport", itemCodes: ["YS-1", "YS-2"] }], scope: "道路货运经营者" };
    expect((await save(coordinator, item)).data.saveJointItem).toEqual({ code: "YYC-1", lead: "market", departments: ["market", "transport"], departmentItems: [{ department: "market", itemCodes: ["SC-1"] }, { department: "transport", itemCodes: ["YS-1", "YS-2"] }] });
    expect((await save(officer("market"), item)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await save(coordinator, { ...item, departmentItems: [{ department: "market", itemCodes: ["SC-1"] }] })).errors?.[0].message).toMatch(/须有 2 至 5 个部门/);
    expect((await hub.query(`{ jointItems { code name } }`, {}, "public")).data.jointItems).toEqual([{ code: "YYC-1", name: item.name }]);
  });

  let first: string;
  it("the lead submits by the due day; wrong partners, periods and leads are refused in words", async () => {
    const r = await submit(entry());
    expect(r.errors).toBeUndefined();
    expect(r.data.submitJointPlanEntry).toMatchObject({ status: "SUBMITTED", departments: ["market", "transport"], submittedLate: false, submittedBy: "market-officer", jointInspections: 0, carriedOut: false });
    first = r.data.submitJointPlanEntry.id;
    expect((await submit(entry(), officer("transport"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    const refused: [Record<string, unknown>, RegExp][] = [
      [{ partners: [] }, /至少要有一个配合部门/],
      [{ partners: ["nowhere"] }, /没有这些部门：“nowhere”/],
      [{ periodEnd: "2028-01-31" }, /须在 2027 年内/],
      [{ jointItemCode: "YYC-1", partners: ["environment"] }, /须由 market、transport 共同实施，缺少 transport/],
      [{ jointItemCode: "NOPE" }, /清单中没有“NOPE”/],
    ];
    for (const [over, message] of refused) expect((await submit(entry(over))).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(message) });
    // after the due day (30 April by default): taken, and marked late
    hub.clock.set(chinaInstant("2027-05-06", "09:00"));
    const late = await submit(entry({ lead: "transport", partners: ["emergency"], jointItemCode: null, name: "危货运输联合检查", periodStart: "2027-06-01" }), officer("transport"));
    expect(late.data.submitJointPlanEntry).toMatchObject({ submittedLate: true, lead: "transport" });
    expect((await hub.query(`{ jointPlanEntries(year: 2027) { id } }`, {}, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await q(`{ jointPlanEntries(year: 2027) { lead } }`, {}, officer("emergency"))).jointPlanEntries).toEqual([{ lead: "transport" }]); // the entries it takes part in
  });

  it("the office returns with the reason, the lead resubmits, the office accepts; the plan is published once nothing waits, and read by anyone", async () => {
    const review = (id: string, accept: boolean, note?: string) => hub.query(`mutation($id: ID!, $a: Boolean!, $n: String) { reviewJointPlanEntry(id: $id, accept: $a, note: $n) { status reviewNote } }`, { id, a: accept, n: note }, coordinator);
    expect((await review(first, false)).errors?.[0].message).toMatch(/退回须写明理由/);
    expect((await review(first, false, "请写明计划抽查户数的依据")).data.reviewJointPlanEntry).toEqual({ status: "RETURNED", reviewNote: "请写明计划抽查户数的依据" });
    expect((await hub.query(`mutation { reviewJointPlanEntry(id: "${first}", accept: true) { status } }`, {}, officer("market"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    const resubmitted = await q(`mutation($id: ID!, $i: JointPlanEntryInput!) { updateJointPlanEntry(id: $id, input: $i) { status reviewNote plannedTargets } }`, { id: first, i: entry({ plannedTargets: 40 }) }, officer("market"));
    expect(resubmitted.updateJointPlanEntry).toEqual({ status: "SUBMITTED", reviewNote: null, plannedTargets: 40 });
    // one still waits for review: not yet
    const early = await hub.query(`mutation { publishJointPlan(year: 2027) { version } }`, {}, coordinator);
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringMatching(/尚待审核/) });
    const entries = (await q(`{ jointPlanEntries(year: 2027) { id } }`, {}, coordinator)).jointPlanEntries;
    for (const e of entries) expect((await review(e.id, true)).data.reviewJointPlanEntry.status).toBe("ACCEPTED");
    // accepted: the lead no longer changes it
    expect((await hub.query(`mutation($id: ID!, $i: JointPlanEntryInput!) { updateJointPlanEntry(id: $id, input: $i) { status } }`, { id: first, i: entry() }, officer("market"))).errors?.[0].extensions.code).toBe("CONFLICT");
    expect((await q(`mutation { publishJointPlan(year: 2027) { year version entryIds } }`, {}, coordinator)).publishJointPlan).toEqual({ year: 2027, version: 1, entryIds: entries.map((e: any) => e.id) });
    const plan = (await q(`{ jointPlan(year: 2027) { year version dueDate entries { ${entryFields} } } }`, {}, "public")).jointPlan;
    expect(plan).toMatchObject({ year: 2027, version: 1, dueDate: "2027-04-30" });
    expect(plan.entries.map((e: any) => [e.name, e.submittedBy, e.reviewNote, e.carriedOut])).toEqual([["物流企业联合抽查", null, null, false], ["危货运输联合检查", null, null, false]]);
    expect((await q(`{ jointPlan(year: 2026) { year } }`, {}, "public")).jointPlan).toBeNull();
  });

  it("a joint inspection names its entry, which counts as carried out once the inspection is recorded, in the plan and the statistics", async () => {
    const wrong = await hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, {
      i: { lead: "market", departments: ["emergency"], usccs: [target], windowStart: "2027-06-01", windowEnd: "2027-06-30", planText: "方案", planEntryId: first },
    }, admin("market"));
    expect(wrong.errors?.[0].message).toMatch(/does not include emergency/);
    const jointId = (await q(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id planEntryId } }`, {
      i: { lead: "market", departments: ["transport"], usccs: [target], windowStart: "2027-06-01", windowEnd: "2027-06-30", planText: "按年度联合抽查计划实施", planEntryId: first },
    }, admin("market"))).proposeJointInspection.id;
    await q(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: jointId }, officer("transport"));
    const team: string[] = [];
    for (const d of ["market", "transport"]) {
      const drawn = (await q(`mutation($j: ID!, $u: [String!]!) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: 2, publicValue: "2027-05-31 公告值") } }`, { j: jointId, u: [target] }, officer(d)))[d].drawJointTeam;
      await q(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id: jointId, c: drawn }, officer(d));
      team.push(...drawn);
    }
    await q(`mutation($id: ID!) { scheduleJointInspection(id: $id, date: "2027-06-10") { status } }`, { id: jointId }, admin("market"));
    hub.clock.set(chinaInstant("2027-06-10", "09:00"));
    await q(`mutation($id: ID!) { advanceJointInspection(id: $id, status: "IN_PROGRESS") { status } }`, { id: jointId }, admin("market"));
    const inPlan = async () => (await q(`{ jointPlan(year: 2027) { entries { id jointInspections carriedOut } } }`, {}, "public")).jointPlan.entries.find((e: any) => e.id === first);
    expect(await inPlan()).toEqual({ id: first, jointInspections: 1, carriedOut: false });
    hub.clock.set(chinaInstant("2027-06-10", "17:00"));
    await q(`mutation($id: ID!, $s: [SignatureInput!]!) { recordJointInspection(id: $id, findings: "按计划联合检查", signatures: $s, results: [{ department: "market", categoryCode: "NO_PROBLEM" }, { department: "transport", categoryCode: "NO_PROBLEM" }]) { status } }`, {
      id: jointId, s: team.map((c) => ({ name: `检查员${c.startsWith("MA") ? "market" : "transport"}${c.slice(-1)}`, certificateNumber: c })),
    }, admin("market"));
    expect(await inPlan()).toEqual({ id: first, jointInspections: 1, carriedOut: true });
    // 一业一查: each department's result landed on a JOINT task carrying its own items of the joint item
    for (const [d, items] of [["market", ["SC-1"]], ["transport", ["YS-1", "YS-2"]]] as const) {
      const tasks = (await q(`{ ${d} { tasks(source: JOINT, first: 10) { edges { node { itemCodes status result { jointInspection { id } } } } } } }`, {}, officer(d)))[d].tasks.edges.map((e: any) => e.node);
      expect(tasks).toEqual([{ itemCodes: items, status: "DONE", result: { jointInspection: { id: String(jointId) } } }]);
    }
    const stats = (await q(`{ jointStatistics(year: 2027) { department planEntries planEntriesCarriedOut } }`, {}, dashboard)).jointStatistics;
    expect(stats.filter((s: any) => s.planEntries > 0).sort((a: any, b: any) => (a.department < b.department ? -1 : 1))).toEqual([
      { department: "emergency", planEntries: 1, planEntriesCarriedOut: 0 },
      { department: "market", planEntries: 1, planEntriesCarriedOut: 1 },
      { department: "transport", planEntries: 2, planEntriesCarriedOut: 1 },
    ]);
  });
});
