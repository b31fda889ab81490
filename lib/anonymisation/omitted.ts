import type { QuasiIdentifiers } from "./k-anonymity";
import { partyLettersBeyond } from "./party-letters";
import { populationBeyond } from "./population-bands";
import type { Span, SpanKind } from "./types";

/**
 * The quasi-identifiers an example's text can state outright. The k-anonymity check may leave
 * them out (null); the text must then leave them out too, or the page, its search index and
 * the API would name what the published fields hide.
 */
export type StatedQuasiField = "collaborationForm" | "procurementRoute";
/**
 * The published fields an example's text must not say more than: the two above, the number of
 * parties, which the anonymiser's party letters can tell (party-letters.ts), and the population
 * band, which the bands it writes for populations can (population-bands.ts).
 */
export type StatedQuasiIdentifiers = Pick<QuasiIdentifiers, StatedQuasiField | "partyCount" | "populationBand">;
const STATED_FIELDS: readonly StatedQuasiField[] = ["collaborationForm", "procurementRoute"];

/**
 * The section of an example (exampleSourceSections) that exists to state the field: the value,
 * the editors' reasons for it and Samverka's assessment of it. Left out whole with the field,
 * since the reasons and the assessment tell the value without naming it.
 */
export const SECTION_OF_FIELD: Record<StatedQuasiField, string> = { collaborationForm: "form", procurementRoute: "upphandling" };

/**
 * The agreement's clause on its parties (exampleSourceSections' "avtal.parter") names every party
 * and so tells their number exactly. It is published only where the published number is exact:
 * two. Under a band ("3–4"), a generalised count or none, it is left out whole.
 */
export const PARTIES_SECTION = "avtal.parter";

export const OMITTED_PLACEHOLDER: Record<StatedQuasiField, string> = { collaborationForm: "[samverkansform]", procurementRoute: "[upphandlingsväg]" };
const SPAN_KIND_OF_FIELD: Record<StatedQuasiField, SpanKind> = { collaborationForm: "samverkansform", procurementRoute: "upphandlingsvag" };

// A whole word (neither the end nor the start of a longer one), in any inflection; only the first
// letter may be a capital. Not the `i` flag: it would make the capital in "Kommunalförbund A"
// match "i" too. prisma/migrations/*_examples_without_omitted_quasi_identifiers mirrors these.
const START = "(?<![\\p{L}\\p{N}])";
const END = "\\p{L}*(?![\\p{L}\\p{N}])";
const word = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const phrase = (...words: string[]) => words.map((w, i) => (i === 0 ? word(w) : w)).join("\\s+");

