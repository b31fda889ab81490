"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { deactivateUser } from "./data";

export async function deactivateUserAction(userId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("user.deactivate", {}, async () => {
    const { name } = await deactivateUser(await getActor(), userId, { confirmed: formData.get("bekrafta") === "ja" });
    revalidatePath("/admin", "layout");
    return { status: "success", message: `${name} är inaktiverad och har loggats ut överallt.` };
  });
}
