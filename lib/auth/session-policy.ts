import "server-only";
import { prisma } from "@/lib/db/client";
import { ABSOLUTE_LIFETIME_SECONDS, IDLE_TIMEOUT_SECONDS, SESSION_TOUCH_INTERVAL_SECONDS } from "./config";

interface SessionTimes {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

export function absoluteDeadline(session: Pick<SessionTimes, "createdAt">): Date {
  return new Date(session.createdAt.getTime() + ABSOLUTE_LIFETIME_SECONDS * 1000);
}

/**
 * Applies our session lifetime rules to a session better-auth has already verified
 * (signature valid, expiresAt in the future). Returns false when the session must end.
 *
 * - Absolute lifetime: a session older than ABSOLUTE_LIFETIME_SECONDS is deleted.
 * - Inactivity: expiresAt is moved to now + IDLE_TIMEOUT_SECONDS (never past the absolute
 *   deadline), so a session nobody uses expires by itself in better-auth's own check; not for a
 *   request with `touch: false`, which the page makes by itself.
 */
export async function enforceSessionPolicy(session: SessionTimes, now = new Date(), options: { touch?: boolean } = {}): Promise<boolean> {
  const deadline = absoluteDeadline(session);
  if (deadline <= now) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return false;
  }
  const wanted = new Date(Math.min(now.getTime() + IDLE_TIMEOUT_SECONDS * 1000, deadline.getTime()));
  // A request the person did not make (an open page checking for others' saves) does not count as activity.
  if (options.touch !== false && wanted.getTime() - session.expiresAt.getTime() >= SESSION_TOUCH_INTERVAL_SECONDS * 1000) {
    await prisma.session.updateMany({ where: { id: session.id }, data: { expiresAt: wanted } });
  }
  return true;
}
