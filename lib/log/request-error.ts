import "server-only";
import { logger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id-header";

/** What Next.js passes to instrumentation's onRequestError about the request (Instrumentation.onRequestError). */
interface ErrorRequest {
  path: string;
  method: string;
  headers: NodeJS.Dict<string | string[]>;
}

/**
 * An error no action or route caught (a page that failed to render): logged in full with the
 * request's id and Next.js's digest. The error page shows the digest as "Felkod", so support finds
 * this line, and through the request id every other line of the same request.
 */
export function reportRequestError(error: unknown, request: ErrorRequest, context: { routePath: string; routeType: string }): void {
  const header = request.headers[REQUEST_ID_HEADER];
  const digest = error && typeof error === "object" && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  const fields = { err: error, digest, requestId: Array.isArray(header) ? header[0] : header, method: request.method, path: request.path, routePath: context.routePath, routeType: context.routeType };
  // A server action's own errors are caught and logged by runAction; what reaches this hook from
  // an action is a request Next.js could not read (a malformed body), which is the client's fault.
  if (context.routeType === "action") logger.warn(fields, "server action request could not be read");
  else logger.error(fields, "request failed unexpectedly");
}
