"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { formFields } from "@/lib/forms/validation";
import { createOrganization } from "./data";

export async function createOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("organization.create", fields, async () => {
    await createOrganization(await getActor(), fields);
    revalidatePath("/admin");
    return { status: "success", message: `${fields.name?.trim()} är tillagd.` };
  });
}
