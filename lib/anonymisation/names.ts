import { escapeRegExp, withGenitive } from "../format/name-pattern";
import { MUNICIPALITIES, REGIONS } from "../reference/municipalities";
import type { Match } from "./patterns";
import type { AnonymisationContext, SpanKind } from "./types";

// Municipality names that are also ordinary Swedish words or common names ("Vara", "Mark",
// "Berg", "Boden", "Nora"). At the start of a sentence they are removed only when followed
// by "kommun" or "stad"; elsewhere a capital letter is enough.
const AMBIGUOUS = new Set(["Mark", "Vara", "Berg", "Boden", "Kil", "Nora", "Sala", "Mora", "Ale", "Eda", "Salem", "Orsa", "Lund", "Habo", "Åre", "Heby", "Kinda", "Ydre", "Hjo", "Flen", "Laxå", "Bjuv", "Tierp", "Torsås", "Ånge"]);


interface NamePattern {
  re: RegExp;
  kind: SpanKind;
  replacement: string;
  ambiguous?: boolean;
}

const SUFFIX = String.raw`(?:\s+(?:kommun|stad|kommuns|stads|kommunkoncern|kommunkoncerns))`;

/** "Norrström" → "[Nn]orrström": the name with its first letter in either case. */
function eitherCase(name: string): string {
  const first = name[0] ?? "";
  const upper = first.toLocaleUpperCase("sv");
  const lower = first.toLocaleLowerCase("sv");
  return upper === lower ? escapeRegExp(name) : `[${escapeRegExp(upper)}${escapeRegExp(lower)}]${escapeRegExp(name.slice(1))}`;
}

