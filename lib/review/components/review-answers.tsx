import Link from "@/components/Link";
import { fieldLabel } from "@/lib/wizard/field-labels";
import { guideStep } from "@/lib/guide";
import { AnswerLines } from "@/lib/wizard/components/answer-lines";
import { WIZARD_PAGES, type WizardPage, fieldApplies, pageName, pageOfField } from "@/lib/wizard/pages";
import { guideQuestions } from "@/lib/wizard/questions";
import { NOUNS, formatCount } from "@/lib/format/count";
import type { ReviewData } from "../queries";
import { answerRowId, answersPageName, answersPageParams } from "./answer-anchors";
import { reviewPartPath } from "./review-parts";
import { AnchorThreads } from "./threads";

/**
 * The case's answers a wizard page at a time (a step, or a topic of step 2A), each with its
 * comments; the clauses have a part of their own. Every answer on one view was three quarters
 * of the review page's weight (issue 14).
 */
export function ReviewAnswers({ review, page, commentOn }: { review: ReviewData; page: WizardPage; commentOn?: string }) {
  const questions = guideQuestions();
  const commented = new Set(review.threads.filter((t) => t.anchorKind === "ANSWER").map((t) => t.anchor));
  // As on "Kontrollera svaren": a question that does not apply to the case as answered is left out
  // (its answer is kept), and so is the list of answers to look over when the case has none. One
  // with a comment thread stays, so the thread is not lost from view.
  const rows = page.groups
    .flatMap((group) => group.fields.map((field) => ({ field, heading: group.heading })))
    .filter(({ field }) => field.kind !== "clauses")
    .filter(({ field }) => commented.has(field.path) || (fieldApplies(field, review.doc, questions) && (field.kind !== "attention" || review.doc.needsAttention.length > 0)));
  return (
    <section aria-labelledby="svar" className="mt-8">
      <PageNav review={review} current={page} />
      <h2 id="svar" className="mt-6 text-2xl font-semibold">
        {answersPageName(page)}
        {page.topic ? null : `: ${guideStep(page.step.id).title}`}
      </h2>
      <dl className="mt-2">
        {rows.map(({ field, heading }) => {
          const label = fieldLabel(field, questions, heading);
          return (
            <div key={field.path} id={answerRowId(field.path)} tabIndex={-1} className="border-b border-slate-200 py-3">
              <dt className="font-semibold">{label}</dt>
              <dd>
                <AnswerLines doc={review.doc} field={field} />
                <AnchorThreads review={review} anchorKind="ANSWER" anchor={field.path} about={`svaret ${label}`} commentOn={commentOn} />
              </dd>
            </div>
          );
        })}
      </dl>
      <NextAndPrevious review={review} current={page} />
    </section>
  );
}

/** The answers' previous and next page, at the end of a long one. */
function NextAndPrevious({ review, current }: { review: ReviewData; current: WizardPage }) {
  const at = WIZARD_PAGES.indexOf(current);
  const previous = WIZARD_PAGES[at - 1];
  const next = WIZARD_PAGES[at + 1];
  const href = (page: WizardPage) => reviewPartPath(review.caseId, "svar", undefined, answersPageParams(page));
  return (
    <nav aria-label="Föregående och nästa steg" className="mt-6">
      <ul className="flex flex-wrap gap-4">
        {previous ? (
          <li>
            <Link href={href(previous)} className="text-brand-700 underline">
              ← Föregående: {pageName(previous)}
            </Link>
          </li>
        ) : null}
        {next ? (
          <li className="ml-auto">
            <Link href={href(next)} className="text-brand-700 underline">
              Nästa: {pageName(next)} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The wizard's pages, each a link to its answers, with the open comments on them counted. */
function PageNav({ review, current }: { review: ReviewData; current: WizardPage }) {
  const openIn = (page: WizardPage) => review.threads.filter((t) => !t.resolvedAt && t.anchorKind === "ANSWER" && pageOfField(t.anchor) === page).length;
  return (
    <nav aria-label="Stegen">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {WIZARD_PAGES.map((page) => {
          const open = openIn(page);
          return (
            <li key={page.key}>
              <Link
                href={reviewPartPath(review.caseId, "svar", undefined, answersPageParams(page))}
                aria-current={page === current ? "page" : undefined}
                className={page === current ? "font-semibold text-slate-900 no-underline" : "text-brand-700 underline"}
              >
                {pageName(page)}
                {open > 0 ? ` (${formatCount(open, NOUNS.openComment)})` : ""}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
