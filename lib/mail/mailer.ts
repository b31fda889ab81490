import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** True when mail leaves through SMTP; otherwise it lands in the in-app outbox. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The dev outbox may be read when mail is not sent for real, and never in production with SMTP. */
export function outboxAvailable(): boolean {
  return !smtpConfigured() || process.env.NODE_ENV !== "production";
}

let transport: Transporter | null = null;

/**
 * Sends a mail through SMTP_URL, or stores it in the OutboxMail table when no SMTP server
 * is configured. Pass the transaction client so an outbox mail is written together with
 * the record it belongs to.
 */
export async function sendMail(mail: Mail, db: Prisma.TransactionClient | typeof prisma = prisma): Promise<void> {
  if (!smtpConfigured()) {
    await db.outboxMail.create({ data: mail });
    return;
  }
  transport ??= nodemailer.createTransport(process.env.SMTP_URL);
  await transport.sendMail({ from: process.env.MAIL_FROM ?? "Samverka <noreply@samverka.invalid>", ...mail });
  logger.info({ subject: mail.subject }, "mail sent");
}
