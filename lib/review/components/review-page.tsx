import Link from "@/components/Link";
import { guideStep } from "@/lib/guide";
import { STEP_SPECS } from "@/lib/wizard/steps";
import { formatFindingCounts } from "@/lib/format/count";
import { assessedOnText } from "@/lib/wizard/evaluation-date";
import { NOUNS, formatCount } from "@/lib/format/count";
import type { ReviewData } from "../queries";
import { FindingReview } from "./finding-review";
import { ReviewEconomy } from "./review-economy";
import { OutcomePanel, RequestReviewPanel } from "./review-actions";
import type { WizardPage } from "@/lib/wizard/pages";
import { answerFieldOf, answerRowPath } from "./answer-anchors";
import { commentFormId } from "./form-anchors";
import { ReviewAnswers } from "./review-answers";
import { ReviewClauses } from "./review-clauses";
import { REVIEW_PARTS, REVIEW_PART_TITLES, type ReviewPart, partOfAnchor, reviewPartPath } from "./review-parts";
import { ReviewProcurement } from "./review-procurement";
import { ReviewStatusPanel } from "./review-status";
import { ThreadView, anchorDescription } from "./threads";
import type { SavedKind } from "../saved";
import { SavedNotice } from "./saved-notice";
import { verifiedByJuristText } from "../findings";

/**
 * Everything a legal decision rests on, a part at a time: findings and decisions, economy and
 * procurement, clauses, answers. `saved`: what a save without JavaScript, redirected here, saved,
 * when its address names no block: said at the top of the part. A save that names its block (?vid=,
 * the fragment the browser lands on) is said in that block (SavedNoticeHere).
 */
export function ReviewPage({ review, part, answers, commentOn, decideOn, saved }: { review: ReviewData; part: ReviewPart; answers: WizardPage; commentOn?: string; decideOn?: string; saved?: SavedKind }) {
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={`/arenden/${review.caseId}`} className="text-brand-700 underline">
          ← Till ärendets översikt
        </Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Juridisk granskning: {review.title}
      </h1>
      <p className="mt-2">
        Version {review.version}, {assessedOnText(review.doc, review.evaluation.evaluationDate)}: {formatFindingCounts(review.evaluation.summary)}.{" "}
        {verifiedByJuristText(review.findings, new Set(review.evaluation.findings), review.decisions, review.parties.filter((party) => party.reviewers.length > 0))}
      </p>
      <PartNav review={review} current={part} />
      <SavedNotice kind={saved} />
      {part === "beslut" ? <DecisionPart review={review} commentOn={commentOn} decideOn={decideOn} /> : null}
      {part === "ekonomi" ? (
        <>
          <ReviewEconomy caseId={review.caseId} doc={review.doc} />
          <ReviewProcurement review={review} />
        </>
      ) : null}
      {part === "avtal" ? <ReviewClauses review={review} commentOn={commentOn} /> : null}
      {part === "svar" ? <ReviewAnswers review={review} page={answers} commentOn={commentOn} /> : null}
    </article>
  );
}

/** The parts of the review, each a link to its own view; the open comments in each are counted. */
function PartNav({ review, current }: { review: ReviewData; current: ReviewPart }) {
  const openIn = (part: ReviewPart) => review.threads.filter((t) => !t.resolvedAt && partOfAnchor(t.anchorKind) === part).length;
  const extra = (part: ReviewPart) => {
    if (part === "beslut") return ` (${formatCount(review.findings.length, NOUNS.finding)})`;
    const open = openIn(part);
    return open === 0 ? "" : ` (${formatCount(open, NOUNS.openComment)})`;
  };
  return (
    <nav aria-label="Granskningens delar" className="mt-6 border-b border-slate-300 pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {REVIEW_PARTS.map((part) => (
          <li key={part}>
            <Link
              href={reviewPartPath(review.caseId, part)}
              aria-current={part === current ? "page" : undefined}
              className={part === current ? "font-semibold text-slate-900 no-underline" : "text-brand-700 underline"}
            >
              {REVIEW_PART_TITLES[part]}
              {extra(part)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What an open comment is about, as a link to where it stands (the answer at its step, the clause, the finding). */
function AnchorLink({ review, thread }: { review: ReviewData; thread: ReviewData["threads"][number] }) {
  const text = anchorDescription(thread, review);
  const { anchorKind, anchor } = thread;
  if (anchorKind === "ANSWER") {
    // The row is the field's (a comment may be anchored to a part of one); clauses have their own part.
    const field = answerFieldOf(anchor);
    if (!field) return <>{text}</>;
    const href = field.kind === "clauses" ? reviewPartPath(review.caseId, "avtal", "klausuler") : answerRowPath(review.caseId, field.path);
    return <Link href={href} className="text-brand-700 underline">{text}</Link>;
  }
  if (anchorKind === "CLAUSE") return <Link href={reviewPartPath(review.caseId, "avtal", commentFormId("CLAUSE", anchor))} className="text-brand-700 underline">{text}</Link>;
  return review.findings.some((k) => k.key === anchor) ? <a href={`#${commentFormId("FINDING", anchor)}`} className="text-brand-700 underline">{text}</a> : <>{text}</>;
}

/** The part the reviewer decides in: status, approval and requests, every open comment, and the findings. */
function DecisionPart({ review, commentOn, decideOn }: { review: ReviewData; commentOn?: string; decideOn?: string }) {
  const open = review.threads.filter((t) => !t.resolvedAt);
  return (
    <>
      <ReviewStatusPanel review={review} />
      <OutcomePanel review={review} />
      <RequestReviewPanel review={review} />

      <section aria-labelledby="kommentarer" className="mt-10">
        <h2 id="kommentarer" className="text-2xl font-semibold">
          Öppna kommentarer ({open.length})
        </h2>
        {open.length === 0 ? (
          <p className="mt-2">Inga öppna kommentarer.</p>
        ) : (
          open.map((t) => (
            <div key={t.id} className="mt-3">
              <h3 className="font-semibold">
                Om <AnchorLink review={review} thread={t} />
              </h3>
              <ThreadView thread={t} review={review} about={anchorDescription(t, review)} where="i listan över öppna kommentarer" />
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="iakttagelser" className="mt-10">
        <h2 id="iakttagelser" className="text-2xl font-semibold">
          Iakttagelser ({review.findings.length})
        </h2>
        {STEP_SPECS.map((spec) => {
          const inStep = review.findings.filter((k) => k.finding.step === spec.id);
          if (inStep.length === 0) return null;
          return (
            <div key={spec.id} className="mt-4">
              <h3 className="text-xl font-semibold">
                Steg {spec.id}: {guideStep(spec.id).title}
              </h3>
              <ul className="mt-2 space-y-3">
                {inStep.map((k) => (
                  <FindingReview key={k.key} review={review} findingKey={k.key} finding={k.finding} commentOn={commentOn} decideOn={decideOn} />
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </>
  );
}
