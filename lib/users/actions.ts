"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { authorizeUser } from "@/lib/auth/authorize";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { deactivateUser, reactivateUser } from "./data";
import { DEACTIVATION_STEP, DEACTIVATION_STEP_ASK, DEACTIVATION_STEP_CANCEL } from "./deactivation-steps";
import { backTo } from "./return-path";

/**
 * Deactivates and returns to the admin page it came from with ?inaktiverad=<id>, which
 * that page announces: the person's row moves to the deactivated list, so a message
 * inside the row would vanish with it.
 */
export async function deactivateUserAction(userId: string, returnTo: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  // Without JavaScript the first press and "Avbryt" post too: the answer is the form asking, or
  // back at rest, after the same authorization as the deactivation itself (a refusal is audited).
  // Read only from a real form: anything else is left to runFormAction's check of the input.
  const step = formData instanceof FormData ? formData.get(DEACTIVATION_STEP) : null;
  if (step === DEACTIVATION_STEP_ASK || step === DEACTIVATION_STEP_CANCEL) {
    const asked = await runFormAction("user.deactivate", formData, async () => {
      await authorizeUser(await getActor(), "user.deactivate");
    });
    if (asked.status !== "success") return asked;
    return { status: "idle", values: { [DEACTIVATION_STEP]: step } };
  }
  const state = await runFormAction("user.deactivate", formData, async (fields) => {
    userId = readId(userId, "userId");
    await deactivateUser(await getActor(), userId, { confirmed: fields.bekrafta === "ja" });
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
