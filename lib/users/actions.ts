"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { deactivateUser } from "./data";

// Only admin pages are returned to; anything else falls back to the user list.
const ADMIN_PATH = /^\/admin(\/[a-z0-9-]+){0,3}$/;

/**
 * Deactivates and returns to the admin page it came from with ?inaktiverad=<id>, which
 * that page announces: the person's row moves to the deactivated list, so a message
 * inside the row would vanish with it.
 */
export async function deactivateUserAction(userId: string, returnTo: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction("user.deactivate", formData, async (fields) => {
    userId = readId(userId, "userId");
    await deactivateUser(await getActor(), userId, { confirmed: fields.bekrafta === "ja" });
    revalidatePath("/admin", "layout");
  });
  if (state.status === "success") redirect(`${typeof returnTo === "string" && ADMIN_PATH.test(returnTo) ? returnTo : "/admin/anvandare"}?inaktiverad=${encodeURIComponent(userId)}`);
  return state;
}
