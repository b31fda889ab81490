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

/** What a party in step 2B gives the decisions: its row's id, its name and its type. */
export type AnswerParty = Pick<Party, "id" | "name" | "type">;

export function decisionParties(organizations: readonly { id: string; name: string; type: string }[], answerParties: readonly AnswerParty[]): DecisionParty[] {
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
    // Fullmäktige is a municipality's or a region's; a party of unknown type is asked about it as one.
    const hasCouncil = party.type === undefined || party.type === "kommun" || party.type === "region";
    const entry: DecisionParty = { key: `svar:${party.id}`, aliases: [], name, organizationId: null, hasCouncil };
    known.set(same, entry);
    fromAnswers.push(entry);
  }
  return [...fromOrganizations, ...fromAnswers];
}

/**
 * Whose each standing entry is, among the case's parties now: an organisation's own key is its
 * own whatever its name has become; a step 2B party's key only while the party keeps the name the
 * entry was recorded under (its row in step 2B may have been renamed to another party); otherwise
 * the party of the recorded name (a 2B party that joined the case as an organisation, or an
 * organisation that left the case and stays in step 2B). An entry none of them owns belongs to a
 * former party, listed under the name recorded, so nothing recorded leaves the page unsaid.
 * Returns the parties, former ones last, and each entry's owner's key.
 */
export function resolveEntries(
  parties: readonly DecisionParty[],
  entries: readonly { partyKey: string; partyName: string }[],
): { parties: DecisionParty[]; ownerOf: (entry: { partyKey: string; partyName: string }) => string } {
  const former = new Map<string, DecisionParty>();
  const owner = (entry: { partyKey: string; partyName: string }): DecisionParty | undefined => {
    const same = sameParty(entry.partyName);
    if (entry.partyKey.startsWith("org:")) {
      const byKey = parties.find((p) => p.key === entry.partyKey);
      if (byKey) return byKey;
    } else {
      const byKey = parties.find((p) => (p.key === entry.partyKey || p.aliases.includes(entry.partyKey)) && sameParty(p.name) === same);
      if (byKey) return byKey;
    }
    return parties.find((p) => sameParty(p.name) === same);
  };
  // A former party's key of its own: its recorded key may be a current party's now (a renamed 2B row).
  const formerKey = (entry: { partyKey: string; partyName: string }) => `tidigare:${entry.partyKey}:${sameParty(entry.partyName)}`;
  for (const entry of entries) {
    if (owner(entry) || former.has(formerKey(entry))) continue;
    former.set(formerKey(entry), { key: formerKey(entry), aliases: [], name: entry.partyName, organizationId: null, hasCouncil: true, former: true });
  }
  return { parties: [...parties, ...former.values()], ownerOf: (entry) => owner(entry)?.key ?? formerKey(entry) };
}
