import type { Case } from "@/lib/case";
import { NOT_ANSWERED, formatAnswer } from "../format-answer";
import { guideQuestions } from "../questions";
import type { FieldSpec } from "../steps";

/**
 * An empty answer to a question that may be left empty on purpose ("Lämna tomt om …"): the
 * step's count leaves such questions out ("9 av 9 frågor besvarade"), and a plain "Inte besvarat"
 * under it read as two answers missing (a walk).
 */
export const OPTIONAL_NOT_ANSWERED = "Inte besvarat – frågan får lämnas tom";

/** An answer as the lines it reads as (check answers, the legal review), line breaks kept. */
export function AnswerLines({ doc, field }: { doc: Case; field: FieldSpec }) {
  const lines = formatAnswer(doc, field);
  const optionalEmpty = lines.length === 1 && lines[0] === NOT_ANSWERED && guideQuestions()[field.question]?.optional;
  return (optionalEmpty ? [OPTIONAL_NOT_ANSWERED] : lines).map((line, i) => (
    <p key={i} className="whitespace-pre-line">
      {line}
    </p>
  ));
}
