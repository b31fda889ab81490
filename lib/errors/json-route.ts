import "server-only";
import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";
import { reportUnexpected } from "@/lib/log/request-id";

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
    const message = await reportUnexpected(error, {}, `${label} failed`);
    return Response.json({ error: "INTERNAL", message }, { status: 500, headers: { "cache-control": "no-store" } });
  }
}
