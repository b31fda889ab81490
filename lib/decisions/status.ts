import type { DecisionBodyKind, DecisionOutcomeKind } from "./schemas";

// Plain module: where a case stands at its end, per party organisation: its decisions and its
// signatures of the agreement, and what a reader should check. Only facts recorded in Samverka
// and the case's own answers are used; the product never guesses what the minutes say.

export interface DecisionRow {
  id: string;
  /** The party's key (lib/decisions/parties.ts). */
  partyKey: string;
  partyName?: string;
  body: DecisionBodyKind;
  bodyName: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  paragraph: string | null;
  outcome: DecisionOutcomeKind;
  caseVersion: number;
  recordedByName: string;
  recordedByUserId: string;
  /** The organisation the entry was recorded for; null for a party named only in step 2B. */
  organizationId: string | null;
  createdAt: Date;
}

export interface SignatureRow {
  id: string;
  partyKey: string;
  partyName?: string;
  /** YYYY-MM-DD */
  signedOn: string;
  signatoryName: string;
  signatoryTitle: string;
  caseVersion: number;
  recordedByName: string;
  recordedByUserId: string;
  /** The organisation the entry was recorded for; null for a party named only in step 2B. */
  organizationId: string | null;
  createdAt: Date;
}

export type PartyNotice =
  /** The answers say fullmäktige decides (step 3C), and no adopting council decision is recorded for the party. */
  | { kind: "councilMissing" }
  /** A signature is recorded, and no decision adopting the proposal. */
  | { kind: "signedWithoutDecision" }
  /** The first signature is dated before the first adopting decision. */
  | { kind: "signedBeforeDecision"; signedOn: string; decidedOn: string }
  /** The case has changed since the version the adopting decision was taken on; `signed`: the party has signed since. */
  | { kind: "changedSinceDecision"; decidedVersion: number; currentVersion: number; signed: boolean }
  /** The version the adopting decision was taken on was never approved by a jurist in Samverka (a walk decided on a draft). */
  | { kind: "decidedOnUnapproved"; decidedVersion: number; signed: boolean };

export interface PartyEnd {
  key: string;
  name: string;
  /** No party of the case any more (lib/decisions/parties.ts formerParties). */
  former: boolean;
  /** Newest first. */
  decisions: DecisionRow[];
  /** Newest first. */
  signatures: SignatureRow[];
  /** The newest decision adopts the proposal. */
  decided: boolean;
  signed: boolean;
  notices: PartyNotice[];
}

export interface CaseEnd {
  parties: PartyEnd[];
  /** Every party of the case now (not a former one) has a newest decision that adopts the proposal. */
  allDecided: boolean;
  /** Every party of the case now has signed. */
  allSigned: boolean;
  /**
   * Fewer than two parties of the case now: an agreement under KL 9 kap. 37 § is one party doing
   * a task for another, so one party's decision and signature are never "every party's" (a walk
   * saw a case with only its own municipality read "Alla parter … undertecknat" in SKR's bands).
   */
  tooFewParties: boolean;
}

const newestFirst = <T extends { createdAt: Date }>(date: (row: T) => string) => (a: T, b: T) =>
  date(b).localeCompare(date(a)) || b.createdAt.getTime() - a.createdAt.getTime();

/**
 * The end of a case as recorded: `decisions` and `signatures` are the standing entries (not
 * withdrawn); `principled` is the answer to step 3C's "Är avtalet av principiell beskaffenhet
 * eller större vikt?"; `version` the case's version now.
 */
