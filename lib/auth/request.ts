import "server-only";

/**
 * The client's IP address for throttling. The last x-forwarded-for entry is the one added
 * by the nearest proxy (or by Next.js's own server), which a client cannot forge.
 */
export function clientIp(requestHeaders: Headers): string | null {
  const forwarded = requestHeaders.get("x-forwarded-for");
  if (forwarded) {
    const last = forwarded.split(",").map((part) => part.trim()).filter(Boolean).pop();
    if (last) return last.slice(0, 64);
  }
  return requestHeaders.get("x-real-ip")?.slice(0, 64) ?? null;
}
