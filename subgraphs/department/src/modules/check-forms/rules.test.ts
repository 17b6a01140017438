import { DEFAULT_RESULT_CATEGORIES } from "@hub/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CheckAnswer } from "@hub/schema";
import { answersText, checkAnswers, checkFormPoints, proposeCategory, type CheckFormShape } from "./rules.js";

const form: CheckFormShape = {
  itemCode: "SC-1",
  version: 2,
  points: [
    { number: 1, content: "营业执照是否在住所醒目位置悬挂", standard: "悬挂正本", legalBasis: "《市场主体登记管理条例》第三十六条" },
    { number: 2, content: "年度报告是否按时公示", standard: "6 月 30 日前", legalBasis: "《企业信息公示暂行条例》第八条" },
    { number: 3, content: "经营场所是否与登记一致", standard: "", legalBasis: "" },
  ],
};
const forms = new Map([["SC-1", form]]);
const all = (answer: CheckAnswer, note = "") => form.points.map((p) => ({ itemCode: "SC-1", number: p.number, answer, note }));

describe("check forms", () => {
  it("numbers the points in order and refuses an empty form, an empty point or a too-long text", () => {
    expect(checkFormPoints([{ content: " 甲 ", standard: " 乙 ", legalBasis: "" }, { content: "丙", standard: "", legalBasis: "丁" }])).toEqual({
      value: [{ number: 1, content: "甲", standard: "乙", legalBasis: "" }, { number: 2, content: "丙", standard: "", legalBasis: "丁" }],
    });
    expect(checkFormPoints([])).toMatchObject({ problems: [expect.stringMatching(/至少要有一个检查要点/)] });
    expect(checkFormPoints([{ content: " ", standard: "", legalBasis: "" }])).toMatchObject({ problems: [expect.stringMatching(/第 1 项：检查内容不能为空/)] });
    expect(checkFormPoints([{ content: "甲".repeat(501), standard: "", legalBasis: "" }])).toMatchObject({ problems: [expect.stringMatching(/最多 500 字/)] });
  });

  it("takes a form answered whole, keeping the version and the point's wording", () => {
    const r = checkAnswers([...all(CheckAnswer.CONFORMS)].reverse(), forms, ["SC-1"]);
    expect("value" in r && r.value.map((a) => [a.number, a.formVersion, a.content])).toEqual(form.points.map((p) => [p.number, 2, p.content]));
    expect(checkAnswers([], forms, ["SC-1"])).toEqual({ value: [] }); // no form answered is allowed
  });

  it.each([
    [all(CheckAnswer.CONFORMS).slice(0, 2), /须逐项填写，未填第 3 项/],
    [[...all(CheckAnswer.CONFORMS), { itemCode: "SC-1", number: 1, answer: CheckAnswer.CONFORMS, note: "" }], /第 1 项答了两次/],
    [[...all(CheckAnswer.CONFORMS), { itemCode: "SC-1", number: 9, answer: CheckAnswer.CONFORMS, note: "" }], /没有第 9 项/],
    [all(CheckAnswer.NONCONFORMING), /不符合，须写明情况/],
    [[{ itemCode: "YS-1", number: 1, answer: CheckAnswer.CONFORMS, note: "" }], /不是本任务的抽查事项/],
  ])("refuses %#", (answers, message) => {
    const r = checkAnswers(answers, forms, ["SC-1"]);
    expect("problems" in r && r.problems.join("; ")).toMatch(message);
  });

  it("refuses answers to an item without a form", () => {
    expect(checkAnswers([{ itemCode: "SC-2", number: 1, answer: CheckAnswer.CONFORMS }], forms, ["SC-1", "SC-2"])).toMatchObject({ problems: [expect.stringMatching(/SC-2 尚无检查表/)] });
  });

  it("proposes a category from the answers: any nonconformity is a problem, all not applicable is no relevant business, else no problem", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.values(CheckAnswer)), { minLength: 1, maxLength: 20 }), (answers) => {
        const p = proposeCategory(answers.map((answer) => ({ answer })), DEFAULT_RESULT_CATEGORIES)!;
        const expected = answers.includes(CheckAnswer.NONCONFORMING) ? "RECTIFICATION_ORDERED" : answers.every((a) => a === CheckAnswer.NOT_APPLICABLE) ? "NO_RELEVANT_BUSINESS" : "NO_PROBLEM";
        expect(p.categoryCode).toBe(expected);
      }),
    );
    expect(proposeCategory([], DEFAULT_RESULT_CATEGORIES)).toBeUndefined();
    // a department's own list without the default codes: its first problem / non-problem category
    const own = [{ code: "01", name: "合格", problem: false }, { code: "02", name: "不合格", problem: true }];
    expect(proposeCategory([{ answer: CheckAnswer.NONCONFORMING }], own)).toMatchObject({ categoryCode: "02", reason: "1 个检查要点不符合" });
    expect(proposeCategory([{ answer: CheckAnswer.NOT_APPLICABLE }], own)).toMatchObject({ categoryCode: "01" });
  });

  it("writes the answers as one line for exports", () => {
    const r = checkAnswers([...all(CheckAnswer.CONFORMS).slice(0, 2), { itemCode: "SC-1", number: 3, answer: CheckAnswer.NONCONFORMING, note: "实际经营地址已迁移" }], forms, ["SC-1"]);
    expect("value" in r && answersText(r.value)).toBe("SC-1（第 2 版）第1项 符合；第2项 符合；第3项 不符合（实际经营地址已迁移）");
  });
});
