import { CLAUSE_CATALOGUE } from "@/lib/rules";
import type { ReviewData } from "../queries";
import { AnchorThreads } from "./threads";

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
          return (
            <li key={clause.id} className="border-b border-slate-200 pb-3">
              <h3 className="text-lg font-semibold">{clause.title}</h3>
              {required ? <p className="text-sm">{required.reason}</p> : null}
              <p className="mt-1 whitespace-pre-line">{text || "Inte skriven än."}</p>
              <AnchorThreads review={review} anchorKind="CLAUSE" anchor={clause.id} about={`klausulen ${clause.title}`} commentOn={commentOn} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
