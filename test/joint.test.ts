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
    const { b64, csv } = await import("./support/files.js");
    const staff: Record<string, string[]> = { market: ["MK01", "MK02", "MK03"], transport: Array.from({ length: 8 }, (_, i) => `TR0${i}`), environment: ["EN01"], emergency: ["EM01"] };
    for (const [d, certs] of Object.entries(staff)) {
      const file = b64(csv([["执法证号", "姓名", "状态"], ...certs.map((c) => [c, `检查员${c}`, "在岗"])]));
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: file } }, officer(d))).data[d].importInspectors.status).toBe("COMMITTED");
    }
  });
  /** A department draws its team for a joint inspection (as drawJointTeam records it), then supplies it to the office. */
  const drawTeam = async (d: string, jointId: string, size: number, publicValue = "2026-04-30 公告值") => {
    const r = await hub.query(`mutation($j: ID!, $u: [String!]!, $n: Int!, $p: String!) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: $n, publicValue: $p) } }`, { j: jointId, u: targets, n: size, p: publicValue }, officer(d));
    expect(r.errors).toBeUndefined();
    return r.data[d].drawJointTeam as string[];
  };
  const supplyTo = (jointId: string, d: string, certs: string[]) =>
    hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { participants { department inspectors teamSeed teamDraws } } }`, { id: jointId, c: certs }, officer(d));
  afterAll(async () => hub?.close());

  it("a department draws its joint team at random, leaving out anyone who must recuse", async () => {
    const headers = ["执法证号", "姓名", "状态", "回避对象"];
    const rows = [["JT001", "甲", "在岗", targets[0]!], ["JT002", "乙", "在岗", ""], ["JT003", "丙", "在岗", ""], ["JT004", "丁", "退休", ""], ["JT005", "戊", "在岗", ""]];
    const { b64, csv } = await import("./support/files.js");
    await hub.query(`mutation($i: ImportInput!) { health { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([headers, ...rows])) } }, officer("health"));
    const draw = (size: number, pv = "p") => hub.query(`mutation($u: [String!]!, $n: Int!, $p: String!) { health { drawJointTeam(jointInspectionId: "99", usccs: $u, size: $n, publicValue: $p) } }`, { u: targets, n: size, p: pv }, officer("health"));
    const team = (await draw(2)).data.health.drawJointTeam;
    expect(team).toHaveLength(2);
    for (const c of team) expect(["JT002", "JT003", "JT005"]).toContain(c); // JT001 recuses, JT004 retired
    expect((await draw(2)).data.health.drawJointTeam).toEqual(team); // reproducible from its inputs
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

    // Each department supplies the team its drawJointTeam drew, nothing else.
    expect((await supplyTo(id, "market", ["MK01", "MK02"])).errors?.[0].message).toMatch(/has not drawn a team/);
    const marketTeam = await drawTeam("market", id, 3);
    expect((await supplyTo(id, "market", ["MK01", "MK02"])).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/not the team market drew/) });
    expect((await supplyTo(id, "market", marketTeam)).errors).toBeUndefined();
    const eleven = await supplyTo(id, "transport", await drawTeam("transport", id, 8));
    expect(eleven.errors?.[0].extensions.code).toBe("TOO_MANY_INSPECTORS");
    const schedule = (date: string, as = admin("market"), jid = id) => hub.query(`mutation($id: ID!, $d: String!) { scheduleJointInspection(id: $id, date: $d) { status scheduledDate } }`, { id: jid, d: date }, as);
    expect((await schedule("2026-05-20")).errors?.[0].extensions.code).toBe("TOO_FEW_INSPECTORS"); // transport supplied nobody yet
    expect((await supplyTo(id, "environment", ["EN01"])).errors?.[0].message).toMatch(/accepted/);
    const transportTeam = await drawTeam("transport", id, 1, "重新抽取");
    const supplied = await supplyTo(id, "transport", transportTeam);
    expect(supplied.errors).toBeUndefined();
    // The re-draw is on the record: transport drew twice for this joint inspection.
    expect(supplied.data.supplyJointInspectors.participants.find((p: any) => p.department === "transport")).toMatchObject({ inspectors: transportTeam, teamDraws: 2, teamSeed: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await schedule("2026-06-20")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await schedule("2026-05-20", admin("transport"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await schedule("2026-05-20")).data.scheduleJointInspection).toEqual({ status: "SCHEDULED", scheduledDate: "2026-05-20" });

    // Another joint inspection drawing market's inspectors (all three) for the same day: refused.
    const other = (await propose(admin("market"), ["emergency"])).data.proposeJointInspection.id;
    await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: other }, officer("emergency"));
    expect((await supplyTo(other, "market", await drawTeam("market", other, 3))).errors).toBeUndefined();
    expect((await supplyTo(other, "emergency", await drawTeam("emergency", other, 1))).errors).toBeUndefined();
    const twice = await schedule("2026-05-20", admin("market"), other);
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: "INSPECTOR_DOUBLE_BOOKED" }, message: expect.stringMatching(/MK01, MK02, MK03/) });
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
    expect((await record(["MK01", "MK02", "MK03"])).errors?.[0].message).toMatch(new RegExp(`must sign: missing ${transportTeam[0]}`));
    // one result per participating department and target on the shared record
    const everyone = ["MK01", "MK02", "MK03", ...transportTeam];
    const missing = await record(everyone, perDepartment.slice(0, 1));
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/missing: transport on/) });
    expect((await record(everyone, [...perDepartment, { department: "environment", categoryCode: "NO_PROBLEM" }])).errors?.[0].extensions.code).toBe("FORBIDDEN"); // declined: no result
    const recorded = (await record(everyone)).data.recordJointInspection;
    expect(recorded.status).toBe("RECORDED");
    expect(recorded.records).toHaveLength(4); // 2 targets × 2 participating departments
    expect(recorded.records.map((r: any) => [r.uscc, r.department, r.categoryCode, r.departmentFindings])).toEqual([
      [first, "market", "NO_PROBLEM", null],
      [first, "transport", "NO_PROBLEM", null],
      [second, "market", "NO_PROBLEM", null],
      [second, "transport", "RECTIFICATION_ORDERED", "车辆技术档案不全，已责令改正"],
    ]);
    expect(recorded.records[3].categoryName).toBe("发现问题已责令改正");
    // The next department sees the joint record in the target's history.
    const history = await hub.query(`query($u: String!) { target(uscc: $u) { jointRecords { jointId department categoryName departmentFindings } } }`, { u: second }, officer("emergency"));
    expect(history.data.target.jointRecords).toEqual([
      { jointId: id, department: "market", categoryName: "未发现问题", departmentFindings: null },
      { jointId: id, department: "transport", categoryName: "发现问题已责令改正", departmentFindings: "车辆技术档案不全，已责令改正" },
    ]);
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
