import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (lib/mail/templates); optional. */
  html?: string;
}

/** True when mail leaves through SMTP; otherwise it stays in the outbox, readable in development. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/**
 * Whether the outbox page may show what mails say. Mails carry single-use links (invitations),
 * so their text is shown only while nothing is sent for real; the delivery status always is.
 */
export function outboxShowsBodies(): boolean {
  return !smtpConfigured() || process.env.NODE_ENV !== "production";
}

/**
 * Queues a mail in the outbox. Pass the transaction client: the mail is then written with
 * the record it belongs to and exists only if that transaction commits. The outbox worker
 * (lib/mail/worker.ts) sends it after commit, retrying with backoff, and records delivery.
 * Nothing is sent from inside a transaction.
 */
export async function sendMail(mail: Mail, db: Prisma.TransactionClient | typeof prisma = prisma): Promise<void> {
  await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
}

/** The same as sendMail, named for what it does. */
export const enqueueMail = sendMail;
