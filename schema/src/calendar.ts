/**
 * Working days (工作日) on China's official calendar: weekends and public holidays are off, adjusted
 * workdays (调休) on weekends are on. Holidays and adjusted workdays come from a maintained data set
 * (`chinese-days`, built from the State Council's annual notices) and can be extended with a newly
 * published notice as data, without a release. A date in a year no notice covers yet is counted on
 * weekdays alone and marked provisional, with the reason — never silently.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** One year's official arrangement: holidays and adjusted workdays, by ISO date. */
export interface CalendarNotice {
  year: number;
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface WorkingDayResult {
  date: string;
  /** True when some day counted lies in a year without an official notice yet. */
  provisional: boolean;
  reason: string | null;
}

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
/** The calendar date `n` days after (or before, when negative) an ISO date. */
export const addDays = (iso: string, n: number) => toIso(new Date(toDate(iso).getTime() + n * DAY_MS));
/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toDate(s).getTime()) && toIso(toDate(s)) === s;

export class CalendarError extends Error {
  override name = "CalendarError";
}

export class WorkingDayCalendar {
  private readonly holidays: Map<string, string>;
  private readonly workdays: Map<string, string>;
  readonly coveredYears: ReadonlySet<number>;

  constructor(notices: readonly CalendarNotice[]) {
    this.holidays = new Map();
    this.workdays = new Map();
    const years = new Set<number>();
    for (const n of notices) {
      years.add(n.year);
      for (const [d, name] of Object.entries(n.holidays)) this.holidays.set(d, name);
      for (const [d, name] of Object.entries(n.workdays)) this.workdays.set(d, name);
    }
    this.coveredYears = years;
  }

  /** The calendar of the `chinese-days` data set, plus any notices published since. */
  static official(extra: readonly CalendarNotice[] = []): WorkingDayCalendar {
    const data = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    const byYear = new Map<number, CalendarNotice>();
    const notice = (year: number) => byYear.get(year) ?? byYear.set(year, { year, holidays: {}, workdays: {} }).get(year)!;
    for (const [d, name] of Object.entries(data.holidays)) notice(Number(d.slice(0, 4))).holidays[d] = name.split(",")[1] ?? name;
    for (const [d, name] of Object.entries(data.workdays)) notice(Number(d.slice(0, 4))).workdays[d] = name.split(",")[1] ?? name;
    return new WorkingDayCalendar([...byYear.values(), ...extra]);
  }

  /** A calendar that also knows a newly published notice (it replaces any data for that year). */
  withNotice(notice: CalendarNotice): WorkingDayCalendar {
    for (const d of [...Object.keys(notice.holidays), ...Object.keys(notice.workdays)])
      if (!isIsoDate(d) || Number(d.slice(0, 4)) !== notice.year) throw new CalendarError(`${d} is not a date in ${notice.year}`);
    const others = [...this.coveredYears].filter((y) => y !== notice.year).map((year) => this.noticeOf(year));
    return new WorkingDayCalendar([...others, notice]);
  }

  private noticeOf(year: number): CalendarNotice {
    const pick = (m: Map<string, string>) => Object.fromEntries([...m].filter(([d]) => d.startsWith(`${year}-`)));
    return { year, holidays: pick(this.holidays), workdays: pick(this.workdays) };
  }

  isCovered(date: string): boolean {
    return this.coveredYears.has(Number(date.slice(0, 4)));
  }

  isWorkingDay(date: string): boolean {
    if (!isIsoDate(date)) throw new CalendarError(`"${date}" is not a date (YYYY-MM-DD)`);
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = toDate(date).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** Deadlines repeat (a page of tasks shares a few window ends): remembered per calendar, which never changes. */
  private readonly memo = new Map<string, WorkingDayResult>();

  /** The n-th working day after `date` (n ≥ 0; n = 0 is the first working day on or after it). */
  addWorkingDays(date: string, n: number): WorkingDayResult {
    const key = `${date}+${n}`;
    const known = this.memo.get(key);
    if (known) return known;
    const result = this.countWorkingDays(date, n);
    if (this.memo.size >= 50_000) this.memo.clear();
    this.memo.set(key, result);
    return result;
  }

  private countWorkingDays(date: string, n: number): WorkingDayResult {
    if (!isIsoDate(date)) throw new CalendarError(`"${date}" is not a date (YYYY-MM-DD)`);
    if (!Number.isInteger(n) || n < 0) throw new CalendarError("the number of working days must be a non-negative integer");
    let d = toDate(date);
    const uncovered = new Set<number>();
    const visit = (iso: string) => {
      if (!this.isCovered(iso)) uncovered.add(Number(iso.slice(0, 4)));
    };
    visit(toIso(d));
    if (n === 0) {
      while (!this.isWorkingDay(toIso(d))) (d = new Date(d.getTime() + DAY_MS)), visit(toIso(d));
    } else {
      for (let left = n; left > 0; ) {
        d = new Date(d.getTime() + DAY_MS);
        visit(toIso(d));
        if (this.isWorkingDay(toIso(d))) left--;
      }
    }
    const years = [...uncovered].sort();
    return {
      date: toIso(d),
      provisional: years.length > 0,
      reason: years.length
        ? `${years.join("、")}年节假日安排尚未公布，按周一至周五计算 (no official holiday notice for ${years.join(", ")} yet: counted on weekdays only)`
        : null,
    };
  }

  /** Working days strictly after `from` up to and including `to`. */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = toDate(from).getTime() + DAY_MS; d <= toDate(to).getTime(); d += DAY_MS) if (this.isWorkingDay(toIso(new Date(d)))) n++;
    return n;
  }
}

let processCalendar: WorkingDayCalendar | undefined;

/**
 * The process's working-day calendar: the official data set, plus State Council notices published
 * since, loaded as data from the JSON file named by HUB_CALENDAR_NOTICES (an array of
 * `{ "year": 2027, "holidays": { "2027-01-01": "元旦" }, "workdays": { … } }`).
 */
export function workingDayCalendar(): WorkingDayCalendar {
  if (!processCalendar) {
    const file = process.env.HUB_CALENDAR_NOTICES;
    let notices: CalendarNotice[] = [];
    if (file) {
      try {
        notices = JSON.parse(readFileSync(file, "utf8")) as CalendarNotice[];
      } catch (e) {
        throw new CalendarError(`cannot read HUB_CALENDAR_NOTICES ${file}: ${(e as Error).message}`);
      }
    }
    processCalendar = notices.reduce((c, n) => c.withNotice(n), WorkingDayCalendar.official());
  }
  return processCalendar;
}
