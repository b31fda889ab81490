import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { acceptInvitation, acceptedInvitationCaseId, createInvitation, revokeCaseInvitation } from "@/lib/cases/invitations";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import InvitationPage from "@/app/inbjudan/[token]/page";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { nextSignal } from "./helpers/outcome";
import { databaseSnapshot } from "./helpers/snapshot";
import { type World, seedWorld, storedSessionCookie } from "./helpers/world";

// Found on a walk: people keep the invitation mail and open its link again to find the case. A
// used link told them only that it "no longer applies", even when they were signed in as the
// person who took it. Now the invitee comes to the case; everyone else still learns nothing.

const actorOf = (userId: string) => loadActor(userId, "test-session");
const newAccount = { name: "Tora Tagen", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" };
const INVITEE = "tagen@fjallviken.test";
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ").trim();

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

/** An invitation to world's case, sent by its owner's editor: the mailed link's token. */
async function invite(email = INVITEE): Promise<{ id: string; token: string }> {
  const { id } = await createInvitation(await actorOf(world.users.ownerEditor), world.caseId, { email, role: "EDITOR", organizationId: world.org.fjallviken });
  const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/inbjudan\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error("no link in mail");
  return { id, token };
}

/** The invitation page as `userId` (or no one) sees it: its markup, or where it sends them. */
async function openLink(token: string, userId?: string): Promise<{ html: string } | { redirect: string }> {
  setRequest(userId ? { cookie: await storedSessionCookie(userId) } : {});
  try {
    return { html: text(renderToStaticMarkup((await InvitationPage({ params: Promise.resolve({ token }) })) as ReactElement)) };
  } catch (error) {
    const signal = nextSignal(error);
    if (signal?.type !== "redirect") throw error;
    return { redirect: signal.url };
  }
}

async function takenBy(token: string): Promise<string> {
  await acceptInvitation(ANONYMOUS, token, newAccount, new Headers());
  return (await prisma.user.findUniqueOrThrow({ where: { email: INVITEE } })).id;
}

describe("a used case invitation link", () => {
  it("leads the person who took it, signed in, to the case, without a refusal in the audit log", async () => {
    const { token } = await invite();
    const invitee = await takenBy(token);
    const before = await prisma.auditLog.count();

    expect(await acceptedInvitationCaseId(await actorOf(invitee), token)).toBe(world.caseId);
    expect(await openLink(token, invitee)).toEqual({ redirect: `/arenden/${world.caseId}` });
    expect(await prisma.auditLog.count()).toBe(before);
  });

  it("tells someone not signed in what it tells anyone, and offers to sign in and come back to the link", async () => {
    const { token } = await invite();
    await takenBy(token);
    const before = await databaseSnapshot();

    const page = await openLink(token);
    expect(page).toHaveProperty("html");
    const html = (page as { html: string }).html;
    expect(html).toContain(CASE_MESSAGES.invitationInvalid);
    expect(html).toContain(`${CASE_MESSAGES.invitationTaken.question} ${CASE_MESSAGES.invitationTaken.link}`);
    expect(html).not.toContain("Fjällviken");
    expect(html).not.toContain(INVITEE);
    const rendered = renderToStaticMarkup((await InvitationPage({ params: Promise.resolve({ token }) })) as ReactElement);
    expect(rendered).toContain(`href="/logga-in?next=${encodeURIComponent(`/inbjudan/${token}`)}"`);
    // The refusal is audited as before (a used link), and nothing else changed.
    const after = await databaseSnapshot();
    expect({ ...after, auditLog: undefined }).toEqual({ ...before, auditLog: undefined });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "invitation.view" }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({ outcome: "DENIED", caseId: world.caseId });
  });

  it("leads no one else anywhere: another person who sees the case, the invitee once out of the case, or anyone with a link not yet taken", async () => {
    const { token } = await invite();
    const invitee = await takenBy(token);

    // The editor who sent it sees the case, but the link was not theirs: the page of an ended link, no sign-in offer.
    expect(await acceptedInvitationCaseId(await actorOf(world.users.ownerEditor), token)).toBeNull();
    const sender = await openLink(token, world.users.ownerEditor);
    expect(sender).toHaveProperty("html");
    expect((sender as { html: string }).html).toContain(CASE_MESSAGES.invitationInvalid);
    expect((sender as { html: string }).html).not.toContain(CASE_MESSAGES.invitationTaken.link);

    // The invitee taken out of the case: the permission is in the query.
    await prisma.caseMember.deleteMany({ where: { caseId: world.caseId, userId: invitee } });
    expect(await acceptedInvitationCaseId(await actorOf(invitee), token)).toBeNull();
    expect(await openLink(token, invitee)).toHaveProperty("html");

    // A pending link, and one withdrawn, are not "taken": their own pages, as before.
    const pending = await invite("vantar@fjallviken.test");
    expect(await acceptedInvitationCaseId(await actorOf(world.users.ownerEditor), pending.token)).toBeNull();
    await revokeCaseInvitation(await actorOf(world.users.ownerEditor), world.caseId, pending.id);
    expect(await openLink(pending.token)).toEqual({ html: expect.stringContaining(CASE_MESSAGES.linkRevoked) });
    expect((await openLink(pending.token) as { html: string }).html).not.toContain(CASE_MESSAGES.invitationTaken.link);

    // Not a token at all.
    expect(await acceptedInvitationCaseId(await actorOf(invitee), "kort")).toBeNull();
    expect(await acceptedInvitationCaseId(ANONYMOUS, token)).toBeNull();
  });
});
