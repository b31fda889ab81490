import { organisationAndPersonNames } from "./names";
import { type Match, addresses, amounts, dates, diaryNumbers, emails, identityNumbers, orgNumbers, phones, populations } from "./patterns";
import type { AnonymisationContext, AnonymisedText, Span } from "./types";

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

/**
 * Checks an editor's final wording: anything the anonymiser would still remove is reported.
 * Placeholders the anonymiser wrote ("[namn]", "Kommun A") are not findings.
 */
export function remainingFindings(text: string, context: AnonymisationContext = {}): Match[] {
  return findSensitive(text, context).filter((m) => m.action === "removed" || m.kind === "belopp" ? !isPlaceholder(text.slice(m.start, m.end)) : false);
}

function isPlaceholder(value: string): boolean {
  return /^\[[^\]]+\]$/.test(value) || /^(Kommun|Region|Kommunalförbund|Part) [A-Z]$/.test(value) || /^(cirka [\d,]+|under 0,5) MSEK$/.test(value);
}
