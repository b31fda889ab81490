import { diffWords } from "diff";

export interface TextPart {
  /** "removed": only in the first text (the suggestion); "added": only in the second (the text written). */
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * Beyond this many tokens added or removed (a word or a punctuation mark; a word replaced is two),
 * a word-by-word difference reads worse than the two texts whole, and jsdiff's search costs about
 * the texts' length times the changes (a clause holds up to 20 000 characters): the caller then
 * shows the texts whole.
 */
const MOST_CHANGES = 300;

/**
 * A text that shares fewer than half its words with the suggestion is another text, not an edit
 * of it: marked word by word it reads as the suggestion struck through with words strewn in.
 */
const LEAST_SHARED = 0.5;

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const letterWords = (text: string) => text.toLocaleLowerCase("sv").split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether two texts can share half their words in order: they share at most the words they have
 * in common at all, counted in a moment. Most clauses written by hand share few words with the
 * suggestion, and the legal review shows every clause: they skip jsdiff's search.
 */
function mayShareHalf(from: string, to: string): boolean {
  const a = letterWords(from);
  const b = letterWords(to);
  const left = new Map<string, number>();
  for (const word of a) left.set(word, (left.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      common++;
      left.set(word, n - 1);
    }
  }
  return common >= LEAST_SHARED * Math.max(a.length, b.length);
}

/**
 * The words in which a written text differs from another, in reading order: a clause against
 * today's suggestion from the answers. Undefined when they differ too much to show word by word.
 * Spaces and line breaks count as no difference (jsdiff's diffWords).
 */
export function textDifference(from: string, to: string): TextPart[] | undefined {
  if (!mayShareHalf(from, to)) return undefined;
  const changes = diffWords(from, to, { maxEditLength: MOST_CHANGES });
  if (!changes) return undefined;
  const parts: TextPart[] = changes.map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
  const shared = parts.filter((part) => part.kind === "same").reduce((sum, part) => sum + wordCount(part.text), 0);
  return shared < LEAST_SHARED * Math.max(wordCount(from), wordCount(to)) ? undefined : parts;
}

/** Characters of an unchanged stretch kept beside a change when the rest of it is left out. */
const CONTEXT = 80;

/** The start of a text, to at most `length` characters and not in the middle of a word. */
const head = (text: string, length: number) => text.slice(0, length).replace(/\S*$/, "");
/** The end of a text, to at most `length` characters and not in the middle of a word. */
const tail = (text: string, length: number) => text.slice(-length).replace(/^\S*/, "");

/**
 * The difference with long unchanged stretches cut to the words beside the changes, the rest
 * marked "…": a clause of thousands of characters with one word changed reads as that word in its
 * sentence. A text with no change at all is left whole.
 */
export function aroundChanges(parts: readonly TextPart[]): TextPart[] {
  if (parts.every((part) => part.kind === "same")) return [...parts];
  return parts.map((part, index) => {
    if (part.kind !== "same" || part.text.length <= 2 * CONTEXT + 20) return part;
    if (index === 0) return { kind: "same", text: `…${tail(part.text, CONTEXT)}` };
    if (index === parts.length - 1) return { kind: "same", text: `${head(part.text, CONTEXT)}…` };
    return { kind: "same", text: `${head(part.text, CONTEXT)}…${tail(part.text, CONTEXT)}` };
  });
}

/**
 * Whether two texts say the same, spaces and line breaks aside: a clause that differs from the
 * suggestion only in a line break read as "inte förslaget", and its comparison marked nothing.
 */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.replace(/\s+/g, " ").trim();
  return words(a) === words(b);
}
