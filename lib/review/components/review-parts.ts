// The review page in parts, each a view of its own (?del=). On one page, everything a decision
// rests on made 191 kB of HTML for the demo case and cost the server 7× the floor per view
// (issue 14); a reviewer works through one part at a time, and the part with the findings, the
// decisions and "Godkänn" is the one they return to.

export const REVIEW_PARTS = ["beslut", "ekonomi", "avtal", "svar"] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

export const REVIEW_PART_TITLES: Record<ReviewPart, string> = {
  beslut: "Iakttagelser och beslut",
  ekonomi: "Ekonomi och upphandling",
  avtal: "Avtalets klausuler",
  svar: "Svaren steg för steg",
};

/** The part asked for by ?del=; the first part for no value or one that is not a part. */
export function reviewPartOf(value: unknown): ReviewPart {
  return REVIEW_PARTS.find((part) => part === value) ?? "beslut";
}

/** Which part shows what a comment is anchored to: answers and clauses have parts of their own (for counting open comments per part). */
export function partOfAnchor(anchorKind: "ANSWER" | "FINDING" | "CLAUSE"): ReviewPart {
  return anchorKind === "ANSWER" ? "svar" : anchorKind === "CLAUSE" ? "avtal" : "beslut";
}

/** The query string of a part with more parameters ("?del=svar&kommentera=…"), or "" for the first part alone. */
export function reviewPartSearch(part: ReviewPart, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(part === "beslut" ? params : { del: part, ...params }).toString();
  return search ? `?${search}` : "";
}

/** The address of a part of a case's review page, and optionally a place in it. */
export function reviewPartPath(caseId: string, part: ReviewPart, fragment?: string, params: Record<string, string> = {}): string {
  return `/arenden/${caseId}/juridisk-granskning${reviewPartSearch(part, params)}${fragment ? `#${fragment}` : ""}`;
}
