"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";
import { createOrganization } from "./data";

export async function createOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("organization.create", formData, async (fields) => {
    await createOrganization(await getActor(), fields);
    revalidatePath("/admin");
    return { status: "success", message: `${fields.name?.trim()} är tillagd.` };
  });
}
