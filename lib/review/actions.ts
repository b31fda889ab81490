"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { approveCase, decideFinding, replyToThread, requestReview, resolveThread, returnCase, startThread, withdrawReviewRequest } from "./data";
import { POSTED_WITH } from "./components/form-anchors";
import { anchorThreadsPath, decisionPartPath, decisionPath, threadPath } from "./components/saved-at";
import { SAVED_MESSAGES, type SavedKind, withSaved } from "./saved";
import { recipientFields } from "./schemas";
import { CONFIRM_INCOMPLETE_FIELD } from "./reminders";
import { isUuid } from "@/lib/cases/ids";

// Thin entry points of the legal review: read the form through the boundary, resolve the actor, call the data function (which
// checks the permission table inside), turn the outcome into form state.
//
// A form posted with JavaScript gets that state and shows it in place. One posted without it (no
// POSTED_WITH.scripted field) is answered, once saved, with a redirect (303) to where the result
// stands (Post/Redirect/Get): answered with the page itself, reloading it posted the form again
// and stored the comment twice. The redirect names what was saved (?sparat=…, lib/review/saved.ts)
// and that page says so, in the words the form says it in with JavaScript. A refusal is answered with the page either way, the form open
// with its error on the field and the text as entered.

function refresh(caseId: string | undefined) {
  if (!caseId) return;
  revalidatePath(`/arenden/${caseId}`, "layout");
}

/**
 * Runs a review form's action. `save` does the work and returns what was saved (the form's
 * success message, SAVED_MESSAGES) and where its result stands; the redirect there, for a form
 * posted without JavaScript, is thrown outside runFormAction, after the outcome is known.
 */
async function reviewFormAction(
  name: string,
  formData: FormData,
  save: (fields: Record<string, string>) => Promise<{ saved: SavedKind; savedAt: string }>,
  echo?: (fields: Record<string, string>) => Record<string, string>,
): Promise<ActionState> {
  let savedAt: string | undefined;
  let scripted = false;
  const state = await runFormAction(
    name,
    formData,
    async (fields): Promise<ActionState> => {
      scripted = fields[POSTED_WITH.scripted] === "1";
      const outcome = await save(fields);
      refresh(fields.caseId);
      savedAt = withSaved(outcome.savedAt, outcome.saved);
      return { status: "success", message: SAVED_MESSAGES[outcome.saved] };
    },
    echo,
  );
  if (state.status === "success" && !scripted && savedAt) redirect(savedAt);
  return state;
}

/** A refused send or take-back is mostly another editor's act since the page was shown: the page is drawn again as it stands (a walk saw "Under granskning" beside "någon har redan tagit tillbaka begäran"). */
function refreshRefused(state: ActionState, formData: FormData): ActionState {
  const caseId = formData instanceof FormData ? formData.get("caseId") : null;
  if (state.status === "error" && typeof caseId === "string" && isUuid(caseId)) refresh(caseId);
  return state;
}

export async function requestReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await reviewFormAction("case.review.request", formData, async (fields) => {
    const { recipients } = await requestReview(await getActor(), { ...fields, ...recipientFields(fields) });
    // One jurist named, or a party with one jurist: "Juristen"; more than one: "Juristerna".
    return { saved: recipients === 1 ? "skickat" : "skickat-flera", savedAt: decisionPartPath(fields.caseId!, "skicka-granskning") };
  });
  return refreshRefused(state, formData);
}

export async function withdrawRequestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await reviewFormAction("case.review.withdraw", formData, async (fields) => {
    await withdrawReviewRequest(await getActor(), fields);
    return { saved: "tagen-tillbaka", savedAt: decisionPartPath(fields.caseId!, "skicka-granskning") };
  });
  return refreshRefused(state, formData);
}

export async function startThreadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return reviewFormAction("case.review.comment", formData, async (fields) => {
    const { anchorKind, anchor } = await startThread(await getActor(), fields);
    return { saved: "kommentar", savedAt: anchorThreadsPath(fields.caseId!, anchorKind, anchor) };
  });
}

export async function replyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return reviewFormAction("case.review.comment", formData, async (fields) => {
    const { threadId, anchorKind, anchor } = await replyToThread(await getActor(), fields);
    return { saved: "svar", savedAt: threadPath(fields.caseId!, { id: threadId, anchorKind, anchor }, fields[POSTED_WITH.page], false) };
  });
}

export async function resolveThreadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return reviewFormAction("case.review.dispose", formData, async (fields) => {
    const { threadId, anchorKind, anchor } = await resolveThread(await getActor(), fields);
    return { saved: "lost", savedAt: threadPath(fields.caseId!, { id: threadId, anchorKind, anchor }, fields[POSTED_WITH.page], true) };
  });
}

export async function decideFindingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return reviewFormAction("case.review.decide", formData, async (fields) => {
    const { findingKey } = await decideFinding(await getActor(), fields);
    return { saved: "beslut", savedAt: decisionPath(fields.caseId!, findingKey) };
  });
}

export async function approveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let caseId: string | undefined;
  const state = await reviewFormAction(
    "case.review.approve",
    formData,
    async (fields) => {
      caseId = fields.caseId;
      await approveCase(await getActor(), fields);
      return { saved: "godkant", savedAt: decisionPartPath(fields.caseId!, "utfall") };
    },
    // A refused approval never hands back a ticked "Jag godkänner ärendet ändå": what it confirmed may have changed.
    (fields) => Object.fromEntries(Object.entries(fields).filter(([name]) => name !== CONFIRM_INCOMPLETE_FIELD)),
  );
  // Refused (the case or what is unfinished changed since the page was shown): the page is drawn
  // again as it stands, so the confirmation the server asks for is there to tick, with its reasons.
  if (state.status === "error") refresh(caseId);
  return state;
}

export async function returnAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return reviewFormAction("case.review.return", formData, async (fields) => {
    await returnCase(await getActor(), fields);
    return { saved: "tillbaka", savedAt: decisionPartPath(fields.caseId!, "utfall") };
  });
}
