import { textDifference } from "@/lib/format/text-difference";

/**
 * How a written clause differs from today's suggestion, word by word: struck through what only the
 * suggestion says, underlined what only the text says (not by colour alone, WCAG 1.4.1), each
 * change named for a screen reader, which reads neither mark. A walk and a review asked where
 * "Texten är inte förslaget från dagens svar" differed; the whole suggestion beside the text left
 * a 12 against a "sex" in a long clause to the reader's eye.
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
      <p className="mt-1 whitespace-pre-line">
        {parts.map((part, index) => {
          if (part.kind === "same") return <span key={index}>{part.text}</span>;
          if (part.kind === "removed") return <Removed key={index} text={part.text} />;
          // A word replaced: its old and new forms would run together ("månadersÖmsesidig").
          const before = parts[index - 1];
          const joined = before?.kind === "removed" && !/\s$/.test(before.text) && !/^\s/.test(part.text);
          return <Added key={index} text={joined ? ` ${part.text}` : part.text} />;
        })}
      </p>
    </>
  );
}

function Removed({ text }: { text: string }) {
  return (
    <del className="bg-red-50 text-red-900 line-through">
      <span className="sr-only">(bara i förslaget: </span>
      {text}
      <span className="sr-only">)</span>
    </del>
  );
}

function Added({ text }: { text: string }) {
  return (
    <ins className="bg-green-50 text-green-900 underline">
      <span className="sr-only">(bara i texten: </span>
      {text}
      <span className="sr-only">)</span>
    </ins>
  );
}
