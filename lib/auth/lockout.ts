import "server-only";
import { prisma } from "@/lib/db/client";
import { EMAIL_MAX_FAILURES, FAILURE_WINDOW_SECONDS, IP_MAX_FAILURES, LOCKOUT_SECONDS } from "./config";

// Failed sign-ins are counted per e-mail address (stops guessing one account's password)
// and per IP address (stops trying many accounts from one place). Counting happens in a
// single SQL statement, so concurrent attempts from several app processes cannot race
// past the limit.

export interface ThrottleKeys {
  email: string;
  ip: string | null;
}

function keysOf({ email, ip }: ThrottleKeys): Array<{ key: string; max: number }> {
  const keys = [{ key: `email:${email.trim().toLowerCase()}`, max: EMAIL_MAX_FAILURES }];
  if (ip) keys.push({ key: `ip:${ip}`, max: IP_MAX_FAILURES });
  return keys;
}

/** When the sign-in is locked, the time the lock ends; otherwise null. */
export async function lockedUntil(keys: ThrottleKeys, now = new Date()): Promise<Date | null> {
  const rows = await prisma.signInThrottle.findMany({
    where: { key: { in: keysOf(keys).map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const ends = rows.map((r) => r.lockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/**
 * Counts an attempt on every key before its password is checked, and locks a key that reaches
 * its limit in the window. Returns whether the attempt is within every limit: counted first, so
 * a burst of parallel attempts cannot all pass the lock check before any failure is recorded
 * (a review found five allowed failures becoming as many guesses as one burst could send). A
 * success gives the attempt back (recordSuccess); a failure stays counted.
 */
export async function reserveAttempt(keys: ThrottleKeys): Promise<boolean> {
  let allowed = true;
  for (const { key, max } of keysOf(keys)) {
    const [row] = await prisma.$queryRaw<Array<{ failures: number }>>`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${max}::int THEN now() + make_interval(secs => ${LOCKOUT_SECONDS}::int) END, now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE
          WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${FAILURE_WINDOW_SECONDS}::int) THEN 1
          ELSE "SignInThrottle"."failures" + 1 END,
        "windowStartedAt" = CASE
          WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${FAILURE_WINDOW_SECONDS}::int) THEN now()
          ELSE "SignInThrottle"."windowStartedAt" END,
        "lockedUntil" = CASE
          WHEN (CASE
                  WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${FAILURE_WINDOW_SECONDS}::int) THEN 1
                  ELSE "SignInThrottle"."failures" + 1 END) >= ${max}::int
            THEN now() + make_interval(secs => ${LOCKOUT_SECONDS}::int)
          ELSE "SignInThrottle"."lockedUntil" END,
        "updatedAt" = now()
      RETURNING "failures"`;
    if (!row || row.failures > max) allowed = false;
  }
  return allowed;
}

/**
 * A successful sign-in clears the account's count, and gives its attempt back to the IP's (not
 * more: one success must not reset a spray; and a municipality's staff behind one address must
 * not lock it by signing in).
 */
export async function recordSuccess(keys: ThrottleKeys): Promise<void> {
  const [email, ip] = keysOf(keys);
  await prisma.signInThrottle.deleteMany({ where: { key: email!.key } });
  if (ip) {
    await prisma.$executeRaw`
      UPDATE "SignInThrottle" SET
        "failures" = greatest("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "failures" - 1 >= ${ip.max}::int THEN "lockedUntil" END,
        "updatedAt" = now()
      WHERE "key" = ${ip.key}`;
  }
}
