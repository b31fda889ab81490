import { findIdentityNumbers } from "../rules/personnummer";
import type { SpanKind } from "./types";

/** A stretch of the original text and what replaces it. */
export interface Match {
  start: number;
  end: number;
  kind: SpanKind;
  replacement: string;
  action: "removed" | "generalised";
  /** Found only by the shape of the words (capitals), or a name written small that may be a word ("på klippan"): removed from the proposal, but an editor who writes it back is not refused. */
  guess?: boolean;
}

function* regexMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

// Swedish numbers: 070-123 45 67, 08-123 456 78, 0771-12 34 56, +46 70 123 45 67, 031123456.
const PHONE = /(?<![\p{N}\p{L}])(?:\+46[\s-]?\(?0?\)?|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?![\p{N}])/gu;

// 10 or 12 digits, with or without - or +; classified by the rules engine's check of the date
// of birth, but not of the check digit: a mistyped number still identifies someone.
const IDENTITY = /(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)/g;
// Ten bare digits from 0: a phone number ("0701234567"), unless the check digit says otherwise.
const BARE_FROM_ZERO = /^0\d{9}$/;

// Organisationsnummer: NNNNNN-NNNN where the third digit is 2 or more (never a month).
const ORG_NUMBER = /(?<!\d)(?:16)?\d{2}[2-9]\d{3}-\d{4}(?!\d)/g;

// "Dnr SN 2024/32", "KS 2023/123", "SN/2024:45", "Dnr 2024/117-1". Legal citations are not diary numbers.
// Statute and regulation series are public references, not diary numbers ("SOSFS 2014:5", "HSLF-FS 2016:40", "AFS 2001:1"; a walk saw one removed).
const DIARY = /(?:\b[Dd]nr\.?:?\s*(?:[A-ZÅÄÖ]{1,6}[\s/-]?)?|\b(?!SFS\b|SOU\b|Ds\b|DS\b|EU\b|EG\b|SOSFS\b|HSLF\b|FS\b|AFS\b|TLVFS\b|MSBFS\b)[A-ZÅÄÖ]{2,6}[\s/-]?)(?:19|20)\d{2}[/:.-]\d{1,5}(?:[-:.]\d{1,4})?\b/g;

const STREET_SUFFIX = "gatan|vägen|gränd|gränden|torget|backen|allén|stigen|leden|platsen|plan|gata|väg|esplanaden|kajen|parken";
const ADDRESS = new RegExp(
  `(?:\\b[\\p{Lu}][\\p{L}-]*(?:${STREET_SUFFIX})\\s+\\d{1,4}\\s?[A-Za-z]?|\\bBox\\s+\\d{1,6})(?:,?\\s*\\d{3}\\s?\\d{2}\\s+[\\p{Lu}][\\p{L}-]+)?`,
  "gu",
);

/** Amounts in kronor: "5 000 000 kr", "5 MSEK", "1,2 mnkr", "800 000 kronor", "4,5 miljoner kronor". */
const AMOUNT =
  /(?<![\p{N}])(?:(?:ca|cirka|omkring|drygt|knappt|ungefär)\.?\s+)?(\d{1,3}(?:[\s\u00a0.]\d{3})+|\d+)(?:,(\d+))?\s*(kr|kronor|sek|tkr|tsek|mkr|mnkr|msek|mdkr|miljoner kronor|miljoner kr|miljoner|miljon kronor|miljon)(?![\p{L}])/giu;

const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
const DATE = new RegExp(
  `(?<![\\d-])((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d-])|\\b(?:den\\s+)?\\d{1,2}\\s+(?:${MONTHS})\\s+((?:19|20)\\d{2})\\b`,
  "giu",
);

const POPULATION = /(?<![\p{N}])(?:(?:ca|cirka|omkring|drygt|knappt|ungefär)\.?\s+)?(\d{1,3}(?:[\s\u00a0]\d{3})+|\d{3,7})\s+(invånare|innevånare|kommuninvånare)(?![\p{L}])/giu;

export function emails(text: string): Match[] {
  return [...regexMatches(text, EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: "epost", replacement: "[e-postadress]", action: "removed" }));
}

