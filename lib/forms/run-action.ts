import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getActor, ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { wasAudited, writeAudit } from "@/lib/audit/write";
import { AppError } from "@/lib/errors/app-error";
import { unavailableError } from "@/lib/errors/unavailable";
import { logger } from "@/lib/log/logger";
import { reportUnexpected } from "@/lib/log/request-id";
import type { AuditReason } from "@/lib/audit/reasons";
import type { ActionState } from "./action-state";
import { markActionEntered, readForm } from "./boundary";

/**
 * Writes one audit entry for a refused call, unless the code that refused it already did
 * (a denial, a failed sign-in). Never throws: the refusal reaches the caller regardless.
 */
export async function auditRefusal(name: string, error: AppError, caseId?: unknown): Promise<void> {
  if (wasAudited(error)) return;
  let actor: Actor = ANONYMOUS;
  try {
    actor = await getActor();
  } catch {
    // No session could be read (the database may be the reason); audit as anonymous.
  }
  const outcome = error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED" || error.code === "NOT_FOUND" ? "DENIED" : "FAILURE";
  const reason: AuditReason = error.code;
  await writeAudit(actor, {
    action: name,
    outcome,
    // The case the call was about, when the form named one: a refusal then stands in that case's log.
    ...(typeof caseId === "string" && caseId ? { caseId } : {}),
    details: { reason, fields: error.fieldErrors.map((e) => e.path).slice(0, 20) },
  }).catch((auditError: unknown) => logger.error({ err: auditError, action: name }, "could not write audit entry for a refused call"));
}

/**
 * Runs a server action's body and turns its outcome into an ActionState. Expected errors
 * (AppError) reach the user with their Swedish message and field errors, and are audited;
 * anything else is logged in full and shown only as the generic message. Next.js
 * redirects pass through.
 */
export async function runAction(
  name: string,
  values: Record<string, string>,
  body: () => Promise<ActionState | void>,
  caseIdOf: () => unknown = () => undefined,
): Promise<ActionState> {
  markActionEntered();
  try {
    return (await body()) ?? { status: "success" };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      if (error.code !== "VALIDATION" && error.code !== "FORBIDDEN" && error.code !== "NOT_FOUND") {
        logger.info({ action: name, code: error.code }, "action refused");
      }
      await auditRefusal(name, error, caseIdOf());
      return { status: "error", message: error.userMessage, fieldErrors: error.fieldErrors, values };
    }
    const outage = unavailableError(error);
    if (outage) {
      logger.warn({ err: error, action: name }, "action refused: database unavailable");
      return { status: "error", message: outage.userMessage, values };
    }
    return { status: "error", message: await reportUnexpected(error, { action: name }, "server action failed unexpectedly"), values };
  }
}

/**
 * runAction for a form action: the submitted FormData is read and checked at the boundary
 * (shape, size, characters) first; a malformed submission is refused and audited like any
 * other refusal. `echo` picks the values to hand back to the form (never a password).
 */
export async function runFormAction(
  name: string,
  formData: unknown,
  body: (fields: Record<string, string>) => Promise<ActionState | void>,
  echo: (fields: Record<string, string>) => Record<string, string> = (fields) => fields,
): Promise<ActionState> {
  let fields: Record<string, string> = {};
  return runAction(
    name,
    {},
    async () => {
      fields = readForm(formData);
      return body(fields);
    },
    () => fields.caseId,
  ).then((state) => (state.status === "error" ? { ...state, values: echo(fields) } : state));
}
