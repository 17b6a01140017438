import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedSteps, checkFollowUpStep, FollowUpError, FollowUpKind, FollowUpState, followUpState, pendingRectificationDeadline, type FollowUpStep } from "./follow-up.js";

const step = (kind: FollowUpKind, date: string, extra: Partial<FollowUpStep> = {}): FollowUpStep => ({
  kind, date, documentNumber: null, deadline: null, rectified: null, receivingParty: null, note: null, ...extra,
});
const TODAY = "2026-11-25";

describe("follow-up (后续处置)", () => {
  it("order → re-inspection → closed", () => {
    const steps: FollowUpStep[] = [];
    const order = step(FollowUpKind.RECTIFICATION_ORDER, "2026-03-02", { documentNumber: "责改〔2026〕1号", deadline: "2026-03-31" });
    expect(checkFollowUpStep(true, "2026-03-01", steps, order, TODAY)).toBe(FollowUpState.RECTIFYING);
    steps.push(order);
    expect(pendingRectificationDeadline(steps)).toBe("2026-03-31");
    const again = step(FollowUpKind.REINSPECTION, "2026-04-01", { rectified: true });
    expect(checkFollowUpStep(true, "2026-03-01", steps, again, TODAY)).toBe(FollowUpState.REINSPECTED);
    steps.push(again);
    expect(checkFollowUpStep(true, "2026-03-01", steps, step(FollowUpKind.CLOSE, "2026-04-01"), TODAY)).toBe(FollowUpState.CLOSED);
  });

  it.each([
    [false, [], step(FollowUpKind.CLOSE, "2026-03-02"), /nothing to follow up/],
    [true, [], step(FollowUpKind.REINSPECTION, "2026-03-02", { rectified: true }), /OPEN cannot take REINSPECTION/],
    [true, [], step(FollowUpKind.RECTIFICATION_ORDER, "2026-03-02", { documentNumber: "1" }), /needs a deadline/],
    [true, [], step(FollowUpKind.RECTIFICATION_ORDER, "2026-03-02", { documentNumber: "1", deadline: "2026-03-02" }), /after the order/],
    [true, [], step(FollowUpKind.RECTIFICATION_ORDER, "2026-03-02", { deadline: "2026-03-09" }), /document number/],
    [true, [], step(FollowUpKind.TRANSFER, "2026-03-02"), /receiving party/],
    [true, [], step(FollowUpKind.JUDICIAL_REFERRAL, "2026-02-01", { receivingParty: "区人民检察院" }), /before the previous step/],
    [true, [], step(FollowUpKind.CLOSE, "2027-01-01", { note: "当场整改" }), /in the future/],
    [true, [], step(FollowUpKind.CLOSE, "2026-03-02"), /needs the reason/],
    [true, [step(FollowUpKind.RECTIFICATION_ORDER, "2026-03-02", { documentNumber: "1", deadline: "2026-03-09" }), step(FollowUpKind.REINSPECTION, "2026-03-10", { rectified: false })],
      step(FollowUpKind.CLOSE, "2026-03-11", { note: "  " }), /needs the reason/],
  ])("refuses a bad step (problem %s, %j, %j)", (problem, steps, next, message) => {
    expect(() => checkFollowUpStep(problem, "2026-03-01", steps, next, TODAY)).toThrow(message);
  });

  it("a problem closed without a disposition is accepted with its reason; after a disposition no reason is needed", () => {
    expect(checkFollowUpStep(true, "2026-03-01", [], step(FollowUpKind.CLOSE, "2026-03-02", { note: "当场整改完毕" }), TODAY)).toBe(FollowUpState.CLOSED);
    const transferred = [step(FollowUpKind.TRANSFER, "2026-03-02", { receivingParty: "区应急管理局" })];
    expect(checkFollowUpStep(true, "2026-03-01", transferred, step(FollowUpKind.CLOSE, "2026-03-03"), TODAY)).toBe(FollowUpState.CLOSED);
  });

  it("every state can still reach CLOSED, and CLOSED takes nothing", () => {
    for (const start of Object.values(FollowUpState)) {
      const seen = new Set<FollowUpState>([start]);
      const queue = [start];
      while (queue.length) {
        const s = queue.shift()!;
        for (const kind of allowedSteps(s)) {
          const outcomes = kind === FollowUpKind.REINSPECTION ? [true, false] : [null];
          for (const rectified of outcomes) {
            const next = followUpState(true, [step(kind, TODAY, { rectified })]);
            if (!seen.has(next)) seen.add(next), queue.push(next);
          }
        }
      }
      expect(seen.has(FollowUpState.CLOSED), start).toBe(true);
    }
    expect(allowedSteps(FollowUpState.CLOSED)).toEqual([]);
  });

  it("property: any accepted sequence has ordered dates, reaches REINSPECTED only through an order, and is final once closed", () => {
    const arbStep = fc.record({
      kind: fc.constantFrom(...Object.values(FollowUpKind)),
      day: fc.integer({ min: 0, max: 60 }),
      deadlineDays: fc.option(fc.integer({ min: -3, max: 30 }), { nil: null }),
      documentNumber: fc.option(fc.constant("文书1号"), { nil: null }),
      rectified: fc.option(fc.boolean(), { nil: null }),
      receivingParty: fc.option(fc.constant("区人民检察院"), { nil: null }),
      note: fc.option(fc.constant("当场整改完毕"), { nil: null }),
    });
    const iso = (d: number) => new Date(Date.UTC(2026, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.boolean(), fc.array(arbStep, { maxLength: 12 }), (problem, attempts) => {
        const accepted: FollowUpStep[] = [];
        for (const a of attempts) {
          const s = step(a.kind, iso(a.day), {
            documentNumber: a.documentNumber, rectified: a.rectified, receivingParty: a.receivingParty, note: a.note,
            deadline: a.deadlineDays === null ? null : iso(a.day + a.deadlineDays),
          });
          const before = followUpState(problem, accepted);
          try {
            const next = checkFollowUpStep(problem, iso(0), accepted, s, TODAY);
            expect(before).not.toBe(FollowUpState.CLOSED);
            accepted.push(s);
            expect(followUpState(problem, accepted)).toBe(next);
            if (next === FollowUpState.REINSPECTED) expect(before).toBe(FollowUpState.RECTIFYING);
            if (next === FollowUpState.RECTIFYING) expect(s.deadline! > s.date).toBe(true);
            // a problem is never closed with nothing done and no reason given
            if (next === FollowUpState.CLOSED && (before === FollowUpState.OPEN || before === FollowUpState.NOT_RECTIFIED)) expect(s.note).toBeTruthy();
          } catch (e) {
            if (!(e instanceof FollowUpError)) throw e;
            expect(followUpState(problem, accepted)).toBe(before);
          }
        }
        for (let i = 1; i < accepted.length; i++) expect(accepted[i]!.date >= accepted[i - 1]!.date).toBe(true);
        if (!problem) expect(accepted).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
