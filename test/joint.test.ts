/**
 * The joint inspection workflow (联合抽查) and its enforced limits, through the gateway: a sixth
 * department, an eleventh inspector, fewer than two, an inspector booked twice on one day, a
 * department acting on a proposal it is not part of.
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVERS, FOUR_DEPARTMENTS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, officer } from "./support/tokens.js";

const SIX = [...FOUR_DEPARTMENTS, { code: "health", name: "卫生健康委", port: 5 }, { code: "fire", name: "消防救援支队", port: 6 }];
const targets = [syntheticUscc(1, "440310"), syntheticUscc(2, "440310")];
/** A target nobody has inspected yet (whoever visits the others must recuse there next time). */
const elsewhere = syntheticUscc(3, "440310");
const fields = `id status lead departments scheduledDate participants { department response reason inspectors } history { fromStatus toStatus bySubject byDepartment } records { uscc department signatures { certificateNumber } categoryCode categoryName departmentFindings }`;

describe.each(DRIVERS)("joint inspections over %s", (driver) => {
  let hub: TestHub;
  const propose = (as: ReturnType<typeof admin>, departments: string[], extra: Record<string, unknown> = {}) =>
    hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { ${fields} } }`, {
      i: { lead: "market", departments, usccs: targets, windowStart: "2026-05-01", windowEnd: "2026-05-31", planText: "市场监管牵头，联合检查食品与运输安全", ...extra },
    }, as);

  beforeAll(async () => {
    hub = await startTestHub(driver, SIX);
    hub.clock.set(chinaInstant("2026-04-28", "09:00"));
    const { b64, csv, TARGET_HEADERS } = await import("./support/files.js");
    // The targets are in market's directory, and the office knows it.
    const directory = csv([TARGET_HEADERS, ...[...targets, elsewhere].map((u, i) => [u, `深圳市坪山${i}号运输有限公司`, "", "", "", "G5430", "440310", "中", "B", "", "存续"])]);
    expect((await hub.query(`mutation($i: ImportInput!) { market { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(directory) } }, officer("market"))).data.market.importTargets.status).toBe("COMMITTED");
    await hub.syncUntil(async () => (await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: targets[1] })).data.target.departments.length === 1);
    const staff: Record<string, string[]> = { market: ["MK01", "MK02", "MK03"], transport: Array.from({ length: 8 }, (_, i) => `TR0${i}`), environment: ["EN01"], emergency: ["EM01"] };
    for (const [d, certs] of Object.entries(staff)) {
      const file = b64(csv([["执法证号", "姓名", "状态"], ...certs.map((c) => [c, `检查员${c}`, "在岗"])]));
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: file } }, officer(d))).data[d].importInspectors.status).toBe("COMMITTED");
    }
  });
  /** A department draws its team for a joint inspection (as drawJointTeam records it), then supplies it to the office. */
  const drawTeam = async (d: string, jointId: string, size: number, reason?: string, publicValue = "2026-04-30 公告值", usccs = targets) => {
    const r = await hub.query(`mutation($j: ID!, $u: [String!]!, $n: Int!, $p: String!, $r: String) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: $n, publicValue: $p, reason: $r) } }`, { j: jointId, u: usccs, n: size, p: publicValue, r: reason }, officer(d));
    expect(r.errors).toBeUndefined();
    return r.data[d].drawJointTeam as string[];
  };
  const supplyTo = (jointId: string, d: string, certs: string[]) =>
    hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { participants { department inspectors teamSeed teamDraws teamRedrawReasons } } }`, { id: jointId, c: certs }, officer(d));
  afterAll(async () => hub?.close());

  it("a department draws its joint team at random, leaving out anyone who must recuse", async () => {
    const headers = ["执法证号", "姓名", "状态", "回避对象"];
    const rows = [["JT001", "甲", "在岗", targets[0]!], ["JT002", "乙", "在岗", ""], ["JT003", "丙", "在岗", ""], ["JT004", "丁", "退休", ""], ["JT005", "戊", "在岗", ""]];
    const { b64, csv } = await import("./support/files.js");
    await hub.query(`mutation($i: ImportInput!) { health { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([headers, ...rows])) } }, officer("health"));
    const draw = (size: number, reason?: string) => hub.query(`mutation($u: [String!]!, $n: Int!, $r: String) { health { drawJointTeam(jointInspectionId: "99", usccs: $u, size: $n, publicValue: "p", reason: $r) } }`, { u: targets, n: size, r: reason }, officer("health"));
    const team = (await draw(2)).data.health.drawJointTeam;
    expect(team).toHaveLength(2);
    for (const c of team) expect(["JT002", "JT003", "JT005"]).toContain(c); // JT001 recuses, JT004 retired
    // drawing again is possible, but only with a reason, which is recorded
    expect((await draw(2)).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/drawing again needs a reason/) });
    expect((await draw(2, "抽中人员临时出差")).data.health.drawJointTeam).toEqual(team); // reproducible from its inputs
    expect((await draw(4, "增加人员")).errors?.[0]).toMatchObject({ extensions: { code: "DRAW_NOT_POSSIBLE" }, message: expect.stringMatching(/only 3/) });
    const recorded = await hub.query(`{ health { jointTeamDraws(jointInspectionId: "99") { reason team } } }`, {}, officer("health"));
    expect(recorded.data.health.jointTeamDraws.map((d: any) => d.reason)).toEqual([null, "抽中人员临时出差"]);
  });

  it("refuses a sixth department, a proposal for another department's lead, and targets that are not valid or in nobody's directory", async () => {
    const six = await propose(admin("market"), ["transport", "environment", "emergency", "health", "fire"]);
    expect(six.errors?.[0].extensions.code).toBe("TOO_MANY_DEPARTMENTS");
    const foreign = await propose(admin("transport"), ["environment"]);
    expect(foreign.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const typo = await propose(admin("market"), ["transport"], { usccs: ["91320902ma0000015x "] });
    expect(typo.errors?.[0].extensions.code).toBe("INVALID_USCC");
    const stranger = syntheticUscc(99, "440310"); // valid, but no participating department holds it
    const unknown = await propose(admin("market"), ["transport"], { usccs: [targets[0], stranger] });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(new RegExp(`not in the directory of any participating department.*${stranger}`)) });
    // a sloppy but valid code is stored normalized
    const sloppy = await propose(admin("market"), ["emergency"], { usccs: [` ${targets[0]!.toLowerCase()}`, targets[1]] });
    expect(sloppy.errors).toBeUndefined();
    expect((await hub.query(`{ jointInspections { id usccs } }`, {}, admin("market"))).data.jointInspections.find((j: any) => j.id === sloppy.data.proposeJointInspection.id).usccs).toEqual([...targets].sort());
    await hub.query(`mutation($id: ID!) { advanceJointInspection(id: $id, status: "CANCELLED", note: "测试") { status } }`, { id: sloppy.data.proposeJointInspection.id }, admin("market"));
  });

  let id: string;
  // One joint inspection, step by step: proposed → consulted → scheduled → in progress → recorded → closed.
  const respond = (as: ReturnType<typeof officer>, accept: boolean, reason?: string) =>
    hub.query(`mutation($id: ID!, $a: Boolean!, $r: String) { respondToJointInspection(id: $id, accept: $a, reason: $r) { status } }`, { id, a: accept, r: reason }, as);
  const schedule = (date: string, as = admin("market"), jid = id) => hub.query(`mutation($id: ID!, $d: String!) { scheduleJointInspection(id: $id, date: $d) { status scheduledDate } }`, { id: jid, d: date }, as);
  const advance = (status: string) => hub.query(`mutation($id: ID!, $s: String!) { advanceJointInspection(id: $id, status: $s) { status } }`, { id, s: status }, admin("market"));
  const [first, second] = [...targets].sort();
  let transportTeam: string[];

  it("is proposed by the lead and answered in writing: a decline needs a reason; consulted once every responder answered", async () => {
    const p = await propose(admin("market"), ["transport", "environment"]);
    expect(p.errors).toBeUndefined();
    id = p.data.proposeJointInspection.id;
    expect(p.data.proposeJointInspection).toMatchObject({ status: "PROPOSED", departments: ["market", "transport", "environment"] });

    expect((await respond(officer("emergency"), true)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await respond(officer("environment"), false)).errors?.[0].message).toMatch(/reason/);
    expect((await respond(officer("environment"), false, "本月已安排专项执法行动，无法参加")).data.respondToJointInspection.status).toBe("PROPOSED");
    expect((await respond(officer("transport"), true)).data.respondToJointInspection.status).toBe("CONSULTED");
  });

  it("is staffed with the teams the departments drew, nothing else; a re-draw is on the record with its reason; at most ten inspectors", async () => {
    // Each department supplies the team its drawJointTeam drew, nothing else.
    expect((await supplyTo(id, "market", ["MK01", "MK02"])).errors?.[0].message).toMatch(/has not drawn a team/);
    const marketTeam = await drawTeam("market", id, 3);
    expect((await supplyTo(id, "market", ["MK01", "MK02"])).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/not the team market drew/) });
    expect((await supplyTo(id, "market", marketTeam)).errors).toBeUndefined();
    const eleven = await supplyTo(id, "transport", await drawTeam("transport", id, 8));
    expect(eleven.errors?.[0].extensions.code).toBe("TOO_MANY_INSPECTORS");
    expect((await schedule("2026-05-20")).errors?.[0].extensions.code).toBe("TOO_FEW_INSPECTORS"); // transport supplied nobody yet
    expect((await supplyTo(id, "environment", ["EN01"])).errors?.[0].message).toMatch(/accepted/);
    expect((await hub.query(`mutation($j: ID!, $u: [String!]!) { transport { drawJointTeam(jointInspectionId: $j, usccs: $u, size: 1, publicValue: "x") } }`, { j: id, u: targets }, officer("transport"))).errors?.[0].message).toMatch(/needs a reason/);
    transportTeam = await drawTeam("transport", id, 1, "原抽取人数超过联合检查上限，按1人重新抽取");
    const supplied = await supplyTo(id, "transport", transportTeam);
    expect(supplied.errors).toBeUndefined();
    // The re-draw is on the record: transport drew twice for this joint inspection, and said why.
    expect(supplied.data.supplyJointInspectors.participants.find((p: any) => p.department === "transport")).toMatchObject({
      inspectors: transportTeam, teamDraws: 2, teamSeed: expect.stringMatching(/^[0-9a-f]{64}$/), teamRedrawReasons: ["原抽取人数超过联合检查上限，按1人重新抽取"],
    });
  });

  it("is scheduled by the lead on a day inside its window, not in the past, with nobody booked twice that day", async () => {
    expect((await schedule("2026-06-20")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    hub.clock.set(chinaInstant("2026-05-03", "09:00"));
    expect((await schedule("2026-05-02")).errors?.[0].message).toMatch(/in the past/); // never a day that has gone by
    hub.clock.set(chinaInstant("2026-04-28", "09:00"));
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

  });

  it("starts on its day, and its record is signed by every inspector, with each department's result for every target", async () => {
    expect((await advance("CLOSED")).errors?.[0].extensions.code).toBe("INVALID_TRANSITION");
    // nothing happens before the scheduled day
    expect((await advance("IN_PROGRESS")).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/scheduled for 2026-05-20/) });
    hub.clock.set(chinaInstant("2026-05-20", "09:00"));
    expect((await advance("IN_PROGRESS")).data.advanceJointInspection.status).toBe("IN_PROGRESS");
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
  });

  it("is closed by the lead; a closed visit still booked its inspectors that day; every step is in its history", async () => {
    expect((await advance("CLOSED")).data.advanceJointInspection.status).toBe("CLOSED");
    // A closed visit still booked its inspectors that day.
    hub.clock.set(chinaInstant("2026-05-15", "09:00"));
    // (on another target: market's inspectors visited these two, and now recuse there)
    const third = (await propose(admin("market"), ["emergency"], { usccs: [elsewhere] })).data.proposeJointInspection.id;
    await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id: third }, officer("emergency"));
    expect((await supplyTo(third, "market", await drawTeam("market", third, 3, undefined, undefined, [elsewhere]))).errors).toBeUndefined();
    expect((await supplyTo(third, "emergency", await drawTeam("emergency", third, 1, undefined, undefined, [elsewhere]))).errors).toBeUndefined();
    expect((await schedule("2026-05-20", admin("market"), third)).errors?.[0].extensions.code).toBe("INSPECTOR_DOUBLE_BOOKED");

    const final = await hub.query(`{ jointInspections { id status history { toStatus bySubject byDepartment } } }`, {}, officer("environment"));
    const mine = final.data.jointInspections.find((j: any) => j.id === id);
    expect(mine.history.map((h: any) => h.toStatus)).toEqual(["PROPOSED", "CONSULTED", "SCHEDULED", "IN_PROGRESS", "RECORDED", "CLOSED"]);
    expect(mine.history[1]).toMatchObject({ bySubject: "transport-officer", byDepartment: "transport" });
    // 全程留痕: the office's own audit trail holds every step, newest first; coordinators only.
    const trail = await hub.query(`query($a: String) { officeAuditLog(first: 200, after: $a) { entries { operation subject affectedIds } hasMore endCursor } }`, {});
    const ofThis = trail.data.officeAuditLog.entries.filter((e: any) => e.affectedIds[0] === id).map((e: any) => e.operation).reverse();
    expect(ofThis).toEqual(expect.arrayContaining(["proposeJointInspection", "respondToJointInspection", "supplyJointInspectors", "scheduleJointInspection", "advanceJointInspection", "recordJointInspection"]));
    expect(ofThis[0]).toBe("proposeJointInspection");
    expect(ofThis.at(-1)).toBe("advanceJointInspection");
    expect((await hub.query(`{ officeAuditLog { hasMore } }`, {}, admin("market"))).errors?.[0].extensions.code).toBe("FORBIDDEN");
  });

  it("counts in the statistics only once carried out, with one definition of the joint share", async () => {
    // market's own inspections this year: the denominator of its joint share
    for (const [i, u] of [...targets, ...targets].entries()) {
      const t = await hub.query(`mutation($u: String!) { market { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: [], inspectors: ["MK01", "MK02"], dueStart: "2026-06-01", dueEnd: "2026-06-${10 + i}" }) { id } } }`, { u }, officer("market"));
      expect(t.errors).toBeUndefined();
    }
    const shares = async () => {
      const [joint, results] = await Promise.all([
        hub.query(`{ jointStatistics(year: 2026) { department jointShare inspections } }`, {}, officer("fire")),
        hub.query(`{ resultStatistics(year: 2026) { department jointShare tasks } }`, {}, officer("fire")),
      ]);
      return { joint: joint.data.jointStatistics.find((x: any) => x.department === "market"), results: results.data.resultStatistics.find((x: any) => x.department === "market") };
    };
    await hub.syncUntil(async () => (await shares()).joint.inspections === 6);
    // one definition of the joint share: 2 joint visits over 6 inspections (the joint visits are market's own tasks too), in both statistics
    expect(await shares()).toEqual({ joint: { department: "market", jointShare: 2 / 6, inspections: 6 }, results: { department: "market", jointShare: 2 / 6, tasks: 6 } });
    const stats = await hub.query(`{ jointStatistics(year: 2026) { department led joined pending jointVisits inspections jointGoal meetsJointGoal ledAtLeastOne } }`, {}, officer("fire"));
    const byDept = Object.fromEntries(stats.data.jointStatistics.map((s: any) => [s.department, s]));
    // only the inspection carried out counts; the scheduled and the proposed ones are pending, the cancelled one nothing
    expect(byDept.market).toMatchObject({ led: 1, joined: 0, pending: 2, jointVisits: 2, inspections: 6, ledAtLeastOne: true, jointGoal: 0.1, meetsJointGoal: true });
    expect(byDept.transport).toMatchObject({ led: 0, joined: 1, pending: 0, jointVisits: 2, ledAtLeastOne: false });
    expect(byDept.emergency).toMatchObject({ led: 0, joined: 0, pending: 2, jointVisits: 0 });
    expect(byDept.environment).toMatchObject({ led: 0, joined: 0, pending: 0, jointVisits: 0 }); // declined
    // environment sees the one it was in; fire sees none
    expect((await hub.query(`{ jointInspections { id } }`, {}, officer("fire"))).data.jointInspections).toEqual([]);
  });

  it("joint inspections and a target's joint records page to their end", async () => {
    const all: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = (await hub.query(`query($a: ID) { jointInspections(first: 2, after: $a) { id } }`, { a: after }, admin("market"))).data.jointInspections.map((j: any) => j.id);
      all.push(...page);
      if (page.length < 2) break;
      after = page.at(-1);
    }
    const everything = (await hub.query(`{ jointInspections(first: 500) { id } }`, {}, admin("market"))).data.jointInspections.map((j: any) => j.id);
    expect(all).toEqual(everything);
    expect(everything.length).toBeGreaterThan(2);
    expect((await hub.query(`{ jointInspections(status: "CLOSED") { status } }`, {}, admin("market"))).data.jointInspections).toEqual([{ status: "CLOSED" }]);
    expect((await hub.query(`{ jointInspections(after: "x") { id } }`, {}, admin("market"))).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const records = async (after?: string) => (await hub.query(`query($u: String!, $a: String) { target(uscc: $u) { jointRecords(first: 1, after: $a) { department cursor } } }`, { u: targets[0], a: after }, admin("market"))).data.target.jointRecords;
    const [one] = await records();
    const [two] = await records(one.cursor);
    expect([one.department, two.department]).toEqual(["market", "transport"]);
    expect(await records(two.cursor)).toEqual([]);
  });
});