/** `anyCase`: also with a small first letter ("norrström"), for a party's name that is no ordinary word. */
function namePattern(base: string | readonly string[], kind: SpanKind, replacement: string, withSuffix: boolean, ambiguous = false, anyCase = false): NamePattern {
  const bases = typeof base === "string" ? [base] : base;
  // Longest first, so "Upplands Väsby" wins over a shorter name inside it.
  const alts = bases.flatMap(withGenitive).sort((a, b) => b.length - a.length).map(anyCase ? eitherCase : escapeRegExp).join("|");
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
  "Ann-Christin|Anna-Karin|Carl-Johan|Kristoffer|Lars-Göran|Alexander|Ann-Sofie|Anna-Lena|Charlotte|Christian|Elisabeth|Karl-Erik|Lars-Erik|Madeleine|Margareta|Sebastian|Benjamin|Birgitta|Caroline|Christer|Eva-Lena|Fredrika|Isabelle|Jan-Erik|Jennifer|Johannes|Jonathan|Katarina|Kristina|Marianne|Mohammed|Per-Olof|Pernilla|Torbjörn|Veronica|Viktoria|Andreas|Camilla|Cecilia|Felicia|Fredrik|Gabriel|Gunilla|Ibrahim|Ingemar|Jessica|Johanna|Josefin|Kenneth|Kerstin|" +
  "Lennart|Lisbeth|Matilda|Mattias|Mikaela|Mohamed|Rebecka|Rickard|Solveig|Susanne|Therese|Vilhelm|Wilhelm|William|Agneta|Alfred|Amanda|Anders|Anette|Anneli|Annika|Astrid|Barbro|Bertil|Carina|Casper|Daniel|Dennis|Emelie|Emilia|Erland|Fatima|Gunnar|Gustav|Hampus|Harald|Hassan|Helena|Henrik|Ingrid|Ingvar|Jesper|Joakim|Jörgen|Louise|Ludvig|Magnus|Marcus|Marita|Martin|" +
  "Melvin|Mikael|Monica|Morgan|Niklas|Oliver|Patrik|Pontus|Rasmus|Robert|Roland|Samuel|Sandra|Stefan|Thomas|Tobias|Valter|Viktor|Yvonne|Agnes|Ahmed|Albin|Alice|Amina|Anton|Arvid|Bengt|Berit|Björn|Britt|David|Edvin|Elias|Ellen|Ester|Filip|Frida|Göran|Gösta|Hanna|Håkan|Inger|Irene|Jakob|Janne|Jenny|Jimmy|Johan|Jonas|Julia|" +
  "Kalle|Karin|Kicki|Kjell|Klara|Lasse|Linda|Linus|Lotta|Lucas|Malin|Malte|Maria|Marie|Micke|Nisse|Oscar|Oskar|Pelle|Peter|Petra|Roger|Sanna|Simon|Sofia|Sofie|Stina|Sture|Tommy|Urban|Wilma|Yusuf|Adam|Alva|Anna|Arne|Axel|Carl|Ebba|Elin|Elsa|Emil|Emma|Erik|Gert|Hans|Hugo|Isak|Ivar|Karl|" +
  "Kent|Kurt|Lars|Leif|Lena|Lina|Lisa|Love|Maja|Mats|Mona|Nils|Noah|Nora|Olle|Olof|Omar|Otto|Rolf|Rune|Saga|Sara|Stig|Sven|Tage|Tove|Ture|Ulla|Vera|Ylva|Ali|Ann|Eva|Gun|Ida|Jan|Max|Mia|Moa|Ola|Per|Pia|Siv|Ulf|Åke|Åsa|Bo";
/** A first name, hyphenated or not ("Eva-Lena", and "Anna-Maria" that the list has only halves of). */
const FIRST_NAME = `(?:${FIRST_NAMES})(?:-[\\p{Lu}][\\p{Ll}]+)?`;
const TITLED_PERSON = new RegExp(
  `(?<![\\p{L}-])(?:${FIRST_NAME}(?:[ \\t\\u00a0]+[\\p{Lu}]\\.)?(?:[ \\t\\u00a0]+[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?){1,2})(?![\\p{L}-])`,
  "gu",
);
/** A known first name on its own ("Ring Kalle", "Kalle ringde"). */
const LONE_FIRST_NAME = new RegExp(`(?<![\\p{L}\\p{N}-])${FIRST_NAME}(?![\\p{L}\\p{N}-])`, "gu");
/** First names that are also Swedish words or common nouns: on their own, taken for a name only inside a sentence ("Per månad", "Bo kvar"). */
const FIRST_NAMES_ALSO_WORDS = new Set(["Per", "Bo", "Jan", "Hans", "Max", "Stig", "Love", "Sanna", "Saga", "Urban", "Klara", "Gun", "Kent", "Rune", "Vera", "Tage", "Ture", "Otto", "Mia", "Ali", "Alva", "Ester", "Mona", "Nora", "Ola"]);
const AFTER_TITLE = /(?<=\b(?:socialchef|socialchefen|enhetschef|enhetschefen|verksamhetschef|förvaltningschef|kommunjurist|jurist|juristen|handläggare|handläggaren|kontaktperson|ordförande|ordföranden|nämndsekreterare|kommundirektör|kommundirektören|samordnare|utredare|ekonom|controller)\s+)[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)?(?![\p{L}])/gu;

/**
 * Two or three words in a row with capitals on one line ("Kalle Andersson", "Siv Lund-Berg"):
 * Swedish writes only names so, so such a run inside a sentence is taken for a person's name
 * unless it is a place or an organisation found otherwise (checked by the caller) or holds a word
 * below. A walk published "Ring gärna Kalle Andersson på …": a name the lists did not know went
 * out as written. Where a sentence begins its first word has its capital anyway, so the run is
 * counted from the second word (a review: "Enligt Socialstyrelsens föreskrifter" went as a name).
 */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}[-])[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?(?:[ \t\u00a0]+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?){1,2}(?![\p{L}\p{N}])/gu;
/** Capitalised words that are no one's name (checked without a genitive s): a run holding one is left as written. */
const NOT_A_PERSON = new Set([
  "Kommun", "Kommuner", "Region", "Regioner", "Sverige", "Sveriges", "Part", "Socialstyrelsen", "Upphandlingsmyndigheten", "Konkurrensverket", "Integritetsskyddsmyndigheten",
  "Inspektionen", "Justitieombudsmannen", "Skatteverket", "Försäkringskassan", "Arbetsförmedlingen", "Migrationsverket", "Polisen", "Kriminalvården", "Statens", "Länsstyrelsen",
  "Europeiska", "Unionen", "Hamburg", "Teckal", "Barnahus", "Stockholm", "Göteborg", "Malmö", "Norden", "Lagen", "Förordningen", "Kommunallagen", "Socialtjänstlagen", "Socialtjänsten",
  "Social", "Jour", "Familjerätt", "Barn", "Unga", "Vuxen", "Stöd", "Öppenvård", "Microsoft", "Teams", "Treserva", "Lifecare", "Pulsen", "Combine", "Procapita", "Viva",
]);
/** Definite forms of nouns for units and bodies ("Vuxenenheten", "Socialjouren", "Familjecentralen"): no one's name. */
const UNIT_ENDING = /(?:heten|ningen|tionen|jouren|nämnden|styrelsen|verket|huset|gruppen|teamet|förbundet|kontoret|centralen|mottagningen|boendet|hemmet|tjänsten|lagen|förvaltningen|avdelningen|enheten|ssystemet)$/;
const notAPerson = (word: string) => NOT_A_PERSON.has(word) || NOT_A_PERSON.has(word.replace(/s$/, "")) || UNIT_ENDING.test(word.replace(/s$/, ""));

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

/**
 * A name that is also an ordinary word ("Mark", "Vara", "Lund") is taken only as written, with its
 * capital, and never as the start of a longer word ("Marknaden"); other names also in compounds
 * and with a small first letter. A walk published "Norrströmsmodellen", "norrström" and
 * "Fjällviksborna". Written small, a name may still be a word ("på klippan", "i sandviken"): it is
 * taken out of the proposal but not refused when an editor writes it back (a guess).
 */
const wordLike = (base: string) => AMBIGUOUS.has(base);

/** Endings that only inflect the name or make an adjective or a resident of it ("göteborgska", "stockholmarna"): no word of their own to keep. */
// "ka" and "kt" too: "göteborgska" is read as the name, its linking s and the rest.
const INFLECTION = /^(?:a|ar|are|arna|arnas|ares|or|er|erna|s|sk|ska|skt|ka|kt|iska|isk|iskt|se|sa)$/;

/**
 * A name as the first part of a longer word: "Norrströmsmodellen" → "Kommun A-modellen", and a
 * name in -en by its stem too ("Fjällviksborna" → "Kommun B-borna"). Not where a name match
 * already stands ("Fjällvikens" is the genitive, not "Fjällvik" + "ens").
 */
function compounds(text: string, base: string, kind: SpanKind, replacement: (rest: string) => string, taken: readonly Match[]): Match[] {
  const stems = [base, ...(/en$/.test(base) && base.length >= 7 ? [base.slice(0, -2)] : [])];
  const alts = stems.sort((a, b) => b.length - a.length).map(eitherCase).join("|");
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts})s?(\\p{Ll}{2,})(?![\\p{L}\\p{N}])`, "gu");
  const out: Match[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const rest = m[1]!;
    const small = m[0][0] !== m[0][0]!.toLocaleUpperCase("sv");
    out.push({ start, end, kind, replacement: INFLECTION.test(rest) ? replacement("") : replacement(rest), action: "removed", ...(small ? { guess: true } : {}) });
  }
  return out;
}

/**
 * Every way a text names one organisation of the case: as written and in its genitive, and for a
 * party (`loose`) also in lower case and in compounds. A name an editor marked ("Solrosen") is
 * taken only as written: its stem would take other words ("Solrosor").
 */
function organisationName(text: string, name: string, kind: SpanKind, placeholder: string, genitiveOf: (placeholder: string) => string, loose: boolean): Match[] {
  const base = partyBaseName(name);
  const anyCase = loose && !wordLike(base);
  // "Fjällvikens socialnämnd" becomes "Kommun B:s socialnämnd", not "Kommun B socialnämnd".
  const genitive = (matched: string) => /\s(?:kommuns|stads|kommunkoncerns)$/.test(matched) || (matched.toLocaleLowerCase("sv") === `${base}s`.toLocaleLowerCase("sv") && !/[sxz]$/i.test(base));
  const out: Match[] = [];
  for (const variant of new Set([name, base])) {
    for (const match of collect(text, namePattern(variant, kind, placeholder, true, false, anyCase && variant === base))) {
      const written = text.slice(match.start, match.end);
      const small = written[0] !== written[0]!.toLocaleUpperCase("sv");
      out.push({ ...match, ...(genitive(written) ? { replacement: genitiveOf(placeholder) } : {}), ...(small ? { guess: true } : {}) });
    }
  }
  if (anyCase) out.push(...compounds(text, base, kind, (rest) => (rest ? `${placeholder}-${rest}` : placeholder), out));
  return out;
}

export function organisationAndPersonNames(text: string, context: AnonymisationContext): Match[] {
  const out: Match[] = [];
  (context.parties ?? []).forEach((party, index) => {
    const name = party.name?.trim();
    if (!name || name.length < 2) return;
    out.push(...organisationName(text, name, "part", partyPlaceholder(index, party.type), (placeholder) => `${placeholder}:s`, true));
  });
  for (const name of context.extraNames ?? []) {
    if (name.trim().length < 2) continue;
    out.push(...organisationName(text, name.trim(), "kommun", "[namn]", (placeholder) => placeholder, false));
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
  out.push(...people(text, TITLED_PERSON), ...people(text, AFTER_TITLE), ...people(text, LONE_FIRST_NAME, (m) => !(FIRST_NAMES_ALSO_WORDS.has(m[0]) && sentenceStart(text, m.index))));
  // Last, and only where nothing above found a place, an organisation or a known name.
  const found = [...out];
  const overlapsFound = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const run of people(text, CAPITALISED_RUN)) {
    let { start } = run;
    let words = text.slice(start, run.end).split(/[ \t\u00a0]+/);
    // A sentence's first word has its capital anyway: the name, if any, is what follows it.
    if (sentenceStart(text, start)) {
      start += words[0]!.length + (text.slice(start + words[0]!.length).match(/^[ \t\u00a0]+/)?.[0].length ?? 0);
      words = words.slice(1);
    }
    if (words.length < 2 || words.some((word) => word.split("-").some(notAPerson)) || overlapsFound(start, run.end)) continue;
    out.push({ ...run, start, guess: true });
  }
  return out;
}
