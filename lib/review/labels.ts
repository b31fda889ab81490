import type { FindingDecisionKind, ReviewAnchorKind } from "@/lib/db/generated/enums";

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

export type PartyReviewState = "not_reviewed" | "in_review" | "returned" | "approved" | "stale";

export const REVIEW_STATE_LABELS: Record<PartyReviewState, string> = {
  not_reviewed: "Inte granskat",
  in_review: "Under granskning",
  returned: "Skickat tillbaka",
  approved: "Godkänt",
  stale: "Godkännandet är inaktuellt",
};
