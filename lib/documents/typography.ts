// Line breaks that split a reference to the law: "9 kap." or "37 §" broken over two lines reads
// as a stray number (a walk found "9" at a line's end and "kap. 37 §" on the next in a PDF).
// Swedish practice keeps a paragraph's number with its sign; the renderers put a no-break space
// there, so the model and its tests keep ordinary spaces.

const NBSP = "\u00a0";
/** "9 kap.", "19 a kap.", "37 §", "3 a §", "1 st.", and "art. 28", "Artikel 28". */
const NUMBER_BEFORE = /(\d+)(?: ([a-z]))? (kap\.|§|st\.|p\.)/g;
const ARTICLE = /\b([Aa]rt\.|[Aa]rtikel|[Aa]rtiklarna|[Aa]rtikeln) (\d+)/g;

/** The text with no-break spaces inside each reference to a chapter, paragraph or article. */
export function keepReferencesTogether(text: string): string {
  return text
    .replace(NUMBER_BEFORE, (_match, number: string, letter: string | undefined, unit: string) => `${number}${letter ? `${NBSP}${letter}` : ""}${NBSP}${unit}`)
    .replace(ARTICLE, `$1${NBSP}$2`);
}
