import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

/** Runs a read-only route body; refusals and bad input become JSON errors with the right status. */
export async function jsonRoute(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) {
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400 }[error.code as string] ?? 400;
      return Response.json({ error: error.code, message: error.userMessage, fields: error.fieldErrors }, { status, headers: { "cache-control": "no-store" } });
    }
    logger.error({ err: error }, "catalogue route failed");
    return Response.json({ error: "INTERNAL", message: "Något gick fel hos oss." }, { status: 500 });
  }
}
