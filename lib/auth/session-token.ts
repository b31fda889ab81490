import "server-only";
import crypto from "node:crypto";
import { parseCookies } from "better-call";
import { getCookies } from "better-auth/cookies";
import { auth } from "./auth";
import { authSecret } from "./secret";

/**
 * The session token a request's cookie carries, when better-auth signed it; otherwise null.
 *
 * The same check better-auth's getSession makes before it reads the session (better-call's
 * signed cookie: `<token>.<base64 HMAC-SHA256 of the token with the auth secret>`, URL-encoded,
 * under the cookie name better-auth gives it), done synchronously with node:crypto. getSession
 * ran its whole endpoint on every page — a context, its hooks, a Web Crypto key imported per
 * call, a second query for the user — and cost about 1.3 ms of CPU of a signed-in page's 6 ms
 * (issue 14 §1); resolveActor (./actor.ts) now reads the session, the user and the roles in one
 * query. Signing in and out, and writing the cookie, stay better-auth's.
 */
export function verifiedSessionToken(requestHeaders: Headers): string | null {
  const header = requestHeaders.get("cookie");
  if (!header) return null;
  const value = parseCookies(header).get(sessionCookieName());
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  // An HMAC-SHA256 in base64 is 44 characters ending in "=", as better-call requires.
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = crypto.createHmac("sha256", secret()).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? token : null;
}

let cached: { name: string; secret: string } | undefined;

function settings() {
  // better-auth's own name for the cookie: "samverka.session_token", "__Secure-" first over https.
  cached ??= { name: getCookies(auth.options).sessionToken.name, secret: authSecret() };
  return cached;
}

const sessionCookieName = () => settings().name;
const secret = () => settings().secret;
