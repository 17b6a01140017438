import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AlertKind, alertsFor } from "./alerts.js";

const iso = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

describe("result alerts", () => {
  it("names each case", () => {
    const base = { publicationDue: "2026-06-10", published: false, publishedLate: false, rectificationDeadline: null };
    expect(alertsFor(base, "2026-06-11", "2026-06-18").map((a) => a.kind)).toEqual([AlertKind.PUBLICATION_OVERDUE]);
    expect(alertsFor(base, "2026-06-10", "2026-06-17").map((a) => a.kind)).toEqual([AlertKind.PUBLICATION_DUE_SOON]);
    expect(alertsFor(base, "2026-06-01", "2026-06-08")).toEqual([]);
    expect(alertsFor({ ...base, published: true, publishedLate: true }, "2026-07-01", "2026-07-08").map((a) => a.kind)).toEqual([AlertKind.PUBLISHED_LATE]);
    expect(alertsFor({ ...base, published: true, rectificationDeadline: "2026-06-30" }, "2026-07-01", "2026-07-08")).toEqual([{ kind: AlertKind.RECTIFICATION_OVERDUE, due: "2026-06-30" }]);
  });

  it("property: an unpublished result is exactly one of overdue, due soon or quiet; a published one is never overdue", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean(), (due, today, ahead, published, late) => {
        const kinds = alertsFor({ publicationDue: iso(due), published, publishedLate: late, rectificationDeadline: null }, iso(today), iso(today + ahead)).map((a) => a.kind);
        if (published) {
          expect(kinds.includes(AlertKind.PUBLICATION_OVERDUE) || kinds.includes(AlertKind.PUBLICATION_DUE_SOON)).toBe(false);
          expect(kinds.includes(AlertKind.PUBLISHED_LATE)).toBe(late);
        } else {
          expect(kinds.includes(AlertKind.PUBLICATION_OVERDUE)).toBe(due < today);
          expect(kinds.includes(AlertKind.PUBLICATION_DUE_SOON)).toBe(due >= today && due <= today + ahead);
        }
      }),
    );
  });
});
