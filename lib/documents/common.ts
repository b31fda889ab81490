import type { Case } from "../case/schema";
import { bullets, heading, paragraph, type Block, type DocumentMeta, type Gap } from "./model";
import type { BuildOptions } from "./options";
import { joinNames, partyName } from "./parties";

/**
 * Whether the documents send the agreement to fullmäktige: the editors judged the matter one of
 * principle or greater importance (KL 5 kap. 1 §), or plan a council decision (step 3C). Every
 * party's tjänsteskrivelse then proposes it, and the agreement is conditional on it.
 */
export function councilDecisionNeeded(c: Case): boolean {
  return c.anchoring.councilDecisionPlanned === true || c.anchoring.principledCharacter === true;
}

export function caseTitle(c: Case): string {
  return c.title?.trim() || joinNames(c.parties.map(partyName)) || "Namnlöst ärende";
}

/**
 * The parties' own diary numbers from step 2B, each with its party ("SN 2026/41 (Norrströms
 * kommun), SON 2026/112 (Fjällvikens kommun)"); undefined when no party has one.
 */
export function partiesDiaryNumbers(c: Case): string | undefined {
  const numbered = c.parties.flatMap((p) => (p.diaryNumber?.trim() ? [`${p.diaryNumber.trim()} (${partyName(p)})`] : []));
  return numbered.length ? numbered.join(", ") : undefined;
}

/**
 * A party's own document (its tjänsteskrivelse, its self-cost calculation) carries the party's own
 * Dnr: each party registers the matter in its own diary, so the case's Dnr (the owner's) would be
 * wrong on the others' documents. Missing, it stays an open point. A joint document (the
 * agreement) carries the case's Dnr, or, with none given, the parties' own (a walk read "Dnr […]"
 * on an agreement whose parties had both given theirs in step 2B).
 */
export function documentMeta(c: Case, options: BuildOptions, partyId: string | undefined): DocumentMeta {
  const party = partyId === undefined ? undefined : c.parties.find((p) => p.id === partyId);
  return {
    caseTitle: caseTitle(c),
    caseVersion: options.caseVersion,
    date: options.date,
    dnr: (party ? party.diaryNumber?.trim() : options.dnr?.trim() || partiesDiaryNumbers(c)) || undefined,
    partyId,
    approval: options.approval,
    ...(!options.approval && options.partialApproval ? { partialApproval: options.partialApproval } : {}),
  };
}

/**
 * The list of what the answers left open, at the end of the document, so that a reader sees
 * at once what must be settled before the document is decided on or signed: first what is
 * settled in Samverka (an answer, a clause, a review), then what is written here by hand.
 */
export function openPointsSection(gaps: readonly Gap[]): Block[] {
  if (gaps.length === 0) return [];
  const unique = [...new Set(gaps.map((g) => g.what))];
  const byHand = new Set(gaps.filter((g) => g.byHand).map((g) => g.what));
  const inSamverka = unique.filter((what) => !byHand.has(what));
  const written = unique.filter((what) => byHand.has(what));
  // Counted as listed: a section with two gaps is one point, and "8 öppna punkter" over a list of
  // six read as two missing (a walk); the markers are counted beside it.
  const places = unique.length < gaps.length ? ` på ${gaps.length} ställen` : "";
  const items = (list: readonly string[]) => bullets(list.map((what) => [what.replace(/^./, (ch) => ch.toUpperCase())]));
  const one = unique.length === 1;
  const counted = one ? `Dokumentet har en öppen punkt, markerad med […]${places}.` : `Dokumentet har ${unique.length} öppna punkter, markerade med […]${places}.`;
  const it = one ? "Den" : "De";
  if (written.length === 0) return [heading(1, "Öppna punkter"), paragraph(`${counted} ${it} ska lösas i ärendet i Samverka innan dokumentet beslutas eller undertecknas:`), items(inSamverka)];
  const byHandLead = `fylls i här i dokumentet, för hand: Samverka frågar inte efter ${written.length === 1 ? "den" : "dem"}`;
  if (inSamverka.length === 0) return [heading(1, "Öppna punkter"), paragraph(`${counted} ${it} ${byHandLead}. Gör det innan dokumentet beslutas eller undertecknas:`), items(written)];
  return [
    heading(1, "Öppna punkter"),
    paragraph(`${counted} De ska lösas innan dokumentet beslutas eller undertecknas.`),
    paragraph("I ärendet i Samverka (svaren, avtalstexten i steg 4 eller den juridiska granskningen):"),
    items(inSamverka),
    paragraph(`Här i dokumentet, för hand (Samverka frågar inte efter ${written.length === 1 ? "den" : "dem"}):`),
    items(written),
  ];
}
