import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { markAudited, writeAudit } from "@/lib/audit/write";
import type { AuditReason } from "@/lib/audit/reasons";
import { hashToken } from "@/lib/cases/invitations";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { sendMail } from "@/lib/mail/mailer";
import { passwordResetMail } from "@/lib/mail/templates/password-reset";
import type { Actor } from "./actor";
import { authorize, deny } from "./authorize";
import { appBaseUrl } from "./config";
import { hashPassword } from "./password";
import { PASSWORD_RESET_MESSAGES, PASSWORD_RESET_TTL_MINUTES } from "./password-reset-messages";
import { clientIp } from "./request";
import { newPasswordSchema, passwordResetRequestSchema } from "./schemas";

// "Glömt lösenordet?": a link mailed to the account's address, with which its holder chooses a
// new password. As with invitations, the token is the credential and only its SHA-256 is stored;
// it works once and for PASSWORD_RESET_TTL_MINUTES; a newer request ends an older link. The
// request's answer is the same whether or not the address has an account, so the page tells
// nobody who has one; the audit log says what happened. Choosing the new password ends every
// session of the account and lifts a sign-in lockout on its address (its owner has shown they
// hold the mailbox), and is written to the audit log in the same transaction.

/** At most one mail a minute to one account, and five an hour: a form is not a mail cannon. */
const RESEND_AFTER_SECONDS = 60;
const MAX_MAILS_PER_HOUR = 5;
/** Requests from one client address in IP_WINDOW_SECONDS, whatever addresses they name. */
const IP_MAX_REQUESTS = 20;
const IP_WINDOW_SECONDS = 15 * 60;

/**
 * Counts a request from one client address; false once it is over the limit in the window. One
 * statement, so requests at the same moment to several app processes cannot pass it together.
 */
async function withinIpLimit(ip: string): Promise<boolean> {
  const [row] = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
    VALUES (${`reset-ip:${ip}`}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${IP_WINDOW_SECONDS}::int) THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(secs => ${IP_WINDOW_SECONDS}::int) THEN now() ELSE "SignInThrottle"."windowStartedAt" END,
      "updatedAt" = now()
    RETURNING "failures"`;
  return (row?.failures ?? 0) <= IP_MAX_REQUESTS;
}

/**
 * The key one client is counted under: its IPv4 address, or its IPv6 /64 (one household or
 * office gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(":")) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** Mails a reset link when the address has an active account; answers the same either way. */
export async function requestPasswordReset(actor: Actor, input: unknown, requestHeaders: Headers): Promise<void> {
  await authorize(actor, "auth.passwordReset.request");
  const email = parseInput(passwordResetRequestSchema, input).email.toLowerCase();
  // The address asked for is in `details`: a signed-in person's own address is the entry's actor (lib/audit/write.ts).
  const unsent = (reason: AuditReason, userId?: string) =>
    writeAudit(actor, { action: "auth.passwordReset.request", outcome: "FAILURE", email, details: { reason, email, ...(userId ? { userId } : {}) } });
  const ip = clientIp(requestHeaders);
  if (ip && !(await withinIpLimit(clientKey(ip)))) {
    await unsent("RATE_LIMITED");
    throw markAudited(new AppError("RATE_LIMITED", PASSWORD_RESET_MESSAGES.tooMany));
  }
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, deactivatedAt: true } });
  if (!user) return unsent("no account for the address");
  if (user.deactivatedAt) return unsent("deactivated account", user.id);

  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000);
  const sent = await prisma.$transaction(async (tx) => {
    // The account's row locked first: requests for one account at the same moment are counted one
    // after the other, so they cannot all pass the limits and each mail a working link (a review).
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${user.id}::uuid FOR UPDATE`;
    const now = new Date();
    const recent = await tx.passwordReset.findMany({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 3_600_000) } }, select: { createdAt: true } });
    const newest = Math.max(0, ...recent.map((r) => r.createdAt.getTime()));
    if (recent.length >= MAX_MAILS_PER_HOUR || now.getTime() - newest < RESEND_AFTER_SECONDS * 1000) return false;
    // The newest link is the one that works: an older one still pending ends now.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt } });
    await writeAudit(actor, { action: "auth.passwordReset.request", outcome: "SUCCESS", email, details: { userId: user.id, email } }, tx);
    const mail = passwordResetMail({ name: user.name, url: `${appBaseUrl()}/nytt-losenord/${token}`, expiresAt });
    await sendMail({ to: email, ...mail }, tx);
    return true;
  });
  if (!sent) await unsent("RATE_LIMITED", user.id);
}

/** A link that works: not used, not ended by a newer one, not expired, and its account active. */
async function usableReset(actor: Actor, token: string, ended: string = PASSWORD_RESET_MESSAGES.linkEnded) {
  const found =
    typeof token === "string" && token.length >= 20 && token.length <= 100
      ? await prisma.passwordReset.findUnique({
          where: { tokenHash: hashToken(token) },
          select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, deactivatedAt: true } } },
        })
      : null;
  if (!found) return deny(actor, "auth.passwordReset.complete", { reason: "unknown reset link", error: new AppError("NOT_FOUND", ended) });
  if (found.usedAt || found.expiresAt <= new Date()) {
    return deny(actor, "auth.passwordReset.complete", { reason: "used or expired reset link", error: new AppError("NOT_FOUND", ended) });
  }
  if (found.user.deactivatedAt) {
    return deny(actor, "auth.passwordReset.complete", { reason: "deactivated account", error: new AppError("FORBIDDEN", PASSWORD_RESET_MESSAGES.deactivated) });
  }
  return found;
}

/** What the link's page shows: the account's address, so its holder knows whose password they choose. */
export async function viewPasswordReset(actor: Actor, token: string): Promise<{ email: string }> {
  await authorize(actor, "auth.passwordReset.complete");
  const reset = await usableReset(actor, token);
  return { email: reset.user.email };
}

/** Sets the new password, uses the link, ends every session of the account and lifts its lockout. */
export async function completePasswordReset(actor: Actor, token: string, input: unknown): Promise<void> {
  await authorize(actor, "auth.passwordReset.complete");
  const reset = await usableReset(actor, token, PASSWORD_RESET_MESSAGES.linkEndedOnPost);
  const { password } = parseInput(newPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  const claimed = await prisma.$transaction(async (tx) => {
    const now = new Date();
    // Claimed inside the transaction: two posts of one link change the password once.
    const taken = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (taken.count !== 1) return false;
    const updated = await tx.account.updateMany({ where: { userId: reset.userId, providerId: "credential" }, data: { password: passwordHash } });
    // The same shape better-auth gives an e-mail and password account.
    if (updated.count === 0) await tx.account.create({ data: { userId: reset.userId, accountId: reset.userId, providerId: "credential", password: passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    await tx.signInThrottle.deleteMany({ where: { key: `email:${reset.user.email}` } });
    await writeAudit(actor, { action: "auth.passwordReset.complete", outcome: "SUCCESS", email: reset.user.email, details: { userId: reset.userId, email: reset.user.email } }, tx);
    return true;
  });
  if (!claimed) await deny(actor, "auth.passwordReset.complete", { reason: "used or expired reset link", error: new AppError("NOT_FOUND", PASSWORD_RESET_MESSAGES.linkEndedOnPost) });
}
