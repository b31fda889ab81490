"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { formFields } from "@/lib/forms/validation";
import { approveExample, editExampleText, proposeExample, withdrawExample } from "./data";

// Thin entry points: the data functions check the permission table and audit.

export async function proposeExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("case.example.propose", fields, async () => {
    await proposeExample(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Den anonymiserade texten är klar. Granska den nedan innan den godkänns." };
  });
}

export async function editExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("case.example.edit", fields, async () => {
    await editExampleText(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Texten är sparad. Den behöver godkännas innan den publiceras." };
  });
}

export async function approveExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("case.example.approve", fields, async () => {
    await approveExample(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Exemplet är godkänt och publicerat i SKR:s exempelkatalog." };
  });
}

export async function withdrawExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("case.example.withdraw", fields, async () => {
    await withdrawExample(await getActor(), caseId);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Exemplet är återkallat och syns inte längre för SKR." };
  });
}
