// Line breaks that split a reference to the law: "9 kap." or "37 §" broken over two lines reads
// as a stray number (a walk found "9" at a line's end and "kap. 37 §" on the next in a PDF).
// Swedish practice keeps a paragraph's number with its sign; the renderers put a no-break space
// there, so the model and its tests keep ordinary spaces.

const NBSP = "\u00a0";
/** "9 kap.", "19 a kap.", "37 §", "3 a §", "1 st.", and "art. 28", "Artikel 28". */
const NUMBER_BEFORE = /(\d+)(?: ([a-z]))? (kap\.|§|st\.|p\.)/g;
const ARTICLE = /\b([Aa]rt\.|[Aa]rtikel|[Aa]rtiklarna|[Aa]rtikeln) (\d+)/g;

/** "kap. 37 §": a chapter followed by its paragraph is one reference ("9 kap. 37 §"), kept whole. */
const CHAPTER_THEN_PARAGRAPH = new RegExp(`(kap\\.) (?=\\d+(?:${NBSP}[a-z])?${NBSP}§)`, "g");

/** The text with no-break spaces inside each reference to a chapter, paragraph or article. */
export function keepReferencesTogether(text: string): string {
  return text
    .replace(NUMBER_BEFORE, (_match, number: string, letter: string | undefined, unit: string) => `${number}${letter ? `${NBSP}${letter}` : ""}${NBSP}${unit}`)
    .replace(CHAPTER_THEN_PARAGRAPH, `$1${NBSP}`)
    .replace(ARTICLE, `$1${NBSP}$2`);
}

/** Each date written 2026-12-01, marked by `mark`: the PDF's HTML keeps it on one line (a walk read "2026-12-" and "01" on two). */
export function markDates(text: string, mark: (date: string) => string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, mark);
}
