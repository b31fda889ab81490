import { AppError } from "./app-error";

/** What a user sees while the database is down or restarting; their input is not lost. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "Tjänsten når inte databasen just nu, så ingenting sparades. Försök igen om en liten stund – det du har skrivit finns kvar.";

// Prisma's codes for "cannot reach / lost the server", the driver adapter's error kinds,
// PostgreSQL's SQLSTATEs for a server that is shutting down, starting or out of
// connections, and Node's socket errors.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);

function looksUnavailable(error: Record<string, unknown>): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (PRISMA_CODES.has(code) || SQLSTATES.has(code) || SOCKET_CODES.has(code) || code.startsWith("08")) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  const message = typeof error.message === "string" ? error.message : "";
  return /Connection terminated|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)/.test(message);
}

/**
 * True when `error` says the database cannot be reached right now (down, restarting, cut
 * off), rather than that the request itself was wrong. Follows causes and Prisma's wrapped
 * driver-adapter error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    if (looksUnavailable(record)) return true;
    queue.push(record.cause);
    const meta = record.meta as Record<string, unknown> | undefined;
    if (meta && typeof meta === "object") queue.push(meta.driverAdapterError, (meta.driverAdapterError as Record<string, unknown> | undefined)?.cause);
  }
  return false;
}

/** The AppError to show for an outage, or null when `error` is something else. */
export function unavailableError(error: unknown): AppError | null {
  return isDatabaseUnavailable(error) ? new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { cause: error }) : null;
}
