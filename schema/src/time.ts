/**
 * China time (Asia/Shanghai, UTC+8, no daylight saving since 1991). Every date a person reads or a
 * rule compares — inspection dates, deadlines, 公示日期, "today" — is a China calendar date, never the
 * UTC date of an instant: a result published at 20:00 on 30 November is published on the 30th.
 * Pure.
 */

export const CHINA_TIME_ZONE = "Asia/Shanghai";
const OFFSET_MS = 8 * 3_600_000;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The China calendar date of an instant, YYYY-MM-DD. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The China year of an instant. */
export const chinaYear = (instant: Date) => Number(chinaDate(instant).slice(0, 4));

/** An instant as a person in China reads it: `2026-11-30 20:15:03`. */
export function chinaDateTime(instant: Date): string {
  const d = new Date(instant.getTime() + OFFSET_MS);
  return `${d.toISOString().slice(0, 10)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** An instant in ISO 8601 with the China offset: `2026-11-30T20:15:03+08:00` (for machines that read local time). */
export const chinaIsoTimestamp = (instant: Date) => `${chinaDateTime(instant).replace(" ", "T")}+08:00`;

/** The instant of a China wall-clock time on a date (`09:30` on `2026-03-02`). */
export function chinaInstant(date: string, time = "00:00:00"): Date {
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}
