"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { runAction, runFormAction } from "@/lib/forms/run-action";
import { getActor } from "./actor";
import { MESSAGES, authorize } from "./authorize";
import { applySetCookies } from "./cookies";
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
