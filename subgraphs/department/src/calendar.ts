/**
 * The process's working-day calendar: the official data set, plus State Council notices published
 * since, loaded as data from the JSON file named by HUB_CALENDAR_NOTICES (an array of
 * `{ "year": 2027, "holidays": { "2027-01-01": "元旦" }, "workdays": { … } }`).
 */
import { readFileSync } from "node:fs";
import { CalendarError, WorkingDayCalendar, type CalendarNotice } from "@hub/schema";

let calendar: WorkingDayCalendar | undefined;

export function workingDayCalendar(): WorkingDayCalendar {
  if (!calendar) {
    const file = process.env.HUB_CALENDAR_NOTICES;
    let notices: CalendarNotice[] = [];
    if (file) {
      try {
        notices = JSON.parse(readFileSync(file, "utf8")) as CalendarNotice[];
      } catch (e) {
        throw new CalendarError(`cannot read HUB_CALENDAR_NOTICES ${file}: ${(e as Error).message}`);
      }
    }
    calendar = notices.reduce((c, n) => c.withNotice(n), WorkingDayCalendar.official());
  }
  return calendar;
}
