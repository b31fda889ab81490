import { type TextPart, textDifference } from "@/lib/format/text-difference";

/**
 * Two texts marked word by word: struck through what only the first says, underlined what only the
 * second says (not by colour alone, WCAG 1.4.1), each change named for a screen reader, which
 * reads neither mark.
 */
function MarkedDifference({ parts, removed, added }: { parts: TextPart[]; removed: string; added: string }) {
  return (
    <p className="mt-1 whitespace-pre-line">
      {parts.map((part, index) => {
        if (part.kind === "same") return <span key={index}>{part.text}</span>;
        if (part.kind === "removed") {
          return (
            <del key={index} className="bg-red-50 text-red-900 line-through">
              <span className="sr-only">({removed}: </span>
              {part.text}
              <span className="sr-only">)</span>
            </del>
          );
        }
        // A word replaced: its old and new forms would run together ("månadersÖmsesidig").
        const before = parts[index - 1];
        const joined = before?.kind === "removed" && !/\s$/.test(before.text) && !/^\s/.test(part.text);
        return (
          <span key={index}>
            {joined ? " " : null}
            <ins className="bg-green-50 text-green-900 underline">
              <span className="sr-only">({added}: </span>
              {part.text}
              <span className="sr-only">)</span>
            </ins>
          </span>
        );
      })}
    </p>
  );
}

/**
 * How a written clause differs from today's suggestion. A walk and a review asked where "Texten är
 * inte förslaget från dagens svar" differed; the whole suggestion beside the text left a 12
 * against a "sex" in a long clause to the reader's eye.
 */
export function TextDifference({ suggestion, text }: { suggestion: string; text: string }) {
  const parts = textDifference(suggestion, text);
  if (!parts) {
    return (
      <>
        <p className="text-sm">Texten och förslaget har för få ord gemensamt för att jämföras ord för ord. Förslaget från dagens svar:</p>
        <p className="mt-1 whitespace-pre-line">{suggestion}</p>
      </>
    );
  }
  return (
    <>
      <p className="text-sm">Överstruket står bara i förslaget från dagens svar, understruket bara i texten.</p>
      <MarkedDifference parts={parts} removed="bara i förslaget" added="bara i texten" />
    </>
  );
}

/** Below this many words an answer reads better before and after, whole ("Ja" to "Nej", an amount). */
const FEWEST_WORDS_MARKED = 8;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * An answer before and after a change. A long text is marked word by word where the two share
 * most of their words: a walk read a paragraph struck through whole and written again whole, and
 * could not find the one word added. Anything else is shown before and after, whole.
 */
export function ChangedText({ before, after }: { before: string; after: string }) {
  const parts = before && after && Math.max(words(before), words(after)) >= FEWEST_WORDS_MARKED ? textDifference(before, after) : undefined;
  if (parts) {
    return (
      <>
        <p className="text-sm">Överstruket är borttaget, understruket tillagt:</p>
        <MarkedDifference parts={parts} removed="borttaget" added="tillagt" />
      </>
    );
  }
  return (
    <>
      <p className="whitespace-pre-line">
        Förut: <del className="bg-red-50 text-red-900 line-through">{before}</del>
      </p>
      <p className="whitespace-pre-line">
        Nu: <ins className="bg-green-50 text-green-900 underline">{after}</ins>
      </p>
    </>
  );
}
