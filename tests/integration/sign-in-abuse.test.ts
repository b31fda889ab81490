import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { signInAction } from "@/lib/auth/actions";
import { EMAIL_MAX_FAILURES, IP_MAX_FAILURES } from "@/lib/auth/config";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in";
import { acceptInvitation } from "@/lib/cases/invitations";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { acceptInvitationAction } from "@/lib/cases/actions";
import { AppError } from "@/lib/errors/app-error";
import { IDLE } from "@/lib/forms/action-state";
import { resetDatabase } from "./reset-db";
import { responseCookies, setRequest } from "./helpers/next-request";
import { nextSignal } from "./helpers/outcome";
import { databaseSnapshot } from "./helpers/snapshot";
import { EMAILS, PASSWORD, type World, createInvitationRow, seedWorld } from "./helpers/world";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function signIn(email: string, password: string, ip = "203.0.113.7") {
  setRequest({ headers: { "x-samverka-client-ip": ip } });
  try {
    return { state: await signInAction(IDLE, form({ email, password })), redirect: null };
  } catch (error) {
    const signal = nextSignal(error);
    if (signal?.type === "redirect") return { state: null, redirect: signal.url };
    throw error;
  }
}

describe("sign-in lockout", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedWorld();
  });

  it("signs in with the right password, sets the session cookie and audits it", async () => {
    const result = await signIn(EMAILS.ownerEditor, PASSWORD);
    expect(result.redirect).toBe("/");
    expect([...responseCookies().keys()]).toContain("samverka.session_token");
    expect(await prisma.auditLog.count({ where: { action: "auth.signIn", outcome: "SUCCESS", actorEmail: EMAILS.ownerEditor } })).toBe(1);
  });

  it("locks an account after repeated failures, even for the right password, and audits every attempt", async () => {
    for (let i = 0; i < EMAIL_MAX_FAILURES; i++) {
      const { state } = await signIn(EMAILS.ownerEditor, "fel-losenord-123");
      expect(state?.message).toBe(SIGN_IN_MESSAGES.badCredentials);
    }
    const locked = await signIn(EMAILS.ownerEditor, PASSWORD);
    expect(locked.redirect).toBeNull();
    expect(locked.state?.message).toMatch(/^För många misslyckade inloggningar/);
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "auth.signIn", outcome: "FAILURE" } })).toBe(EMAIL_MAX_FAILURES + 1);
    // Another account is not affected by this account's lock.
    expect((await signIn(EMAILS.legalReviewer, PASSWORD)).redirect).toBe("/");
  });

  it("counts the e-mail address case-insensitively", async () => {
    for (let i = 0; i < EMAIL_MAX_FAILURES; i++) await signIn(i % 2 ? EMAILS.ownerEditor.toUpperCase() : EMAILS.ownerEditor, "fel-losenord-123");
    expect((await signIn(EMAILS.ownerEditor, PASSWORD)).state?.message).toMatch(/^För många/);
  });

  it("lifts the lock when it has run out", async () => {
    for (let i = 0; i < EMAIL_MAX_FAILURES; i++) await signIn(EMAILS.ownerEditor, "fel-losenord-123");
    await prisma.signInThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 3_600_000) } });
    expect((await signIn(EMAILS.ownerEditor, PASSWORD)).redirect).toBe("/");
  });

  it("locks an IP address that tries many accounts", async () => {
    for (let i = 0; i < IP_MAX_FAILURES; i++) await signIn(`gissning-${i}@exempel.test`, "fel-losenord-123", "198.51.100.9");
    expect((await signIn(EMAILS.ownerEditor, PASSWORD, "198.51.100.9")).state?.message).toMatch(/^För många/);
    expect((await signIn(EMAILS.ownerEditor, PASSWORD, "198.51.100.10")).redirect).toBe("/");
  });

  it("holds under concurrent attempts: the count is exact across parallel requests", async () => {
    const { reserveAttempt } = await import("@/lib/auth/lockout");
    const allowed = await Promise.all(Array.from({ length: 12 }, () => reserveAttempt({ email: EMAILS.partner, ip: null })));
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${EMAILS.partner}` } });
    expect(row.failures).toBe(12);
    expect(row.lockedUntil).not.toBeNull();
    expect(allowed.filter(Boolean)).toHaveLength(EMAIL_MAX_FAILURES);
  });

  it("checks at most the allowed number of passwords in a burst of parallel attempts", async () => {
    // Found in a review: every attempt of a burst passed the lock check before any failure was
    // counted, so one burst could try any number of passwords.
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const headers = new Headers({ "x-samverka-client-ip": "203.0.113.7" });
    const outcomes = await Promise.all(
      Array.from({ length: 15 }, (_, i) => signInWithPassword({ email: EMAILS.ownerEditor, password: `fel-losenord-${i}` }, headers).then(() => "in", (e: AppError) => e.code)),
    );
    expect(outcomes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(EMAIL_MAX_FAILURES);
    expect(outcomes.filter((c) => c === "RATE_LIMITED")).toHaveLength(15 - EMAIL_MAX_FAILURES);
    expect(await prisma.auditLog.count({ where: { action: "auth.signIn", details: { path: ["reason"], equals: "bad credentials" } } })).toBe(EMAIL_MAX_FAILURES);
  });

  it("a successful sign-in gives its attempt back to the address, so colleagues behind one address do not lock it", async () => {
    for (let i = 0; i < IP_MAX_FAILURES + 5; i++) {
      expect((await signIn(EMAILS.ownerEditor, PASSWORD, "198.51.100.20")).redirect, `sign-in ${i + 1}`).toBe("/");
    }
    expect((await prisma.signInThrottle.findUnique({ where: { key: "ip:198.51.100.20" } }))?.failures ?? 0).toBe(0);
  });

  it("shows a Swedish message naming the field for malformed input, without touching the database", async () => {
    const before = await databaseSnapshot();
    const { state } = await signIn("inte-en-adress", "");
    expect(state?.fieldErrors).toEqual([
      { path: "email", message: "Ange en giltig e-postadress, till exempel namn@kommun.se." },
      { path: "password", message: "Ange ditt lösenord." },
    ]);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("invitation links", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await seedWorld();
  });

  const newAccount = { name: "Ny Person", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" };

  it("creates the account with exactly the invited role and signs the person in", async () => {
    const token = await createInvitationRow(world, { email: "ny@exempel.test", role: "REVIEWER" });
    setRequest();
    const thrown = await acceptInvitationAction(token, IDLE, form(newAccount)).catch((error: unknown) => error);
    expect(nextSignal(thrown)).toEqual({ type: "redirect", url: `/arenden/${world.otherCaseId}` });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ny@exempel.test" }, include: { memberships: true, globalRoles: true, caseMemberships: true } });
    expect(user.caseMemberships.map((m) => [m.caseId, m.role])).toEqual([[world.otherCaseId, "REVIEWER"]]);
    expect(user.memberships).toEqual([]);
    expect(user.globalRoles).toEqual([]);
    expect([...responseCookies().keys()]).toContain("samverka.session_token");
  });

  it("refuses a used link and leaves everything as it was", async () => {
    const token = await createInvitationRow(world, { email: "ny@exempel.test" });
    await acceptInvitation(ANONYMOUS, token, newAccount, new Headers());
    const before = await databaseSnapshot();
    await expect(acceptInvitation(ANONYMOUS, token, { ...newAccount, name: "Någon Annan" }, new Headers())).rejects.toThrowError(CASE_MESSAGES.invitationInvalid);
    const signedIn = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "ny@exempel.test" } })).id, "s");
    await expect(acceptInvitation(signedIn, token, {}, new Headers())).rejects.toThrowError(CASE_MESSAGES.invitationInvalid);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await prisma.auditLog.count({ where: { action: "invitation.accept", outcome: "DENIED" } })).toBe(2);
  });

  it("refuses an expired link, saying it has expired", async () => {
    const token = await createInvitationRow(world, { email: "ny@exempel.test", expiresAt: new Date(Date.now() - 1000) });
    const before = await databaseSnapshot();
    await expect(acceptInvitation(ANONYMOUS, token, newAccount, new Headers())).rejects.toThrowError(CASE_MESSAGES.linkExpired);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a made-up or altered token", async () => {
    const token = await createInvitationRow(world, { email: "ny@exempel.test" });
    for (const bad of [`${token.slice(0, -1)}x`, "kort", "a".repeat(43)]) {
      await expect(acceptInvitation(ANONYMOUS, bad, newAccount, new Headers())).rejects.toBeInstanceOf(AppError);
    }
    expect(await prisma.user.count({ where: { email: "ny@exempel.test" } })).toBe(0);
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const token = await createInvitationRow(world, { email: EMAILS.otherEditor });
    const actor = await loadActor(world.users.otherEditor, "s");
    const results = await Promise.allSettled([acceptInvitation(actor, token, {}, new Headers()), acceptInvitation(actor, token, {}, new Headers())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.caseMember.count({ where: { caseId: world.otherCaseId, userId: world.users.otherEditor } })).toBe(1);
  });

  it("refuses a signed-in user whose e-mail is not the invited one", async () => {
    const token = await createInvitationRow(world, { email: EMAILS.partner });
    const before = await databaseSnapshot();
    const intruder = await loadActor(world.users.otherEditor, "s");
    await expect(acceptInvitation(intruder, token, {}, new Headers())).rejects.toThrowError(CASE_MESSAGES.invitationWrongUser);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("stores only the SHA-256 of the token", async () => {
    const token = await createInvitationRow(world, { email: "ny@exempel.test" });
    const rows = await prisma.caseInvitation.findMany();
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
