"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { askOrCancel } from "@/lib/forms/confirm-action";
import { CONFIRMED_FIELD, CONFIRMED_VALUE } from "@/lib/forms/confirm-step";
import { findScopedCase } from "@/lib/cases/data";
import { recordDecision, recordSignature, withdrawEntry } from "./data";
import { RECORDED_PARAM, WITHDRAWN_PARAM, decisionsPage } from "./notice";

// Thin entry points: the data functions check the permission table and the input. A success
// leads back to the page with the entry named in the address (./notice.ts): the page says what
// was done and takes the focus there, with or without JavaScript, and the form starts empty.

export async function recordDecisionAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return record(caseId, formData, recordDecision);
}

export async function recordSignatureAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return record(caseId, formData, recordSignature);
}

async function record(caseId: string, formData: FormData, write: typeof recordDecision | typeof recordSignature): Promise<ActionState> {
  let created = "";
  const state = await runFormAction("case.decision.record", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    created = (await write(await getActor(), caseId, fields)).id;
    revalidatePath(decisionsPage(caseId));
  });
  if (state.status === "success") redirect(`${decisionsPage(caseId)}?${RECORDED_PARAM}=${created}`);
  return state;
}

export async function withdrawDecisionAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return withdraw(caseId, "decision", formData);
}

export async function withdrawSignatureAction(caseId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return withdraw(caseId, "signature", formData);
}

async function withdraw(caseId: string, kind: "decision" | "signature", formData: FormData): Promise<ActionState> {
  // Without JavaScript "Återkalla" and "Avbryt" post too: answered after the same check of access to the case.
  const asked = await askOrCancel("case.decision.withdraw", formData, async () => {
    await findScopedCase(await getActor(), readId(caseId, "caseId"), "case.decision.withdraw", { id: true });
  });
  if (asked) return asked;
  let withdrawn = "";
  const state = await runFormAction("case.decision.withdraw", formData, async (fields) => {
    caseId = readId(caseId, "caseId");
    withdrawn = await withdrawEntry(await getActor(), caseId, kind, fields, { confirmed: fields[CONFIRMED_FIELD] === CONFIRMED_VALUE });
    revalidatePath(decisionsPage(caseId));
  });
  if (state.status === "success") redirect(`${decisionsPage(caseId)}?${WITHDRAWN_PARAM}=${withdrawn}`);
  return state;
}
