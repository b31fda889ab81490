import { type TextPart, textDifference } from "@/lib/format/text-difference";

/**
 * Two texts marked word by word: struck through what only the first says, underlined what only the
 * second says (not by colour alone, WCAG 1.4.1), each change named for a screen reader, which
 * reads neither mark.
 */
function MarkedDifference({ parts, removed, added }: { parts: readonly TextPart[]; removed: string; added: string }) {
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
        const joined = before?.kind === "removed" && /[\p{L}\p{N}]$/u.test(before.text) && /^[\p{L}\p{N}]/u.test(part.text);
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
      <p className="text-sm">Det överstrukna finns bara i förslaget från dagens svar, det understrukna bara i er text.</p>
      <MarkedDifference parts={parts} removed="bara i förslaget" added="bara i texten" />
    </>
  );
}

/**
 * An answer before and after a change: marked word by word where the change is a few words in a
 * long text (markedChange, lib/review/diff.ts), else before and after, whole.
 */
export function ChangedText({ before, after, marked }: { before: string; after: string; marked?: readonly TextPart[] | undefined }) {
  if (marked) {
    return (
      <>
        <p className="text-sm">Överstruken text har tagits bort, understruken har lagts till:</p>
        <MarkedDifference parts={marked} removed="borttaget" added="tillagt" />
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
