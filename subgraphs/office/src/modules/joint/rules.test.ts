import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkBookings,
  checkDrawnTeam,
  checkResponse,
  checkSignatures,
  checkSupply,
  checkScheduleDate,
  checkTeam,
  checkTransition,
  checkVisitDay,
  JointRuleError,
  JointStatus,
  ResponseStatus,
  resultsPerRecord,
  statusAfterResponses,
  type Participant,
} from "./rules.js";

const participant = (department: string, response: ResponseStatus, n: number): Participant => ({
  department,
  response,
  inspectors: Array.from({ length: n }, (_, i) => `${department}-${i}`),
});

describe("joint inspection rules", () => {
  it("a team is valid exactly when 2 ≤ size ≤ 10 and every accepting department supplies someone", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.values(ResponseStatus)), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 5 }), (rows) => {
        const ps = rows.map(([r, n], i) => participant(`d${i}`, r, n));
        const accepted = ps.filter((p) => p.response === ResponseStatus.ACCEPTED);
        const size = accepted.reduce((s, p) => s + p.inspectors.length, 0);
        const valid = size >= 2 && size <= 10 && accepted.every((p) => p.inspectors.length > 0);
        if (valid) expect(checkTeam(ps)).toHaveLength(size);
        else expect(() => checkTeam(ps)).toThrow(JointRuleError);
      }),
    );
  });

  it("a visit is scheduled inside its window and not in the past, and is started and recorded on its day or later", () => {
    expect(() => checkScheduleDate("2026-05-20", "2026-05-01", "2026-05-31", "2026-05-10")).not.toThrow();
    expect(() => checkScheduleDate("2026-05-09", "2026-05-01", "2026-05-31", "2026-05-10")).toThrow(/in the past/);
    expect(() => checkScheduleDate("2026-06-01", "2026-05-01", "2026-05-31", "2026-05-10")).toThrow(/within/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (day, now) => {
        const iso = (d: number) => `2026-05-${String(d + 1).padStart(2, "0")}`;
        for (const to of [JointStatus.IN_PROGRESS, JointStatus.RECORDED]) {
          if (now >= day) expect(() => checkVisitDay(to, iso(day), iso(now))).not.toThrow();
          else expect(() => checkVisitDay(to, iso(day), iso(now))).toThrow(/before that day/);
        }
        expect(() => checkVisitDay(JointStatus.CANCELLED, iso(day), iso(now))).not.toThrow();
      }),
    );
  });

  it("consulted once nobody is pending and someone accepted; declined when everyone declined", () => {
    const lead = participant("lead", ResponseStatus.ACCEPTED, 1);
    expect(statusAfterResponses("lead", [lead, participant("a", ResponseStatus.PENDING, 0)])).toBe(JointStatus.PROPOSED);
    expect(statusAfterResponses("lead", [lead, participant("a", ResponseStatus.DECLINED, 0), participant("b", ResponseStatus.ACCEPTED, 0)])).toBe(JointStatus.CONSULTED);
    expect(statusAfterResponses("lead", [lead, participant("a", ResponseStatus.DECLINED, 0)])).toBe(JointStatus.DECLINED);
  });

  it("moves one step at a time, and cancels only before the visit", () => {
    expect(() => checkTransition(JointStatus.CONSULTED, JointStatus.SCHEDULED)).not.toThrow();
    expect(() => checkTransition(JointStatus.SCHEDULED, JointStatus.RECORDED)).toThrow(/cannot become/);
    expect(() => checkTransition(JointStatus.SCHEDULED, JointStatus.CANCELLED)).not.toThrow();
    expect(() => checkTransition(JointStatus.IN_PROGRESS, JointStatus.CANCELLED)).toThrow();
  });

  it("refuses an inspector booked elsewhere that day", () => {
    expect(() => checkBookings(["a", "b"], "2026-05-01", new Set(["b"]))).toThrow(/b/);
    expect(() => checkBookings(["a", "b"], "2026-05-01", new Set(["c"]))).not.toThrow();
  });
});

