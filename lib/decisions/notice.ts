import { DECISION_OUTCOME_LABELS } from "./labels";
import type { CaseEnd } from "./status";

// Plain module: the decisions page's word after a post (the address names the entry), checked
// against what the page read, so a typed address can only name the case's own entries.

export const RECORDED_PARAM = "registrerat";
export const WITHDRAWN_PARAM = "aterkallat";

export const decisionsPage = (caseId: string) => `/arenden/${caseId}/beslut`;

/** What the page says after recording an entry (`withdrawn`: what loadCaseDecisions found withdrawn), or null. */
export function decisionsNotice(query: Record<string, string | string[] | undefined>, end: CaseEnd, withdrawn: string | null): string | null {
  const recorded = query[RECORDED_PARAM];
  if (typeof recorded === "string") {
    for (const party of end.parties) {
      const decision = party.decisions.find((d) => d.id === recorded);
      if (decision) return `Beslutet för ${party.name} är registrerat: ${decision.bodyName} ${decision.decidedOn}, ${DECISION_OUTCOME_LABELS[decision.outcome].toLowerCase()}.`;
      const signature = party.signatures.find((s) => s.id === recorded);
      if (signature) return `Underskriften för ${party.name} är registrerad: ${signature.signatoryName} ${signature.signedOn}.`;
    }
  }
  return withdrawn;
}
