"use server";

import { redirect } from "next/navigation";
import { unstable_rethrow } from "next/navigation";
import { getActor, getActorWithoutActivity } from "@/lib/auth/actor";
import { AppError, type AppErrorCode, type FieldError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/forms/action-state";
import { unavailableError } from "@/lib/errors/unavailable";
import { checkAutosave, markActionEntered } from "@/lib/forms/boundary";
import { auditRefusal, runFormAction } from "@/lib/forms/run-action";
import { logger } from "@/lib/log/logger";
import { reportUnexpected } from "@/lib/log/request-id";
import { completionConfirmationMessage, readSavedAnswers, saveAnswers, setStepCompletion, type SaveResult } from "./data";
import type { Case } from "@/lib/case";
import type { SaveAnswersInput } from "./save-schema";
import type { ConflictAuthor } from "./merge";
import { pageByKey } from "./pages";

export type SaveAnswersOutcome =
  | ({ ok: true } & SaveResult)
  | { ok: false; code: AppErrorCode | "UNEXPECTED"; message: string; fieldErrors: FieldError[] };

/** Autosave entry point. Returns data rather than throwing, so the page can show why a save failed. */
export async function saveAnswersAction(input: SaveAnswersInput): Promise<SaveAnswersOutcome> {
  markActionEntered();
  try {
    checkAutosave(input);
    return { ok: true, ...(await saveAnswers(await getActor(), input)) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      await auditRefusal("case.update", error, input?.caseId);
      return { ok: false, code: error.code, message: error.userMessage, fieldErrors: error.fieldErrors };
    }
    const outage = unavailableError(error);
    if (outage) {
      logger.warn({ err: error, action: "case.answers.save" }, "save refused: database unavailable");
      return { ok: false, code: outage.code, message: outage.userMessage, fieldErrors: [] };
    }
    const message = await reportUnexpected(error, { action: "case.answers.save" }, "saving answers failed unexpectedly");
    return { ok: false, code: "UNEXPECTED", message, fieldErrors: [] };
  }
}

export type ReadAnswersOutcome = { ok: true; version: number; doc?: Case; changedBy?: Record<string, ConflictAuthor> } | { ok: false; code: AppErrorCode | "UNEXPECTED" };

/** What others have saved since the step page's version; nothing new, no document. Never throws: the page simply asks again later. */
export async function readAnswersAction(input: { caseId: string; knownVersion: number; pageUserId?: string }): Promise<ReadAnswersOutcome> {
  markActionEntered();
  try {
    return { ok: true, ...(await readSavedAnswers(await getActorWithoutActivity(), input)) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      await auditRefusal("case.update", error, input?.caseId);
      return { ok: false, code: error.code };
    }
    if (unavailableError(error)) return { ok: false, code: "UNAVAILABLE" };
    await reportUnexpected(error, { action: "case.answers.read" }, "reading saved answers failed unexpectedly");
    return { ok: false, code: "UNEXPECTED" };
  }
}

export type StepCompletionState = ActionState & {
  needsConfirmation?: boolean;
  /** What the confirmation says is open; the form sends it back with the confirmation. */
  open?: { blockers: number; unanswered: number };
  /** Another tab or the colleague saved after the page's answers were read: the page shows answers that are not the case's now. */
  stale?: boolean;
};

/** "Är avsnittet klart?" Back to the case overview when done. */
export async function setStepCompletionAction(_previous: StepCompletionState, formData: FormData): Promise<StepCompletionState> {
  let fields: Record<string, string> = {};
  let confirmation: { message: string; open: { blockers: number; unanswered: number }; stale: boolean } | undefined;
  const state = await runFormAction("case.step.complete", formData, async (read) => {
    fields = read;
    const outcome = await setStepCompletion(await getActor(), fields);
    if (outcome.needsConfirmation) {
      confirmation = { message: completionConfirmationMessage(outcome.open, outcome.changed), open: { blockers: outcome.open.blockers, unanswered: outcome.open.unanswered }, stale: outcome.stale === true };
    }
  });
  if (state.status === "success" && confirmation) {
    return { status: "error", message: confirmation.message, needsConfirmation: true, open: confirmation.open, values: fields, ...(confirmation.stale ? { stale: true } : {}) };
  }
  if (state.status === "success") {
    const page = pageByKey(fields.step ?? "");
    redirect(`/arenden/${fields.caseId}?klart=${encodeURIComponent(page?.path ?? "")}`);
  }
  return state;
}
