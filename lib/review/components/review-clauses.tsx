import Link from "@/components/Link";
import { CLAUSE_CATALOGUE } from "@/lib/rules";
import { SEVERITY_LABELS } from "@/lib/rules/types";
import type { ReviewData } from "../queries";
import { decisionFormId } from "./form-anchors";
import { reviewPartPath } from "./review-parts";
import { AnchorThreads } from "./threads";
import { draftClause } from "@/lib/wizard/agreement-draft";
import { TextDifference } from "@/components/TextDifference";
import { sameWords } from "@/lib/format/text-difference";

/**
 * Whether a written clause is what today's answers suggest. A walk filled a clause from the
 * suggestion, changed the answers it rested on, and both jurists approved an agreement whose
 * clause said the opposite of the case: the difference is shown where the clauses are reviewed.
 */
function ClauseAgainstAnswers({ text, draft }: { text: string; draft: string }) {
  if (!draft) return null;
  if (sameWords(text, draft)) return <p className="mt-1 text-sm">Texten är förslaget från dagens svar.</p>;
  return (
    <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
      <p className="text-sm">
        Texten är inte förslaget från dagens svar. Kontrollera att den stämmer med svaren: om den fylldes i från ett förslag kan svaren ha ändrats sedan dess.
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">Visa skillnaden mot förslaget från dagens svar</summary>
        <div className="mt-1">
          <TextDifference suggestion={draft} text={text} />
        </div>
      </details>
    </div>
  );
}

/**
 * The findings about one clause, named where the clause is read, each with a link to where it is
 * decided: a walk read a clause whose shares stood beside the wrong party here with no word of the
 * finding that said so.
 */
function ClauseFindings({ review, clauseId }: { review: ReviewData; clauseId: string }) {
  const about = review.findings.filter((k) => k.finding.fields.includes(`agreement.clauses.${clauseId}`));
  if (about.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" aria-label="Iakttagelser om klausulen">
      {about.map((k) => (
        <li key={k.key} className="text-sm">
          <strong>
            {SEVERITY_LABELS[k.finding.severity]}: {k.finding.title}
            {k.finding.verify ? " · Verifiera" : ""}.
          </strong>{" "}
          <Link href={reviewPartPath(review.caseId, "beslut", decisionFormId(k.key))} className="text-brand-700 underline">
            {review.can.decide ? "Läs och besluta under Iakttagelser och beslut" : "Läs under Iakttagelser och beslut"}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A clause's place in the clauses part, for the links of the findings about it. */
export const clauseAnchor = (clauseId: string) => `klausul-${clauseId}`;

/** The review page's clauses: each written or required clause, with its comments. */
export function ReviewClauses({ review, commentOn }: { review: ReviewData; commentOn?: string }) {
  return (
    <section aria-labelledby="klausuler" className="mt-10">
      <h2 id="klausuler" className="text-2xl font-semibold">
        Avtalets klausuler
      </h2>
      <ul className="mt-2 space-y-4">
        {CLAUSE_CATALOGUE.map((clause) => {
          const text = review.doc.agreement.clauses[clause.id]?.trim();
          const required = review.evaluation.clauses.required.find((r) => r.clauseId === clause.id);
          if (!text && !required) return null;
          const draft = draftClause(review.doc, clause.id).trim();
          return (
            <li key={clause.id} id={clauseAnchor(clause.id)} className="scroll-mt-24 border-b border-slate-200 pb-3">
              <h3 className="text-lg font-semibold">{clause.title}</h3>
              {required ? <p className="text-sm">{required.reason}</p> : null}
              {text ? (
                <>
                  <p className="mt-1 whitespace-pre-line">{text}</p>
                  <ClauseAgainstAnswers text={text} draft={draft} />
                </>
              ) : draft ? (
                // An empty required clause reads as the draft in the agreement (lib/documents): say so, and show it.
                <>
                  <p className="mt-1 font-semibold">Inte skriven. Avtalet använder förslaget från svaren:</p>
                  <p className="mt-1 whitespace-pre-line border-l-4 border-slate-300 pl-3">{draft}</p>
                </>
              ) : (
                <p className="mt-1">Inte skriven än.</p>
              )}
              <ClauseFindings review={review} clauseId={clause.id} />
              <AnchorThreads review={review} anchorKind="CLAUSE" anchor={clause.id} about={`klausulen ${clause.title}`} commentOn={commentOn} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
