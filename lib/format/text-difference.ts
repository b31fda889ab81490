import { diffWords } from "diff";

export interface TextPart {
  /** "removed": only in the first text (the suggestion); "added": only in the second (the text written). */
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * Beyond this many words changed, a word-by-word difference reads worse than the two texts side
 * by side, and the search for it grows with the square of the changes (a clause holds up to
 * 20 000 characters): the caller then shows the suggestion whole.
 */
const MOST_CHANGES = 300;

/**
 * A text that shares fewer than half its words with the suggestion is another text, not an edit
 * of it: marked word by word it reads as the suggestion struck through with words strewn in.
 */
const LEAST_SHARED = 0.5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The words in which a written text differs from another, in reading order: a clause against
 * today's suggestion from the answers. Undefined when they differ too much to show word by word.
 * Spaces and line breaks count as no difference (jsdiff's diffWords).
 */
export function textDifference(from: string, to: string): TextPart[] | undefined {
  const changes = diffWords(from, to, { maxEditLength: MOST_CHANGES });
  if (!changes) return undefined;
  const parts: TextPart[] = changes.map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
  const shared = parts.filter((part) => part.kind === "same").reduce((sum, part) => sum + wordCount(part.text), 0);
  return shared < LEAST_SHARED * Math.max(wordCount(from), wordCount(to)) ? undefined : parts;
}
