import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { outboxShowsBodies, smtpConfigured } from "./mailer";

export const OUTBOX_PAGE_SIZE = 100;

/**
 * The outbox, newest first, with each mail's delivery: system admins only. Failures come
 * first so they are not missed. Mail text (which holds single-use links) is included only
 * while mail is not sent for real (outboxShowsBodies).
 */
export async function listOutbox(actor: Actor) {
  await authorize(actor, "outbox.read");
  const showBodies = outboxShowsBodies();
  const [mails, failed, pending] = await Promise.all([
    prisma.outboxMail.findMany({
      orderBy: { createdAt: "desc" },
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, text: showBodies, status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true, createdAt: true },
    }),
    prisma.outboxMail.findMany({
      where: { status: "FAILED" },
      orderBy: { createdAt: "desc" },
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, attempts: true, lastError: true, createdAt: true },
    }),
    prisma.outboxMail.count({ where: { status: "PENDING" } }),
  ]);
  return { smtp: smtpConfigured(), showBodies, mails, failed, pending };
}
