"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runAction, runFormAction } from "@/lib/forms/run-action";
import { getActor } from "./actor";
import { MESSAGES, authorize } from "./authorize";
import { applySetCookies } from "./cookies";
import { completePasswordReset, requestPasswordReset } from "./password-reset";
import { PASSWORD_RESET_DONE_PARAM, PASSWORD_RESET_SENT_PARAM } from "./password-reset-messages";
import { signInWithPassword, signOut } from "./sign-in";

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let next = "/";
  const state = await runFormAction(
    "auth.signIn",
    formData,
    async (fields) => {
      await authorize(await getActor(), "auth.signIn");
      const result = await signInWithPassword(fields, await headers());
      await applySetCookies(result.setCookies);
      next = result.next;
    },
    (fields) => ({ email: fields.email ?? "", next: fields.next ?? "" }),
  );
  if (state.status === "success") redirect(next);
  return state;
}

async function signOutWith(everywhere: boolean): Promise<void> {
  const state = await runAction(everywhere ? "auth.signOutEverywhere" : "auth.signOut", {}, async () => {
    const actor = await getActor();
    await authorize(actor, everywhere ? "auth.signOutEverywhere" : "auth.signOut");
    await applySetCookies(await signOut(actor, await headers(), { everywhere }));
  });
  if (state.status === "success") redirect(everywhere ? "/logga-in?utloggad=alla" : "/logga-in?utloggad=1");
  // Not signed in (any more), or the sign-out failed: the sign-in page says which.
  redirect(state.message === MESSAGES.unauthenticated ? "/logga-in" : "/logga-in?utloggad=fel");
}

export async function signOutAction(): Promise<void> {
  return signOutWith(false);
}

export async function signOutEverywhereAction(): Promise<void> {
  return signOutWith(true);
}

/** "Glömt lösenordet?": the page then says a link is on its way, whether or not the address has an account. */
export async function requestPasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(
    "auth.passwordReset.request",
    formData,
    async (fields) => requestPasswordReset(await getActor(), fields, await headers()),
    (fields) => ({ email: fields.email ?? "" }),
  );
  if (state.status === "success") redirect(`/glomt-losenord?${PASSWORD_RESET_SENT_PARAM}=1`);
  return state;
}

/** The new password from a mailed link (the token bound by its page); then to the sign-in page, signed out everywhere. */
export async function completePasswordResetAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  // The token is bound by the page, but a caller can post anything in its place: checked as any bound id.
  const state = await runFormAction("auth.passwordReset.complete", formData, async (fields) => completePasswordReset(await getActor(), readId(token, "token"), fields), () => ({}));
  if (state.status === "success") redirect(`/logga-in?${PASSWORD_RESET_DONE_PARAM}=1`);
  return state;
}
