import "server-only";
import { isAPIError } from "better-auth/api";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { markAudited, writeAudit } from "@/lib/audit/write";
import { prisma } from "@/lib/db/client";
import { ANONYMOUS, type Actor } from "./actor";
import { auth } from "./auth";
import { LOCKOUT_SECONDS } from "./config";
import { lockedUntil, recordSuccess, reserveAttempt } from "./lockout";
import { clientIp } from "./request";
import { safeNextPath, signInSchema } from "./schemas";
import { NOUNS, formatCount } from "@/lib/format/count";

export const SIGN_IN_MESSAGES = {
  badCredentials: "Fel e-postadress eller lösenord.",
  deactivated: "Kontot är inaktiverat. Kontakta administratören i din organisation om du behöver komma åt Samverka igen.",
  locked: (minutes: number) =>
    `För många misslyckade inloggningar. Inloggningen är spärrad i ${formatCount(minutes, NOUNS.minute)}. Försök igen senare.`,
} as const;

export interface SignInResult {
  /** Set-Cookie header values from better-auth, to hand to the browser. */
  setCookies: string[];
  next: string;
}

/**
 * Checks e-mail and password through better-auth, after our PostgreSQL lockout allows it.
 * better-auth's own limiter only sees HTTP requests to /api/auth, so this wrapper is
 * the only way in: the /api/auth sign-in endpoint is not exposed.
 */
export async function signInWithPassword(input: unknown, requestHeaders: Headers): Promise<SignInResult> {
  const { email, password, next } = parseInput(signInSchema, input);
  const keys = { email, ip: clientIp(requestHeaders) };

  // Locked already; or, counted before the password is checked, this attempt is past the limit.
  const until = (await lockedUntil(keys)) ?? ((await reserveAttempt(keys)) ? null : ((await lockedUntil(keys)) ?? new Date(Date.now() + LOCKOUT_SECONDS * 1000)));
  if (until) {
    await writeAudit(ANONYMOUS, { action: "auth.signIn", outcome: "FAILURE", email, details: { reason: "locked" } });
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    throw markAudited(new AppError("RATE_LIMITED", SIGN_IN_MESSAGES.locked(minutes)));
  }

  let result;
  try {
    result = await auth.api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: requestHeaders,
      returnHeaders: true,
    });
  } catch (error) {
    // 401 wrong password or unknown user; 400 a password outside the allowed length.
    if (isAPIError(error) && (error.statusCode === 401 || error.statusCode === 400)) {
      // Counted already (reserveAttempt).
      await writeAudit(ANONYMOUS, { action: "auth.signIn", outcome: "FAILURE", email, details: { reason: "bad credentials" } });
      throw markAudited(new AppError("UNAUTHENTICATED", SIGN_IN_MESSAGES.badCredentials));
    }
    throw error;
  }

  await recordSuccess(keys);
  const user = result.response.user;
  // Checked after the password, so the message reveals nothing to someone without it.
  if (await isDeactivated(user.id)) {
    await prisma.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(ANONYMOUS, { action: "auth.signIn", outcome: "FAILURE", email, details: { reason: "deactivated", userId: user.id } });
    // Audited above, with the address and the reason: not a second, vaguer entry (a walk read the log as two events).
    throw markAudited(new AppError("FORBIDDEN", SIGN_IN_MESSAGES.deactivated));
  }
  const actor: Actor = { kind: "user", userId: user.id, email: user.email, name: user.name, sessionId: "", globalRoles: [], memberships: [] };
  await writeAudit(actor, { action: "auth.signIn", outcome: "SUCCESS" });
  return { setCookies: result.headers.getSetCookie(), next: safeNextPath(next) };
}

async function isDeactivated(userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
  return Boolean(user?.deactivatedAt);
}

/** Ends the current session; with everywhere, every session of the user. */
export async function signOut(actor: Actor, requestHeaders: Headers, options: { everywhere: boolean }): Promise<string[]> {
  if (actor.kind !== "user") return [];
  const result = options.everywhere
    ? await auth.api.revokeSessions({ headers: requestHeaders, returnHeaders: true })
    : await auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
  await writeAudit(actor, { action: options.everywhere ? "auth.signOutEverywhere" : "auth.signOut", outcome: "SUCCESS" });
  // revokeSessions leaves the cookie in place; it no longer matches a session, but clear it anyway.
  const setCookies = result.headers.getSetCookie();
  if (options.everywhere && setCookies.length === 0) {
    const cleared = await auth.api.signOut({ headers: requestHeaders, returnHeaders: true }).catch(() => null);
    return cleared?.headers.getSetCookie() ?? [];
  }
  return setCookies;
}
