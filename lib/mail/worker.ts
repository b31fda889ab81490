import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

// The outbox worker. Mail is written to OutboxMail inside the transaction that causes it
// (lib/mail/mailer.ts); this sends it after commit. It runs in every app server process
// (instrumentation.ts). Several processes may run it against one database: a mail is
// claimed with FOR UPDATE SKIP LOCKED plus a lease, so only one of them sends it.

export const MAX_ATTEMPTS = 8;
export const NOT_SENT_NO_SMTP = "Inte skickat – ingen e-postserver (SMTP_URL) är inställd.";
/** How long a claim holds; a worker that dies mid-send leaves the mail to others after it. */
const LEASE_MS = 2 * 60_000;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min, … at most 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
}

export interface OutboxRun {
  sent: number;
  retrying: number;
  failed: number;
  notSent: number;
}

export interface OutboxRunOptions {
  /** The worker's clock; tests move it forward instead of waiting for the backoff. */
  now?: Date;
  limit?: number;
  smtpUrl?: string | undefined;
}

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
    transports.set(url, transport);
  }
  return transport;
}

/** Claims up to `limit` due mails for this worker; other workers skip them. */
async function claim(now: Date, limit: number): Promise<{ mails: ClaimedMail[]; lease: Date }> {
  const lease = new Date(now.getTime() + LEASE_MS);
  const mails = await prisma.$queryRaw<ClaimedMail[]>`
    UPDATE "OutboxMail" SET "lockedUntil" = ${lease}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
  return { mails, lease };
}

/** A fresh lease for one claimed mail from `current`, only while the mail is still this worker's (its lease unchanged). */
async function renewLease(id: string, lease: Date, current: Date): Promise<Date | null> {
  const renewed = new Date(current.getTime() + LEASE_MS);
  const { count } = await prisma.outboxMail.updateMany({ where: { id, lockedUntil: lease }, data: { lockedUntil: renewed } });
  return count === 1 ? renewed : null;
}

/** One pass over the outbox: sends what is due, records each outcome. */
export async function runOutboxOnce({ now = new Date(), limit = 20, smtpUrl = process.env.SMTP_URL }: OutboxRunOptions = {}): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, retrying: 0, failed: 0, notSent: 0 };
  if (!smtpUrl) {
    // Kept for reading in the dev outbox, and never sent later by surprise.
    const marked = await prisma.outboxMail.updateMany({
      where: { status: "PENDING" },
      data: { status: "NOT_SENT", lastError: NOT_SENT_NO_SMTP, lockedUntil: null },
    });
    run.notSent = marked.count;
    return run;
  }
  const startedAt = Date.now();
  const { mails, lease: claimed } = await claim(now, limit);
  const transport = transportFor(smtpUrl);
  const from = process.env.MAIL_FROM ?? "Samverka <noreply@samverka.invalid>";
  for (const mail of mails) {
    // The claim's lease may have run out while earlier mails were sent (each send may take up
    // to 50 s): renew it for this mail, and leave the mail alone if another worker claimed it.
    // The worker's clock (`now`, which tests move) moved on by the real time spent since the claim.
    const lease = await renewLease(mail.id, claimed, new Date(now.getTime() + Date.now() - startedAt));
    if (!lease) {
      logger.info({ mailId: mail.id }, "mail left to the worker that claimed it after this one's lease ran out");
      continue;
    }
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
      await prisma.outboxMail.updateMany({
        where: { id: mail.id, lockedUntil: lease },
        data: { status: "SENT", sentAt: new Date(), lastError: null, lockedUntil: null },
      });
      run.sent++;
      logger.info({ mailId: mail.id, attempts: mail.attempts }, "mail sent");
    } catch (error) {
      const gaveUp = mail.attempts >= MAX_ATTEMPTS;
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await prisma.outboxMail.updateMany({
        where: { id: mail.id, lockedUntil: lease },
        data: gaveUp
          ? { status: "FAILED", lastError: reason, lockedUntil: null }
          : { status: "PENDING", lastError: reason, lockedUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)) },
      });
      if (gaveUp) run.failed++;
      else run.retrying++;
      logger.warn({ mailId: mail.id, attempts: mail.attempts, gaveUp, reason }, "sending mail failed");
    }
  }
  return run;
}

const globalForWorker = globalThis as unknown as { samverkaOutboxWorker?: { stop: () => void } };

/**
 * Runs the outbox in the background of this server process: every `intervalMs`, and again
 * at once while there is more to send. Errors (the database restarting) are logged and the
 * loop carries on. Started once per process.
 */
export function startOutboxWorker({ intervalMs = 2000 }: { intervalMs?: number } = {}): { stop: () => void } {
  if (globalForWorker.samverkaOutboxWorker) return globalForWorker.samverkaOutboxWorker;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    let again = false;
    try {
      const run = await runOutboxOnce();
      again = run.sent + run.retrying + run.failed > 0;
    } catch (error) {
      logger.warn({ err: error }, "outbox worker pass failed; trying again");
    }
    if (!stopped) timer = setTimeout(tick, again ? 0 : intervalMs);
    timer?.unref();
  };
  timer = setTimeout(tick, intervalMs);
  timer.unref();
  const worker = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      delete globalForWorker.samverkaOutboxWorker;
    },
  };
  globalForWorker.samverkaOutboxWorker = worker;
  logger.info({ smtp: Boolean(process.env.SMTP_URL) }, "outbox worker started");
  return worker;
}
