"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { approveExample, editExampleText, proposeExample, withdrawExample } from "./data";

// Thin entry points: the form and the bound case id go through the boundary; the data
// functions check the permission table and audit.

export async function proposeExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.example.propose", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    await proposeExample(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Den anonymiserade texten är klar. Granska den i förhandsvisningen ovan innan den godkänns." };
  });
}

export async function editExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.example.edit", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    const outcome = await editExampleText(await getActor(), caseId, fields);
    if (outcome === "unchanged") return { status: "success", message: "Texten är oförändrad, så inget har sparats." };
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Texten är sparad. Den behöver godkännas innan den publiceras." };
  });
}

export async function approveExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.example.approve", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    await approveExample(await getActor(), caseId, fields);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Exemplet är godkänt och publicerat i SKR:s exempelkatalog." };
  });
}

export async function withdrawExampleAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("case.example.withdraw", formData, async () => {
    caseId = readId(caseId, "caseId");
    await withdrawExample(await getActor(), caseId);
    revalidatePath(`/arenden/${caseId}/exempel`);
    return { status: "success", message: "Exemplet är återkallat och syns inte längre för SKR." };
  });
}
