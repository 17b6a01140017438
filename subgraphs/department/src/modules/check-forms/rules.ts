/**
 * 检查表 (一张表格管检查): an item's check form and a result's answers to it. Pure: no I/O.
 *
 * - A form is its numbered check points (检查要点), each with its content (检查内容), standard
 *   (检查标准) and legal basis (检查依据); numbered 1, 2, … in the order given.
 * - A result answers a form whole or not at all: every point of an item it answers, once, as
 *   符合 / 不符合 / 不涉及; 不符合 says what was found (the note).
 * - From the answers the hub proposes a result category; the inspector confirms or chooses another.
 */
import { CheckAnswer, CHECK_ANSWER_NAMES, type CheckAnswerValues, type ResultCategory } from "@hub/schema";
import { quote } from "../directory/rules.js";

export const MAX_POINTS = 200;

export interface CheckPointValues {
  number: number;
  content: string;
  standard: string;
  legalBasis: string;
}

export interface CheckFormShape {
  itemCode: string;
  version: number;
  points: readonly CheckPointValues[];
}

/** A form's points as saved, numbered in order; or what is wrong with them. */
export function checkFormPoints(points: readonly { content: string; standard: string; legalBasis: string }[]): { value: CheckPointValues[] } | { problems: string[] } {
  const problems: string[] = [];
  if (points.length === 0) problems.push("检查表至少要有一个检查要点 (a check form needs at least one check point)");
  if (points.length > MAX_POINTS) problems.push(`检查表最多 ${MAX_POINTS} 个检查要点 (at most ${MAX_POINTS} check points)`);
  const value = points.slice(0, MAX_POINTS).map((p, i) => ({ number: i + 1, content: p.content.trim(), standard: p.standard.trim(), legalBasis: p.legalBasis.trim() }));
  for (const p of value) {
    if (!p.content) problems.push(`第 ${p.number} 项：检查内容不能为空 (content is required)`);
    if (p.content.length > 500 || p.standard.length > 2000 || p.legalBasis.length > 2000)
      problems.push(`第 ${p.number} 项：检查内容最多 500 字，检查标准和检查依据各最多 2000 字 (too long)`);
  }
  return problems.length ? { problems } : { value };
}

/**
 * A result's answers against the current forms of the task's items: each item answered is one of
 * the task's, has a form, and has every point answered once; 不符合 needs a note.
 */
export function checkAnswers(
  answers: readonly { itemCode: string; number: number; answer: CheckAnswer; note?: string | null }[],
  forms: ReadonlyMap<string, CheckFormShape>,
  taskItems: readonly string[],
): { value: CheckAnswerValues[] } | { problems: string[] } {
  const problems: string[] = [];
  const value: CheckAnswerValues[] = [];
  const byItem = new Map<string, typeof answers[number][]>();
  for (const a of answers) byItem.set(a.itemCode, [...(byItem.get(a.itemCode) ?? []), a]);
  for (const [itemCode, given] of byItem) {
    const form = forms.get(itemCode);
    if (!taskItems.includes(itemCode)) {
      problems.push(`事项“${quote(itemCode, 40)}”不是本任务的抽查事项 (not one of the task's items)`);
      continue;
    }
    if (!form) {
      problems.push(`事项 ${itemCode} 尚无检查表 (the item has no check form)`);
      continue;
    }
    const seen = new Set<number>();
    for (const a of given) {
      const point = form.points.find((p) => p.number === a.number);
      if (!point) problems.push(`事项 ${itemCode} 的检查表（第 ${form.version} 版）没有第 ${a.number} 项 (no such check point)`);
      else if (seen.has(a.number)) problems.push(`事项 ${itemCode} 第 ${a.number} 项答了两次 (answered twice)`);
      else {
        seen.add(a.number);
        const note = (a.note ?? "").trim();
        if (a.answer === CheckAnswer.NONCONFORMING && !note) problems.push(`事项 ${itemCode} 第 ${a.number} 项不符合，须写明情况 (a nonconformity needs a note)`);
        else if (note.length > 1000) problems.push(`事项 ${itemCode} 第 ${a.number} 项的说明最多 1000 字 (note too long)`);
        else value.push({ itemCode, formVersion: form.version, number: a.number, content: point.content, answer: a.answer, note });
      }
    }
    const missing = form.points.filter((p) => !seen.has(p.number)).map((p) => p.number);
    if (missing.length && seen.size > 0)
      problems.push(`事项 ${itemCode} 的检查表须逐项填写，未填第 ${missing.slice(0, 20).join("、")} 项 (every check point is answered)`);
  }
  if (problems.length) return { problems };
  return { value: value.sort((a, b) => (a.itemCode < b.itemCode ? -1 : a.itemCode > b.itemCode ? 1 : a.number - b.number)) };
}

