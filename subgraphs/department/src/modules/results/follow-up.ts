/**
 * 后续处置: what happens to a result that found a problem, until the case is closed. Pure: the
 * service loads and stores, this decides.
 *
 *   OPEN ──责令改正──▶ RECTIFYING ──复查 (rectified)──▶ REINSPECTED ──▶ CLOSED
 *     │                    └──复查 (not rectified)──▶ NOT_RECTIFIED ──责令改正 again / 移交 / 移送司法 / close (with a reason)
 *     ├──移交──▶ TRANSFERRED ──▶ CLOSED
 *     ├──移送司法──▶ REFERRED_TO_JUDICIARY ──▶ CLOSED
 *     └──▶ CLOSED without a disposition: only with the reason recorded (e.g. corrected on the spot, 当场整改)
 */
import { FollowUpKind, FollowUpState, RuleError } from "@hub/schema";

export { FollowUpKind, FollowUpState };

/** One follow-up step as recorded. */
export interface FollowUpStep {
  kind: FollowUpKind;
  /** 文书编号: the order's, record's or transfer letter's number. */
  documentNumber: string | null;
  /** When the step happened (order issued, re-inspection done, case handed over), YYYY-MM-DD. */
  date: string;
  /** Rectification orders: the last day to rectify. */
  deadline: string | null;
  /** Re-inspections: whether the problem was rectified. */
  rectified: boolean | null;
  /** Transfers and judicial referrals: who received the case. */
  receivingParty: string | null;
  note: string | null;
}

export class FollowUpError extends RuleError {
  constructor(
    override readonly code: "INVALID_TRANSITION" | "BAD_USER_INPUT",
    message: string,
  ) {
    super(code, message);
  }
}

const NEXT: Record<FollowUpState, FollowUpKind[]> = {
  [FollowUpState.OPEN]: [FollowUpKind.RECTIFICATION_ORDER, FollowUpKind.TRANSFER, FollowUpKind.JUDICIAL_REFERRAL, FollowUpKind.CLOSE],
  [FollowUpState.RECTIFYING]: [FollowUpKind.REINSPECTION],
  [FollowUpState.REINSPECTED]: [FollowUpKind.CLOSE],
  [FollowUpState.NOT_RECTIFIED]: [FollowUpKind.RECTIFICATION_ORDER, FollowUpKind.TRANSFER, FollowUpKind.JUDICIAL_REFERRAL, FollowUpKind.CLOSE],
  [FollowUpState.TRANSFERRED]: [FollowUpKind.CLOSE],
  [FollowUpState.REFERRED_TO_JUDICIARY]: [FollowUpKind.CLOSE],
  [FollowUpState.CLOSED]: [],
};

/** The steps allowed from a state. */
export const allowedSteps = (state: FollowUpState): readonly FollowUpKind[] => NEXT[state];

function after(step: FollowUpStep): FollowUpState {
  switch (step.kind) {
    case FollowUpKind.RECTIFICATION_ORDER:
      return FollowUpState.RECTIFYING;
    case FollowUpKind.REINSPECTION:
      return step.rectified ? FollowUpState.REINSPECTED : FollowUpState.NOT_RECTIFIED;
    case FollowUpKind.TRANSFER:
      return FollowUpState.TRANSFERRED;
    case FollowUpKind.JUDICIAL_REFERRAL:
      return FollowUpState.REFERRED_TO_JUDICIARY;
    case FollowUpKind.CLOSE:
      return FollowUpState.CLOSED;
  }
}

/** Where a case stands after its steps (a result without a problem has nothing to follow up: CLOSED). */
export function followUpState(problemFound: boolean, steps: readonly FollowUpStep[]): FollowUpState {
  const last = steps.at(-1);
  if (last) return after(last);
  return problemFound ? FollowUpState.OPEN : FollowUpState.CLOSED;
}

/**
 * Check a new step against the case so far and the rules of each kind; returns the state it leads to.
 * `today` bounds the step's date: follow-up is recorded after the fact, never ahead of it.
 */
export function checkFollowUpStep(
  problemFound: boolean,
  inspectionDate: string,
  steps: readonly FollowUpStep[],
  step: FollowUpStep,
  today: string,
): FollowUpState {
  const state = followUpState(problemFound, steps);
  if (!problemFound && steps.length === 0)
    throw new FollowUpError("INVALID_TRANSITION", "the result found no problem: there is nothing to follow up");
  if (!NEXT[state].includes(step.kind))
    throw new FollowUpError("INVALID_TRANSITION", `a case that is ${state} cannot take ${step.kind} (allowed: ${NEXT[state].join(", ") || "nothing, it is closed"})`);
  const previous = steps.at(-1)?.date ?? inspectionDate;
  if (step.date < previous) throw new FollowUpError("BAD_USER_INPUT", `the step's date ${step.date} is before the previous step (${previous})`);
  if (step.date > today) throw new FollowUpError("BAD_USER_INPUT", `the step's date ${step.date} is in the future`);
  switch (step.kind) {
    case FollowUpKind.RECTIFICATION_ORDER:
      if (!step.deadline) throw new FollowUpError("BAD_USER_INPUT", "a rectification order needs a deadline");
      if (step.deadline <= step.date) throw new FollowUpError("BAD_USER_INPUT", "the rectification deadline must come after the order");
      if (!step.documentNumber) throw new FollowUpError("BAD_USER_INPUT", "a rectification order needs its document number (责令改正通知书编号)");
      break;
    case FollowUpKind.REINSPECTION:
      if (step.rectified === null) throw new FollowUpError("BAD_USER_INPUT", "a re-inspection says whether the problem was rectified");
      break;
    case FollowUpKind.TRANSFER:
    case FollowUpKind.JUDICIAL_REFERRAL:
      if (!step.receivingParty) throw new FollowUpError("BAD_USER_INPUT", `${step.kind} needs the receiving party`);
      break;
    case FollowUpKind.CLOSE:
      // A problem closed with no order, re-inspection, transfer or referral behind it must say why.
      if ((state === FollowUpState.OPEN || state === FollowUpState.NOT_RECTIFIED) && !step.note?.trim())
        throw new FollowUpError("BAD_USER_INPUT", `closing a ${state} case without a rectification order, transfer or referral needs the reason in note (e.g. 当场整改完毕)`);
      break;
  }
  return after(step);
}

/** The rectification deadline a case is waiting on, if any (for the overdue alert). */
export function pendingRectificationDeadline(steps: readonly FollowUpStep[]): string | null {
  const last = steps.at(-1);
  return last?.kind === FollowUpKind.RECTIFICATION_ORDER ? last.deadline : null;
}
