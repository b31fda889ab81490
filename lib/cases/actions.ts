"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { applySetCookies } from "@/lib/auth/cookies";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { createCase, updateCase } from "./data";
import { acceptInvitation, createInvitation } from "./invitations";

// Thin entry points: resolve the actor, call the data-access function (which checks the
// permission table), turn the outcome into form state. No rule lives here.

export async function createCaseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id = "";
  const state = await runFormAction("case.create", formData, async (fields) => {
    id = (await createCase(await getActor(), fields)).id;
  });
  if (state.status === "success") redirect(`/arenden/${id}`);
  return state;
}

export async function updateCaseAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.update", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    await updateCase(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}`);
    return { status: "success", message: "Ändringarna är sparade." };
  });
}

export async function createInvitationAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.invite", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    await createInvitation(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}`);
    return { status: "success", message: `En inbjudan har skickats till ${fields.email?.trim()}.` };
  });
}

export async function acceptInvitationAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let caseId = "";
  const state = await runFormAction(
    "invitation.accept",
    formData,
    async (fields) => {
      const result = await acceptInvitation(await getActor(), readId(token, "token"), fields, await headers());
      await applySetCookies(result.setCookies);
      caseId = result.caseId;
    },
    (fields) => ({ name: fields.name ?? "" }),
  );
  if (state.status === "success") redirect(`/arenden/${caseId}`);
  return state;
}
