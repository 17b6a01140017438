/**
 * 联合抽查 counts as each department's own inspection: a joint inspection's record becomes every
 * participating department's result on its task for the target (the drawn task, or a new JOINT task
 * where it had none), through the real office, gateway and departments; it is published, followed up,
 * pushed and counted like any other, and the public sees it as a joint inspection. A department the
 * office cannot reach when the record is signed gets its results after the next sync, once. A
 * department's answers to its check forms (检查表) are checked against its forms when the record is
 * signed and travel to its result.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, FOUR_DEPARTMENTS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, officer } from "./support/tokens.js";

const targets = [syntheticUscc(1, "440311"), syntheticUscc(2, "440311"), syntheticUscc(3, "440311")].sort();
// who the departments draw their own tasks from; then who they draw the joint teams from (not recused: they have not inspected there)
const drawnStaff: Record<string, string[]> = { market: ["MD01", "MD02", "MD03"], transport: ["TD01", "TD02", "TD03"] };
const staff: Record<string, string[]> = { market: ["MJ01", "MJ02", "MJ03"], transport: ["TJ01", "TJ02", "TJ03"], emergency: ["EJ01", "EJ02"] };
const taskFields = `id source status inspectors dueStart dueEnd result { categoryCode findings inspectionDate recordedBy signers { certificateNumber } evidence { id kind sha256 } jointInspection { id lead departments } followUpState nextFollowUpSteps publicationDue }`;

describe.each(DRIVERS)("joint inspection results over %s", (driver) => {
  let hub: TestHub;
  const q = (query: string, variables: Record<string, unknown>, as: ReturnType<typeof admin>) => hub.query(query, variables, as).then((r) => {
    expect(r.errors).toBeUndefined();
    return r.data;
  });
  const tasksOf = async (d: string) =>
    (await q(`{ ${d} { tasks(first: 100) { edges { node { ${taskFields} uscc } } } } }`, {}, officer(d)))[d].tasks.edges.map((e: any) => e.node) as any[];

  const importStaff = async (people: Record<string, string[]>) => {
    for (const [d, certs] of Object.entries(people))
      await q(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([["执法证号", "姓名", "状态"], ...certs.map((c) => [c, `检查员${c}`, "在岗"])])) } }, officer(d));
  };

  /** A plan over every target of the department (ratio 1) for the window, published and drawn. */
  const drawAll = async (d: string, periodStart: string, periodEnd: string) => {
    const as = admin(d);
    await q(`mutation { ${d} { upsertItem(input: { code: "JR-${d}", name: "联合检查事项", legalBasis: "依据", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 1 }) { code } } }`, {}, as);
    const plan = await q(`mutation($i: PlanInput!) { ${d} { createPlan(input: $i) { id } } }`, {
      i: { year: 2027, name: "年度抽查计划", itemCodes: [`JR-${d}`], periodStart, periodEnd, ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: 1 })) },
    }, as);
    const planId = plan[d].createPlan.id;
    await q(`mutation($p: ID!) { ${d} { publishPlan(id: $p) { id } } }`, { p: planId }, as);
    const c = await q(`mutation($p: ID!, $c: String!) { ${d} { commitDrawSeed(planId: $p, commitment: $c) { id } } }`, { p: planId, c: createHash("sha256").update(`s-${d}`).digest("hex") }, as);
    await q(`mutation($i: DrawInput!) { ${d} { drawTargets(input: $i) { taskCount } } }`, {
      i: { planId, commitmentId: c[d].commitDrawSeed.id, secret: `s-${d}`, publicValue: "p", maxTargetsPerInspector: 100 },
    }, as);
  };

  beforeAll(async () => {
    // transport holds its plans to sampling ratios of at least 3% (its 抽查比例下限)
    hub = await startTestHub(driver, FOUR_DEPARTMENTS.map((d) => (d.code === "transport" ? { ...d, ratioBounds: { min: 0.03, max: 1 } } : d)));
    hub.clock.set(chinaInstant("2027-03-01", "09:00"));
    const directory = b64(csv([TARGET_HEADERS, ...targets.map((u, i) => [u, `深圳市光明${i}号物流有限公司`, "", "", "", "G5430", "440311", "中", "B", "", "存续"])]));
    for (const d of ["market", "transport"]) await q(`mutation($i: ImportInput!) { ${d} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: directory } }, officer(d));
    await importStaff(drawnStaff);
    await drawAll("market", "2027-03-01", "2027-11-30");
    await drawAll("transport", "2027-04-01", "2027-09-30");
    await importStaff(staff);
    await hub.syncUntil(async () => (await hub.query(`{ jointInspectionProposals(year: 2027) { targetCount } }`)).data.jointInspectionProposals[0]?.targetCount === 3);
  });
  afterAll(async () => hub?.close());

  it("a plan outside its department's ratio bounds is refused through the gateway, the bound named", async () => {
    const plan = (d: string) => hub.query(`mutation($i: PlanInput!) { ${d} { createPlan(input: $i) { id } } }`, {
      i: { year: 2027, name: "比例过低的计划", itemCodes: [`JR-${d}`], periodStart: "2027-06-01", periodEnd: "2027-06-30", ratios: ["A", "B", "C", "D"].map((c) => ({ creditClass: c, ratio: c === "A" ? 0.01 : 0.1 })) },
    }, admin(d));
    expect((await plan("transport")).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "ratio for A (1%) is below this department's lower bound of 3% (抽查比例下限)" });
    expect((await plan("market")).errors).toBeUndefined(); // market has no bounds but 0–1
  });

  it("第三轮融合 at the moment of drawing: the draw, and a new task, say which other departments already go to each target this year", async () => {
    const [draw] = (await q(`{ market { draws { id } } }`, {}, officer("market"))).market.draws;
    const overlaps = (await q(`query($d: ID!) { drawOverlaps(department: "market", drawId: $d) { year strata { stratum riskLevel creditClass drawn elsewhere } targets { uscc departments } } }`, { d: draw.id }, officer("market"))).drawOverlaps;
    // transport drew every one of market's targets for 2027
    expect(overlaps.year).toBe(2027);
    expect(overlaps.targets.map((t: any) => [t.uscc, t.departments]).sort()).toEqual(targets.map((u) => [u, ["transport"]]));
    expect(overlaps.strata.reduce((n: number, s: any) => n + s.drawn, 0)).toBe(3);
    for (const s of overlaps.strata) expect(s.elsewhere).toBe(s.drawn);
    expect((await hub.query(`{ drawOverlaps(department: "market", drawId: "999") { year } }`, {}, officer("market"))).data.drawOverlaps).toBeNull();
    expect((await hub.query(`{ drawOverlaps(department: "nowhere", drawId: "1") { year } }`, {}, officer("market"))).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await hub.query(`{ drawOverlaps(department: "market", drawId: "1") { year } }`, {}, "public")).errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    // a task made by hand is told the same in its answer: environment's complaint task meets market's and transport's draws
    await importStaff({ environment: ["NJ01", "NJ02"] });
    const made = (await q(`mutation($u: String!) { environment { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: [], inspectors: ["NJ01", "NJ02"], dueStart: "2027-03-10", dueEnd: "2027-03-20" }) { id target { inspectionsThisYear { department source } } } } }`, { u: targets[2] }, officer("environment"))).environment.createTask;
    expect(made.target.inspectionsThisYear.map((i: any) => [i.department, i.source]).sort()).toEqual([["market", "DRAW"], ["transport", "DRAW"]]);
  });

  let jointId: string;
  let recorded: any;
  it("once recorded, each department's result is the result of its own task for the target: the drawn one, or a new JOINT task", async () => {
    // market leads; transport (drawn tasks on every target) and emergency (no task, no directory entry) take part
    jointId = (await q(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, {
      i: { lead: "market", departments: ["transport", "emergency"], usccs: targets, windowStart: "2027-05-01", windowEnd: "2027-05-31", planText: "市场监管局牵头，联合检查物流企业" },
    }, admin("market"))).proposeJointInspection.id;
    for (const d of ["transport", "emergency"]) await q(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: jointId }, officer(d));
    const teams: Record<string, string[]> = {};
    for (const d of Object.keys(staff)) {
      teams[d] = (await q(`mutation($j: ID!, $u: [String!]!, $n: Int!) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: $n, publicValue: "2027-04-30 公告值") } }`, { j: jointId, u: targets, n: 2 }, officer(d)))[d].drawJointTeam;
      await q(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id: jointId, c: teams[d] }, officer(d));
    }
    await q(`mutation($id: ID!) { scheduleJointInspection(id: $id, date: "2027-05-20") { status } }`, { id: jointId }, admin("market"));
    hub.clock.set(chinaInstant("2027-05-20", "09:00"));
    await q(`mutation($id: ID!) { advanceJointInspection(id: $id, status: "IN_PROGRESS") { status } }`, { id: jointId }, admin("market"));
    const everyone = Object.values(teams).flat();
    hub.clock.set(chinaInstant("2027-05-20", "17:00"));
    // evidence is referenced by id and the file's SHA-256; a reference without a digest is refused, nothing recorded
    const badEvidence = await hub.query(`mutation($id: ID!, $s: [SignatureInput!]!, $r: [JointResultInput!]!) { recordJointInspection(id: $id, findings: "x", signatures: $s, results: $r) { status } }`, {
      id: jointId, s: everyone.map((c) => ({ name: `检查员${c}`, certificateNumber: c })),
      r: ["market", "transport", "emergency"].map((department) => ({ department, categoryCode: "NO_PROBLEM", evidence: department === "emergency" ? [{ id: "EM-1", kind: "PHOTO", sha256: "不是摘要" }] : [] })),
    }, admin("market"));
    expect(badEvidence.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/^emergency: .*SHA-256/) });
    // 检查表: transport inspects against its form; its answers are checked against that form when the record is signed
    await q(`mutation { transport { saveCheckForm(itemCode: "JR-transport", points: [{ content: "道路运输经营许可证是否有效" }, { content: "车辆技术档案是否齐全" }]) { version } } }`, {}, admin("transport"));
    const transportAnswers = (second: string, note = "") => [{ itemCode: "JR-transport", number: 1, answer: "CONFORMS" }, { itemCode: "JR-transport", number: 2, answer: second, note }];
    const partial = await hub.query(`mutation($id: ID!, $s: [SignatureInput!]!, $r: [JointResultInput!]!) { recordJointInspection(id: $id, findings: "x", signatures: $s, results: $r) { status } }`, {
      id: jointId, s: everyone.map((c) => ({ name: `检查员${c}`, certificateNumber: c })),
      r: ["market", "transport", "emergency"].map((department) => ({ department, categoryCode: "NO_PROBLEM", checkAnswers: department === "transport" ? transportAnswers("NONCONFORMING") : [] })),
    }, admin("market"));
    expect(partial.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/^transport：.*第 2 项不符合，须写明情况/) });
    recorded = (await q(`mutation($id: ID!, $s: [SignatureInput!]!, $r: [JointResultInput!]!) { recordJointInspection(id: $id, findings: "三部门联合检查，现场核查经营与运输台账", signatures: $s, results: $r) {
        records { uscc department departmentTaskId deliveredAt deliveryError evidence { id kind sha256 } checkAnswers { itemCode formVersion number content answer note } } } }`, {
      id: jointId,
      s: everyone.map((c) => ({ name: `检查员${c}`, certificateNumber: c })),
      r: [
        { department: "market", categoryCode: "NO_PROBLEM" },
        { department: "transport", categoryCode: "NO_PROBLEM", checkAnswers: transportAnswers("CONFORMS") },
        { department: "transport", uscc: targets[1], categoryCode: "RECTIFICATION_ORDERED", findings: "车辆技术档案不全，已责令改正", evidence: [{ id: "TR-VIDEO-7", kind: "audio_video", sha256: "AB".repeat(32) }], checkAnswers: transportAnswers("NONCONFORMING", "缺 2 辆车的二级维护记录") },
        { department: "emergency", categoryCode: "NO_PROBLEM" },
      ],
    }, admin("market"))).recordJointInspection;
    // every department took its results at once: each record names the task it became the result of
    expect(recorded.records).toHaveLength(9);
    for (const r of recorded.records) expect(r).toMatchObject({ departmentTaskId: expect.any(Number), deliveredAt: expect.any(String), deliveryError: null });

    const joint = { id: jointId, lead: "market", departments: ["emergency", "market", "transport"] };
    const market = await tasksOf("market");
    expect(market).toHaveLength(3); // no new task: the drawn ones are done
    for (const t of market) {
      expect(t).toMatchObject({ source: "DRAW", status: "DONE", dueStart: "2027-03-01", dueEnd: "2027-11-30" });
      expect(t.result).toMatchObject({ categoryCode: "NO_PROBLEM", findings: "三部门联合检查，现场核查经营与运输台账", inspectionDate: "2027-05-20", recordedBy: "market-admin", jointInspection: joint, followUpState: "CLOSED" });
      // signed by market's own inspectors of the visit, not by the others
      expect(t.result.signers.map((s: any) => s.certificateNumber).sort()).toEqual([...teams.market!].sort());
      expect(recorded.records.find((r: any) => r.uscc === t.uscc && r.department === "market").departmentTaskId).toBe(Number(t.id));
    }
    const transport = Object.fromEntries((await tasksOf("transport")).map((t) => [t.uscc, t]));
    expect(Object.keys(transport).sort()).toEqual(targets);
    // its own findings where it wrote them; a problem found opens the follow-up as for any result
    expect(transport[targets[1]!]).toMatchObject({ source: "DRAW", status: "DONE", result: { categoryCode: "RECTIFICATION_ORDERED", findings: "车辆技术档案不全，已责令改正", followUpState: "OPEN", jointInspection: joint } });
    // with its evidence, normalized on the record and on the department's result alike
    const evidence = [{ id: "TR-VIDEO-7", kind: "AUDIO_VIDEO", sha256: "ab".repeat(32) }];
    expect(recorded.records.find((r: any) => r.uscc === targets[1] && r.department === "transport").evidence).toEqual(evidence);
    expect(transport[targets[1]!].result.evidence).toEqual(evidence);
    expect(transport[targets[0]!].result.evidence).toEqual([]);
    expect(transport[targets[1]!].result.nextFollowUpSteps).toContain("RECTIFICATION_ORDER");
    // the answers, as the form read, on the shared record and on transport's results; the others answered none
    const answered = (second: string, note = "") => [
      { itemCode: "JR-transport", formVersion: 1, number: 1, content: "道路运输经营许可证是否有效", answer: "CONFORMS", note: "" },
      { itemCode: "JR-transport", formVersion: 1, number: 2, content: "车辆技术档案是否齐全", answer: second, note },
    ];
    const recordOf = (uscc: string, d: string) => recorded.records.find((r: any) => r.uscc === uscc && r.department === d);
    expect(recordOf(targets[1]!, "transport").checkAnswers).toEqual(answered("NONCONFORMING", "缺 2 辆车的二级维护记录"));
    expect(recordOf(targets[0]!, "transport").checkAnswers).toEqual(answered("CONFORMS"));
    expect(recordOf(targets[0]!, "market").checkAnswers).toEqual([]);
    const results = await q(`{ transport { tasks(first: 10) { edges { node { uscc result { checkAnswers { itemCode formVersion number content answer note } } } } } } }`, {}, officer("transport"));
    const transportAnswersOf = (u: string) => results.transport.tasks.edges.find((e: any) => e.node.uscc === u).node.result.checkAnswers;
    expect(transportAnswersOf(targets[1]!)).toEqual(answered("NONCONFORMING", "缺 2 辆车的二级维护记录"));
    expect(transportAnswersOf(targets[2]!)).toEqual(answered("CONFORMS"));
    // emergency had no task there: one of source JOINT for the day, its team the inspectors it sent
    const emergency = await tasksOf("emergency");
    expect(emergency).toHaveLength(3);
    for (const t of emergency) {
      expect(t).toMatchObject({ source: "JOINT", status: "DONE", dueStart: "2027-05-20", dueEnd: "2027-05-20", result: { categoryCode: "NO_PROBLEM", jointInspection: joint } });
      expect([...t.inspectors].sort()).toEqual([...teams.emergency!].sort());
    }
  });

  it("a department takes the same delivery twice without a second result; only the office delivers", async () => {
    const delivery = {
      jointInspectionId: jointId, lead: "market", departments: ["emergency", "market", "transport"], inspectionDate: "2027-05-20", recordedBy: "market-admin", recordedAt: new Date().toISOString(),
      results: [{ uscc: targets[0], categoryCode: "NO_PROBLEM", findings: "再次送达", signers: [{ name: "检查员EJ01", certificateNumber: "EJ01" }] }],
    };
    const mutation = `mutation($d: JointResultDeliveryInput!) { emergency { receiveJointResults(delivery: $d) { uscc taskId } } }`;
    const again = await hub.query(mutation, { d: delivery });
    expect(again.errors).toBeUndefined();
    const first = recorded.records.find((r: any) => r.uscc === targets[0] && r.department === "emergency");
    expect(again.data.emergency.receiveJointResults).toEqual([{ uscc: targets[0], taskId: String(first.departmentTaskId) }]);
    expect(await tasksOf("emergency")).toHaveLength(3);
    expect((await tasksOf("emergency")).find((t) => t.uscc === targets[0]).result.findings).toBe("三部门联合检查，现场核查经营与运输台账");
    expect((await hub.query(mutation, { d: delivery }, admin("emergency"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    // a delivery that does not name the department, or a category it does not know, is refused
    expect((await hub.query(mutation, { d: { ...delivery, departments: ["market", "transport"] } })).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await hub.query(mutation, { d: { ...delivery, results: [{ ...delivery.results[0], categoryCode: "NOPE" }] } })).errors?.[0].message).toMatch(/unknown to emergency: "NOPE"/);
    // and no one creates a JOINT task by hand
    const byHand = await hub.query(`mutation($u: String!) { emergency { createTask(input: { source: JOINT, uscc: $u, itemCodes: [], inspectors: ["EJ01", "EJ02"], dueStart: "2027-06-01", dueEnd: "2027-06-10" }) { id } } }`, { u: targets[0] }, officer("emergency"));
    expect(byHand.errors?.[0].message).toMatch(/come from the joint inspection's record/);
  });

  it("is published by the department itself, seen by the public as a joint inspection, and counted; its targets are not proposed again", async () => {
    const market = await tasksOf("market");
    await q(`mutation($ids: [ID!]!) { market { publishResults(taskIds: $ids) { id } } }`, { ids: market.map((t) => t.id) }, officer("market"));
    const publicResults = () => hub.query(`query($u: String) { publicResults(uscc: $u) { results { department categoryName inspectionDate jointInspection { id lead leadName departments departmentNames } } } }`, { u: targets[0] }, "public");
    // (other test files share the PostgreSQL server: the sync reads the publication once their earlier transactions end)
    await hub.syncUntil(async () => (await publicResults()).data?.publicResults.results.length > 0);
    const pub = await publicResults();
    expect(pub.data.publicResults.results).toEqual([{
      department: "market", categoryName: "未发现问题", inspectionDate: "2027-05-20",
      jointInspection: { id: jointId, lead: "market", leadName: "市场监督管理局", departments: ["emergency", "market", "transport"], departmentNames: ["应急管理局", "市场监督管理局", "交通运输局"] },
    }]);
    // the department's own feed and export say so too
    const own = await hub.query(`query($u: String) { market { publishedResults(uscc: $u) { results { jointInspection { id lead } } } } }`, { u: targets[0] }, "public");
    expect(own.data.market.publishedResults.results).toEqual([{ jointInspection: { id: jointId, lead: "market" } }]);
    // the office's statistics count the results: recorded, and the problem transport found
    const stats = (await q(`{ resultStatistics(year: 2027) { department tasks resultsRecorded problemsFound plannedTasksPublished } }`, {}, officer("market"))).resultStatistics;
    const of = (d: string) => stats.find((s: any) => s.department === d);
    expect(of("market")).toMatchObject({ tasks: 3, resultsRecorded: 3, problemsFound: 0, plannedTasksPublished: 3 });
    expect(of("transport")).toMatchObject({ tasks: 3, resultsRecorded: 3, problemsFound: 1 });
    expect(of("emergency")).toMatchObject({ tasks: 3, resultsRecorded: 3 });
    // the drawn tasks are done: the office proposes nothing for them
    expect((await hub.query(`{ jointInspectionProposals(year: 2027) { key } }`)).data.jointInspectionProposals).toEqual([]);
  });

  it("a department the office cannot reach when the record is signed gets its results after the next sync, once", async () => {
    hub.clock.set(chinaInstant("2027-06-01", "09:00"));
    await importStaff({ market: ["MJ09"], emergency: ["EJ09"] }); // who did not visit the target last time
    const second = (await q(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, {
      i: { lead: "market", departments: ["emergency"], usccs: [targets[0]], windowStart: "2027-06-01", windowEnd: "2027-06-30", planText: "应急复查" },
    }, admin("market"))).proposeJointInspection.id;
    await q(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: second }, officer("emergency"));
    for (const d of ["market", "emergency"]) {
      const team = (await q(`mutation($j: ID!, $u: [String!]!) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: 1, publicValue: "2027-05-31 公告值") } }`, { j: second, u: [targets[0]] }, officer(d)))[d].drawJointTeam;
      await q(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id: second, c: team }, officer(d));
    }
    await q(`mutation($id: ID!) { scheduleJointInspection(id: $id, date: "2027-06-02") { status } }`, { id: second }, admin("market"));
    hub.clock.set(chinaInstant("2027-06-02", "10:00"));
    await q(`mutation($id: ID!) { advanceJointInspection(id: $id, status: "IN_PROGRESS") { status } }`, { id: second }, admin("market"));
    const team = (await q(`query($id: ID!) { jointInspection(id: $id) { participants { inspectors } } }`, { id: second }, admin("market"))).jointInspection.participants.flatMap((p: any) => p.inspectors);
    // the office's way to the departments is cut while the record is signed
    const gatewayUrl = hub.office.sync!.gatewayUrl;
    hub.office.sync!.gatewayUrl = "http://127.0.0.1:9/graphql";
    let records;
    try {
      // answers cannot be checked against a department's forms it cannot reach: refused, saying so
      const unchecked = await hub.query(`mutation($id: ID!, $s: [SignatureInput!]!) { recordJointInspection(id: $id, findings: "复查", signatures: $s, results: [{ department: "market", categoryCode: "NO_PROBLEM", checkAnswers: [{ itemCode: "JR-market", number: 1, answer: CONFORMS }] }, { department: "emergency", categoryCode: "NO_PROBLEM" }]) { status } }`, { id: second, s: team.map((c: string) => ({ name: `检查员${c}`, certificateNumber: c })) }, admin("market"));
      expect(unchecked.errors?.[0]).toMatchObject({ extensions: { code: "DEPARTMENT_UNAVAILABLE" }, message: expect.stringMatching(/market's check forms/) });
      records = (await q(`mutation($id: ID!, $s: [SignatureInput!]!) { recordJointInspection(id: $id, findings: "复查", signatures: $s, results: [{ department: "market", categoryCode: "NO_PROBLEM" }, { department: "emergency", categoryCode: "NO_PROBLEM" }]) {
          records { department departmentTaskId deliveredAt deliveryError } } }`, { id: second, s: team.map((c: string) => ({ name: `检查员${c}`, certificateNumber: c })) }, admin("market"))).recordJointInspection.records;
    } finally {
      hub.office.sync!.gatewayUrl = gatewayUrl;
    }
    // recorded all the same; the deliveries wait, saying why
    for (const r of records) expect(r).toMatchObject({ departmentTaskId: null, deliveredAt: null, deliveryError: expect.stringMatching(/./) });
    const before = (await tasksOf("emergency")).length;
    await hub.sync();
    const after = (await q(`query($id: ID!) { jointInspection(id: $id) { records { department departmentTaskId deliveredAt deliveryError } } }`, { id: second }, admin("market"))).jointInspection.records;
    for (const r of after) expect(r).toMatchObject({ departmentTaskId: expect.any(Number), deliveredAt: expect.any(String), deliveryError: null });
    await hub.sync(); // nothing is delivered twice
    const emergency = await tasksOf("emergency");
    expect(emergency).toHaveLength(before + 1);
    expect(emergency.filter((t) => t.result?.jointInspection?.id === second)).toHaveLength(1);
    // market's drawn task on the target is done already: its second joint visit is a task of its own
    expect((await tasksOf("market")).filter((t) => t.source === "JOINT")).toHaveLength(1);
  });
});
