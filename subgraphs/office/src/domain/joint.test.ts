import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBookings, checkTeam, checkTransition, JointRuleError, JointStatus, ResponseStatus, statusAfterResponses, type Participant } from "./joint.js";

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
