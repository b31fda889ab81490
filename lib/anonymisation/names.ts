import { MUNICIPALITIES, REGIONS } from "../reference/municipalities";
import type { Match } from "./patterns";
import type { AnonymisationContext, SpanKind } from "./types";

// Municipality names that are also ordinary Swedish words or common names ("Vara", "Mark",
// "Berg", "Boden", "Nora"). At the start of a sentence they are removed only when followed
// by "kommun" or "stad"; elsewhere a capital letter is enough.
const AMBIGUOUS = new Set(["Mark", "Vara", "Berg", "Boden", "Kil", "Nora", "Sala", "Mora", "Ale", "Eda", "Salem", "Orsa", "Lund", "Habo", "Åre", "Heby", "Kinda", "Ydre", "Hjo", "Flen", "Laxå", "Bjuv", "Tierp", "Torsås", "Ånge"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Norrström" → ["Norrström", "Norrströms"]; "Borås" keeps its genitive unchanged. */
function inflections(base: string): string[] {
  return /[sxz]$/i.test(base) ? [base] : [base, `${base}s`];
}

interface NamePattern {
  re: RegExp;
  kind: SpanKind;
  replacement: string;
  ambiguous?: boolean;
}

const SUFFIX = String.raw`(?:\s+(?:kommun|stad|kommuns|stads|kommunkoncern|kommunkoncerns))`;

function namePattern(base: string | readonly string[], kind: SpanKind, replacement: string, withSuffix: boolean, ambiguous = false): NamePattern {
  const bases = typeof base === "string" ? [base] : base;
  // Longest first, so "Upplands Väsby" wins over a shorter name inside it.
  const alts = bases.flatMap(inflections).sort((a, b) => b.length - a.length).map(escape).join("|");
  const tail = withSuffix ? `${SUFFIX}?` : "";
  // Letters on either side mean the name is part of another word ("Marknad", "Lundby").
  return { re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts})${tail}(?![\\p{L}\\p{N}])`, "gu"), kind, replacement, ambiguous };
}

// Three combined patterns instead of one per name: a text is scanned three times, not 330.
const GAZETTEER: NamePattern[] = [
  namePattern(REGIONS.flatMap((region) => [region.officialName, ...region.aliases]), "region", "[region]", false),
  namePattern(MUNICIPALITIES.filter((m) => !AMBIGUOUS.has(m.name)).map((m) => m.name), "kommun", "[kommun]", true),
  namePattern(MUNICIPALITIES.filter((m) => AMBIGUOUS.has(m.name)).map((m) => m.name), "kommun", "[kommun]", true, true),
];

// "Kommunalförbundet Sydväst", "Samordningsförbundet Norra Dalsland", "Räddningstjänstförbundet X",
// "Sydvästra Skånes kommunalförbund", "Norra Älvsborgs räddningstjänstförbund".
const FORBUND = [
  /(?<![\p{L}])(?:[\p{Lu}][\p{L}-]*förbundet)(?:\s+[\p{Lu}][\p{L}-]*){1,3}/gu,
  /(?<![\p{L}])(?:[\p{Lu}][\p{L}-]*\s+){1,3}(?:kommunalförbund|samordningsförbund|räddningstjänstförbund|kommunförbund)(?:et)?(?![\p{L}])/gu,
];

function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:[.!?:]\s+|\n\s*|^\s*)$/.test(before) || /^\s*$/.test(text.slice(0, index));
}

function collect(text: string, pattern: NamePattern): Match[] {
  const out: Match[] = [];
  pattern.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.re.exec(text)) !== null) {
    const hasSuffix = /\s(kommun|stad)/.test(m[0]);
    if (pattern.ambiguous && !hasSuffix && sentenceStart(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: pattern.kind, replacement: pattern.replacement, action: "removed" });
  }
  return out;
}

const PARTY_LABEL: Record<string, string> = {
  kommun: "Kommun",
  region: "Region",
  kommunalforbund: "Kommunalförbund",
};

const NAMES_ENDING_IN_S = new Set(MUNICIPALITIES.map((m) => m.name).filter((name) => name.endsWith("s")));

/** The base of a party's name: "Norrströms kommun" → "Norrström", "Region Östergötland" stays. */
export function partyBaseName(name: string): string {
  const trimmed = name.trim();
  const m = /^(.+?)s?\s+(?:kommun|stad)$/i.exec(trimmed);
  if (m) {
    const withS = trimmed.replace(/\s+(?:kommun|stad)$/i, "");
    // "Norrströms kommun" → "Norrström"; "Borås stad" and "Bengtsfors kommun" keep the s that
    // is the name's own: a municipality's name in the gazetteer, or one of the usual endings.
    return withS.endsWith("s") && !NAMES_ENDING_IN_S.has(withS) && !/(ås|os|us|is|ös|näs|nes|fors)$/i.test(withS) ? withS.slice(0, -1) : withS;
  }
  return trimmed;
}

/** Placeholder for the n:th party: Kommun A, Kommun B, Region C … */
export function partyPlaceholder(index: number, type: string | undefined): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return `${PARTY_LABEL[type ?? ""] ?? "Part"} ${letter}`;
}

/** Common Swedish first names (and their short forms), to catch "Anna Svensson" or "Kalle" written by someone who is not a user of the case. */
const FIRST_NAMES =
  "Anna|Eva|Maria|Karin|Kristina|Lena|Sara|Emma|Kerstin|Ingrid|Marie|Malin|Jenny|Annika|Hanna|Linda|Susanne|Elin|Monica|Johanna|Helena|Camilla|Sofia|Ulla|Birgitta|Inger|Margareta|Elisabeth|Åsa|Ida|Maja|Julia|Fredrika|Cecilia|Lisa|Ann|Anneli|Louise|Petra|Therese|Erik|Lars|Karl|Anders|Johan|Per|Nils|Jan|Carl|Mikael|Hans|Peter|Olof|Lennart|Gunnar|Sven|Fredrik|Bengt|Daniel|Bo|Åke|Magnus|Göran|Andreas|Stefan|Alexander|Mats|Johannes|Leif|Jonas|Martin|Ulf|Björn|Thomas|Christer|Kjell|Mattias|David|Henrik|Niklas|Oskar|Gustav|Jakob|Emil|Tobias|Patrik|Roger|Robert|Rickard|Viktor|Sebastian|Ola|Kent|Håkan|Tommy|Joakim|Marcus|Jörgen|Pontus|" +
  "Kalle|Lasse|Pelle|Olle|Nisse|Janne|Micke|Kicki|Lotta|Mia|Stina|Lina|Frida|Amanda|Matilda|Ebba|Alva|Alice|Elsa|Wilma|Klara|Moa|Tove|Vera|Agnes|Astrid|Ester|Saga|Nora|Ellen|Felicia|Josefin|Jessica|Caroline|Charlotte|Emelie|Emilia|Isabelle|Jennifer|Katarina|Madeleine|Mikaela|Pernilla|Rebecka|Sandra|Sanna|Sofie|Veronica|Viktoria|Yvonne|Agneta|Barbro|Berit|Britt|Gunilla|Gun|Irene|Lisbeth|Marianne|Siv|Solveig|Ylva|Anette|Carina|Maria|Marita|Mona|Pia|Eva-Lena|Ann-Sofie|Ann-Christin|Anna-Karin|" +
  "Adam|Albin|Alfred|Anton|Arvid|Axel|Benjamin|Carl-Johan|Casper|Christian|Dennis|Edvin|Elias|Erland|Filip|Gabriel|Gösta|Hampus|Harald|Hugo|Isak|Ivar|Jesper|Jimmy|Jonathan|Kenneth|Kristoffer|Kurt|Linus|Love|Lucas|Ludvig|Malte|Max|Melvin|Mohammed|Mohamed|Ahmed|Ali|Morgan|Noah|Oliver|Oscar|Otto|Rasmus|Rolf|Rune|Samuel|Simon|Stig|Sture|Tage|Ture|Torbjörn|Urban|Valter|Vilhelm|William|Wilhelm|Per-Olof|Lars-Erik|Jan-Erik|Karl-Erik|Bertil|Ingemar|Ingvar|Roland|Arne|Rune|Gert|Lars-Göran|Anna-Lena|Hassan|Fatima|Amina|Yusuf|Omar|Ibrahim";
const TITLED_PERSON = new RegExp(
  `(?<![\\p{L}])(?:(?:${FIRST_NAMES})(?:\\s+[\\p{Lu}]\\.)?(?:\\s+[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?){1,2})(?![\\p{L}])`,
  "gu",
);
/** A known first name on its own ("Ring Kalle"), except where a sentence begins: "Per" and "Bo" are also words. */
const LONE_FIRST_NAME = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${FIRST_NAMES})(?![\\p{L}\\p{N}])`, "gu");
const AFTER_TITLE = /(?<=\b(?:socialchef|socialchefen|enhetschef|enhetschefen|verksamhetschef|förvaltningschef|kommunjurist|jurist|juristen|handläggare|handläggaren|kontaktperson|ordförande|ordföranden|nämndsekreterare|kommundirektör|kommundirektören|samordnare|utredare|ekonom|controller)\s+)[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)?(?![\p{L}])/gu;

/**
 * Two or three words in a row with capitals ("Kalle Andersson", "Siv Lund-Berg"): Swedish writes
 * only names so, so such a run is taken for a person's name unless it is a place or an
 * organisation found otherwise (checked by the caller) or holds a word below. A walk published
 * "Ring gärna Kalle Andersson på …": a name the lists did not know went out as written.
 */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}[-])[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?(?:\s+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?){1,2}(?![\p{L}\p{N}])/gu;
/** Capitalised words that are no one's name: a run holding one is left as written ("Sveriges Kommuner och Regioner", "Kommun A"). */
const NOT_A_PERSON = new Set([
  "Kommun", "Kommuner", "Region", "Regioner", "Sveriges", "Part", "Socialstyrelsen", "Upphandlingsmyndigheten", "Konkurrensverket", "Integritetsskyddsmyndigheten",
  "Inspektionen", "Justitieombudsmannen", "Skatteverket", "Försäkringskassan", "Arbetsförmedlingen", "Migrationsverket", "Polisen", "Kriminalvården", "Statens",
  "Europeiska", "Unionen", "Hamburg", "Teckal", "Barnahus", "Stockholm", "Göteborg", "Malmö", "Sverige", "Norden", "Lagen", "Förordningen", "Kommunallagen",
]);

/** Matches of `re` as person names, each with what to write instead. */
function people(text: string, re: RegExp, keep: (match: RegExpExecArray) => boolean = () => true): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (keep(m)) out.push({ start: m.index, end: m.index + m[0].length, kind: "person", replacement: "[namn]", action: "removed" });
  }
  return out;
}

