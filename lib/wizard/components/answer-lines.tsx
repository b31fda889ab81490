import type { Case } from "@/lib/case";
import { formatAnswer } from "../format-answer";
import type { FieldSpec } from "../steps";

/** An answer as the lines it reads as (check answers, the legal review), line breaks kept. */
export function AnswerLines({ doc, field }: { doc: Case; field: FieldSpec }) {
  return formatAnswer(doc, field).map((line, i) => (
    <p key={i} className="whitespace-pre-line">
      {line}
    </p>
  ));
}
