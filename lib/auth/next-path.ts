// Where to send the browser after signing in. The value comes from the URL (?next=) or a
// form field, so an attacker chooses it: only a path on this site is followed. Browsers
// drop tabs and newlines inside URLs and treat "\" as "/", so "/\t/evil.example" and
// "/\evil.example" are protocol-relative URLs to another site; such shapes are refused
// outright rather than cleaned. Plain TypeScript: the sign-in page, the form and the
// server action all use this one function.

/** A placeholder origin: only used to let URL resolve the path; never shown or followed. */
const BASE = "https://samverka.invalid";
const MAX_LENGTH = 2_000;
// Control characters (C0, DEL, C1), any whitespace, and the backslash.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

function decodedOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The in-app path to continue to, or `fallback`. Accepts only a path that starts with a
 * single "/", contains no control character, whitespace or backslash (raw or
 * percent-encoded), and resolves to this site's origin. Returns the resolved path, so
 * "/a/../b" becomes "/b".
 */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > MAX_LENGTH) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || FORBIDDEN.test(next)) return fallback;
  // An encoded form ("/%2F%2Fevil", "/%5Cevil", "/%09/evil") is harmless to a browser, but
  // anything that decodes it once more would turn it into an off-site URL: refuse it too.
  const decoded = decodedOnce(next);
  if (decoded === null || FORBIDDEN.test(decoded) || decoded.includes("//")) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
