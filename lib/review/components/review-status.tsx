import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { ChangedText } from "@/components/TextDifference";
import { answerLabel, markedChange } from "../diff";
import { type NamedPartyState, REVIEW_STATE_LABELS, type PartyReviewState } from "../labels";
import type { ReviewData } from "../queries";

const STATE_STYLE: Record<PartyReviewState, string> = {
  not_reviewed: "bg-slate-200 text-slate-900",
  in_review: "bg-blue-100 text-blue-900",
  returned: "bg-amber-100 text-amber-950",
  approved: "bg-green-100 text-green-900",
  stale: "bg-red-100 text-red-900",
  // Approved for some parties, not yet sent to the others: green, but not the tag of "Godkänt".
  partly_approved: "bg-green-50 text-green-900 ring-1 ring-inset ring-green-700",
};

export function ReviewStateTag({ state }: { state: PartyReviewState }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STATE_STYLE[state]}`}>{REVIEW_STATE_LABELS[state]}</span>;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A case's review state in a list or a step's box, with each party's own where they differ
 * (partyStatesShown): "Skickat tillbaka" named no party, and the party whose jurist never saw the
 * case read it as its own (a walk).
 */
export function ReviewStateLine({ overall, parties }: { overall: PartyReviewState; parties: readonly NamedPartyState[] }) {
  return (
    <>
      Juridisk granskning: <ReviewStateTag state={overall} />
      {parties.length > 0 ? <span className="text-sm"> ({parties.map((party) => `${party.name}: ${lowerFirst(REVIEW_STATE_LABELS[party.state])}`).join(", ")})</span> : null}
    </>
  );
}

/** Per party: its review state, the approval with its version, a return's summary, and what changed since a stale approval. */
export function ReviewStatusPanel({ review, headingLevel = 2 }: { review: ReviewData; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="granskningsstatus" className="mt-6">
      <H id="granskningsstatus" className="text-2xl font-semibold">
        Juridisk granskning: <ReviewStateTag state={review.overall} />
      </H>
      <ul className="mt-3 space-y-4">
        {review.parties.map((party) => (
          <li key={party.id} className="rounded border border-slate-300 p-3">
            <Sub className="font-semibold">
              {party.name}: <ReviewStateTag state={party.state} />
            </Sub>
            {party.reviewers.length > 0 ? (
              <p className="text-sm">Jurister: {party.reviewers.map((r) => r.name).join(", ")}</p>
            ) : party.needsApproval && party.state === "approved" ? (
              // Its approval holds for the document as it is; a changed document would wait for a jurist (approvingOf).
              <p className="text-sm">
                Ingen jurist granskar längre för {party.name} i ärendet. Godkännandet gäller, men om ärendet ändras kan ingen granska det igen för {party.name} förrän någon har rollen jurist.
              </p>
            ) : party.needsApproval && !party.namedUnavailable ? (
              // Sent to the party or approved for it, and its jurists gone since: its review waits (approvingOf).
              <p className="mt-1 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
                Ingen jurist granskar längre för {party.name} i ärendet. Granskningen för den kan inte slutföras förrän någon gör det: be organisationens administratör att ge någon rollen
                jurist, eller bjud in en jurist till ärendet för den.{party.openRequest && review.can.withdraw ? <WithdrawHint caseId={review.caseId} /> : null}
              </p>
            ) : party.namedUnavailable ? null : (
              // A request named for a jurist who left says it in its own box below (one message, not two: a walk).
              <p className="text-sm">Ingen jurist granskar för {party.name} i ärendet.</p>
            )}
            {party.openRequest ? (
              <p className="mt-1">
                Skickat till granskning av {party.openRequest.requestedByName}, <DateTime value={party.openRequest.createdAt} />, till {sentTo(party)}.
              </p>
            ) : null}
            {/* What the editor asked the jurist to look at: shown where the review is done, not only in the queue. */}
            {party.namedUnavailable ? <NamedReviewerUnavailable party={party} reviewer={party.namedUnavailable} caseId={review.caseId} canWithdraw={review.can.withdraw === true} /> : null}
            {party.openRequest?.message.trim() ? <p className="mt-1 whitespace-pre-line">Meddelande till juristen: ”{party.openRequest.message.trim()}”</p> : null}
            {party.state === "returned" && party.returned ? (
              <p className="mt-1 whitespace-pre-line">
                Skickat tillbaka av {party.returned.closedByName}
                {party.returned.closedAt ? (
                  <>
                    , <DateTime value={party.returned.closedAt} />
                  </>
                ) : null}
                : {party.returned.summary}
              </p>
            ) : null}
            {party.latestApproval ? (
              <p className="mt-1">
                Godkänt av {party.latestApproval.reviewerName} i version {party.latestApproval.caseVersion}, <DateTime value={party.latestApproval.createdAt} />.
              </p>
            ) : null}
            {party.changes ? <ChangesSince changes={party.changes} caseId={review.caseId} doc={review.doc} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Whom an open request went to: the jurist it names (also one who has left since), or all the party's jurists (a walk could not tell the two apart). */
function sentTo(party: ReviewData["parties"][number]): string {
  const named = party.openRequest?.reviewerUserId;
  if (!named) return `alla jurister för ${party.name}`;
  return party.reviewers.find((r) => r.id === named)?.name ?? party.namedUnavailable?.name ?? "en namngiven jurist";
}

/** A request sent to a jurist who no longer reviews for the party waits for its other jurists (lib/review/queries.ts listReviewQueue). */
function NamedReviewerUnavailable({ party, reviewer, caseId, canWithdraw }: { party: ReviewData["parties"][number]; reviewer: { name: string; deactivated: boolean }; caseId: string; canWithdraw: boolean }) {
  const why = reviewer.deactivated ? `vars konto är inaktiverat` : `som inte längre granskar för ${party.name}`;
  return (
    <p className="mt-1 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
      Begäran gick till {reviewer.name}, {why}.{" "}
      {party.reviewers.length > 1
        ? `Den väntar nu hos de andra juristerna för ${party.name}.`
        : party.reviewers.length === 1
          ? `Den väntar nu hos ${party.reviewers[0]!.name}, jurist för ${party.name}.`
          : `Ingen annan jurist granskar för ${party.name}: be organisationens administratör att ge någon rollen jurist${reviewer.deactivated ? ", eller att se till att kontot aktiveras igen" : ""}.`}
      {party.reviewers.length === 0 && canWithdraw ? <WithdrawHint caseId={caseId} /> : null}
    </p>
  );
}

/** A request that waits for nobody may be taken back (RequestReviewPanel), from the review page or the overview alike; said to those who may (a jurist had a link to a form they are not shown). */
function WithdrawHint({ caseId }: { caseId: string }) {
  return (
    <>
      {" "}
      En redigerare kan också{" "}
      <Link href={`/arenden/${caseId}/juridisk-granskning#skicka-granskning`} className="text-brand-700 underline">
        ta tillbaka begäran
      </Link>
      .
    </>
  );
}

