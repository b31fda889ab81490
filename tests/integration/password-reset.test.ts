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

    // Used: the link says so, and a second post changes nothing.
    expect(await pageText(token)).toContain(PASSWORD_RESET_MESSAGES.linkEnded);
    expect((await choose(token, "ett-tredje-losenord-99")).message).toBe(PASSWORD_RESET_MESSAGES.linkEndedOnPost);
    expect((await signIn(EMAILS.ownerEditor, NEW_PASSWORD)).redirect).toBe("/");

    const entries = await prisma.auditLog.findMany({ where: { action: { startsWith: "auth.passwordReset" } }, orderBy: { at: "asc" } });
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ["auth.passwordReset.request", "SUCCESS"],
      ["auth.passwordReset.complete", "FAILURE"],
      ["auth.passwordReset.complete", "FAILURE"],
      ["auth.passwordReset.complete", "SUCCESS"],
      ["auth.passwordReset.complete", "DENIED"],
      ["auth.passwordReset.complete", "DENIED"],
    ]);
    expect(auditSentence(entries[3]!)).toBe(`Lösenordet för ${EMAILS.ownerEditor} byttes med en länk för nytt lösenord, och kontots inloggningar avslutades.`);
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
      "finns.inte@exempel.test försökte be om ett nytt lösenord, men det gick inte (det finns inget konto med adressen).",
      `${EMAILS.otherEditor} försökte be om ett nytt lösenord, men det gick inte (kontot är inaktiverat).`,
    ]);
  });

  it("names the field of a bad address, and writes nothing but the refusal", async () => {
    const before = await databaseSnapshot();
    const result = await requestReset("inte-en-adress");
    expect(result.fieldErrors).toEqual([{ path: "email", message: "Ange en giltig e-postadress, till exempel namn@kommun.se." }]);
    expect(await databaseSnapshot()).toEqual(before);
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

    // An expired link.
    await prisma.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await choose(second.token, NEW_PASSWORD)).message).toBe(PASSWORD_RESET_MESSAGES.linkEndedOnPost);

    // Twenty requests from one address in a quarter of an hour (three above), whatever they name; the 21st is refused, another address is not.
    for (let i = 0; i < 17; i++) expect((await requestReset(`person${i}@exempel.test`)).redirect).not.toBeNull();
    expect((await requestReset("en.till@exempel.test")).message).toBe(PASSWORD_RESET_MESSAGES.tooMany);
    expect((await requestReset("en.till@exempel.test", "198.51.100.4")).redirect).toBe("/glomt-losenord?skickat=1");
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
});
