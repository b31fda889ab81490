import type { DecisionBodyKind, DecisionOutcomeKind } from "./schemas";

export const DECISION_BODY_LABELS: Record<DecisionBodyKind, string> = {
  COMMITTEE: "Nämnd",
  COUNCIL: "Fullmäktige",
  EXECUTIVE_BOARD: "Kommunstyrelse eller regionstyrelse",
  DELEGATE: "Delegat enligt delegationsordningen",
};

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcomeKind, string> = {
  ADOPTED: "Beslutade enligt förslaget",
  REJECTED: "Avslog förslaget",
  REFERRED_BACK: "Återremitterade ärendet",
  TABLED: "Bordlade ärendet",
};

/**
 * A recorded or withdrawn decision or signature as the log and the case's history tell it:
 * `what` ("registrerade beslutet av Socialnämnden 2026-11-20 för Norrströms kommun") and the
 * outcome after it (": beslutade enligt förslaget"), from the audit entry's details.
 */
export function decisionEventText(action: string, d: Record<string, unknown>): { what: string; outcome: string } {
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);
  // Taking an entry off is not revoking (återkalla) the decision, which only its body does.
  const verb = action === "case.decision.withdraw" ? "tog bort registreringen av" : "registrerade";
  const party = text(d.organizationName) ? ` för ${String(d.organizationName)}` : "";
  if (d.signature) return { what: `${verb} underskriften av ${text(d.signatoryName) ?? "en undertecknare"}${text(d.signedOn) ? ` ${String(d.signedOn)}` : ""}${party}`, outcome: "" };
  const outcome = text(d.outcome) && Object.hasOwn(DECISION_OUTCOME_LABELS, d.outcome as string) ? `: ${DECISION_OUTCOME_LABELS[d.outcome as DecisionOutcomeKind].toLowerCase()}` : "";
  // With its paragraph, as the minutes name it (a walk: two decisions of one day read alike).
  const paragraph = text(d.paragraph) ? ` ${String(d.paragraph)}` : "";
  return { what: `${verb} beslutet av ${text(d.bodyName) ?? "ett beslutsorgan"}${text(d.decidedOn) ? ` ${String(d.decidedOn)}` : ""}${paragraph}${party}`, outcome };
}
