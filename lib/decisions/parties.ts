import type { Party } from "@/lib/case";
import { sameParty } from "@/lib/review/approval";

// Plain module: the parties a case's decisions and signatures are recorded for. Each party
// organisation of the case, and each party named in step 2B that is none of them: a partner
// municipality that does not use Samverka still decides and signs (found on a walk: the report's
// Norrström–Fjällviken case offered only Norrström).

export interface DecisionParty {
  /** "org:<organisation id>" or "svar:<party id in step 2B>". */
  key: string;
  /**
   * Earlier keys of the same party, whose entries are its own: a step 2B party that has since
   * joined the case as an organisation of the same name keeps what was recorded for it.
   */
  aliases: string[];
  name: string;
  organizationId: string | null;
  /** A municipality or a region has fullmäktige; a kommunalförbund decides as its förbundsordning says. */
  hasCouncil: boolean;
  /** No party of the case any more; its entries are shown, and not counted. */
  former?: boolean;
}

export function decisionParties(organizations: readonly { id: string; name: string; type: string }[], answerParties: readonly Party[]): DecisionParty[] {
  const named = answerParties.flatMap((p) => (p.name?.trim() ? [{ party: p, name: p.name.trim(), same: sameParty(p.name) }] : []));
  const fromOrganizations = organizations.map((o): DecisionParty => ({
    key: `org:${o.id}`,
    aliases: named.filter((n) => n.same === sameParty(o.name)).map((n) => `svar:${n.party.id}`),
    name: o.name,
    organizationId: o.id,
    hasCouncil: o.type !== "KOMMUNALFORBUND",
  }));
  const known = new Map<string, DecisionParty>(organizations.map((o) => [sameParty(o.name), fromOrganizations.find((f) => f.organizationId === o.id)!]));
  const fromAnswers: DecisionParty[] = [];
  for (const { party, name, same } of named) {
    const already = known.get(same);
    if (already) {
      // The same party named twice in step 2B: one party, whose entries under either id are its own.
      if (!already.aliases.includes(`svar:${party.id}`) && already.key !== `svar:${party.id}`) already.aliases.push(`svar:${party.id}`);
      continue;
    }
    const entry: DecisionParty = { key: `svar:${party.id}`, aliases: [], name, organizationId: null, hasCouncil: party.type !== "kommunalforbund" };
    known.set(same, entry);
    fromAnswers.push(entry);
  }
  return [...fromOrganizations, ...fromAnswers];
}

/**
 * Parties whose entries stand but who are no parties of the case any more (taken out of step 2B,
 * or an organisation no longer in the case): listed under the name recorded, so nothing recorded
 * leaves the page unsaid.
 */
export function formerParties(parties: readonly DecisionParty[], entries: readonly { partyKey: string; partyName: string }[]): DecisionParty[] {
  const covered = new Set(parties.flatMap((p) => [p.key, ...p.aliases]));
  const former = new Map<string, DecisionParty>();
  for (const entry of entries) {
    if (covered.has(entry.partyKey) || former.has(entry.partyKey)) continue;
    former.set(entry.partyKey, { key: entry.partyKey, aliases: [], name: entry.partyName, organizationId: null, hasCouncil: true, former: true });
  }
  return [...former.values()];
}
