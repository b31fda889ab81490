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
      // With its paragraph: § 88 and § 95 of one meeting read alike without it (a re-walk).
      if (decision) return `Beslutet för ${party.name} är registrerat: ${decision.bodyName} ${decision.decidedOn}${decision.paragraph ? ` ${decision.paragraph}` : ""}, ${DECISION_OUTCOME_LABELS[decision.outcome].toLowerCase()}.`;
      const signature = party.signatures.find((s) => s.id === recorded);
      if (signature) return `Underskriften för ${party.name} är registrerad: ${signature.signatoryName} ${signature.signedOn}.`;
    }
  }
  return withdrawn;
}

/**
 * Said on a step page to those who may change the answers once the agreement is registered as
 * signed: a walk changed an answer after both signatures, warned of nothing. Null before any.
 */
export function signedAgreementNotice(signatures: readonly { caseVersion: number }[]): string | null {
  if (signatures.length === 0) return null;
  const version = Math.max(...signatures.map((s) => s.caseVersion));
  // "som undertecknat" alone read as every party's signature; one party's is enough for the warning.
  return `Underskrifter av avtalet är registrerade, för version ${version} av ärendet. Ett svar som ändras nu ändrar inte det undertecknade avtalet, och beslutssidan visar då att ärendet har ändrats sedan beslutet.`;
}
