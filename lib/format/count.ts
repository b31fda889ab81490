// Counts in Swedish: the number with a space between thousands, and the noun (with any
// adjective) in the form that agrees with the number. One place for every "1 fråga" /
// "2 frågor" in the product, so no screen says "1 punkter" or "20000 tecken".

// sv-SE groups thousands with U+00A0, so a number never breaks across lines.
const integerFormatter = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** A whole number with a (non-breaking) space as thousands separator: 20000 → "20 000". */
export function formatInteger(value: number): string {
  return integerFormatter.format(Math.round(value));
}

/** A noun phrase in its singular and plural form, e.g. ["öppet hinder", "öppna hinder"]. */
export type Forms = readonly [one: string, other: string];

/** The form that agrees with n. Swedish uses the singular for exactly one, the plural for 0 and 2+. */
export function plural(n: number, forms: Forms): string {
  return Math.abs(n) === 1 ? forms[0] : forms[1];
}

/** "1 punkt att verifiera", "2 punkter att verifiera", "20 000 tecken". */
export function formatCount(n: number, forms: Forms): string {
  return `${formatInteger(n)} ${plural(n, forms)}`;
}

/** "0 av 1 fråga", "3 av 8 steg": the noun agrees with the total. */
export function formatCountOf(done: number, total: number, forms: Forms): string {
  return `${formatInteger(done)} av ${formatInteger(total)} ${plural(total, forms)}`;
}

/** Phrases the product counts; add here rather than writing a plural inline. */
export const NOUNS = {
  question: ["fråga", "frågor"],
  unansweredQuestion: ["obesvarad fråga", "obesvarade frågor"],
  match: ["träff", "träffar"],
  step: ["steg", "steg"],
  character: ["tecken", "tecken"],
  blocker: ["hinder", "hinder"],
  openBlocker: ["öppet hinder", "öppna hinder"],
  /** A blocker the jurist has not yet accepted or asked to be fixed, for their party. */
  undecidedBlocker: ["oavgjort hinder", "oavgjorda hinder"],
  warning: ["varning", "varningar"],
  verifyItem: ["punkt att verifiera", "punkter att verifiera"],
  finding: ["iakttagelse", "iakttagelser"],
  case: ["ärende", "ärenden"],
  person: ["person", "personer"],
  user: ["användare", "användare"],
  event: ["händelse", "händelser"],
  comment: ["kommentar", "kommentarer"],
  minute: ["minut", "minuter"],
  month: ["månad", "månader"],
  /** "1 månads förlängning", "6 månaders uppsägningstid". */
  monthGenitive: ["månads", "månaders"],
  day: ["dag", "dagar"],
  party: ["part", "parter"],
  second: ["sekund", "sekunder"],
  device: ["enhet", "enheter"],
  file: ["fil", "filer"],
  answer: ["svar", "svar"],
  openComment: ["öppen kommentar", "öppna kommentarer"],
  mail: ["utskick", "utskick"],
  checkPoint: ["punkt", "punkter"],
  clause: ["klausul", "klausuler"],
  /** A finding of the severity "Information" (SEVERITY_LABELS.info), counted: "information" has no plural. */
  info: ["upplysning", "upplysningar"],
} as const satisfies Record<string, Forms>;

/** What a text field says about its limit: always the limit, and how much is left (or over). */
export interface CharacterCountText {
  /** "Högst 20 000 tecken." */
  limit: string;
  /** "19 870 tecken kvar" or "12 tecken för mycket". */
  remaining: string;
  /** Close to or over the limit: worth announcing to a screen reader user, and showing strongly. */
  near: boolean;
  over: boolean;
}

/** The share of the limit left when a field starts to warn, as GOV.UK's character count does. */
const NEAR_LIMIT_SHARE = 0.1;

export function characterCount(length: number, max: number): CharacterCountText {
  const left = max - length;
  return {
    limit: `${capitalise(formatCharacterLimit(max))}.`,
    remaining: left >= 0 ? `${formatCount(left, NOUNS.character)} kvar` : `${formatCount(-left, NOUNS.character)} för mycket`,
    near: left <= max * NEAR_LIMIT_SHARE,
    over: left < 0,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/** "högst 20 000 tecken": a text limit as the user reads it. */
export function formatCharacterLimit(max: number): string {
  return `högst ${formatCount(max, NOUNS.character)}`;
}

/**
 * A list in Swedish prose: "a", "a och b", "a, b och c" (or "a, b eller c"). Empty parts are left out.
 */
export function joinList(parts: readonly string[], conjunction: "och" | "eller" = "och"): string {
  const items = parts.filter((part) => part.trim() !== "");
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * Findings counted by severity, those of none left out: "1 hinder, 2 varningar och 1 upplysning";
 * "" when there are none. Worded as formatFindingCounts is.
 */
export function formatSeverityCounts(counts: { blockers: number; warnings: number; infos: number }): string {
  return joinList([
    counts.blockers > 0 ? formatCount(counts.blockers, NOUNS.blocker) : "",
    counts.warnings > 0 ? formatCount(counts.warnings, NOUNS.warning) : "",
    counts.infos > 0 ? formatCount(counts.infos, NOUNS.info) : "",
  ]);
}

/** Why the points to verify are not added to the hinder and varningar beside them. */
const VERIFY_COUNTED_APART = "räknas för sig: en punkt kan också vara ett hinder eller en varning";

/**
 * "1 hinder och 2 varningar; 3 punkter att verifiera (räknas för sig: …)": a rules summary in one
 * phrase. A point to verify is a finding of any severity, often one of the warnings, so it is
 * counted apart and says so: "1 varning och 3 punkter att verifiera" read as four findings, and
 * "av alla fynd är 2 punkter att verifiera" beside no warning read as findings not shown (walks).
 */
export function formatFindingCounts(counts: { blockers: number; warnings: number; verifyItems: number }): string {
  const verify = formatCount(counts.verifyItems, NOUNS.verifyItem);
  return `${joinList([formatCount(counts.blockers, NOUNS.blocker), formatCount(counts.warnings, NOUNS.warning)])}; ${counts.verifyItems > 0 ? `${verify} (${VERIFY_COUNTED_APART})` : verify}`;
}
