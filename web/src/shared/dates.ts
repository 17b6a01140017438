/** Dates as China shows them, whatever the browser's time zone. */
const dateFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

/** 2026-05-01T16:30:00Z → 2026/05/02 */
export const chinaDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : "—");
/** 2026-05-01T16:30:00Z → 2026/05/02 00:30 */
export const chinaDateTime = (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : "—");
/** A calendar date (YYYY-MM-DD, already a China date) as shown beside the others. */
export const calendarDate = (d: string | null | undefined) => (d ? d.replaceAll("-", "/") : "—");
/** The year it is in China now. */
export const chinaYear = () => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
