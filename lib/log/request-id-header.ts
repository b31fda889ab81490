// Shared by the proxy (proxy.ts), which sets the id, and lib/log/request-id.ts, which reads it.

/** Set by the proxy on every request it passes on, and on the response. */
export const REQUEST_ID_HEADER = "x-request-id";

/** A new id; the proxy makes one per request, and replaces any a client sends. */
export function newRequestId(): string {
  return crypto.randomUUID();
}
