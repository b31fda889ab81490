"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { approveCase, decideFinding, replyToThread, requestReview, resolveThread, returnCase, startThread } from "./data";

// Thin entry points of the legal review: read the form through the boundary, resolve the actor, call the data function (which
// checks the permission table inside), turn the outcome into form state.

function refresh(caseId: string | undefined) {
  if (!caseId) return;
  revalidatePath(`/arenden/${caseId}`, "layout");
}

export async function requestReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.request", formData, async (fields) => {
    await requestReview(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Ärendet är skickat till juridisk granskning. Juristerna har fått ett meddelande." };
  });
}

export async function startThreadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.comment", formData, async (fields) => {
    await startThread(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Kommentaren är sparad." };
  });
}

export async function replyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.comment", formData, async (fields) => {
    await replyToThread(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Svaret är sparat." };
  });
}

export async function resolveThreadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.dispose", formData, async (fields) => {
    await resolveThread(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Tråden är markerad som löst." };
  });
}

export async function decideFindingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.decide", formData, async (fields) => {
    await decideFinding(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Beslutet är sparat." };
  });
}

export async function approveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.approve", formData, async (fields) => {
    await approveCase(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Ärendet är godkänt. Redigerarna har fått ett meddelande." };
  });
}

export async function returnAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.review.return", formData, async (fields) => {
    await returnCase(await getActor(), fields);
    refresh(fields.caseId);
    return { status: "success", message: "Ärendet är skickat tillbaka. Redigerarna har fått ett meddelande." };
  });
}
