import { workingDayCalendar } from "./calendar.js";

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

/** Deadlines in working days (seeds: results entered within 2, published within 7/10/20, notice 7). */
export interface ResultDeadlines {
  /** Results entered within this many working days of the inspection. */
  entryWorkingDays: number;
  /** Results published within this many working days after the draw's inspections end. */
  publicationWorkingDays: number;
  /** Public notice period (公示期). */
  noticeWorkingDays: number;
}

export const DEFAULT_RESULT_DEADLINES: ResultDeadlines = { entryWorkingDays: 2, publicationWorkingDays: 20, noticeWorkingDays: 7 };

export const findCategory = (categories: readonly ResultCategory[], code: string) => categories.find((c) => c.code === code);
/** The configured name; a code no longer configured shows as itself. */
export const categoryName = (categories: readonly ResultCategory[], code: string) => findCategory(categories, code)?.name ?? code;
/** Whether a result in this category found a problem; a code no longer configured counts as not. */
export const isProblemCategory = (categories: readonly ResultCategory[], code: string) => findCategory(categories, code)?.problem ?? false;

/** The last day to publish a task's result: working days after its window ends. */
export const publicationDeadline = (dueEnd: string, deadlines: ResultDeadlines) =>
  workingDayCalendar().addWorkingDays(dueEnd, deadlines.publicationWorkingDays);

/** 公示期: the last working day of a published result's notice period, and whether `today` lies in it. */
export function noticePeriod(publishedAt: Date, deadlines: ResultDeadlines, today = new Date().toISOString().slice(0, 10)) {
  const noticeEndsOn = workingDayCalendar().addWorkingDays(publishedAt.toISOString().slice(0, 10), deadlines.noticeWorkingDays).date;
  return { noticeEndsOn, inNoticePeriod: today <= noticeEndsOn };
}
