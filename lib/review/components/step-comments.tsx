import type { ReactNode } from "react";
import Link from "@/components/Link";
import { fieldId, findingsId } from "@/lib/wizard/components/field-ids";
import { answerPaths, type StepSpec } from "@/lib/wizard/steps";
import { placeFindings } from "@/lib/wizard/finding-placement";
import { mustFixFindings } from "@/lib/wizard/pages";
import type { ReviewData } from "../queries";
import { ReviewStateLine } from "./review-status";
import { partyStatesOf } from "../status";
import { STEP_COMMENTS_ID, stepThreadId } from "./saved-at";
import { SavedNoticeHere } from "./saved-notice";
import { ThreadView, anchorDescription } from "./threads";
import { NOUNS, formatCount, joinList } from "@/lib/format/count";

type Thread = ReviewData["threads"][number];

// An answer's open comments stand beside its field, where the editor fixes it; a clause's beside
// step 4's clauses. The panel above the form lists every open comment of the step, linking to
// the thread beside its field, and holds the threads that have no field here (on findings).

const CLAUSES_FIELD = "agreement.clauses";
const threadAnchorId = (thread: Pick<Thread, "id">) => stepThreadId(thread.id);

/** The step's field a thread belongs beside, or null when it has none on this page. */
function fieldOf(thread: Thread, paths: ReadonlySet<string>): string | null {
  if (thread.anchorKind === "ANSWER" && paths.has(thread.anchor)) return thread.anchor;
  // A clause's thread (anchored on its id) stands beside the clauses, the one field step 4 has for
  // them; its answer paths are per clause (found on a walk: the thread was shown nowhere).
  if (thread.anchorKind === "CLAUSE" && paths.has(`${CLAUSES_FIELD}.${thread.anchor}`)) return CLAUSES_FIELD;
  return null;
}

function openThreadsOfStep(review: ReviewData, spec: StepSpec) {
  const paths = new Set(answerPaths(spec));
  const stepFindings = new Set(review.findings.filter((k) => k.finding.step === spec.id).map((k) => k.key));
  const open = review.threads.filter((t) => !t.resolvedAt && (fieldOf(t, paths) !== null || (t.anchorKind === "FINDING" && stepFindings.has(t.anchor))));
  return { open, paths };
}

/**
 * The page's findings a party's jurist decided "Ska åtgärdas", while the decision holds: the box
 * said "Inga öppna kommentarer i det här steget" above such a finding, whose decision stood only
 * far down beside its question (a walk). Each with the field it is shown beside, placed as the
 * step form places it (placeFindings), or none when it stands in the page's list of findings.
 */
function mustFixOnPage(review: ReviewData, spec: StepSpec, pageKey: string) {
  const parties = new Map(review.parties.map((party) => [party.id, party.name]));
  const shownPaths = answerPaths(spec);
  return mustFixFindings(review.findings, review.decisions)
    .filter((item) => item.page.key === pageKey)
    .map(({ key, finding }) => ({
      key,
      title: finding.title,
      parties: review.decisions.filter((d) => d.findingKey === key && d.holds && d.kind === "MUST_FIX").map((d) => parties.get(d.organizationId) ?? ""),
      field: [...placeFindings([finding], shownPaths).beside.keys()][0] ?? null,
    }));
}

/** Per field path: the open comment threads on that answer, with reply and resolve, for the step form's slots. */
export function commentsBesideFields(review: ReviewData, spec: StepSpec): Record<string, ReactNode> {
  const { open, paths } = openThreadsOfStep(review, spec);
  const byField = new Map<string, Thread[]>();
  for (const thread of open) {
    const field = fieldOf(thread, paths);
    if (field) byField.set(field, [...(byField.get(field) ?? []), thread]);
  }
  return Object.fromEntries(
    [...byField].map(([field, threads]) => [
      field,
      <div key={field} className="mt-2 max-w-3xl">
        <p className="text-sm font-semibold">
          {formatCount(threads.length, NOUNS.openComment)} från den juridiska granskningen
        </p>
        {threads.map((thread) => (
          <div key={thread.id} id={threadAnchorId(thread)} tabIndex={-1} className="scroll-mt-32">
            <SavedNoticeHere id={threadAnchorId(thread)} kinds={["svar"]} />
            <ThreadView thread={thread} review={review} about={anchorDescription(thread, review)} />
          </div>
        ))}
      </div>,
    ]),
  );
}

