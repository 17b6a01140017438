import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError, WorkingDayCalendar } from "./calendar.js";

const calendar = WorkingDayCalendar.official();
const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

describe("WorkingDayCalendar", () => {
  it("knows the official holidays and adjusted workdays", () => {
    expect(calendar.isWorkingDay("2026-10-01")).toBe(false); // 国庆节
    expect(calendar.isWorkingDay("2026-10-10")).toBe(true); // 调休上班 (Saturday)
    expect(calendar.isWorkingDay("2026-10-12")).toBe(true); // an ordinary Monday
    expect(calendar.isWorkingDay("2026-10-11")).toBe(false); // an ordinary Sunday
    expect(calendar.isWorkingDay("2026-02-14")).toBe(true); // 春节调休 (Saturday)
  });

  it("counts deadlines in working days across a holiday (inspected 30 Sept 2026, results due in 2 working days)", () => {
    // 10-01…10-07 off (National Day), 10-08 Thursday and 10-09 Friday on, 10-10 an adjusted workday (Saturday).
    expect(calendar.addWorkingDays("2026-09-30", 2)).toEqual({ date: "2026-10-09", provisional: false, reason: null });
    expect(calendar.addWorkingDays("2026-09-30", 3).date).toBe("2026-10-10");
    expect(calendar.addWorkingDays("2026-10-03", 0).date).toBe("2026-10-08");
  });

  it("marks a deadline that reaches past the published calendar as provisional, with the reason", () => {
    const r = calendar.addWorkingDays("2026-12-20", 20);
    expect(r.provisional).toBe(true);
    expect(r.reason).toMatch(/2027/);
    const withNotice = calendar.withNotice({ year: 2027, holidays: { "2027-01-01": "元旦" }, workdays: {} });
    const again = withNotice.addWorkingDays("2026-12-20", 20);
    expect(again.provisional).toBe(false);
    expect(withNotice.isWorkingDay("2027-01-01")).toBe(false);
    expect(() => calendar.withNotice({ year: 2027, holidays: { "2028-01-01": "x" }, workdays: {} })).toThrow(CalendarError);
  });

  it("the n-th working day is a working day exactly n working days later, and later for larger n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 40 }), (offset, n) => {
        const start = day(offset);
        const r = calendar.addWorkingDays(start, n);
        expect(calendar.isWorkingDay(r.date)).toBe(true);
        expect(calendar.workingDaysBetween(start, r.date)).toBe(n);
        expect(calendar.addWorkingDays(start, n + 1).date > r.date).toBe(true);
      }),
    );
  });

  it("rejects what is not a date", () => {
    expect(() => calendar.isWorkingDay("2026-02-30")).toThrow(CalendarError);
    expect(() => calendar.addWorkingDays("2026-01-01", -1)).toThrow(CalendarError);
  });
});
