import "server-only";
import { headers } from "next/headers";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors/app-error";
import { logger } from "./logger";
import { REQUEST_ID_HEADER, newRequestId } from "./request-id-header";


/** This request's id, or a new one where there is no request (a script, a test). */
export async function requestId(): Promise<string> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    if (id) return id;
  } catch {
    // Outside a request: headers() throws.
  }
  return newRequestId();
}

/**
 * Logs an unexpected error in full with the request's id, and returns the message the user
 * sees: the generic text and the first eight characters of the id, which support finds in the log.
 */
export async function reportUnexpected(error: unknown, context: Record<string, unknown>, what: string): Promise<string> {
  const id = await requestId();
  logger.error({ err: error, requestId: id, ...context }, what);
  return unexpectedErrorMessage(id);
}

export function unexpectedErrorMessage(id: string): string {
  // "… Om felet finns kvar, kontakta support och uppge felkod 3f2a9c1e."
  return GENERIC_ERROR_MESSAGE.replace(/\.$/, ` och uppge felkod ${id.slice(0, 8)}.`);
}
