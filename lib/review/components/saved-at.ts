import { WIZARD_PAGES, pageOfField } from "@/lib/wizard/pages";
import { answerFieldOf, answersPageParams } from "./answer-anchors";
import { type AnchorKind, commentFormId, decisionFormId } from "./form-anchors";
import { partOfAnchor, reviewPartPath } from "./review-parts";

// Where a review form's saved result stands: the address a form posted without JavaScript is
// redirected to once saved (Post/Redirect/Get, lib/review/actions.ts), so that reloading the page
// asks for it again instead of posting the form a second time.

/**
 * The threads on an answer, a finding or a clause, with the form that starts one: in the review
 * page's part that shows the anchor (for an answer, at its step), as "Kommentera" without
 * JavaScript opens it (reviewView), but with the form closed.
 */
export function anchorThreadsPath(caseId: string, anchorKind: AnchorKind, anchor: string): string {
  // The clauses are answered in their own part, not among the answers (as the review page's links).
  if (anchorKind === "ANSWER" && answerFieldOf(anchor)?.kind === "clauses") return reviewPartPath(caseId, "avtal", "klausuler");
  const params = anchorKind === "ANSWER" ? answersPageParams(pageOfField(anchor) ?? WIZARD_PAGES[0]!) : {};
  return reviewPartPath(caseId, partOfAnchor(anchorKind), commentFormId(anchorKind, anchor), params);
}

/** A finding's decisions, with "Besluta", in the review page's part with the findings. */
export function decisionPath(caseId: string, findingKey: string): string {
  return reviewPartPath(caseId, "beslut", decisionFormId(findingKey));
}

/** A section of the review page's first part: "Ditt beslut" (utfall) or "Skicka till juridisk granskning" (skicka-granskning). */
export function decisionPartPath(caseId: string, section: "utfall" | "skicka-granskning"): string {
  return reviewPartPath(caseId, "beslut", section);
}

/** The id of a thread on a step page (beside its field, or in the step's list of open comments). */
export function stepThreadId(threadId: string): string {
  return `kommentar-${threadId}`;
}

/** The id of a step page's list of open comments. */
export const STEP_COMMENTS_ID = "steg-kommentarer";

/**
 * Where a reply or a resolved thread stands after the save. Posted from one of the case's step
 * pages (the path the form sent, checked against the step pages there are): that page, at the
 * thread, or at the list of open comments for a thread now resolved (it has left the page).
 * Otherwise the thread's anchor on the review page, where its threads stand open and resolved.
 */
export function threadPath(caseId: string, thread: { id: string; anchorKind: AnchorKind; anchor: string }, postedFrom: string | undefined, resolved: boolean): string {
  const step = WIZARD_PAGES.find((page) => postedFrom === `/arenden/${caseId}/steg/${page.path}`);
  if (step) return `/arenden/${caseId}/steg/${step.path}#${resolved ? STEP_COMMENTS_ID : stepThreadId(thread.id)}`;
  return anchorThreadsPath(caseId, thread.anchorKind, thread.anchor);
}
