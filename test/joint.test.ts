/**
 * The joint inspection workflow (联合抽查) and its enforced limits, through the gateway: a sixth
 * department, an eleventh inspector, fewer than two, an inspector booked twice on one day, a
 * department acting on a proposal it is not part of.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVERS, FOUR_DEPARTMENTS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, officer } from "./support/tokens.js";

const SIX = [...FOUR_DEPARTMENTS, { code: "health", name: "卫生健康委", port: 5 }, { code: "fire", name: "消防救援支队", port: 6 }];
const targets = [syntheticUscc(1, "440310"), syntheticUscc(2, "440310")];
const fields = `id status lead departments scheduledDate participants { department response reason inspectors } history { fromStatus toStatus bySubject byDepartment } records { uscc department signatures { certificateNumber } categoryCode categoryName departmentFindings }`;

describe.each(DRIVERS)("joint inspections over %s", (driver) => {
  let hub: TestHub;
  const propose = (as: ReturnType<typeof admin>, departments: string[], extra: Record<string, unknown> = {}) =>
    hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { ${fields} } }`, {
      i: { lead: "market", departments, usccs: targets, windowStart: "2026-05-01", windowEnd: "2026-05-31", planText: "市场监管牵头，联合检查食品与运输安全", ...extra },
    }, as);

  beforeAll(async () => {
    hub = await startTestHub(driver, SIX);
  });
  afterAll(async () => hub?.close());

  it("a department draws its joint team at random, leaving out anyone who must recuse", async () => {
    const headers = ["执法证号", "姓名", "状态", "回避对象"];
    const rows = [["JT001", "甲", "在岗", targets[0]!], ["JT002", "乙", "在岗", ""], ["JT003", "丙", "在岗", ""], ["JT004", "丁", "退休", ""], ["JT005", "戊", "在岗", ""]];
    const { b64, csv } = await import("./support/files.js");
    await hub.query(`mutation($i: ImportInput!) { transport { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([headers, ...rows])) } }, officer("transport"));
    const draw = (size: number, pv = "p") => hub.query(`mutation($u: [String!]!, $n: Int!, $p: String!) { transport { drawJointTeam(jointInspectionId: "99", usccs: $u, size: $n, publicValue: $p) } }`, { u: targets, n: size, p: pv }, officer("transport"));
    const team = (await draw(2)).data.transport.drawJointTeam;
    expect(team).toHaveLength(2);
    for (const c of team) expect(["JT002", "JT003", "JT005"]).toContain(c); // JT001 recuses, JT004 retired
    expect((await draw(2)).data.transport.drawJointTeam).toEqual(team); // reproducible from its inputs
    expect((await draw(4)).errors?.[0]).toMatchObject({ extensions: { code: "DRAW_NOT_POSSIBLE" }, message: expect.stringMatching(/only 3/) });
  });

  it("refuses a sixth department, and a proposal for another department's lead", async () => {
    const six = await propose(admin("market"), ["transport", "environment", "emergency", "health", "fire"]);
    expect(six.errors?.[0].extensions.code).toBe("TOO_MANY_DEPARTMENTS");
    const foreign = await propose(admin("transport"), ["environment"]);
    expect(foreign.errors?.[0].extensions.code).toBe("FORBIDDEN");
  });

  let id: string;
  it("runs proposed → consulted → scheduled → in progress → recorded → closed, recording who did each step", async () => {
    const p = await propose(admin("market"), ["transport", "environment"]);
    expect(p.errors).toBeUndefined();
    id = p.data.proposeJointInspection.id;
    expect(p.data.proposeJointInspection).toMatchObject({ status: "PROPOSED", departments: ["market", "transport", "environment"] });

    const respond = (as: ReturnType<typeof officer>, accept: boolean, reason?: string) =>
      hub.query(`mutation($id: ID!, $a: Boolean!, $r: String) { respondToJointInspection(id: $id, accept: $a, reason: $r) { status } }`, { id, a: accept, r: reason }, as);
    expect((await respond(officer("emergency"), true)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await respond(officer("environment"), false)).errors?.[0].message).toMatch(/reason/);
    expect((await respond(officer("environment"), false, "本月已安排专项执法行动，无法参加")).data.respondToJointInspection.status).toBe("PROPOSED");
    expect((await respond(officer("transport"), true)).data.respondToJointInspection.status).toBe("CONSULTED");

    const supply = (as: ReturnType<typeof officer>, certs: string[]) =>
      hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id, c: certs }, as);
    expect((await supply(officer("market"), ["M1", "M2", "M3"])).errors).toBeUndefined();
    const eleven = await supply(officer("transport"), Array.from({ length: 8 }, (_, i) => `T${i}`));
    expect(eleven.errors?.[0].extensions.code).toBe("TOO_MANY_INSPECTORS");
    const schedule = (date: string, as = admin("market"), jid = id) => hub.query(`mutation($id: ID!, $d: String!) { scheduleJointInspection(id: $id, date: $d) { status scheduledDate } }`, { id: jid, d: date }, as);
    expect((await schedule("2026-05-20")).errors?.[0].extensions.code).toBe("TOO_FEW_INSPECTORS"); // transport supplied nobody yet
    expect((await supply(officer("environment"), ["E1"])).errors?.[0].message).toMatch(/accepted/);
    expect((await supply(officer("transport"), ["T1"])).errors).toBeUndefined();
    expect((await schedule("2026-06-20")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await schedule("2026-05-20", admin("transport"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await schedule("2026-05-20")).data.scheduleJointInspection).toEqual({ status: "SCHEDULED", scheduledDate: "2026-05-20" });

    // Another joint inspection wanting M2 on the same day: refused.
    const other = (await propose(admin("market"), ["emergency"])).data.proposeJointInspection.id;
    await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: other }, officer("emergency"));
    await hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id: other, c: ["M2", "M9"] }, officer("market"));
    await hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id: other, c: ["EM1"] }, officer("emergency"));
    const twice = await schedule("2026-05-20", admin("market"), other);
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: "INSPECTOR_DOUBLE_BOOKED" }, message: expect.stringMatching(/M2/) });
    expect((await schedule("2026-05-21", admin("market"), other)).errors).toBeUndefined();

    const advance = (status: string) => hub.query(`mutation($id: ID!, $s: String!) { advanceJointInspection(id: $id, status: $s) { status } }`, { id, s: status }, admin("market"));
    expect((await advance("CLOSED")).errors?.[0].extensions.code).toBe("INVALID_TRANSITION");
    expect((await advance("IN_PROGRESS")).data.advanceJointInspection.status).toBe("IN_PROGRESS");
    const [first, second] = [...targets].sort();
    const perDepartment = [
      { department: "market", categoryCode: "NO_PROBLEM" },
      { department: "transport", categoryCode: "NO_PROBLEM" },
      { department: "transport", uscc: second, categoryCode: "RECTIFICATION_ORDERED", findings: "车辆技术档案不全，已责令改正" },
    ];
    const record = (sigs: string[], results = perDepartment) =>
      hub.query(`mutation($id: ID!, $s: [SignatureInput!]!, $r: [JointResultInput!]!) { recordJointInspection(id: $id, findings: "联合检查记录", signatures: $s, results: $r) { ${fields} } }`,
        { id, s: sigs.map((c) => ({ name: `检查员${c}`, certificateNumber: c })), r: results }, admin("market"));
    expect((await record(["M1", "M2", "M3"])).errors?.[0].message).toMatch(/must sign: missing T1/);
    // one result per participating department and target on the shared record
    const missing = await record(["M1", "M2", "M3", "T1"], perDepartment.slice(0, 1));
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/missing: transport on/) });
    expect((await record(["M1", "M2", "M3", "T1"], [...perDepartment, { department: "environment", categoryCode: "NO_PROBLEM" }])).errors?.[0].extensions.code).toBe("FORBIDDEN"); // declined: no result
    const recorded = (await record(["M1", "M2", "M3", "T1"])).data.recordJointInspection;
    expect(recorded.status).toBe("RECORDED");
    expect(recorded.records).toHaveLength(4); // 2 targets × 2 participating departments
    expect(recorded.records.map((r: any) => [r.uscc, r.department, r.categoryCode, r.departmentFindings])).toEqual([
      [first, "market", "NO_PROBLEM", null],
      [first, "transport", "NO_PROBLEM", null],
      [second, "market", "NO_PROBLEM", null],
      [second, "transport", "RECTIFICATION_ORDERED", "车辆技术档案不全，已责令改正"],
    ]);
    expect(recorded.records[3].categoryName).toBe("发现问题已责令改正");
    expect((await advance("CLOSED")).data.advanceJointInspection.status).toBe("CLOSED");

    const final = await hub.query(`{ jointInspections { id status history { toStatus bySubject byDepartment } } }`, {}, officer("environment"));
    const mine = final.data.jointInspections.find((j: any) => j.id === id);
    expect(mine.history.map((h: any) => h.toStatus)).toEqual(["PROPOSED", "CONSULTED", "SCHEDULED", "IN_PROGRESS", "RECORDED", "CLOSED"]);
    expect(mine.history[1]).toMatchObject({ bySubject: "transport-officer", byDepartment: "transport" });
    const stats = await hub.query(`{ jointStatistics(year: 2026) { department led joined jointVisits inspections ledAtLeastOne meetsTenPercentGoal } }`, {}, officer("fire"));
    const byDept = Object.fromEntries(stats.data.jointStatistics.map((s: any) => [s.department, s]));
    expect(byDept.market).toMatchObject({ led: 2, joined: 0, jointVisits: 4, ledAtLeastOne: true });
    expect(byDept.transport).toMatchObject({ led: 0, joined: 1, jointVisits: 2, ledAtLeastOne: false });
    expect(byDept.environment).toMatchObject({ led: 0, joined: 0, jointVisits: 0 }); // declined
    // environment sees the one it was in; fire sees none
    expect((await hub.query(`{ jointInspections { id } }`, {}, officer("fire"))).data.jointInspections).toEqual([]);
  });
});