export function identityNumbers(text: string): Match[] {
  const out: Match[] = [];
  for (const m of regexMatches(text, IDENTITY)) {
    const [kind] = findIdentityNumbers(m[0], { checkDigit: false });
    if (kind && BARE_FROM_ZERO.test(m[0]) && findIdentityNumbers(m[0]).length === 0) continue;
    if (kind) out.push({ start: m.index, end: m.index + m[0].length, kind, replacement: `[${kind}]`, action: "removed" });
  }
  return out;
}

export function orgNumbers(text: string): Match[] {
  return [...regexMatches(text, ORG_NUMBER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "organisationsnummer",
    replacement: "[organisationsnummer]",
    action: "removed",
  }));
}

export function phones(text: string): Match[] {
  return [...regexMatches(text, PHONE)]
    .filter((m) => m[0].replace(/\D/g, "").length >= 8)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, kind: "telefon", replacement: "[telefonnummer]", action: "removed" }));
}

export function diaryNumbers(text: string): Match[] {
  return [...regexMatches(text, DIARY)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: "diarienummer", replacement: "[diarienummer]", action: "removed" }));
}

export function addresses(text: string): Match[] {
  return [...regexMatches(text, ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: "adress", replacement: "[adress]", action: "removed" }));
}

const UNIT_FACTOR: Record<string, number> = {
  kr: 1,
  kronor: 1,
  sek: 1,
  tkr: 1_000,
  tsek: 1_000,
  mkr: 1_000_000,
  mnkr: 1_000_000,
  msek: 1_000_000,
  miljoner: 1_000_000,
  "miljoner kronor": 1_000_000,
  "miljoner kr": 1_000_000,
  miljon: 1_000_000,
  "miljon kronor": 1_000_000,
  mdkr: 1_000_000_000,
};

/** Rounds kronor to the nearest half million and writes it as the report does ("5 MSEK", "2,5 MSEK"). */
export function roundedAmount(kronor: number): string {
  const halves = Math.round(kronor / 500_000);
  if (halves === 0) return "under 0,5 MSEK";
  const msek = halves / 2;
  return `cirka ${String(msek).replace(".", ",")} MSEK`;
}

export function amounts(text: string): Match[] {
  const out: Match[] = [];
  for (const m of regexMatches(text, AMOUNT)) {
    const whole = Number(m[1]!.replace(/[\s\u00a0.]/g, ""));
    const fraction = m[2] ? Number(`0.${m[2]}`) : 0;
    const factor = UNIT_FACTOR[m[3]!.toLowerCase()] ?? 1;
    const kronor = (whole + fraction) * factor;
    out.push({ start: m.index, end: m.index + m[0].length, kind: "belopp", replacement: roundedAmount(kronor), action: "generalised" });
  }
  return out;
}

export function dates(text: string): Match[] {
  return [...regexMatches(text, DATE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "datum",
    replacement: `år ${m[1] ?? m[4]}`,
    action: "generalised",
  }));
}

export const POPULATION_BANDS = [
  { id: "under-10000", label: "färre än 10 000 invånare", min: 0, max: 9_999 },
  { id: "10000-24999", label: "10 000–24 999 invånare", min: 10_000, max: 24_999 },
  { id: "25000-49999", label: "25 000–49 999 invånare", min: 25_000, max: 49_999 },
  { id: "50000-99999", label: "50 000–99 999 invånare", min: 50_000, max: 99_999 },
  { id: "100000-199999", label: "100 000–199 999 invånare", min: 100_000, max: 199_999 },
  { id: "200000-", label: "200 000 invånare eller fler", min: 200_000, max: Number.POSITIVE_INFINITY },
] as const;
export type PopulationBandId = (typeof POPULATION_BANDS)[number]["id"];

export function populationBand(inhabitants: number) {
  return POPULATION_BANDS.find((band) => inhabitants >= band.min && inhabitants <= band.max)!;
}

export function populations(text: string): Match[] {
  return [...regexMatches(text, POPULATION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "invanare",
    replacement: populationBand(Number(m[1]!.replace(/[\s\u00a0]/g, ""))).label,
    action: "generalised",
  }));
}