/**
 * The review state and the list of open comments on a step's answers, findings and clauses. A
 * comment on an answer links to its thread beside the field; a comment on a finding is answered here.
 */
export function StepReviewComments({ review, spec, pageKey }: { review: ReviewData; spec: StepSpec; pageKey: string }) {
  const { open, paths } = openThreadsOfStep(review, spec);
  const mustFix = mustFixOnPage(review, spec, pageKey);
  return (
    <section aria-labelledby={STEP_COMMENTS_ID} className="mt-6 max-w-3xl rounded border border-slate-300 p-4">
      <h2 id={STEP_COMMENTS_ID} className="text-xl font-semibold">
        <ReviewStateLine overall={review.overall} parties={partyStatesOf(review)} />
      </h2>
      {/* A thread resolved here without JavaScript comes back to this list, which it has left (saved-at.ts, threadPath). */}
      <SavedNoticeHere id={STEP_COMMENTS_ID} kinds={["lost"]} />
      {/* A status region, so resolving the last comment is announced when its thread disappears. */}
      <p role="status" className="mt-2">
        {open.length === 0 ? "Inga öppna kommentarer i det här steget." : `${formatCount(open.length, NOUNS.openComment)} i det här steget.`}
      </p>
      {mustFix.length > 0 ? (
        <>
          <p className="mt-2 font-semibold">
            {formatCount(mustFix.length, NOUNS.finding)} i det här steget har beslutet ”Ska åtgärdas”:
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {mustFix.map((item) => (
              <li key={item.key}>
                {item.field ? (
                  <a href={`#${findingsId(item.field)}`} className="text-brand-700 underline">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}{" "}
                (beslutat för {joinList(item.parties)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open.length === 0 ? null : (
        <ul className="mt-2 space-y-2">
          {open.map((thread) => {
            const about = anchorDescription(thread, review);
            const first = thread.comments[0];
            const field = fieldOf(thread, paths);
            return (
              // A thread with no field here is answered in this list: a reply posted without JavaScript comes back to it (saved-at.ts).
              <li key={thread.id} {...(field ? {} : { id: threadAnchorId(thread), tabIndex: -1 })}>
                {field ? (
                  <>
                    <a href={`#${threadAnchorId(thread)}`} className="font-semibold text-brand-700 underline">
                      Om {about}
                    </a>{" "}
                    <a href={`#${fieldId(thread.anchorKind === "ANSWER" ? thread.anchor : field)}`} className="text-sm text-brand-700 underline">
                      Gå till frågan<span className="sr-only"> om {about}</span>
                    </a>
                    {first ? (
                      <p className="text-sm">
                        {first.authorName}: ”{first.body.length > 140 ? `${first.body.slice(0, 140)} …` : first.body}”
                        {thread.comments.length > 1 ? ` (${thread.comments.length - 1} svar)` : ""}
                      </p>
                    ) : null}
                  </>
                ) : (
                  <>
                    <h3 className="font-semibold">Om {about}</h3>
                    <SavedNoticeHere id={threadAnchorId(thread)} kinds={["svar"]} />
                    <ThreadView thread={thread} review={review} about={about} />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-3">
        <Link href={`/arenden/${review.caseId}/juridisk-granskning`} className="text-brand-700 underline">
          Alla kommentarer och beslut
        </Link>
      </p>
    </section>
  );
}
