import { daysInMonth } from "../format/date";

/**
 * Candidates: YYMMDD-XXXX, YYMMDD+XXXX, YYMMDDXXXX and the same with a
 * century prefix. The lookarounds keep longer digit runs (account numbers,
 * amounts) from matching in the middle. Compiled once: the engine scans every
 * free-text field of every case.
 */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})(?!\d)/g;

export type IdentityNumberKind = "personnummer" | "samordningsnummer";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

function classify(
  century: string | undefined,
  yy: string,
  mm: string,
  dd: string,
  serial: string,
  checkDigit: boolean,
): IdentityNumberKind | undefined {
  if (century !== undefined && century !== "18" && century !== "19" && century !== "20") return undefined;
  const month = Number(mm);
  if (month < 1 || month > 12) return undefined;
  let day = Number(dd);
  // Samordningsnummer add 60 to the day of birth.
  const coordination = day > 60;
  if (coordination) day -= 60;
  // Without a century, 2000 is used because it is a leap year and so accepts 29 February.
  const year = century !== undefined ? Number(century + yy) : 2000;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (checkDigit && !luhnValid(yy + mm + dd + serial)) return undefined;
  return coordination ? "samordningsnummer" : "personnummer";
}

/**
 * The kinds of Swedish identity numbers found in the text (empty when none). With
 * `checkDigit: false` a number with a valid date of birth counts even when its check digit is
 * wrong: the anonymisation removes mistyped numbers too, since they still point at a person.
 */
export function findIdentityNumbers(text: string, { checkDigit = true }: { checkDigit?: boolean } = {}): IdentityNumberKind[] {
  const found: IdentityNumberKind[] = [];
  if (text.length < 10) return found;
  CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(text)) !== null) {
    const kind = classify(match[1], match[2] ?? "", match[3] ?? "", match[4] ?? "", match[5] ?? "", checkDigit);
    if (kind) found.push(kind);
  }
  return found;
}

export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text).length > 0;
}
