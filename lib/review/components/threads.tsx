import { DateTime } from "@/components/DateTime";
import { CLAUSE_CATALOGUE, RULE_CATALOGUE } from "@/lib/rules";
import { answerLabel } from "../diff";
import type { ReviewData } from "../queries";
import { replyAction, resolveThreadAction, startThreadAction } from "../actions";
import { MAX_COMMENT } from "../limits";
import { commentFormId, commentTarget } from "./form-anchors";
import { CommentToggle } from "./form-toggle";
import { SavedNoticeHere } from "./saved-notice";
import { ReviewForm } from "./review-form";

type Thread = ReviewData["threads"][number];

/** What a save landing on an anchor's threads saved. */
const THREAD_SAVED = ["kommentar", "svar", "lost"] as const;

/** The comment threads on one anchor, with reply and resolve, and a form to start a new one. */
export function AnchorThreads({
  review,
  anchorKind,
  anchor,
  about,
  commentOn,
}: {
  review: ReviewData;
  anchorKind: "ANSWER" | "FINDING" | "CLAUSE";
  anchor: string;
  /** What is commented on, for accessible names ("svaret Problem"). */
  about: string;
  /** Which new-comment form the page was asked to show open (commentTarget), if any. */
  commentOn?: string;
}) {
  const threads = review.threads.filter((t) => t.anchorKind === anchorKind && t.anchor === anchor);
  const target = commentTarget(anchorKind, anchor);
  const id = commentFormId(anchorKind, anchor);
  return (
    // scroll-mt: a link or a save landing here leaves the answer or title it is about in view above it.
    <div className="mt-2 scroll-mt-32" id={id}>
      {/* A comment, reply or resolved thread saved without JavaScript comes back here (saved-at.ts). */}
      <SavedNoticeHere id={id} kinds={THREAD_SAVED} />
      {threads.map((thread) => (
        <ThreadView key={thread.id} thread={thread} review={review} about={about} />
      ))}
      {review.can.comment ? (
        <CommentToggle
          action={startThreadAction}
          caseId={review.caseId}
          anchorKind={anchorKind}
          anchor={anchor}
          about={about}
          {...(commentOn === target ? { open: true } : {})}
        />
      ) : null}
    </div>
  );
}

/**
 * One thread with its reply and resolve forms. `where` names the copy shown a second time on a
 * page (the review's list of open comments beside the thread under its finding): landmarks and
 * forms need names of their own (axe's landmark-unique, found on a walk).
 */
export function ThreadView({ thread, review, about, where }: { thread: Thread; review: ReviewData; about: string; where?: string }) {
  const mayResolve = review.can.resolveAny || thread.createdById === review.userId;
  const named = (name: string) => (where ? `${name}, ${where}` : name);
  return (
    <section aria-label={named(`Kommentarstråd om ${about}`)} className={`mt-2 rounded border-l-4 p-3 ${thread.resolvedAt ? "border-slate-400 bg-slate-50" : "border-brand-700 bg-blue-50"}`}>
      <p className="text-sm font-semibold">{thread.resolvedAt ? `Löst av ${thread.resolvedByName ?? "okänd"}` : "Öppen kommentar"}</p>
      <ol className="mt-1 space-y-2">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <p className="text-sm">
              <strong>{comment.authorName}</strong>, <DateTime value={comment.createdAt} />
            </p>
            <p className="whitespace-pre-line">{comment.body}</p>
          </li>
        ))}
      </ol>
      {!thread.resolvedAt && review.can.comment ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-brand-700 underline">
            Svara<span className="sr-only"> på kommentaren om {about}</span>
          </summary>
          <ReviewForm action={replyAction} label={named(`Svar om ${about}`)} hidden={{ caseId: review.caseId, threadId: thread.id }} fields={[{ kind: "textarea", name: "body", label: "Svar", maxLength: MAX_COMMENT }]} submitLabel="Spara svaret" sendsPage />
        </details>
      ) : null}
      {!thread.resolvedAt && mayResolve ? (
        <ReviewForm action={resolveThreadAction} label={named(`Markera kommentaren om ${about} som löst`)} hidden={{ caseId: review.caseId, threadId: thread.id }} fields={[]} submitLabel="Markera som löst" secondary sendsPage />
      ) : null}
    </section>
  );
}

/** What a thread is about, in words: the question, the finding's title or the clause's title. */
export function anchorDescription(thread: Pick<Thread, "anchorKind" | "anchor">, review: ReviewData): string {
  if (thread.anchorKind === "ANSWER") return `svaret ${answerLabel(thread.anchor).label}`;
  if (thread.anchorKind === "CLAUSE") return `klausulen ${CLAUSE_CATALOGUE.find((c) => c.id === thread.anchor)?.title ?? "som inte längre finns"}`;
  const finding = review.findings.find((k) => k.key === thread.anchor);
  if (finding) return `iakttagelsen ${finding.finding.title}`;
  // Fixed since (the shares now add up): its rule still names what the comment was about (a walk read only "en iakttagelse").
  const rule = RULE_CATALOGUE.find((r) => r.code === thread.anchor.split("@")[0]);
  return rule ? `iakttagelsen ${rule.title}, som inte längre finns` : "en iakttagelse som inte längre finns";
}
