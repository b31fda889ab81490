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
 * A party's own document (its tjänsteskrivelse, its self-cost calculation) carries the party's own
 * Dnr: each party registers the matter in its own diary, so the case's Dnr (the owner's) would be
 * wrong on the others' documents. Missing, it stays an open point.
 */
export function documentMeta(c: Case, options: BuildOptions, partyId: string | undefined): DocumentMeta {
  const party = partyId === undefined ? undefined : c.parties.find((p) => p.id === partyId);
  return {
    caseTitle: caseTitle(c),
    caseVersion: options.caseVersion,
    date: options.date,
    dnr: (party ? party.diaryNumber?.trim() : options.dnr?.trim()) || undefined,
    partyId,
    approval: options.approval,
    ...(!options.approval && options.partialApproval ? { partialApproval: options.partialApproval } : {}),
  };
}

/**
 * The list of what the answers left open, at the end of the document, so that a reader sees
 * at once what must be settled before the document is decided on or signed.
 */
export function openPointsSection(gaps: readonly Gap[]): Block[] {
  if (gaps.length === 0) return [];
  const unique = [...new Set(gaps.map((g) => g.what))];
  // Counted as listed: a section with two gaps is one point, and "8 öppna punkter" over a list of
  // six read as two missing (a walk); the markers are counted beside it.
  const places = unique.length < gaps.length ? ` på ${gaps.length} ställen` : "";
  return [
    heading(1, "Öppna punkter"),
    paragraph(
      unique.length === 1
        ? `Dokumentet har en öppen punkt, markerad med […]${places}. Den ska lösas innan dokumentet beslutas eller undertecknas:`
        : `Dokumentet har ${unique.length} öppna punkter, markerade med […]${places}. De ska lösas innan dokumentet beslutas eller undertecknas:`,
    ),
    bullets(unique.map((what) => [what.replace(/^./, (ch) => ch.toUpperCase())])),
  ];
}
