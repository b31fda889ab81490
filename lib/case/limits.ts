// The case's size limits, apart from the schema so that a form field can show them without
// loading zod (the step page loads the schema after its first paint).

// Free text is capped so a pasted document cannot bloat the case or the scans over it.
export const MAX_TEXT = 20_000;

// No answer in a municipal collaboration comes near 100 billion kronor (Sweden's largest
// municipality turns over about 80 billion a year); a larger number is a typing slip, such as
// a pasted row of digits, and would also lose precision as a JavaScript number.
export const MAX_AMOUNT_KR = 100_000_000_000;
