import Link from "next/link";
import { fieldId } from "@/lib/wizard/components/field-ids";
import { answerPaths, type StepSpec } from "@/lib/wizard/steps";
import type { ReviewData } from "../queries";
import { ReviewStateTag } from "./review-status";
import { ThreadView, anchorDescription } from "./threads";
import { NOUNS, formatCount } from "@/lib/format/count";

// The step's form comes first; more than a few threads fold away below the first ones.
const SHOWN = 3;

function StepThread({ thread, review }: { thread: ReviewData["threads"][number]; review: ReviewData }) {
  return (
    <div className="mt-3">
      <h3 className="font-semibold">
        {thread.anchorKind === "ANSWER" ? (
          <a href={`#${fieldId(thread.anchor)}`} className="text-brand-700 underline">
            Om {anchorDescription(thread, review)}
          </a>
        ) : (
          `Om ${anchorDescription(thread, review)}`
        )}
      </h3>
      <ThreadView thread={thread} review={review} about={anchorDescription(thread, review)} />
    </div>
  );
}

/**
 * The review state and the open comments on a step's answers, findings and clauses, with a
 * link to each field; editors reply and resolve here without leaving the step.
 */
export function StepReviewComments({ review, spec }: { review: ReviewData; spec: StepSpec }) {
  const paths = new Set(answerPaths(spec));
  const stepFindings = new Set(review.findings.filter((k) => k.finding.step === spec.id).map((k) => k.key));
  const open = review.threads.filter(
    (t) =>
      !t.resolvedAt &&
      ((t.anchorKind === "ANSWER" && paths.has(t.anchor)) || (t.anchorKind === "FINDING" && stepFindings.has(t.anchor)) || (t.anchorKind === "CLAUSE" && paths.has(`agreement.clauses.${t.anchor}`))),
  );
  return (
    <section aria-labelledby="steg-kommentarer" className="mt-6 max-w-3xl rounded border border-slate-300 p-4">
      <h2 id="steg-kommentarer" className="text-xl font-semibold">
        Juridisk granskning: <ReviewStateTag state={review.overall} />
      </h2>
      {/* A status region, so resolving the last comment is announced when its thread disappears. */}
      <p role="status" className="mt-2">
        {open.length === 0 ? "Inga öppna kommentarer i det här steget." : `${formatCount(open.length, NOUNS.openComment)} i det här steget.`}
      </p>
      {open.length === 0 ? null : (
        <>
          {open.slice(0, SHOWN).map((thread) => (
            <StepThread key={thread.id} thread={thread} review={review} />
          ))}
          {open.length > SHOWN ? (
            <details className="mt-3">
              <summary className="cursor-pointer font-semibold text-brand-700 underline">Visa {formatCount(open.length - SHOWN, NOUNS.comment)} till</summary>
              {open.slice(SHOWN).map((thread) => (
                <StepThread key={thread.id} thread={thread} review={review} />
              ))}
            </details>
          ) : null}
        </>
      )}
      <p className="mt-3">
        <Link href={`/arenden/${review.caseId}/juridisk-granskning`} className="text-brand-700 underline">
          Alla kommentarer och beslut
        </Link>
      </p>
    </section>
  );
}
