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

/** Counts one failed attempt on every key; locks a key that reaches its limit in the window. */
export async function recordFailure(keys: ThrottleKeys): Promise<void> {
  for (const { key, max } of keysOf(keys)) {
    await prisma.$executeRaw`
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
        "updatedAt" = now()`;
  }
}

/** A successful sign-in clears the account's count (not the IP's: one success must not reset a spray). */
export async function recordSuccess(keys: ThrottleKeys): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: keysOf({ email: keys.email, ip: null })[0]!.key } });
}
