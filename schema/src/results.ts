import { workingDayCalendar, type WorkingDayResult } from "./calendar.js";
import { chinaDate } from "./time.js";

/**
 * The nine result categories of a 双随机 inspection (Shenzhen plan, 深府办函〔2018〕232号), with
 * stable codes: names may be reworded, codes never change meaning. A deployment may replace the list
 * (`resultCategories` in hub.config.json); this is the default.
 */
export interface ResultCategory {
  code: string;
  name: string;
  /** Whether the category means a problem was found (for the problem detection rate). */
  problem: boolean;
}

export const DEFAULT_RESULT_CATEGORIES: readonly ResultCategory[] = [
  { code: "NO_PROBLEM", name: "未发现问题", problem: false },
  { code: "INFO_NOT_DISCLOSED", name: "未按规定公示应当公示的信息", problem: true },
  { code: "FALSE_DISCLOSURE", name: "公示信息隐瞒真实情况弄虚作假", problem: true },
  { code: "UNREACHABLE_AT_ADDRESS", name: "通过登记的住所（经营场所）无法联系", problem: true },
  { code: "RECTIFICATION_ORDERED", name: "发现问题已责令改正", problem: true },
  { code: "SERIOUS_NON_COOPERATION", name: "不配合检查情节严重", problem: true },
  { code: "NO_RELEVANT_BUSINESS", name: "未发现开展本次抽查涉及的经营活动", problem: false },
  { code: "FOLLOW_UP_PENDING", name: "发现问题待后续处理", problem: true },
  { code: "OTHER", name: "其他", problem: false },
];

/**
 * Deadlines for results, in working days. The seeds count publication from the inspection
 * (自抽查工作结束之日起 / 当次行政检查结束后: 20 working days in Shenzhen, 10 in Shenzhen transport, 7 in
 * Changchun) and some add an absolute cut-off for the year (抽查结果公示应于11月30日前完成).
 */
export interface ResultDeadlines {
  /** Results entered within this many working days of the inspection. */
  entryWorkingDays: number;
  /** Results published within this many working days after the inspection. */
  publicationWorkingDays: number;
  /** Every result of a year published by this day of that year, `MM-DD` (e.g. "11-30"); null: no cut-off. */
  publicationCutoff: string | null;
  /** Public notice period (公示期). */
  noticeWorkingDays: number;
}

export const DEFAULT_RESULT_DEADLINES: ResultDeadlines = { entryWorkingDays: 2, publicationWorkingDays: 20, publicationCutoff: null, noticeWorkingDays: 7 };

export const findCategory = (categories: readonly ResultCategory[], code: string) => categories.find((c) => c.code === code);
/** The configured name; a code no longer configured shows as itself. */
export const categoryName = (categories: readonly ResultCategory[], code: string) => findCategory(categories, code)?.name ?? code;
/** Whether a result in this category found a problem; a code no longer configured counts as not. */
export const isProblemCategory = (categories: readonly ResultCategory[], code: string) => findCategory(categories, code)?.problem ?? false;

/**
 * The last day to publish a result: `publicationWorkingDays` after the inspection, and never after the
 * year's cut-off. For a task without a result yet, pass its window's last day: the deadline if it is
 * inspected on that day, the latest it can still be on time.
 */
export function publicationDeadline(inspectedOn: string, deadlines: ResultDeadlines): WorkingDayResult {
  const counted = workingDayCalendar().addWorkingDays(inspectedOn, deadlines.publicationWorkingDays);
  if (!deadlines.publicationCutoff) return counted;
  const cutoff = `${inspectedOn.slice(0, 4)}-${deadlines.publicationCutoff}`;
  return cutoff < counted.date ? { date: cutoff, provisional: false, reason: null } : counted;
}

/** 公示期: the last working day of a published result's notice period (counted from its China date), and whether `today` lies in it. */
export function noticePeriod(publishedAt: Date, deadlines: ResultDeadlines, today: string) {
  const noticeEndsOn = workingDayCalendar().addWorkingDays(chinaDate(publishedAt), deadlines.noticeWorkingDays).date;
  return { noticeEndsOn, inNoticePeriod: today <= noticeEndsOn };
}

/** Evidence kept elsewhere (audio-video, photo, document), referenced by id and the file's SHA-256. */
export interface EvidenceRef {
  id: string;
  kind: string;
  sha256: string;
}

export const MAX_EVIDENCE = 100;

/** A result's evidence references normalized (trimmed, kind upper case, digest lower case), and what is wrong with them. */
export function checkEvidence(input: readonly EvidenceRef[]): { evidence: EvidenceRef[]; problems: string[] } {
  const evidence = input.map((e) => ({ id: e.id.trim(), kind: e.kind.trim().toUpperCase(), sha256: e.sha256.trim().toLowerCase() }));
  const problems: string[] = [];
  if (evidence.length > MAX_EVIDENCE) problems.push(`证据最多${MAX_EVIDENCE}项 (at most ${MAX_EVIDENCE} pieces of evidence)`);
  if (evidence.some((e) => !e.id || e.id.length > 200 || e.kind.length > 40 || !/^[0-9a-f]{64}$/.test(e.sha256)))
    problems.push("证据需有编号和文件的 SHA-256 (64 位十六进制) (evidence needs an id and the SHA-256 of the file, 64 hex characters)");
  return { evidence, problems };
}
