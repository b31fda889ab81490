// The case's size limits, apart from the schema so that a form field can show them without
// loading zod (the step page loads the schema after its first paint).

// Free text is capped so a pasted document cannot bloat the case or the scans over it.
export const MAX_TEXT = 20_000;

// A case's title heads every list, page and document, and the case's own form ("Ändra uppgifter")
// allows this much; step 1 asks for the same title, so it allows no more.
export const MAX_TITLE = 200;

/** The most characters an answer at `path` may have, for the form's character count. */
export function textLimit(path: string): number {
  return path === "title" ? MAX_TITLE : MAX_TEXT;
}

// No answer in a municipal collaboration comes near 100 billion kronor (Sweden's largest
// municipality turns over about 80 billion a year); a larger number is a typing slip, such as
// a pasted row of digits, and would also lose precision as a JavaScript number.
export const MAX_AMOUNT_KR = 100_000_000_000;