// Every value of the field, not only the case's own: a stored example no longer knows which it
// was, and naming the alternatives ("we chose X over Y") tells the value by elimination.
const MENTIONS: Record<StatedQuasiField, RegExp> = {
  collaborationForm: new RegExp(
    `${START}(?:${[
      `${word("avtalssamverkan")}${END}`,
      // Not the anonymiser's placeholders for a party or a named förbund ("Kommunalförbund A", "[kommunalförbund]").
      `(?<!\\[)${word("kommunalförbund")}${END}(?!\\s\\p{Lu}(?![\\p{L}\\p{N}]))`,
      `${word("gemensam")}(?:ma)?\\s+nämnd${END}`,
      `${word("samordningsförbund")}${END}`,
      `${phrase("privaträttslig")}${END}\\s+samverkansform${END}`,
      `${phrase("nätverk")}${END}\\s+och\\s+informell${END}\\s+överenskommelse${END}`,
    ].join("|")})`,
    "gu",
  ),
  procurementRoute: new RegExp(
    `${START}(?:${[
      `${word("myndighetsutövning")}\\s*\\(utanför\\s+LOU\\)`,
      `${word("direktupphandl")}${END}`,
      `${word("hamburg")}${END}`,
      `${word("teckal")}${END}`,
      `${word("icke-ekonomisk")}${END}\\s+tjänst${END}(?:\\s+av\\s+allmänt\\s+intresse)?`,
      `(?:${word("annonserad")}\\s+)?${phrase("upphandling", "enligt", "LOU")}`,
      `${word("ordinarie")}\\s+upphandling${END}`,
    ].join("|")})`,
    "gu",
  ),
};

/** The stated fields that are left out (or unknown, which publishes the same way). */
export function omittedFields(published: StatedQuasiIdentifiers): StatedQuasiField[] {
  return STATED_FIELDS.filter((f) => published[f] === null);
}

interface Mention {
  start: number;
  end: number;
  replacement: string;
  kind: SpanKind;
  action: Span["action"];
  field?: StatedQuasiField;
}

function mentions(text: string, published: StatedQuasiIdentifiers): Mention[] {
  const found: Mention[] = [
    ...omittedFields(published).flatMap((field) =>
      [...text.matchAll(MENTIONS[field])].map((m) => ({ start: m.index, end: m.index + m[0].length, replacement: OMITTED_PLACEHOLDER[field], kind: SPAN_KIND_OF_FIELD[field], action: "removed" as const, field })),
    ),
    ...partyLettersBeyond(text, published.partyCount).map((m) => ({ start: m.start, end: m.end, replacement: m.replacement, kind: "part" as const, action: "removed" as const })),
    ...populationBeyond(text, published.populationBand).map((m) => ({ start: m.start, end: m.end, replacement: m.replacement, kind: "invanare" as const, action: "generalised" as const })),
  ];
  const taken: Mention[] = [];
  for (const m of found.sort((a, b) => a.start - b.start || b.end - a.end)) if (!taken.some((t) => m.start < t.end)) taken.push(m);
  return taken;
}

/** The left-out fields the text names, for telling editors what to take out. */
export function omittedMentions(text: string, published: StatedQuasiIdentifiers): StatedQuasiField[] {
  return [...new Set(mentions(text, published).flatMap((m) => (m.field ? [m.field] : [])))];
}

/**
 * The text with every mention of a left-out field replaced by its placeholder, every party
 * letter beyond the published number of parties by a placeholder without one, and every
 * population band finer than the published one by the broader band; the spans move
 * with the text, and each placeholder gets one (highlighted for the editors like the others).
 */
export function maskOmitted(text: string, spans: readonly Span[], published: StatedQuasiIdentifiers): { text: string; spans: Span[] } {
  const found = mentions(text, published);
  if (!found.length) return { text, spans: [...spans] };
  let out = "";
  let cursor = 0;
  const added: Span[] = [];
  const shifts: Array<{ at: number; by: number }> = [];
  for (const m of found) {
    out += text.slice(cursor, m.start);
    added.push({ start: out.length, end: out.length + m.replacement.length, kind: m.kind, action: m.action });
    out += m.replacement;
    shifts.push({ at: m.end, by: m.replacement.length - (m.end - m.start) });
    cursor = m.end;
  }
  out += text.slice(cursor);
  const moved = spans
    .filter((s) => !found.some((m) => s.start < m.end && s.end > m.start))
    .map((s) => {
      const by = shifts.filter((x) => x.at <= s.start).reduce((sum, x) => sum + x.by, 0);
      return { ...s, start: s.start + by, end: s.end + by };
    });
  return { text: out, spans: [...moved, ...added].sort((a, b) => a.start - b.start) };
}

interface PublishableSection {
  id: string;
  heading: string;
  text: string;
  spans: Span[];
}

/**
 * An example's title and sections as they may be published with these fields: the sections
 * that state a left-out field dropped (the parties clause where the number of parties is not
 * exact), any other mention of it masked, and the party letters the published number of parties
 * does not allow masked too. Idempotent, so it is applied wherever an example is written for
 * SKR staff and again wherever it is read.
 */
export function withoutOmitted<S extends PublishableSection>(example: { title: string; sections: readonly S[] }, published: StatedQuasiIdentifiers): { title: string; sections: S[] } {
  const omitted = omittedFields(published);
  const dropped = new Set([...omitted.map((f) => SECTION_OF_FIELD[f]), ...(published.partyCount === "2" ? [] : [PARTIES_SECTION])]);
  return {
    title: maskOmitted(example.title, [], published).text,
    sections: example.sections.filter((s) => !dropped.has(s.id)).map((s) => ({ ...s, ...maskOmitted(s.text, s.spans ?? [], published) })),
  };
}
