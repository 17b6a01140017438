/**
 * The year's milestones (工作节点) and the to-do list (待办) through the gateway, on PGlite and
 * PostgreSQL: transport's plan published late, drawn, April's tasks half done by May; its half-year
 * report marked sent; then what waits on transport, market and the office, step by step of a joint
 * inspection and a joint plan entry.
 */
import { createHash } from "node:crypto";
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, dashboard, officer } from "./support/tokens.js";

const codes = Array.from({ length: 4 }, (_, i) => syntheticUscc(8400 + i, "440307"));
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const MILESTONES = `kind name month dueDate state metOn done total reportedBy note`;
const TODO = `kind dueDate overdue count jointInspectionId planEntryId proposalKey year department taskIds detail`;

describe.each(DRIVERS)("milestones and the to-do list over %s", (driver) => {
  let hub: TestHub;
  let tasks: { id: string; inspectors: string[] }[];
  const on = (date: string) => hub.clock.set(chinaInstant(date, "10:00"));
  const milestones = async (d = "transport", as = officer(d)) => {
    const r = await hub.query(`{ ${d} { milestones(year: 2026) { ${MILESTONES} } } }`, {}, as);
    expect(r.errors).toBeUndefined();
    return r.data[d].milestones as any[];
  };
  const todo = async (as: Parameters<TestHub["query"]>[2]) => {
    const r = await hub.query(`{ todo { ${TODO} } }`, {}, as);
    expect(r.errors).toBeUndefined();
    return r.data.todo as any[];
  };
  const kinds = (items: any[]) => items.map((i) => i.kind);

  beforeAll(async () => {
    hub = await startTestHub(driver, [
      { code: "market", name: "市场监督管理局", port: 1 },
      // the transport plan's days: plan by 31 March, inspections by 31 October, each month's tasks by its end
      { code: "transport", name: "交通运输局", port: 2, milestones: { PLAN_PUBLISHED: "03-31", INSPECTIONS_DONE: "10-31", monthlyTasks: true } },
    ]);
    on("2026-03-20");
    for (const d of ["market", "transport"]) {
      const rows = codes.map((u, i) => [u, `深圳市龙岗${i}号运输有限公司`, "", "", "", "G5430", "440307", "中", "D", "", "存续"]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer(d))).data[d].importTargets.status).toBe("COMMITTED");
      const staff = [1, 2, 3, 4].map((n) => `${d.slice(0, 2).toUpperCase()}T0${n}`).map((c) => [c, `检查员${c}`, "在岗"]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名", "状态"], ...staff])) } }, officer(d))).data[d].importInspectors.status).toBe("COMMITTED");
    }
  });
  afterAll(async () => hub?.close());

  it("before anything: the plan is due soon, the rest open; a department's own staff and the office read them, nobody else", async () => {
    const m = await milestones();
    expect(m.map((x) => [x.kind, x.dueDate, x.state])).toEqual([
      ["PLAN_PUBLISHED", "2026-03-31", "DUE_SOON"],
      ["HALF_YEAR_REPORT", "2026-06-30", "OPEN"],
      ["DRAWS_DONE", "2026-09-30", "OPEN"],
      ["INSPECTIONS_DONE", "2026-10-31", "OPEN"],
      ["ANNUAL_REPORT", "2026-10-31", "OPEN"],
      ["RESULTS_PUBLISHED", "2026-11-30", "OPEN"],
    ]);
    expect(m[0]).toMatchObject({ name: "年度抽查计划公示", done: 0, total: 0, metOn: null });
    // market keeps the seeds' days: its plan by the end of April, no monthly milestones
    expect((await milestones("market")).map((x) => [x.kind, x.dueDate])).toContainEqual(["PLAN_PUBLISHED", "2026-04-30"]);
    expect((await milestones("transport", coordinator)).length).toBe(6);
    expect((await hub.query(`{ transport { milestones { kind } } }`, {}, officer("market"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await hub.query(`{ transport { milestones { kind } } }`, {}, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await hub.query(`{ transport { milestones(withinWorkingDays: 61) { kind } } }`, {}, officer("transport"))).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a plan published late is met late, its draw met; April's tasks are overdue in May with half done", async () => {
    on("2026-04-02");
    const a = (q: string, v: Record<string, unknown> = {}) => hub.query(q, v, admin("transport"));
    await a(`mutation { transport { upsertItem(input: { code: "YS-9", name: "道路运输经营检查", legalBasis: "《道路运输条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1 }) { code } } }`);
    const planId = (await a(`mutation($i: PlanInput!) { transport { createPlan(input: $i) { id } } }`, {
      i: { year: 2026, name: "2026年4月道路运输抽查", itemCodes: ["YS-9"], periodStart: "2026-04-01", periodEnd: "2026-04-30", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 1 })) },
    })).data.transport.createPlan.id;
    expect((await milestones())[0]).toMatchObject({ kind: "PLAN_PUBLISHED", state: "OVERDUE", done: 0, total: 1 });
    await a(`mutation($p: ID!) { transport { publishPlan(id: $p) { status } } }`, { p: planId });
    const c = (await a(`mutation($p: ID!, $c: String!) { transport { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: sha256("todo-secret") })).data.transport.commitDrawSeed.id;
    const draw = await a(`mutation($i: DrawInput!) { transport { drawTargets(input: $i) { id taskCount } } }`, { i: { planId, commitmentId: c, secret: "todo-secret", publicValue: "1" } });
    expect(draw.data.transport.drawTargets.taskCount).toBe(4);
    tasks = (await hub.query(`query($d: ID!) { transport { tasks(drawId: $d) { edges { node { id inspectors } } } } }`, { d: draw.data.transport.drawTargets.id }, officer("transport"))).data.transport.tasks.edges.map((e: any) => e.node);
    on("2026-04-20");
    for (const t of tasks.slice(0, 2)) {
      const r = await hub.query(`mutation($t: ID!, $i: ResultInput!) { transport { recordResult(taskId: $t, input: $i) { status } } }`, {
        t: t.id, i: { categoryCode: "NO_PROBLEM", findings: "未发现问题", inspectionDate: "2026-04-20", signers: t.inspectors.map((n) => ({ name: `检查员${n}`, certificateNumber: n })) },
      }, officer("transport"));
      expect(r.errors).toBeUndefined();
    }
    on("2026-05-06");
    const m = await milestones();
    const of = (kind: string) => m.find((x) => x.kind === kind);
    expect(of("PLAN_PUBLISHED")).toMatchObject({ state: "MET_LATE", metOn: "2026-04-02", done: 1, total: 1 });
    expect(of("DRAWS_DONE")).toMatchObject({ state: "MET", metOn: "2026-04-02", done: 1, total: 1 });
    expect(of("MONTHLY_TASKS")).toMatchObject({ month: 4, dueDate: "2026-04-30", state: "OVERDUE", done: 2, total: 4 });
    expect(of("INSPECTIONS_DONE")).toMatchObject({ state: "OPEN", done: 2, total: 4, metOn: null });
    expect(of("RESULTS_PUBLISHED")).toMatchObject({ done: 0, total: 4 });
  });

  it("an admin marks the half-year report sent, once; the work's own milestones cannot be marked", async () => {
    on("2026-06-29");
    const report = (kind: string, as = admin("transport")) => hub.query(`mutation($k: MilestoneKind!) { transport { reportMilestone(year: 2026, kind: $k, note: "已报送市司法局") { ${MILESTONES} } } }`, { k: kind }, as);
    expect((await report("HALF_YEAR_REPORT", officer("transport"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await report("PLAN_PUBLISHED")).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/年度抽查计划公示 is met by the work itself/) });
    const r = await report("HALF_YEAR_REPORT");
    expect(r.data.transport.reportMilestone).toMatchObject({ kind: "HALF_YEAR_REPORT", state: "MET", metOn: "2026-06-29", reportedBy: "transport-admin", note: "已报送市司法局" });
    on("2026-07-02");
    expect((await report("HALF_YEAR_REPORT")).data.transport.reportMilestone.metOn).toBe("2026-06-29"); // the first mark stands
    const trail = await hub.query(`{ transport { auditLog(operation: "reportMilestone") { entries { subject } } } }`, {}, admin("transport"));
    expect(trail.data.transport.auditLog.entries).toEqual([{ subject: "transport-admin" }]);
  });

  it("待办: each person sees what needs them, as a joint inspection and a joint plan entry move on", async () => {
    on("2026-07-02");
    await hub.syncUntil(async () => (await todo(officer("transport"))).some((i) => i.kind === "ENTER_RESULTS" && i.count === 2));
    // transport's tasks past their window without a result
    expect((await todo(officer("transport"))).find((i) => i.kind === "ENTER_RESULTS")).toMatchObject({ count: 2, dueDate: "2026-04-30", overdue: true, department: "transport", taskIds: tasks.slice(2).map((t) => Number(t.id)).sort((a, b) => a - b) });
    expect(await todo(dashboard)).toEqual([]);
    expect((await hub.query(`{ todo { kind } }`, {}, "public")).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");

    const j = await hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, {
      i: { lead: "market", departments: ["transport"], usccs: codes.slice(0, 2), windowStart: "2026-07-10", windowEnd: "2026-07-31", planText: "市场监管牵头联合检查" },
    }, officer("market"));
    const id = j.data.proposeJointInspection.id;
    const about = async (as: Parameters<TestHub["query"]>[2]) => kinds((await todo(as)).filter((i) => i.jointInspectionId === id));
    expect(await about(officer("transport"))).toEqual(["ANSWER_JOINT_INSPECTION"]);
    expect(await about(officer("market"))).toEqual(["SUPPLY_JOINT_TEAM"]);
    await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id }, officer("transport"));
    expect(await about(officer("transport"))).toEqual(["SUPPLY_JOINT_TEAM"]);
    for (const d of ["market", "transport"]) {
      const team = await hub.query(`mutation($j: ID!, $u: [String!]!) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: 1, publicValue: "p") } }`, { j: id, u: codes.slice(0, 2) }, officer(d));
      expect((await hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id, c: team.data[d].drawJointTeam }, officer(d))).errors).toBeUndefined();
    }
    expect(await about(officer("transport"))).toEqual([]);
    expect((await todo(officer("market"))).find((i) => i.jointInspectionId === id)).toMatchObject({ kind: "SCHEDULE_JOINT_INSPECTION", dueDate: "2026-07-31", overdue: false });
    await hub.query(`mutation($id: ID!) { scheduleJointInspection(id: $id, date: "2026-07-15") { status } }`, { id }, officer("market"));
    expect(await about(officer("market"))).toEqual([]); // not its day yet
    on("2026-07-15");
    expect(await about(officer("market"))).toEqual(["START_JOINT_INSPECTION"]);
    await hub.query(`mutation($id: ID!) { advanceJointInspection(id: $id, status: "IN_PROGRESS") { status } }`, { id }, officer("market"));
    expect(await about(officer("market"))).toEqual(["RECORD_JOINT_INSPECTION"]);

    // the office reviews a joint plan entry, returns it; the lead amends; once accepted the office publishes
    const entry = await hub.query(`mutation($i: JointPlanEntryInput!) { submitJointPlanEntry(input: $i) { id } }`, {
      i: { year: 2027, lead: "market", partners: ["transport"], name: "物流企业联合抽查", items: "营业执照；道路运输经营许可", scope: "龙岗区物流企业", periodStart: "2027-05-01", periodEnd: "2027-10-31" },
    }, officer("market"));
    expect(entry.errors).toBeUndefined();
    const entryId = entry.data.submitJointPlanEntry.id;
    expect((await todo(coordinator)).find((i) => i.kind === "REVIEW_JOINT_PLAN_ENTRY")).toMatchObject({ planEntryId: entryId, department: "market", dueDate: "2027-04-30", detail: "物流企业联合抽查" });
    const review = (accept: boolean) => hub.query(`mutation($id: ID!, $a: Boolean!) { reviewJointPlanEntry(id: $id, accept: $a, note: "请补充检查对象数量") { status } }`, { id: entryId, a: accept }, coordinator);
    expect((await review(false)).errors).toBeUndefined();
    expect((await todo(officer("market"))).find((i) => i.kind === "AMEND_JOINT_PLAN_ENTRY")).toMatchObject({ planEntryId: entryId, year: 2027 });
    expect(kinds(await todo(coordinator))).not.toContain("REVIEW_JOINT_PLAN_ENTRY");
    expect((await hub.query(`mutation($id: ID!, $i: JointPlanEntryInput!) { updateJointPlanEntry(id: $id, input: $i) { status } }`, { id: entryId, i: { year: 2027, lead: "market", partners: ["transport"], name: "物流企业联合抽查", items: "营业执照；道路运输经营许可", scope: "龙岗区物流企业", periodStart: "2027-05-01", periodEnd: "2027-10-31", plannedTargets: 20 } }, officer("market"))).errors).toBeUndefined();
    expect((await review(true)).errors).toBeUndefined();
    expect((await todo(coordinator)).find((i) => i.kind === "PUBLISH_JOINT_PLAN")).toMatchObject({ year: 2027, count: 1 });
    expect((await hub.query(`mutation { publishJointPlan(year: 2027) { version } }`, {}, coordinator)).errors).toBeUndefined();
    expect(kinds(await todo(coordinator))).not.toContain("PUBLISH_JOINT_PLAN");
  });
});
