import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { completePasswordResetAction, requestPasswordResetAction, signInAction } from "@/lib/auth/actions";
import { EMAIL_MAX_FAILURES } from "@/lib/auth/config";
import { PASSWORD_RESET_MESSAGES } from "@/lib/auth/password-reset-messages";
import { auditSentence } from "@/lib/audit/sentence";
import { IDLE } from "@/lib/forms/action-state";
import NewPasswordPage from "@/app/nytt-losenord/[token]/page";
import { renderToStaticMarkup } from "react-dom/server";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { nextSignal } from "./helpers/outcome";
import { databaseSnapshot } from "./helpers/snapshot";
import { EMAILS, PASSWORD, seedWorld } from "./helpers/world";

// "Glömt lösenordet?" as a person uses it: the request, the mail in the outbox, the link's page,
// the new password, and signing in with it. Read against OWASP's Forgot Password Cheat Sheet:
// the same answer for every address, a single-use link that expires, every session ended.

const NEW_PASSWORD = "ett-nytt-langt-losenord-7";
const IP = "203.0.113.9";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Runs a form action as a browser post from one address: its redirect, or the state it returned. */
async function post(run: () => Promise<unknown>, ip = IP): Promise<{ redirect: string | null; message?: string; fieldErrors?: { path: string; message: string }[] }> {
  setRequest({ headers: { "x-samverka-client-ip": ip } });
  try {
    const state = (await run()) as { message?: string; fieldErrors?: { path: string; message: string }[] };
    return { redirect: null, ...state };
  } catch (error) {
    const signal = nextSignal(error);
    if (signal?.type === "redirect") return { redirect: signal.url };
    throw error;
  }
}

const requestReset = (email: string, ip = IP) => post(() => requestPasswordResetAction(IDLE, form({ email })), ip);
const choose = (token: string, password: string, passwordConfirm = password) => post(() => completePasswordResetAction(token, IDLE, form({ password, passwordConfirm })));
const signIn = (email: string, password: string) => post(() => signInAction(IDLE, form({ email, password })));

/** The link of the newest reset mail to an address, and its token. */
async function mailedLink(email: string): Promise<{ url: string; token: string; text: string }> {
  const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: email, subject: "Nytt lösenord till Samverka" }, orderBy: { createdAt: "desc" } });
  const url = /https?:\/\/\S+\/nytt-losenord\/\S+/.exec(mail.text)![0];
  return { url, token: url.split("/").pop()!, text: mail.text };
}

