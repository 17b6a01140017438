/**
 * 年度联合抽查计划 and 跨部门联合抽查事项清单. Pure: no I/O.
 *
 * - An entry names its lead and one to four partners (at most five departments, as a joint
 *   inspection), what is inspected (its items), the scope, and a period within its year; it may name
 *   a joint item (一业一查), whose departments it then includes.
 * - Entries are due by the year's due day (office.jointPlanDueDay); a later one is taken and marked late.
 * - The office accepts or returns each (a return says why); the lead may change a submitted or
 *   returned entry, not an accepted one. The plan is published once nothing waits for review.
 */
import { isIsoDate, JointPlanEntryStatus } from "@hub/schema";

export const MAX_JOINT_DEPARTMENTS = 5;

export interface EntryInput {
  year: number;
  lead: string;
  partners: readonly string[];
  jointItemCode?: string | null;
  name: string;
  items: string;
  scope: string;
  periodStart: string;
  periodEnd: string;
  plannedTargets?: number | null;
}

export interface EntryValues {
  year: number;
  lead: string;
  departments: string[];
  jointItemCode: string | null;
  name: string;
  items: string;
  scope: string;
  periodStart: string;
  periodEnd: string;
  plannedTargets: number | null;
}

const text = (s: string) => s.trim();

/** The entry as stored (departments: the lead first, then the partners), or what is wrong with it. */
export function checkEntry(
  input: EntryInput,
  known: readonly string[],
  jointItem?: { code: string; departments: readonly string[] } | null,
): { value: EntryValues } | { problems: string[] } {
  const problems: string[] = [];
  if (!Number.isInteger(input.year) || input.year < 2015 || input.year > 2100) problems.push("年度须在 2015 至 2100 之间 (year)");
  const partners = [...new Set(input.partners.map(text).filter(Boolean))].filter((p) => p !== input.lead);
  const departments = [input.lead, ...partners];
  const unknown = departments.filter((d) => !known.includes(d));
  if (unknown.length) problems.push(`没有这些部门：${unknown.slice(0, 5).map((d) => `“${d.slice(0, 31)}”`).join("、")} (unknown departments)`);
  if (partners.length < 1) problems.push("联合抽查至少要有一个配合部门 (at least one partner)");
  if (departments.length > MAX_JOINT_DEPARTMENTS) problems.push(`联合抽查最多 ${MAX_JOINT_DEPARTMENTS} 个部门 (at most ${MAX_JOINT_DEPARTMENTS} departments)`);
  const name = text(input.name);
  const items = text(input.items);
  const scope = text(input.scope);
  if (!name || name.length > 200) problems.push("名称须填写，最多 200 字 (name)");
  if (!items || items.length > 2000) problems.push("抽查事项须填写，最多 2000 字 (items)");
  if (!scope || scope.length > 2000) problems.push("抽查范围须填写，最多 2000 字 (scope)");
  if (!isIsoDate(input.periodStart) || !isIsoDate(input.periodEnd)) problems.push("时间安排须为日期 YYYY-MM-DD (period)");
  else if (input.periodStart > input.periodEnd) problems.push("开始日期晚于结束日期 (period)");
  else if (!input.periodStart.startsWith(`${input.year}-`) || !input.periodEnd.startsWith(`${input.year}-`)) problems.push(`时间安排须在 ${input.year} 年内 (period)`);
  const planned = input.plannedTargets ?? null;
  if (planned !== null && (!Number.isInteger(planned) || planned < 1 || planned > 100_000)) problems.push("计划抽查户数须为 1 至 100000 的整数 (plannedTargets)");
  const code = input.jointItemCode?.trim() || null;
  if (code && !jointItem) problems.push(`跨部门联合抽查事项清单中没有“${code.slice(0, 40)}” (unknown joint item)`);
  if (jointItem) {
    const missing = jointItem.departments.filter((d) => !departments.includes(d));
    if (missing.length) problems.push(`联合抽查事项 ${jointItem.code} 须由 ${jointItem.departments.join("、")} 共同实施，缺少 ${missing.join("、")}`);
  }
  if (problems.length) return { problems };
  return { value: { year: input.year, lead: input.lead, departments, jointItemCode: code, name, items, scope, periodStart: input.periodStart, periodEnd: input.periodEnd, plannedTargets: planned } };
}

/** Whether an entry submitted on this China date is late for its year's due day (MM-DD). */
export const isLate = (year: number, dueDay: string, submittedOn: string) => submittedOn > `${year}-${dueDay}`;

/** Who may change an entry, and when: its lead, while the office has not accepted it. */
export function changeRefusal(entry: { lead: string; status: JointPlanEntryStatus }, acting: string | undefined): string | undefined {
  if (acting !== entry.lead) return `只有牵头部门（${entry.lead}）可以修改此条计划 (only the lead changes an entry)`;
  if (entry.status === JointPlanEntryStatus.ACCEPTED) return "联席办已采纳的计划不能再修改；如需调整，请联系联席办退回 (an accepted entry is not changed)";
  return undefined;
}

/** A review: accept, or return with the reason. */
export function reviewRefusal(entry: { status: JointPlanEntryStatus }, accept: boolean, note: string | null): string | undefined {
  if (entry.status !== JointPlanEntryStatus.SUBMITTED) return `此条计划当前为${entry.status === JointPlanEntryStatus.ACCEPTED ? "已采纳" : "已退回"}，待牵头部门重新报送后才能审核 (only a submitted entry is reviewed)`;
  if (!accept && !note) return "退回须写明理由 (a return needs its reason)";
  return undefined;
}

export interface JointItemInput {
  code: string;
  name: string;
  lead: string;
  departmentItems: readonly { department: string; itemCodes: readonly string[] }[];
  scope: string;
}

/** A joint item as stored: the lead first among its departments, each with its own item codes. */
export function checkJointItem(input: JointItemInput, known: readonly string[]):
  | { value: { code: string; name: string; lead: string; departments: string[]; departmentItems: Record<string, string[]>; scope: string } }
  | { problems: string[] } {
  const problems: string[] = [];
  const code = input.code.trim();
  const name = input.name.trim();
  const scope = input.scope.trim();
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(code)) problems.push("事项编码为 1 至 40 位字母、数字、- 或 _ (code)");
  if (!name || name.length > 200) problems.push("事项名称须填写，最多 200 字 (name)");
  if (scope.length > 2000) problems.push("适用范围最多 2000 字 (scope)");
  const departmentItems: Record<string, string[]> = {};
  for (const d of input.departmentItems) departmentItems[d.department] = [...new Set(d.itemCodes.map((c) => c.trim()).filter(Boolean))].slice(0, 50);
  const departments = [input.lead, ...Object.keys(departmentItems).filter((d) => d !== input.lead)];
  const unknown = departments.filter((d) => !known.includes(d));
  if (unknown.length) problems.push(`没有这些部门：${unknown.slice(0, 5).map((d) => `“${d.slice(0, 31)}”`).join("、")} (unknown departments)`);
  if (departments.length < 2 || departments.length > MAX_JOINT_DEPARTMENTS) problems.push(`联合抽查事项须有 2 至 ${MAX_JOINT_DEPARTMENTS} 个部门 (departments)`);
  const empty = departments.filter((d) => !departmentItems[d]?.length);
  if (empty.length) problems.push(`每个部门须列出本部门的抽查事项：${empty.join("、")} 未列 (itemCodes)`);
  if (problems.length) return { problems };
  return { value: { code, name, lead: input.lead, departments, departmentItems, scope } };
}
