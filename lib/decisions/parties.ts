import type { Party } from "@/lib/case";
import { sameParty } from "@/lib/review/approval";

// Plain module: the parties a case's decisions and signatures are recorded for. Each party
// organisation of the case, and each party named in step 2B that is none of them: a partner
// municipality that does not use Samverka still decides and signs (found on a walk: the report's
// Norrström–Fjällviken case offered only Norrström).

export interface DecisionParty {
  /** "org:<organisation id>" or "svar:<party id in step 2B>". */
  key: string;
  name: string;
  organizationId: string | null;
  /** A municipality or a region has fullmäktige; a kommunalförbund decides as its förbundsordning says. */
  hasCouncil: boolean;
}

export function decisionParties(organizations: readonly { id: string; name: string; type: string }[], answerParties: readonly Party[]): DecisionParty[] {
  const fromOrganizations = organizations.map((o) => ({ key: `org:${o.id}`, name: o.name, organizationId: o.id, hasCouncil: o.type !== "KOMMUNALFORBUND" }));
  const known = new Set(organizations.map((o) => sameParty(o.name)));
  const fromAnswers: DecisionParty[] = [];
  for (const party of answerParties) {
    const name = party.name?.trim();
    if (!name || known.has(sameParty(name))) continue;
    known.add(sameParty(name));
    fromAnswers.push({ key: `svar:${party.id}`, name, organizationId: null, hasCouncil: party.type !== "kommunalforbund" });
  }
  return [...fromOrganizations, ...fromAnswers];
}
