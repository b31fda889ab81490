import "server-only";

/**
 * The client's IP address for throttling, as the HTTP server (scripts/lib/client-address.mjs)
 * decided it from the socket and, only behind a proxy listed in TRUSTED_PROXIES, from
 * X-Forwarded-For. The server removes any copy of this header a client sends. Never read
 * X-Forwarded-For here: without a trusted proxy in front, the client writes it.
 */
export const CLIENT_ADDRESS_HEADER = "x-samverka-client-ip";

export function clientIp(requestHeaders: Headers): string | null {
  return requestHeaders.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || null;
}
