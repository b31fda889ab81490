"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { applySetCookies } from "@/lib/auth/cookies";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { postedByScript } from "@/lib/forms/scripted";
import { afterInvitationChange } from "@/lib/invitations/after-change";
import type { InvitationNotice } from "@/lib/invitations/notice";
import { createCase, updateCase } from "./data";
import { acceptInvitation, createInvitation, revokeCaseInvitation } from "./invitations";
import { CASE_MESSAGES } from "./messages";

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
    const saved = await updateCase(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}`);
    // The version the save made, so the form knows the page's new version is its own (UpdateCaseForm).
    return { status: "success", message: "Ändringarna är sparade.", values: { savedVersion: String(saved.version) } };
  });
}

/** Without JavaScript, a sent or withdrawn invitation is answered with a redirect to the case's participants. */
const afterChange = (state: ActionState, scripted: boolean, caseId: string, done: InvitationNotice, invitationId: string) =>
  afterInvitationChange(state, scripted, done, () => `/arenden/${caseId}`, invitationId);

export async function createInvitationAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let scripted = false;
  let invitationId = "";
  const state = await runFormAction("case.invite", formData, async (fields) => {
    scripted = postedByScript(fields);
    caseId = readId(caseId, "caseId");
    const sent = await createInvitation(await getActor(), caseId, fields);
    invitationId = sent.id;
    revalidatePath(`/arenden/${caseId}`);
    return { status: "success", message: CASE_MESSAGES.invitationSent(sent.email, sent.replaced) };
  });
  return afterChange(state, scripted, caseId, "skickad", invitationId);
}

/**
 * Withdraws one pending invitation to the case. The case is bound by the page; the invitation
 * comes from the pressed button's form (field invitationId), so one form state serves the whole
 * list and its message stays after the invitation has left the list.
 */
export async function revokeCaseInvitationAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let scripted = false;
  let invitationId = "";
  const state = await runFormAction("case.invitation.revoke", formData, async (fields) => {
    scripted = postedByScript(fields);
    caseId = readId(caseId, "caseId");
    const revoked = readId(fields.invitationId, "invitationId");
    const { email } = await revokeCaseInvitation(await getActor(), caseId, revoked);
    invitationId = revoked;
    revalidatePath(`/arenden/${caseId}`);
    return { status: "success", message: CASE_MESSAGES.invitationRevoked(email) };
  });
  return afterChange(state, scripted, caseId, "aterkallad", invitationId);
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
