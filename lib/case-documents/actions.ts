"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runAction } from "@/lib/forms/run-action";
import { generateCaseDocuments } from "./data";
import { NOUNS, formatCount } from "@/lib/format/count";

export async function generateDocumentsAction(caseId: string): Promise<ActionState> {
  return runAction("case.document.generate", {}, async () => {
    caseId = readId(caseId, "caseId");
    const result = await generateCaseDocuments(await getActor(), caseId);
    revalidatePath(`/arenden/${caseId}/dokument`);
    const message =
      result.created > 0
        ? `${result.created === 1 ? "En fil" : formatCount(result.created, NOUNS.file)} för version ${result.version} är skapade och sparade.`
        : `Dokumenten för version ${result.version} fanns redan och är oförändrade.`;
    return { status: "success", message };
  });
}
