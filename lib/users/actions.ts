"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { authorizeUser } from "@/lib/auth/authorize";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { deactivateUser, reactivateUser } from "./data";
import { askOrCancel } from "@/lib/forms/confirm-action";
import { CONFIRMED_FIELD, CONFIRMED_VALUE } from "@/lib/forms/confirm-step";
import { backTo } from "./return-path";

/**
 * Deactivates and returns to the admin page it came from with ?inaktiverad=<id>, which
 * that page announces: the person's row moves to the deactivated list, so a message
 * inside the row would vanish with it.
 */
export async function deactivateUserAction(userId: string, returnTo: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  // Without JavaScript the first press and "Avbryt" post too: answered after the same authorization as the deactivation itself.
  const asked = await askOrCancel("user.deactivate", formData, async () => {
    await authorizeUser(await getActor(), "user.deactivate");
  });
  if (asked) return asked;
  const state = await runFormAction("user.deactivate", formData, async (fields) => {
    userId = readId(userId, "userId");
    await deactivateUser(await getActor(), userId, { confirmed: fields[CONFIRMED_FIELD] === CONFIRMED_VALUE });
    revalidatePath("/admin", "layout");
  });
  if (state.status === "success") redirect(backTo(returnTo, "inaktiverad", userId));
  return state;
}

/** Reactivates and returns to the admin page it came from with ?aktiverad=<id>, announced there. */
export async function reactivateUserAction(userId: string, returnTo: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction("user.reactivate", formData, async () => {
    userId = readId(userId, "userId");
    await reactivateUser(await getActor(), userId);
    revalidatePath("/admin", "layout");
  });
  if (state.status === "success") redirect(backTo(returnTo, "aktiverad", userId));
  return state;
}
