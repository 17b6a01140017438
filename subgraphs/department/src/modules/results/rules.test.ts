import { DEFAULT_RESULT_CATEGORIES } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkResult, type ResultSubmission } from "./rules.js";

const task = { inspectors: ["A1", "A2", "A3"], dueStart: "2026-04-01", dueEnd: "2026-10-31", createdOn: "2026-03-25", itemCodes: ["SC-1"] };
const names = new Map([["A1", "陈七"], ["A2", "周八"], ["A3", "吴九"]]);
const facts = { categories: DEFAULT_RESULT_CATEGORIES, task, names, today: "2026-06-15" };
const ok: ResultSubmission = {
  categoryCode: "NO_PROBLEM",
  findings: " 未发现问题 ",
  inspectionDate: "2026-06-10",
  signers: [{ name: "陈七", certificateNumber: " a1 " }, { name: "周八", certificateNumber: "A2" }],
  evidence: [{ id: "photo-1", kind: "photo", sha256: "A".repeat(64) }],
};

describe("result rules", () => {
  it("accepts a result signed by two of the team under their names, dated inside the window, and normalizes it", () => {
    expect(checkResult(ok, facts)).toEqual({
      ok: true,
      value: { ...ok, checkAnswers: [], findings: "未发现问题", signers: [{ name: "陈七", certificateNumber: "A1" }, { name: "周八", certificateNumber: "A2" }], evidence: [{ id: "photo-1", kind: "PHOTO", sha256: "a".repeat(64) }] },
    });
  });

  it.each([
    [{ categoryCode: "MAYBE" }, /unknown result category/],
    [{ findings: "  " }, /findings are required/],
    [{ signers: [{ name: "陈七", certificateNumber: "A1" }, { name: "陈七", certificateNumber: "a1" }] }, /at least two/],
    [{ signers: [{ name: "陈七", certificateNumber: "A1" }, { name: "", certificateNumber: "A2" }] }, /at least two/],
    [{ signers: [{ name: "陈七", certificateNumber: "A1" }, { name: "外人", certificateNumber: "B9" }] }, /not on the task's team\): B9/],
    [{ signers: [{ name: "陈七", certificateNumber: "A1" }, { name: "冒名", certificateNumber: "A2" }] }, /A2 登记的姓名是“周八”/],
    [{ evidence: [{ id: "x", kind: "photo", sha256: "abc" }] }, /SHA-256/],
    [{ evidence: [{ id: " ", kind: "photo", sha256: "a".repeat(64) }] }, /SHA-256/],
    [{ inspectionDate: "2026-02-30" }, /not a date/],
    [{ inspectionDate: "2026-06-16" }, /future/],
    [{ inspectionDate: "2026-03-31" }, /不在任务期限/],
  ])("refuses %j", (over, message) => {
    const r = checkResult({ ...ok, ...over }, facts);
    expect(r.ok === false && r.problems.join("; ")).toMatch(message);
  });

  it("a result is never dated before its task existed, after today, or outside its window", () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), (d, created, now) => {
        const r = checkResult({ ...ok, inspectionDate: day(d) }, { ...facts, task: { ...task, createdOn: day(created) }, today: day(now) });
        const inside = day(d) >= task.dueStart && day(d) <= task.dueEnd;
        expect(r.ok).toBe(inside && d >= created && d <= now);
      }),
    );
  });
});