const pageText = async (token: string) => renderToStaticMarkup(await NewPasswordPage({ params: Promise.resolve({ token }) })).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("a forgotten password", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedWorld();
  });

  it("mails a single-use link; the new password works, the old one and every session end, and a lockout lifts", async () => {
    // A lockout from guessing, and a session on another device.
    for (let i = 0; i < EMAIL_MAX_FAILURES; i++) await signIn(EMAILS.ownerEditor, "fel-losenord-123");
    expect((await signIn(EMAILS.ownerEditor, PASSWORD)).redirect).toBeNull();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: EMAILS.ownerEditor } });
    await prisma.session.create({ data: { userId: user.id, token: "annan-enhet", expiresAt: new Date(Date.now() + 3_600_000) } });

    expect(await requestReset(` ${EMAILS.ownerEditor.toUpperCase()} `)).toEqual({ redirect: "/glomt-losenord?skickat=1" });
    const { token, text } = await mailedLink(EMAILS.ownerEditor);
    expect(text).toContain("Länken kan användas en gång");
    expect(await pageText(token)).toContain(`Det nya lösenordet gäller kontot ${EMAILS.ownerEditor}`);

    // Refused input keeps the password and the link.
    const short = await choose(token, "kort");
    expect(short.fieldErrors).toEqual([{ path: "password", message: "Lösenordet måste ha minst 12 tecken." }]);
    expect((await choose(token, NEW_PASSWORD, `${NEW_PASSWORD}x`)).fieldErrors).toEqual([{ path: "passwordConfirm", message: "Lösenorden stämmer inte överens." }]);

    expect(await choose(token, NEW_PASSWORD)).toEqual({ redirect: "/logga-in?nytt-losenord=1" });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await signIn(EMAILS.ownerEditor, PASSWORD)).redirect).toBeNull();
    expect((await signIn(EMAILS.ownerEditor, NEW_PASSWORD)).redirect).toBe("/");

    // Two posts of one link at the same moment: one password. (The check before the transaction passes both; the claim inside it lets one through.)
    await requestReset(EMAILS.legalReviewer);
    const other = await mailedLink(EMAILS.legalReviewer);
    const both = await Promise.all([choose(other.token, "forsta-losenordet-123"), choose(other.token, "andra-losenordet-456")]);
    expect(both.filter((r) => r.redirect === "/logga-in?nytt-losenord=1")).toHaveLength(1);
    expect(both.filter((r) => r.message === PASSWORD_RESET_MESSAGES.linkEndedOnPost)).toHaveLength(1);

    // Used: the link says so, and a second post changes nothing.
    expect(await pageText(token)).toContain(PASSWORD_RESET_MESSAGES.linkEnded);
    expect((await choose(token, "ett-tredje-losenord-99")).message).toBe(PASSWORD_RESET_MESSAGES.linkEndedOnPost);
    expect((await signIn(EMAILS.ownerEditor, NEW_PASSWORD)).redirect).toBe("/");

    const entries = await prisma.auditLog.findMany({ where: { action: { startsWith: "auth.passwordReset" } }, orderBy: { at: "asc" } });
    const own = entries.filter((e) => e.actorEmail === EMAILS.ownerEditor || (e.details as { email?: string }).email === EMAILS.ownerEditor);
    expect(own.map((e) => [e.action, e.outcome])).toEqual([
      ["auth.passwordReset.request", "SUCCESS"],
      ["auth.passwordReset.complete", "SUCCESS"],
    ]);
    expect(entries.filter((e) => e.action === "auth.passwordReset.complete").map((e) => e.outcome).sort()).toEqual(["DENIED", "DENIED", "DENIED", "FAILURE", "FAILURE", "SUCCESS", "SUCCESS"]);
    expect(auditSentence(own[0]!)).toBe(`Någon bad om en länk för nytt lösenord till ${EMAILS.ownerEditor}, och den skickades.`);
    expect(auditSentence(own[1]!)).toBe(`Lösenordet för ${EMAILS.ownerEditor} byttes med en länk för nytt lösenord, och kontots inloggningar avslutades.`);
  });

  it("answers an unknown or deactivated address as any other, and mails nothing", async () => {
    await prisma.user.update({ where: { email: EMAILS.otherEditor }, data: { deactivatedAt: new Date() } });
    for (const email of ["finns.inte@exempel.test", EMAILS.otherEditor]) {
      expect(await requestReset(email)).toEqual({ redirect: "/glomt-losenord?skickat=1" });
    }
    expect(await prisma.outboxMail.count()).toBe(0);
    expect(await prisma.passwordReset.count()).toBe(0);
    const sentences = (await prisma.auditLog.findMany({ where: { action: "auth.passwordReset.request" }, orderBy: { at: "asc" } })).map((row) => auditSentence(row));
    expect(sentences).toEqual([
      "Någon bad om en länk för nytt lösenord till finns.inte@exempel.test, men ingen skickades (det finns inget konto med adressen).",
      `Någon bad om en länk för nytt lösenord till ${EMAILS.otherEditor}, men ingen skickades (kontot är inaktiverat).`,
    ]);
  });

  it("names the field of a bad address, and writes nothing but the refusal", async () => {
    const before = await databaseSnapshot();
    const result = await requestReset("inte-en-adress");
    expect(result.fieldErrors).toEqual([{ path: "email", message: "Ange en giltig e-postadress, till exempel namn@kommun.se." }]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("mails one link when requests for one account come at the same moment (a review: each passed the count and mailed a working link)", async () => {
    await Promise.all([1, 2, 3, 4].map((n) => requestReset(EMAILS.ownerEditor, `198.51.100.${30 + n}`)));
    expect(await prisma.outboxMail.count({ where: { to: EMAILS.ownerEditor } })).toBe(1);
    expect(await prisma.passwordReset.count({ where: { usedAt: null, expiresAt: { gt: new Date() } } })).toBe(1);
  });

  it("lets a newer link end an older one, sends at most one mail a minute to an account, and limits one client address", async () => {
    await requestReset(EMAILS.ownerEditor);
    const first = await mailedLink(EMAILS.ownerEditor);
    // Within the minute: the same answer, no second mail.
    await requestReset(EMAILS.ownerEditor);
    expect(await prisma.outboxMail.count({ where: { to: EMAILS.ownerEditor } })).toBe(1);
    await prisma.passwordReset.updateMany({ data: { createdAt: new Date(Date.now() - 120_000) } });
    await requestReset(EMAILS.ownerEditor);
    const second = await mailedLink(EMAILS.ownerEditor);
    expect(second.token).not.toBe(first.token);
    expect(await pageText(first.token)).toContain(PASSWORD_RESET_MESSAGES.linkEnded);
    expect(await pageText(second.token)).toContain("Välj ett nytt lösenord");

    // Five mails an hour to one account, however the minutes are spaced.
    for (let i = 0; i < 3; i++) {
      await prisma.passwordReset.updateMany({ data: { createdAt: new Date(Date.now() - 120_000) } });
      await requestReset(EMAILS.ownerEditor, `198.51.100.${10 + i}`);
    }
    expect(await prisma.outboxMail.count({ where: { to: EMAILS.ownerEditor } })).toBe(5);
    await prisma.passwordReset.updateMany({ data: { createdAt: new Date(Date.now() - 120_000) } });
    await requestReset(EMAILS.ownerEditor, "198.51.100.20");
    expect(await prisma.outboxMail.count({ where: { to: EMAILS.ownerEditor } })).toBe(5);
    const fifth = await mailedLink(EMAILS.ownerEditor);

    // An expired link.
    await prisma.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await choose(fifth.token, NEW_PASSWORD)).message).toBe(PASSWORD_RESET_MESSAGES.linkEndedOnPost);

    // Twenty requests from one address in a quarter of an hour (three above), whatever they name; the 21st is refused, another address is not,
    // and an IPv6 client is counted by its /64.
    for (let i = 0; i < 17; i++) expect((await requestReset(`person${i}@exempel.test`)).redirect).not.toBeNull();
    expect((await requestReset("en.till@exempel.test")).message).toBe(PASSWORD_RESET_MESSAGES.tooMany);
    expect((await requestReset("en.till@exempel.test", "198.51.100.4")).redirect).toBe("/glomt-losenord?skickat=1");
    for (let i = 0; i < 20; i++) await requestReset(`v6-${i}@exempel.test`, `2001:db8:1:2::${i.toString(16)}`);
    expect((await requestReset("en.till@exempel.test", "2001:db8:1:2:ffff::9")).message).toBe(PASSWORD_RESET_MESSAGES.tooMany);
  });

  it("refuses a deactivated account's link, and an unknown one, saying nothing about the account", async () => {
    await requestReset(EMAILS.partner);
    const { token } = await mailedLink(EMAILS.partner);
    await prisma.user.update({ where: { email: EMAILS.partner }, data: { deactivatedAt: new Date() } });
    const page = await pageText(token);
    expect(page).toContain(PASSWORD_RESET_MESSAGES.deactivated);
    expect(page).not.toContain(EMAILS.partner);
    expect((await choose(token, NEW_PASSWORD)).message).toBe(PASSWORD_RESET_MESSAGES.deactivated);
    const unknown = await pageText("x".repeat(43));
    expect(unknown).toContain(PASSWORD_RESET_MESSAGES.linkEnded);
  });

  it("names the address asked for, not the signed-in asker's own, in the audit log", async () => {
    const { loadActor } = await import("@/lib/auth/actor");
    const { requestPasswordReset } = await import("@/lib/auth/password-reset");
    const asker = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: EMAILS.ownerEditor } })).id, "s");
    await requestPasswordReset(asker, { email: EMAILS.partner }, new Headers());
    await requestPasswordReset(asker, { email: "ingen@exempel.test" }, new Headers());
    const rows = await prisma.auditLog.findMany({ where: { action: "auth.passwordReset.request" }, orderBy: { at: "asc" } });
    const names = { users: new Map([[(asker as { userId: string }).userId, "Nora Ägare"]]), organizations: new Map(), cases: new Map() };
    expect(rows.map((row) => auditSentence(row, names))).toEqual([
      `Nora Ägare bad om en länk för nytt lösenord till ${EMAILS.partner}, och den skickades.`,
      "Nora Ägare bad om en länk för nytt lösenord till ingen@exempel.test, men ingen skickades (det finns inget konto med adressen).",
    ]);
  });
});
