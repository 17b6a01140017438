/**
 * Deadline alerts on results: due soon, overdue, published late, rectification overdue. Pure: the
 * resolver supplies dates already computed on the working-day calendar.
 */

export enum AlertKind {
  /** Not yet published; the publication deadline falls within the look-ahead. */
  PUBLICATION_DUE_SOON = "PUBLICATION_DUE_SOON",
  /** Not published and past the deadline: "已实施检查但未进行公示的，视为未完成抽查检查". */
  PUBLICATION_OVERDUE = "PUBLICATION_OVERDUE",
  /** Published, but after the deadline. */
  PUBLISHED_LATE = "PUBLISHED_LATE",
  /** A rectification order's deadline passed without a re-inspection. */
  RECTIFICATION_OVERDUE = "RECTIFICATION_OVERDUE",
}

export interface AlertFacts {
  /** The publication deadline (task window end + N working days). */
  publicationDue: string;
  published: boolean;
  publishedLate: boolean;
  /** The deadline of a rectification order still waiting for its re-inspection. */
  rectificationDeadline: string | null;
}

/** The alerts a task raises today; `horizon` is the last day counted as "soon" (today + N working days). */
export function alertsFor(f: AlertFacts, today: string, horizon: string): { kind: AlertKind; due: string }[] {
  const out: { kind: AlertKind; due: string }[] = [];
  if (!f.published && f.publicationDue < today) out.push({ kind: AlertKind.PUBLICATION_OVERDUE, due: f.publicationDue });
  else if (!f.published && f.publicationDue <= horizon) out.push({ kind: AlertKind.PUBLICATION_DUE_SOON, due: f.publicationDue });
  if (f.published && f.publishedLate) out.push({ kind: AlertKind.PUBLISHED_LATE, due: f.publicationDue });
  if (f.rectificationDeadline && f.rectificationDeadline < today) out.push({ kind: AlertKind.RECTIFICATION_OVERDUE, due: f.rectificationDeadline });
  return out;
}