describe("one result per participating department on the shared record", () => {
  const codes = new Set(["NO_PROBLEM", "RECTIFICATION_ORDERED"]);
  it("a department-wide result covers the targets not named, a named one wins", () => {
    const got = resultsPerRecord(["U1", "U2"], ["market", "transport"], [
      { department: "market", categoryCode: "NO_PROBLEM" },
      { department: "transport", categoryCode: "NO_PROBLEM" },
      { department: "transport", uscc: "U2", categoryCode: "RECTIFICATION_ORDERED", findings: "灭火器过期" },
    ], codes);
    expect(got.size).toBe(4);
    expect(got.get("U2|transport")!.categoryCode).toBe("RECTIFICATION_ORDERED");
    expect(got.get("U1|transport")!.categoryCode).toBe("NO_PROBLEM");
  });

  it.each([
    [[{ department: "market", categoryCode: "NO_PROBLEM" }], /missing: transport on U1/],
    [[{ department: "market", categoryCode: "NO_PROBLEM" }, { department: "transport", categoryCode: "NOPE" }], /unknown result category/],
    [[{ department: "market", categoryCode: "NO_PROBLEM" }, { department: "market", categoryCode: "NO_PROBLEM" }], /two results for market/],
    [[{ department: "emergency", categoryCode: "NO_PROBLEM" }], /did not take part/],
    [[{ department: "market", uscc: "U9", categoryCode: "NO_PROBLEM" }], /not a target/],
  ])("refuses %j", (results, message) => {
    expect(() => resultsPerRecord(["U1"], ["market", "transport"], results, codes)).toThrow(message);
  });

  it("property: when accepted, every pair has exactly one result", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom("U1", "U2", "U3", "U4"), { minLength: 1 }),
        fc.uniqueArray(fc.constantFrom("a", "b", "c"), { minLength: 1 }),
        fc.array(fc.record({ department: fc.constantFrom("a", "b", "c"), uscc: fc.option(fc.constantFrom("U1", "U2", "U3", "U4"), { nil: null }), categoryCode: fc.constant("NO_PROBLEM") })),
        (targets, accepted, results) => {
          let got: Map<string, unknown>;
          try {
            got = resultsPerRecord(targets, accepted, results, codes);
          } catch (e) {
            expect(e).toBeInstanceOf(JointRuleError);
            return;
          }
          expect(got.size).toBe(targets.length * accepted.length);
        },
      ),
    );
  });

  it("a responder answers once, in writing, while proposed; a decline gives its reason; the lead does not answer", () => {
    const joint = { status: JointStatus.PROPOSED, lead: "market" };
    const me = participant("transport", ResponseStatus.PENDING, 0);
    expect(() => checkResponse(joint, me, true, null)).not.toThrow();
    expect(() => checkResponse(joint, me, false, " ")).toThrow(/decline needs a written reason/);
    expect(() => checkResponse(joint, me, false, "本月已安排专项执法")).not.toThrow();
    expect(() => checkResponse(joint, participant("market", ResponseStatus.ACCEPTED, 0), true, null)).toThrow(/lead department does not respond/);
    expect(() => checkResponse({ ...joint, status: JointStatus.CONSULTED }, me, true, null)).toThrow(/responses are closed/);
  });

  it("only a department that accepted supplies a team, before scheduling, and only the team it drew last", () => {
    expect(() => checkSupply(JointStatus.CONSULTED, participant("a", ResponseStatus.ACCEPTED, 0))).not.toThrow();
    expect(() => checkSupply(JointStatus.SCHEDULED, participant("a", ResponseStatus.ACCEPTED, 0))).toThrow(/team is fixed/);
    expect(() => checkSupply(JointStatus.PROPOSED, participant("a", ResponseStatus.DECLINED, 0))).toThrow(/accepted/);
    const latest = { seed: "f".repeat(64), team: ["A1", "A2"], reason: null };
    expect(() => checkDrawnTeam("a", 7, ["A2", "A1"], latest)).not.toThrow();
    expect(() => checkDrawnTeam("a", 7, ["A1"], latest)).toThrow(/not the team a drew/);
    expect(() => checkDrawnTeam("a", 7, ["A1", "A3"], latest)).toThrow(/not the team a drew/);
    expect(() => checkDrawnTeam("a", 7, ["A1", "A2"], undefined)).toThrow(/has not drawn a team/);
  });

  it("every inspector of the team signs the record, with a name", () => {
    expect(() => checkSignatures(["A1", "A2"], [{ name: "甲", certificateNumber: "a1" }, { name: "乙", certificateNumber: "A2" }])).not.toThrow();
    expect(() => checkSignatures(["A1", "A2"], [{ name: "甲", certificateNumber: "A1" }, { name: " ", certificateNumber: "A2" }])).toThrow(/missing A2/);
    expect(() => checkSignatures(["A1", "A2"], [{ name: "甲", certificateNumber: "A1" }])).toThrow(/missing A2/);
  });
});