function ChangesSince({ changes, caseId, doc }: { changes: NonNullable<ReviewData["parties"][number]["changes"]>; caseId: string; doc: ReviewData["doc"] }) {
  return (
    <div className="mt-2 rounded border-l-4 border-red-700 bg-red-50 p-3">
      <p className="font-semibold">Ändringar sedan godkännandet</p>
      {changes.answers.length === 0 && changes.findingsAdded.length === 0 && changes.findingsRemoved.length === 0 ? <p>Inga svar har ändrats i sak.</p> : null}
      {changes.answers.length > 0 ? (
        <dl className="mt-2 space-y-2">
          {changes.answers.map((change) => {
            const label = answerLabel(change.path);
            return (
              <div key={change.path}>
                <dt className="font-semibold">
                  {label.stepSlug ? (
                    <Link href={`/arenden/${caseId}/steg/${label.stepSlug}`} className="text-brand-700 underline">
                      {label.step ? `Steg ${label.step}: ` : ""}
                      {label.label}
                    </Link>
                  ) : (
                    label.label
                  )}
                </dt>
                <dd>
                  <ChangedText {...markedChange(doc, change.path, change.before, change.after)} />
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      {changes.findingsAdded.length > 0 ? <p className="mt-2">Nya iakttagelser: {changes.findingsAdded.map((f) => f.title).join("; ")}</p> : null}
      {changes.findingsRemoved.length > 0 ? <p className="mt-2">Borttagna iakttagelser: {changes.findingsRemoved.map((f) => f.title).join("; ")}</p> : null}
    </div>
  );
}