export function caseEnd(input: {
  /**
   * `hasCouncil`: a municipality or a region (fullmäktige); not a kommunalförbund. `former`: no
   * party any more, shown and not counted. Each entry's partyKey is its owner's (resolveEntries).
   */
  parties: readonly { key: string; name: string; hasCouncil?: boolean; former?: boolean }[];
  decisions: readonly DecisionRow[];
  signatures: readonly SignatureRow[];
  principled: boolean | undefined;
  version: number;
  /** The decided versions a jurist approved (decidedVersionFacts); where given, a decision on another version is a point to check. */
  approvedVersions?: readonly number[];
  /**
   * The decided versions whose document is the case's document now (decidedVersionFacts): a
   * change saved and undone since raises the version, not what was decided (a walk).
   */
  sameAsNowVersions?: readonly number[];
}): CaseEnd {
  const parties = input.parties.map((party): PartyEnd => {
    const decisions = input.decisions.filter((d) => d.partyKey === party.key).sort(newestFirst((d) => d.decidedOn));
    const signatures = input.signatures.filter((s) => s.partyKey === party.key).sort(newestFirst((s) => s.signedOn));
    const adopting = decisions.filter((d) => d.outcome === "ADOPTED");
    const notices: PartyNotice[] = [];
    // A party no longer in the case has its entries shown, and nothing asked of it.
    if (party.former) return { key: party.key, name: party.name, former: true, decisions, signatures, decided: decisions[0]?.outcome === "ADOPTED", signed: signatures.length > 0, notices };
    if (input.principled === true && party.hasCouncil !== false && !adopting.some((d) => d.body === "COUNCIL")) notices.push({ kind: "councilMissing" });
    const firstSigned = signatures.at(-1)?.signedOn;
    const firstAdopted = adopting.at(-1)?.decidedOn;
    if (firstSigned && !firstAdopted) notices.push({ kind: "signedWithoutDecision" });
    if (firstSigned && firstAdopted && firstSigned < firstAdopted) notices.push({ kind: "signedBeforeDecision", signedOn: firstSigned, decidedOn: firstAdopted });
    const latestAdopted = adopting[0];
    if (latestAdopted && latestAdopted.caseVersion < input.version && !input.sameAsNowVersions?.includes(latestAdopted.caseVersion)) {
      notices.push({ kind: "changedSinceDecision", decidedVersion: latestAdopted.caseVersion, currentVersion: input.version, signed: signatures.length > 0 });
    }
    if (latestAdopted && input.approvedVersions && !input.approvedVersions.includes(latestAdopted.caseVersion)) {
      notices.push({ kind: "decidedOnUnapproved", decidedVersion: latestAdopted.caseVersion, signed: signatures.length > 0 });
    }
    return { key: party.key, name: party.name, former: false, decisions, signatures, decided: decisions[0]?.outcome === "ADOPTED", signed: signatures.length > 0, notices };
  });
  const counted = parties.filter((p) => !p.former);
  const tooFewParties = counted.length < 2;
  return { parties, allDecided: !tooFewParties && counted.every((p) => p.decided), allSigned: !tooFewParties && counted.every((p) => p.signed), tooFewParties };
}

/**
 * How far a case has come at its end, in one of four bands, for SKR's statistics: every party
 * (not a former one) decided as proposed and signed; every party decided; some did; none did.
 * "Decided" is the party's newest decision adopting the proposal, as on the decisions page; a
 * proposal turned down, sent back or tabled is not (the labels say "enligt förslaget" so that a
 * case whose parties said no is not read as undecided). Whether the right body decided (step 3C,
 * KL 5 kap. 1 §) is the decisions page's "Att kontrollera", not a band.
 */
export const CASE_END_BANDS = [
  "Alla parter har beslutat enligt förslaget och undertecknat",
  "Alla parter har beslutat enligt förslaget, inte alla undertecknat",
  "Några parter har beslutat enligt förslaget",
  "Ingen part har beslutat enligt förslaget",
] as const;

export function caseEndBand(end: CaseEnd): (typeof CASE_END_BANDS)[number] {
  if (end.allDecided) return end.allSigned ? CASE_END_BANDS[0] : CASE_END_BANDS[1];
  return end.parties.some((p) => !p.former && p.decided) ? CASE_END_BANDS[2] : CASE_END_BANDS[3];
}

/**
 * Whether an editor may take an entry off: one they recorded themselves, or one recorded for their
 * own organisation, or for a party named only in step 2B (which has no editors of its own here).
 * A walk: a partner's editor took Norrström's decision off Norrström's record.
 */
export function mayWithdrawEntry(entry: { recordedByUserId: string; organizationId: string | null }, editor: WithdrawingEditor): boolean {
  if (entry.recordedByUserId === editor.userId || entry.organizationId === null || editor.organizationIds.includes(entry.organizationId)) return true;
  // A party whose editors have all left the case: its entries stay open to the case's editors, or nobody could take a mistake off.
  return !editor.organizationsWithEditors.includes(entry.organizationId);
}

/** Who asks to take an entry off: their id, the organisations they edit the case for, and the organisations any editor of the case works for. */
export interface WithdrawingEditor {
  userId: string;
  organizationIds: readonly string[];
  organizationsWithEditors: readonly string[];
}
