import { organisationAndPersonNames } from "./names";
import { BAND_LABELS_SOURCE } from "./population-bands";
import { type Match, addresses, amounts, dates, diaryNumbers, emails, identityNumbers, orgNumbers, phones, populations } from "./patterns";
import type { AnonymisationContext, AnonymisedText, Span, SpanKind } from "./types";

// When two findings overlap, the longer wins; on equal length, the one earlier in this list.
const PRIORITY = ["personnummer", "samordningsnummer", "epost", "organisationsnummer", "telefon", "diarienummer", "adress", "part", "person", "kommunalforbund", "region", "kommun", "invanare", "belopp", "datum"];

function resolve(matches: Match[]): Match[] {
  const ordered = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start,
  );
  const taken: Match[] = [];
  for (const match of ordered) {
    if (taken.every((t) => match.end <= t.start || match.start >= t.end)) taken.push(match);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Every finding in the original text, before overlaps are resolved. */
export function findSensitive(text: string, context: AnonymisationContext = {}): Match[] {
  return resolve([
    ...identityNumbers(text),
    ...emails(text),
    ...orgNumbers(text),
    ...phones(text),
    ...diaryNumbers(text),
    ...addresses(text),
    ...organisationAndPersonNames(text, context),
    ...populations(text),
    ...amounts(text),
    ...dates(text),
  ]);
}

/**
 * The text as it would be published: identifying details removed, amounts, dates and
 * population generalised, with each change as a span in the output so it can be highlighted.
 */
export function anonymiseText(text: string, context: AnonymisationContext = {}): AnonymisedText {
  const matches = findSensitive(text, context);
  let out = "";
  let cursor = 0;
  const spans: Span[] = [];
  for (const match of matches) {
    out += text.slice(cursor, match.start);
    const start = out.length;
    out += match.replacement;
    spans.push({ start, end: out.length, kind: match.kind, action: match.action });
    cursor = match.end;
  }
  out += text.slice(cursor);
  return { text: out, spans };
}

// What the anonymiser (and the k-anonymity check) write for a population or an amount: the
// numbers inside "10 000–24 999 invånare" or "under 0,5 MSEK" are found again, and are not findings.
const GENERALISED_TEXT = new RegExp(`${BAND_LABELS_SOURCE}|(?:cirka [\\d,]+|under 0,5)[\\s\\u00a0]MSEK`, "gu");

/**
 * Checks an editor's final wording: anything the anonymiser would still remove or generalise is
 * reported, an exact population or date as much as a name (12 437 inhabitants or a committee's
 * meeting day tells the municipality). What the anonymiser wrote ("[namn]", "Kommun A", "cirka
 * 2,5 MSEK", "10 000–24 999 invånare", "år 2024") is not a finding.
 */
export function remainingFindings(text: string, context: AnonymisationContext = {}): Match[] {
  const written = [...text.matchAll(GENERALISED_TEXT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const isWritten = (m: Match) => isPlaceholder(text.slice(m.start, m.end)) || written.some((w) => w.start <= m.start && m.end <= w.end);
  // A guess by the words' capitals (names.ts) is removed from the proposal, but what an editor writes back on purpose is theirs to publish.
  return findSensitive(text, context).filter((m) => !m.guess && (m.action === "removed" || REPORTED_GENERALISED.has(m.kind)) && !isWritten(m));
}

const REPORTED_GENERALISED = new Set<SpanKind>(["belopp", "datum", "invanare"]);

function isPlaceholder(value: string): boolean {
  return /^\[[^\]]+\]$/.test(value) || /^(Kommun|Region|Kommunalförbund|Part) [A-Z]$/.test(value) || /^(cirka [\d,]+|under 0,5) MSEK$/.test(value);
}
