import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { resolveActor } from "@/lib/auth/actor";
import { ABSOLUTE_LIFETIME_SECONDS, IDLE_TIMEOUT_SECONDS } from "@/lib/auth/config";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { nextSignal } from "./helpers/outcome";
import { EMAILS, type World, seedWorld, sessionCookie } from "./helpers/world";

const headersWith = (cookie: string) => new Headers({ cookie });

describe("sessions", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await seedWorld();
  });

  it("stores the session in PostgreSQL and sets an httpOnly, SameSite=Lax cookie", async () => {
    const { auth } = await import("@/lib/auth/auth");
    const result = await auth.api.signInEmail({ body: { email: EMAILS.ownerEditor, password: "korrekt-hast-batteri-1" }, headers: new Headers(), returnHeaders: true });
    const setCookie = result.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/samverka\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBe(1);
  });

  it("resolves the signed-in user and their roles from the cookie", async () => {
    const actor = await resolveActor(headersWith(await sessionCookie(EMAILS.ownerEditor)));
    expect(actor).toMatchObject({ kind: "user", email: EMAILS.ownerEditor, memberships: [{ role: "CASE_EDITOR", organizationName: "Norrströms kommun" }] });
  });

  it("treats a tampered session cookie as not signed in", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const [name, value] = cookie.split("=") as [string, string];
    const decoded = decodeURIComponent(value);
    const [token, signature] = decoded.split(".") as [string, string];
    const otherToken = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    // A changed token with the old signature, and the right token with a changed signature.
    for (const forged of [`${otherToken}.${signature}`, `${token}.${signature.slice(0, -2)}xx`]) {
      expect(await resolveActor(headersWith(`${name}=${encodeURIComponent(forged)}`))).toEqual({ kind: "anonymous" });
    }
    // A token from the database without any signature is not enough either.
    const session = await prisma.session.findFirstOrThrow({ where: { userId: world.users.ownerEditor } });
    expect(await resolveActor(headersWith(`${name}=${session.token}`))).toEqual({ kind: "anonymous" });
  });

  it("ends a session after the idle timeout", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: world.users.ownerEditor } });
    expect(session.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(IDLE_TIMEOUT_SECONDS * 1000);
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await resolveActor(headersWith(cookie))).kind).toBe("anonymous");
    // Deleted, as better-auth's getSession deletes an expired session it is shown.
    expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("reads the cookie better-auth's sign-in sets, and no other cookie of the same value", async () => {
    const { auth } = await import("@/lib/auth/auth");
    const result = await auth.api.signInEmail({ body: { email: EMAILS.ownerEditor, password: "korrekt-hast-batteri-1" }, headers: new Headers(), returnHeaders: true });
    const pair = result.headers.getSetCookie().find((c) => c.startsWith("samverka.session_token="))!.split(";")[0]!;
    expect(await resolveActor(headersWith(`other=1; ${pair}`))).toMatchObject({ kind: "user", email: EMAILS.ownerEditor });
    expect(await resolveActor(headersWith(pair.replace("samverka.session_token", "session_token")))).toEqual({ kind: "anonymous" });
  });

  it("does not act for a deactivated user whose session is still stored", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    await prisma.user.update({ where: { id: world.users.ownerEditor }, data: { deactivatedAt: new Date() } });
    expect(await resolveActor(headersWith(cookie))).toEqual({ kind: "anonymous" });
  });

  it("slides the idle expiry forward while the session is used", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: world.users.ownerEditor } });
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    expect((await resolveActor(headersWith(cookie))).kind).toBe("user");
    const after = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.expiresAt.getTime()).toBeGreaterThan(Date.now() + (IDLE_TIMEOUT_SECONDS - 120) * 1000);
  });

  it("does not slide the expiry for a request the page makes by itself (touch: false), so an open page still times out", async () => {
    // A review: the step page's check for others' saves, every 20 s, kept an unattended session alive.
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: world.users.ownerEditor } });
    const soon = new Date(Date.now() + 5 * 60_000);
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: soon } });
    expect((await resolveActor(headersWith(cookie), { touch: false })).kind).toBe("user");
    expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt).toEqual(soon);
  });

  it("ends a session after the absolute lifetime however active it is", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: world.users.ownerEditor } });
    await prisma.session.update({
      where: { id: session.id },
      data: { createdAt: new Date(Date.now() - ABSOLUTE_LIFETIME_SECONDS * 1000 - 1000), expiresAt: new Date(Date.now() + 60_000) },
    });
    expect((await resolveActor(headersWith(cookie))).kind).toBe("anonymous");
    expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
  });

  it("signs out of every device", async () => {
    const laptop = await sessionCookie(EMAILS.ownerEditor);
    const phone = await sessionCookie(EMAILS.ownerEditor);
    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBe(2);
    setRequest({ cookie: laptop });
    const thrown = await signOutEverywhereAction().catch((error: unknown) => error);
    expect(nextSignal(thrown)).toEqual({ type: "redirect", url: "/logga-in?utloggad=alla" });
    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBe(0);
    expect((await resolveActor(headersWith(phone))).kind).toBe("anonymous");
  });
});
