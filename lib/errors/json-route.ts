import "server-only";
import { AppError, GENERIC_ERROR_MESSAGE, HTTP_STATUS } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

/**
 * Runs a read-only JSON route body: refusals and bad input become JSON errors with their HTTP
 * status and Swedish message; anything unexpected is logged in full and answered with 500.
 */
export async function jsonRoute(body: () => Promise<Response>, label = "json route"): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) {
      return Response.json(
        { error: error.code, message: error.userMessage, fields: error.fieldErrors },
        { status: HTTP_STATUS[error.code] ?? 400, headers: { "cache-control": "no-store" } },
      );
    }
    logger.error({ err: error }, `${label} failed`);
    return Response.json({ error: "INTERNAL", message: GENERIC_ERROR_MESSAGE }, { status: 500, headers: { "cache-control": "no-store" } });
  }
}
