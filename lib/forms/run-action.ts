import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors/app-error";
import { unavailableError } from "@/lib/errors/unavailable";
import { logger } from "@/lib/log/logger";
import type { ActionState } from "./action-state";

/**
 * Runs a server action's body and turns its outcome into an ActionState. Expected errors
 * (AppError) reach the user with their Swedish message and field errors; anything else is
 * logged in full and shown only as the generic message. Next.js redirects pass through.
 */
export async function runAction(
  name: string,
  values: Record<string, string>,
  body: () => Promise<ActionState | void>,
): Promise<ActionState> {
  try {
    return (await body()) ?? { status: "success" };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      if (error.code !== "VALIDATION" && error.code !== "FORBIDDEN" && error.code !== "NOT_FOUND") {
        logger.info({ action: name, code: error.code }, "action refused");
      }
      return { status: "error", message: error.userMessage, fieldErrors: error.fieldErrors, values };
    }
    const outage = unavailableError(error);
    if (outage) {
      logger.warn({ err: error, action: name }, "action refused: database unavailable");
      return { status: "error", message: outage.userMessage, values };
    }
    logger.error({ err: error, action: name }, "server action failed");
    return { status: "error", message: GENERIC_ERROR_MESSAGE, values };
  }
}
