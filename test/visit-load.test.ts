/**
 * 多头检查 through the gateway, on PGlite and PostgreSQL: a target that market and transport have
 * inspected and environment is due to inspect; one more visit, a joint inspection's day and the
 * year's statistics are checked against the office's visit limits (1 a day, 2 a week, 3 in 30 days).
 */
import { syntheticUscc } from "@hub/gateway/synthetic";
import { chinaInstant } from "@hub/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, csv, TARGET_HEADERS } from "./support/files.js";
import { DRIVERS, startTestHub, type TestHub } from "./support/hub.js";
import { admin, coordinator, dashboard, officer } from "./support/tokens.js";

const busy = syntheticUscc(8300, "440306");
const quiet = syntheticUscc(8301, "440306");
const DEPARTMENTS = ["market", "transport", "environment"] as const;
/** Two inspect the department's task; the third is free for the joint inspection (the others must recuse there). */
const staff = (d: string) => [1, 2, 3].map((n) => `${d.slice(0, 2).toUpperCase()}0${n}`);
const certs = (d: string) => staff(d).slice(0, 2);
const LOAD = `uscc name excesses { days maxVisits periodStart periodEnd visits { departments from to onDay jointInspectionId proposed } }`;

describe.each(DRIVERS)("visit load over %s", (driver) => {
  let hub: TestHub;
  const check = (from: string, to: string, as = officer("environment"), usccs = [busy, quiet]) =>
    hub.query(`query($u: [String!]!, $f: String!, $t: String!) { visitLoad(usccs: $u, from: $f, to: $t) { ${LOAD} } }`, { u: usccs, f: from, t: to }, as);

  beforeAll(async () => {
    hub = await startTestHub(driver);
    hub.clock.set(chinaInstant("2026-06-01", "09:00"));
    for (const d of DEPARTMENTS) {
      const rows = [busy, quiet].map((u, i) => [u, `深圳市罗湖${i}号实业有限公司`, "", "", "", "F5100", "440303", "中", "B", "", "存续"]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importTargets(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(csv([TARGET_HEADERS, ...rows])) } }, officer(d))).data[d].importTargets.status).toBe("COMMITTED");
      const inspectors = csv([["执法证号", "姓名", "状态"], ...staff(d).map((c) => [c, `检查员${c}`, "在岗"])]);
      expect((await hub.query(`mutation($i: ImportInput!) { ${d} { importInspectors(input: $i) { status } } }`, { i: { format: "CSV", contentBase64: b64(inspectors) } }, officer(d))).data[d].importInspectors.status).toBe("COMMITTED");
      await hub.query(`mutation { ${d} { upsertItem(input: { code: "VL-1", name: "日常检查", legalBasis: "《条例》", targetKind: ENTERPRISE, method: ON_SITE, defaultRatio: 0.05 }) { code } } }`, {}, admin(d));
      const task = await hub.query(`mutation($u: String!, $c: [String!]!) { ${d} { createTask(input: { source: COMPLAINT, uscc: $u, itemCodes: ["VL-1"], inspectors: $c, dueStart: "2026-06-01", dueEnd: "2026-06-30" }) { id } } }`, { u: busy, c: certs(d) }, officer(d));
      expect(task.errors).toBeUndefined();
      // market inspected on 10 June, transport on 12 June; environment's task is still due
      const day = { market: "2026-06-10", transport: "2026-06-12" }[d as string];
      if (!day) continue;
      hub.clock.set(chinaInstant(day, "17:00"));
      const r = await hub.query(`mutation($t: ID!, $i: ResultInput!) { ${d} { recordResult(taskId: $t, input: $i) { status } } }`, {
        t: task.data[d].createTask.id,
        i: { categoryCode: "NO_PROBLEM", findings: "未发现问题", inspectionDate: day, signers: certs(d).map((c) => ({ name: `检查员${c}`, certificateNumber: c })) },
      }, officer(d));
      expect(r.errors).toBeUndefined();
    }
    hub.clock.set(chinaInstant("2026-06-13", "09:00"));
    await hub.syncUntil(async () => {
      const joined = await hub.query(`query($u: String!) { target(uscc: $u) { departments } }`, { u: busy }, coordinator);
      const load = await check("2026-06-13", "2026-06-13");
      return joined.data?.target?.departments.length === 3 && load.data?.visitLoad[0]?.excesses.length === 2;
    });
  });
  afterAll(async () => hub?.close());

  it("flags one more visit that would be a third in a week and a fourth in 30 days, naming who visits when", async () => {
    const r = await check("2026-06-13", "2026-06-13");
    expect(r.errors).toBeUndefined();
    expect(r.data.visitLoad).toHaveLength(1); // the quiet target is not listed
    const [load] = r.data.visitLoad;
    expect(load).toMatchObject({ uscc: busy, name: "深圳市罗湖0号实业有限公司" });
    expect(load.excesses.map((e: any) => [e.days, e.maxVisits, e.periodStart, e.periodEnd, e.visits.length])).toEqual([
      [7, 2, "2026-06-07", "2026-06-13", 3],
      [30, 3, "2026-06-01", "2026-06-30", 4],
    ]);
    expect(load.excesses[0].visits).toEqual([
      { departments: ["market"], from: "2026-06-10", to: "2026-06-10", onDay: true, jointInspectionId: null, proposed: false },
      { departments: ["transport"], from: "2026-06-12", to: "2026-06-12", onDay: true, jointInspectionId: null, proposed: false },
      { departments: ["environment"], from: "2026-06-13", to: "2026-06-13", onDay: true, jointInspectionId: null, proposed: true },
    ]);
    // environment's own task, due some day in June, counts in the 30 days only
    expect(load.excesses[1].visits.find((v: any) => !v.onDay && !v.proposed)).toEqual({ departments: ["environment"], from: "2026-06-01", to: "2026-06-30", onDay: false, jointInspectionId: null, proposed: false });
    // a week later the week is clear, the month is not; in July nothing is
    expect((await check("2026-06-20", "2026-06-20")).data.visitLoad[0].excesses.map((e: any) => e.days)).toEqual([30]);
    expect((await check("2026-07-15", "2026-07-20")).data.visitLoad).toEqual([]);
  });

  it("refuses a reversed window, too many targets, an unknown department, and readers who are not in joint work", async () => {
    expect((await check("2026-06-20", "2026-06-13")).errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "from is after to" });
    expect((await check("2026-6-1", "2026-06-13")).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    const many = await check("2026-06-13", "2026-06-13", officer("market"), Array.from({ length: 1001 }, (_, i) => syntheticUscc(i, "440306")));
    expect(many.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(many.errors).length).toBeLessThan(2000); // the input is not echoed back
    const stranger = await hub.query(`query($u: [String!]!) { visitLoad(usccs: $u, from: "2026-06-13", to: "2026-06-13", departments: ["nope"]) { uscc } }`, { u: [busy] }, coordinator);
    expect(stranger.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/unknown department "nope"/) });
    expect((await check("2026-06-13", "2026-06-13", dashboard)).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await check("2026-06-13", "2026-06-13", "public" as never)).errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("a joint inspection is one visit for its departments: scheduling it flags its targets, and a day can be tried first", async () => {
    const p = await hub.query(`mutation($i: JointInspectionInput!) { proposeJointInspection(input: $i) { id } }`, {
      i: { lead: "market", departments: ["transport"], usccs: [busy, quiet], windowStart: "2026-06-01", windowEnd: "2026-06-30", planText: "市场监管牵头，联合检查" },
    }, admin("market"));
    expect(p.errors).toBeUndefined();
    const id = p.data.proposeJointInspection.id;
    expect((await hub.query(`mutation($id: ID!) { respondToJointInspection(id: $id, accept: true) { status } }`, { id }, officer("transport"))).data.respondToJointInspection.status).toBe("CONSULTED");
    for (const d of ["market", "transport"]) {
      const team = await hub.query(`mutation($j: ID!, $u: [String!]!) { ${d} { drawJointTeam(jointInspectionId: $j, usccs: $u, size: 1, publicValue: "p") } }`, { j: id, u: [busy, quiet] }, officer(d));
      expect(team.errors).toBeUndefined();
      expect((await hub.query(`mutation($id: ID!, $c: [String!]!) { supplyJointInspectors(id: $id, certificateNumbers: $c) { id } }`, { id, c: team.data[d].drawJointTeam }, officer(d))).errors).toBeUndefined();
    }
    const tryDay = (date: string) => hub.query(`query($id: ID!, $d: String) { jointInspection(id: $id) { visitWarnings(date: $d) { uscc excesses { days visits { departments from jointInspectionId } } } } }`, { id, d: date }, admin("market"));
    // 25 June: clear of the week, but the fourth visit in 30 days (environment's task is not carried by it)
    expect((await tryDay("2026-06-25")).data.jointInspection.visitWarnings.map((w: any) => [w.uscc, w.excesses.map((e: any) => e.days)])).toEqual([[busy, [30]]]);
    const scheduled = await hub.query(`mutation($id: ID!) { scheduleJointInspection(id: $id, date: "2026-06-15") { status visitWarnings { uscc excesses { days visits { departments from jointInspectionId } } } } }`, { id }, admin("market"));
    expect(scheduled.errors).toBeUndefined();
    const [warning] = scheduled.data.scheduleJointInspection.visitWarnings;
    expect(warning.excesses.map((e: any) => e.days)).toEqual([7, 30]);
    expect(warning.excesses[0].visits).toEqual([
      { departments: ["market"], from: "2026-06-10", jointInspectionId: null },
      { departments: ["transport"], from: "2026-06-12", jointInspectionId: null },
      { departments: ["market", "transport"], from: "2026-06-15", jointInspectionId: id },
    ]);
    // a department's next visit now sees the joint inspection among the visits
    const next = await check("2026-06-16", "2026-06-16");
    expect(next.data.visitLoad[0].excesses.find((e: any) => e.days === 1)).toBeUndefined();
    expect(next.data.visitLoad[0].excesses.find((e: any) => e.days === 7).visits.map((v: any) => v.from)).toEqual(["2026-06-10", "2026-06-12", "2026-06-15", "2026-06-16"]);
  });

  it("the year's statistics count the targets over each limit and the departments that visited them", async () => {
    // three visits in a week and four in 30 days since the joint inspection was scheduled
    const r = await hub.query(`{ visitLoadStatistics(year: 2026) { year targets limits { days maxVisits targets } byDepartment { department targets } worst { uscc excesses { days } } } }`, {}, coordinator);
    expect(r.errors).toBeUndefined();
    expect(r.data.visitLoadStatistics).toEqual({
      year: 2026,
      targets: 1,
      limits: [{ days: 1, maxVisits: 1, targets: 0 }, { days: 7, maxVisits: 2, targets: 1 }, { days: 30, maxVisits: 3, targets: 1 }],
      byDepartment: [{ department: "market", targets: 1 }, { department: "transport", targets: 1 }, { department: "environment", targets: 1 }, { department: "emergency", targets: 0 }],
      worst: [{ uscc: busy, excesses: [{ days: 7 }, { days: 30 }] }],
    });
    const wall = await hub.query(`{ visitLoadStatistics(year: 2026) { targets worst { uscc } } }`, {}, dashboard);
    expect(wall.data.visitLoadStatistics).toEqual({ targets: 1, worst: [] });
    expect((await hub.query(`{ visitLoadStatistics(year: 1900) { targets } }`, {}, coordinator)).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