/**
 * Answers checked elsewhere (a joint inspection's record, checked when signed) as this department
 * keeps them: each names a point of a version of its forms, whose content it takes.
 */
export function deliveredAnswers(
  answers: readonly { itemCode: string; formVersion: number; number: number; answer: CheckAnswer; note: string }[],
  forms: ReadonlyMap<string, CheckFormShape>,
): { value: CheckAnswerValues[] } | { problems: string[] } {
  const problems: string[] = [];
  const value: CheckAnswerValues[] = [];
  for (const a of answers) {
    const point = forms.get(formKey(a.itemCode, a.formVersion))?.points.find((p) => p.number === a.number);
    if (!point) problems.push(`事项“${quote(a.itemCode, 40)}”的检查表第 ${a.formVersion} 版没有第 ${a.number} 项 (no such check point)`);
    else value.push({ itemCode: a.itemCode, formVersion: a.formVersion, number: a.number, content: point.content, answer: a.answer, note: a.note.slice(0, 1000) });
  }
  return problems.length ? { problems: [...new Set(problems)] } : { value };
}

export const formKey = (itemCode: string, version: number) => `${itemCode}|${version}`;

export interface CategoryProposal {
  categoryCode: string;
  reason: string;
}

/**
 * The category the answers suggest: any 不符合 → 发现问题已责令改正 (or the department's first problem
 * category); everything 不涉及 → 未发现开展本次抽查涉及的经营活动 (or 未发现问题); otherwise 未发现问题 (or
 * the first category that is not a problem). Undefined when nothing is answered.
 */
export function proposeCategory(answers: readonly { answer: CheckAnswer }[], categories: readonly ResultCategory[]): CategoryProposal | undefined {
  if (answers.length === 0) return undefined;
  const code = (preferred: string, problem: boolean) => (categories.find((c) => c.code === preferred) ?? categories.find((c) => c.problem === problem))?.code;
  const nonconforming = answers.filter((a) => a.answer === CheckAnswer.NONCONFORMING).length;
  if (nonconforming) {
    const c = code("RECTIFICATION_ORDERED", true);
    return c ? { categoryCode: c, reason: `${nonconforming} 个检查要点不符合` } : undefined;
  }
  if (answers.every((a) => a.answer === CheckAnswer.NOT_APPLICABLE)) {
    const c = code("NO_RELEVANT_BUSINESS", false);
    return c ? { categoryCode: c, reason: "全部检查要点均不涉及" } : undefined;
  }
  const c = code("NO_PROBLEM", false);
  return c ? { categoryCode: c, reason: "检查要点均符合或不涉及" } : undefined;
}

/** The answers as one line for exports: `YS-1 第1项 符合；第2项 不符合（说明）`. */
export function answersText(answers: readonly CheckAnswerValues[]): string {
  const items = [...new Set(answers.map((a) => a.itemCode))];
  return items
    .map((item) => `${item}（第 ${answers.find((a) => a.itemCode === item)!.formVersion} 版）${answers.filter((a) => a.itemCode === item).map((a) => `第${a.number}项 ${CHECK_ANSWER_NAMES[a.answer]}${a.note ? `（${a.note}）` : ""}`).join("；")}`)
    .join("。");
}
