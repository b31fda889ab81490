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
  step: ["steg", "steg"],
  character: ["tecken", "tecken"],
  blocker: ["hinder", "hinder"],
  openBlocker: ["öppet hinder", "öppna hinder"],
  warning: ["varning", "varningar"],
  verifyItem: ["punkt att verifiera", "punkter att verifiera"],
  finding: ["iakttagelse", "iakttagelser"],
  case: ["ärende", "ärenden"],
  person: ["person", "personer"],
  user: ["användare", "användare"],
  event: ["händelse", "händelser"],
  comment: ["kommentar", "kommentarer"],
  minute: ["minut", "minuter"],
  day: ["dag", "dagar"],
  party: ["part", "parter"],
} as const satisfies Record<string, Forms>;

/** "högst 20 000 tecken": a text limit as the user reads it. */
export function formatCharacterLimit(max: number): string {
  return `högst ${formatCount(max, NOUNS.character)}`;
}

/**
 * A list in Swedish prose: "a", "a och b", "a, b och c". Empty parts are left out.
 */
export function joinList(parts: readonly string[]): string {
  const items = parts.filter((part) => part.trim() !== "");
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** "1 hinder, 2 varningar och 1 punkt att verifiera": a rules summary in one phrase. */
export function formatFindingCounts(counts: { blockers: number; warnings: number; verifyItems: number }): string {
  return joinList([formatCount(counts.blockers, NOUNS.blocker), formatCount(counts.warnings, NOUNS.warning), formatCount(counts.verifyItems, NOUNS.verifyItem)]);
}
