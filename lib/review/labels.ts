import type { FindingDecisionKind, ReviewAnchorKind } from "@/lib/db/generated/enums";
import { NOUNS, formatCount, joinList } from "@/lib/format";

export const DECISION_LABELS: Record<FindingDecisionKind, string> = {
  MUST_FIX: "Ska åtgärdas",
  ACCEPTED_RISK: "Accepterad risk",
  NOT_APPLICABLE: "Inte tillämplig",
  VERIFIED: "Verifierad",
};

export const ANCHOR_LABELS: Record<ReviewAnchorKind, string> = {
  ANSWER: "Svar",
  FINDING: "Iakttagelse",
  CLAUSE: "Avtalsklausul",
};

/**
 * A legal review state as the product names it (REVIEW_STATE_LABELS): one party's
 * (OnePartyReviewState, partyReviewState), or the case's over its parties (overallReviewState),
 * which alone can be "partly_approved": some parties approved the document as it is, the others
 * were never sent it. Every page that shows a case's state shows it with these labels.
 */
export type PartyReviewState = "not_reviewed" | "in_review" | "returned" | "approved" | "stale" | "partly_approved";

/** One party's own review state: a party is never partly approved. */
export type OnePartyReviewState = Exclude<PartyReviewState, "partly_approved">;

/** A party whose approval the case needs, with its own state: listed beside the case's where the parties' states differ. */
export interface NamedPartyState {
  name: string;
  state: OnePartyReviewState;
}

export const REVIEW_STATE_LABELS: Record<PartyReviewState, string> = {
  not_reviewed: "Inte granskat",
  in_review: "Under granskning",
  returned: "Skickat tillbaka",
  approved: "Godkänt",
  stale: "Godkännandet är inaktuellt",
  partly_approved: "Delvis godkänt",
};

/** Why "Godkänn" waits: "7 hinder och 1 punkt att verifiera är inte avgjorda. …" */
export function undecidedMessage({ blockers, unverified }: { blockers: number; unverified: number }, party?: string): string {
  const what = joinList([blockers > 0 ? formatCount(blockers, NOUNS.blocker) : "", unverified > 0 ? formatCount(unverified, NOUNS.verifyItem) : ""]);
  const settledBy = joinList([blockers > 0 ? "ett hinder med ”Accepterad risk” eller ”Inte tillämplig”" : "", unverified > 0 ? "en punkt att verifiera med ”Verifierad”" : ""]);
  // "ett hinder … avgjort", "en punkt … avgjord", and "avgjorda" for more than one.
  const settled = blockers + unverified > 1 ? "avgjorda" : blockers === 1 ? "avgjort" : "avgjord";
  return `${what} är inte ${settled} för ${party ?? "din part"}. Du avgör ${settledBy}. Gör det innan du godkänner, eller skicka tillbaka ärendet.`;
}
