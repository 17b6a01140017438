/**
 * What a result (检查结果) must be to be recorded on a task. Pure: the service loads the task and the
 * signers' directory entries, this decides.
 *
 * - its category is one of the hub's result categories, and it states its findings;
 * - at least two inspectors of the task's team sign, each under the name the inspector directory
 *   holds for their certificate number (一人一证: a name that does not match is not a signature);
 * - evidence is referenced by id and the file's SHA-256;
 * - the inspection happened inside the task's window, not before the task existed (a drawn task
 *   exists from its draw), and not in the future;
 * - answers to the items' check forms, when given, answer each form whole (check-forms/rules.ts).
 */
import { certificateKey, checkEvidence, findCategory, isIsoDate, type CheckAnswer, type CheckAnswerValues, type ResultCategory } from "@hub/schema";
import { checkAnswers, type CheckFormShape } from "../check-forms/rules.js";
import { quote } from "../directory/rules.js";

export const MAX_FINDINGS = 5000;

export interface ResultSubmission {
  categoryCode: string;
  findings: string;
  inspectionDate: string;
  signers: { name: string; certificateNumber: string }[];
  evidence: { id: string; kind: string; sha256: string }[];
  /** 检查表: answers to the current forms of the task's items (checked by check-forms/rules.ts). */
  checkAnswers?: { itemCode: string; number: number; answer: CheckAnswer; note?: string | null }[];
}

export interface TaskFacts {
  inspectors: readonly string[];
  dueStart: string;
  dueEnd: string;
  /** China date the task was created (for a drawn task, the draw's). */
  createdOn: string;
  itemCodes: readonly string[];
}

export type CheckedResult = { ok: true; value: Omit<ResultSubmission, "checkAnswers"> & { checkAnswers: CheckAnswerValues[] } } | { ok: false; problems: string[] };

export function checkResult(
  input: ResultSubmission,
  facts: { categories: readonly ResultCategory[]; task: TaskFacts; names: ReadonlyMap<string, string>; today: string; forms?: ReadonlyMap<string, CheckFormShape> },
): CheckedResult {
  const problems: string[] = [];
  if (!findCategory(facts.categories, input.categoryCode))
    problems.push(`检查结果类别“${quote(input.categoryCode)}”不存在 (unknown result category; see resultCategories)`);
  const findings = input.findings.trim();
  if (!findings) problems.push("检查情况不能为空 (findings are required; 未发现问题 is a finding too)");
  else if (findings.length > MAX_FINDINGS) problems.push(`检查情况最多${MAX_FINDINGS}字 (findings longer than ${MAX_FINDINGS} characters)`);

  const signers = input.signers.map((s) => ({ name: s.name.trim(), certificateNumber: certificateKey(s.certificateNumber) }));
  if (new Set(signers.map((s) => s.certificateNumber)).size < 2 || signers.some((s) => !s.name))
    problems.push("至少两名检查人员签名，每人写明姓名和执法证号 (at least two inspectors sign, each with name and certificate number)");
  const strangers = signers.filter((s) => !facts.task.inspectors.includes(s.certificateNumber)).map((s) => quote(s.certificateNumber, 32));
  if (strangers.length) problems.push(`不是本任务检查组成员 (not on the task's team): ${strangers.join(", ")}`);
  for (const s of signers) {
    const known = facts.names.get(s.certificateNumber);
    if (facts.task.inspectors.includes(s.certificateNumber) && known !== undefined && known !== s.name)
      problems.push(`执法证号 ${s.certificateNumber} 登记的姓名是“${known}”，不是“${quote(s.name, 20)}” (the name does not match the certificate)`);
  }

  const { evidence, problems: evidenceProblems } = checkEvidence(input.evidence);
  problems.push(...evidenceProblems);

  const date = input.inspectionDate;
  const { task, today } = facts;
  if (!isIsoDate(date)) problems.push(`检查日期“${quote(date, 20)}”不是日期 YYYY-MM-DD (not a date)`);
  else if (date > today) problems.push(`检查日期 ${date} 晚于今天 (the inspection date is in the future)`);
  else {
    if (date < task.dueStart || date > task.dueEnd)
      problems.push(`检查日期 ${date} 不在任务期限 ${task.dueStart} 至 ${task.dueEnd} 内 (outside the task's window)`);
    if (date < task.createdOn) problems.push(`检查日期 ${date} 早于任务下达（抽取）日期 ${task.createdOn} (before the task existed)`);
  }
  const answers = checkAnswers(input.checkAnswers ?? [], facts.forms ?? new Map(), task.itemCodes);
  if ("problems" in answers) problems.push(...answers.problems);
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { categoryCode: input.categoryCode, findings, inspectionDate: date, signers, evidence, checkAnswers: "value" in answers ? answers.value : [] } };
}