export function organisationAndPersonNames(text: string, context: AnonymisationContext): Match[] {
  const out: Match[] = [];
  (context.parties ?? []).forEach((party, index) => {
    const name = party.name?.trim();
    if (!name || name.length < 2) return;
    const placeholder = partyPlaceholder(index, party.type);
    const base = partyBaseName(name);
    // "Fjällvikens socialnämnd" becomes "Kommun B:s socialnämnd", not "Kommun B socialnämnd".
    const genitive = (matched: string) => /\s(?:kommuns|stads|kommunkoncerns)$/.test(matched) || (matched === `${base}s` && !/[sxz]$/i.test(base));
    for (const variant of new Set([name, base])) {
      for (const match of collect(text, { ...namePattern(variant, "part", placeholder, true), ambiguous: false })) {
        out.push(genitive(text.slice(match.start, match.end)) ? { ...match, replacement: `${placeholder}:s` } : match);
      }
    }
  });
  for (const name of context.extraNames ?? []) {
    if (name.trim().length < 2) continue;
    const base = partyBaseName(name);
    for (const variant of new Set([name.trim(), base])) out.push(...collect(text, namePattern(variant, "kommun", "[namn]", true)));
  }
  for (const pattern of GAZETTEER) out.push(...collect(text, pattern));
  for (const re of FORBUND) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: "kommunalforbund", replacement: "[kommunalförbund]", action: "removed" });
    }
  }
  for (const full of context.personNames ?? []) {
    const parts = full.trim().split(/\s+/).filter((p) => p.length >= 2);
    if (!parts.length) continue;
    // The full name, and each part on its own (a surname alone identifies as well).
    for (const variant of new Set([parts.join(" "), ...parts])) {
      out.push(...collect(text, namePattern(variant, "person", "[namn]", false)));
    }
  }
  out.push(...people(text, TITLED_PERSON), ...people(text, AFTER_TITLE), ...people(text, LONE_FIRST_NAME, (m) => !sentenceStart(text, m.index)));
  // Last, and only where nothing above found a place, an organisation or a known name.
  const found = [...out];
  const overlapsFound = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  out.push(...people(text, CAPITALISED_RUN, (m) => !m[0].split(/[\s-]+/).some((word) => NOT_A_PERSON.has(word)) && !overlapsFound(m.index, m.index + m[0].length)));
  return out;
}
