import crypto from "node:crypto";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { listAllAudit } from "@/lib/audit/data";
import { createInvitationAction, revokeCaseInvitationAction } from "@/lib/cases/actions";
import { getCaseOverview } from "@/lib/cases/data";
import { acceptInvitation, createInvitation, revokeCaseInvitation, viewInvitation } from "@/lib/cases/invitations";
import { listCaseHistory } from "@/lib/review/history";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { IDLE } from "@/lib/forms/action-state";
import { SCRIPTED_FIELD } from "@/lib/forms/scripted";
import CasePage from "@/app/arenden/[id]/page";
import InvitationPage from "@/app/inbjudan/[token]/page";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { nextSignal, refusal } from "./helpers/outcome";
import { databaseSnapshot } from "./helpers/snapshot";
import { type World, seedWorld, storedSessionCookie } from "./helpers/world";

// Found by a tester as a case editor: an invitation to a case sent to the wrong address could not
// be withdrawn, and its link kept working for seven days. Organisation invitations could.

const sha256 = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest("hex");
const actorOf = (userId: string) => loadActor(userId, "test-session");
const newAccount = { name: "Fel Person", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" };
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ").trim();

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

/** An invitation to the case sent by its editor, as the form sends it: its id and the mailed link's token. */
async function pendingInvitation(email: string, caseId = world.caseId, by = world.users.ownerEditor) {
  const { id } = await createInvitation(await actorOf(by), caseId, { email, role: "EDITOR", organizationId: world.org.fjallviken });
  const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/inbjudan\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error("no link in mail");
  expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id } })).tokenHash).toBe(sha256(token));
  return { id, token };
}

// Posted by the page's script (its state is shown in place); without it, see "… without JavaScript" below.
function form(values: Record<string, string>, scripted = true): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  if (scripted) data.set(SCRIPTED_FIELD, "1");
  return data;
}

/** The case's page as HTML, for the signed-in user. */
async function renderCasePage(userId: string, query: Record<string, string> = {}): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(userId) });
  const element = (await CasePage({ params: Promise.resolve({ id: world.caseId }), searchParams: Promise.resolve(query) })) as ReactElement;
  return renderToStaticMarkup(element);
}

/** The participants section of that page ("Deltagare": people, pending invitations, the invitation form). */
function participantsSection(html: string): string {
  const start = html.indexOf('aria-labelledby="deltagare-rubrik"');
  const end = html.indexOf('aria-labelledby="historik"');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

/**
 * The outcome's status regions in that section: the organisation search in the invitation form
 * has a live region of its own for its matches ("1 träff.", "Vald: …"), which is not counted.
 */
const outcomeRegions = (section: string) => (section.replace(/<p id="[^"]*" role="status" class="mt-1 min-h-5 text-sm text-slate-700">/g, "").match(/role="status"/g) ?? []).length;

/** The invitation link's page as HTML, for someone not signed in. */
async function renderInvitationPage(token: string): Promise<string> {
  setRequest({});
  return renderToStaticMarkup((await InvitationPage({ params: Promise.resolve({ token }) })) as ReactElement);
}

const deniedCount = () => prisma.auditLog.count({ where: { action: "case.invitation.revoke", outcome: "DENIED" } });

describe("a case editor withdraws a pending invitation", () => {
  it("it leaves the list, its link says Återkallad and cannot be accepted, and it is audited", async () => {
    const { id, token } = await pendingInvitation("fel.adress@fjallviken.test");
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const state = await revokeCaseInvitationAction(world.caseId, IDLE, form({ invitationId: id }));
    expect(state).toEqual({ status: "success", message: "Inbjudan till fel.adress@fjallviken.test är återkallad. Länken i e-postmeddelandet fungerar inte längre." });

    expect((await getCaseOverview(await actorOf(world.users.ownerEditor), world.caseId)).invitations).toEqual([]);
    // The link: nothing about the case, it says it was withdrawn, and it cannot be accepted.
    const shown = await refusal(() => viewInvitation(ANONYMOUS, token));
    expect([shown.code, shown.userMessage]).toEqual(["NOT_FOUND", CASE_MESSAGES.linkRevoked]);
    const page = text(await renderInvitationPage(token));
    expect(page).toContain(`Inbjudan gäller inte Återkallad ${CASE_MESSAGES.linkRevoked}`);
    expect(page).not.toContain("Familjeterapi");
    const accepted = await refusal(() => acceptInvitation(ANONYMOUS, token, newAccount, new Headers()));
    expect([accepted.code, accepted.userMessage]).toEqual(["NOT_FOUND", CASE_MESSAGES.linkRevoked]);
    expect(await prisma.user.count({ where: { email: "fel.adress@fjallviken.test" } })).toBe(0);
    const denial = await prisma.auditLog.findFirstOrThrow({ where: { action: "invitation.accept", outcome: "DENIED" }, orderBy: { at: "desc" } });
    expect(denial).toMatchObject({ caseId: world.caseId, details: { reason: "revoked invitation" } });

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "case.invitation.revoke", outcome: "SUCCESS" } });
    expect(entry).toMatchObject({ actorUserId: world.users.ownerEditor, caseId: world.caseId });
    expect(entry.details).toEqual({ invitationId: id, email: "fel.adress@fjallviken.test", role: "EDITOR", organizationId: world.org.fjallviken });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "arenden" });
    expect(log.entries.map((e) => e.sentence)).toContain(
      "Nora Ägare återkallade inbjudan till fel.adress@fjallviken.test för Fjällvikens kommun som redigerare i ärendet ”Familjeterapi för unga”.",
    );

    // Withdrawn once: a second click (another tab) is told so, and changes nothing.
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const before = await databaseSnapshot();
    expect(await revokeCaseInvitationAction(world.caseId, IDLE, form({ invitationId: id }))).toMatchObject({ status: "error", message: CASE_MESSAGES.invitationNotPending });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("stands in the case's history after the invitation, so nobody reads the person as still invited", async () => {
    const { id } = await pendingInvitation("fel.adress@fjallviken.test");
    await revokeCaseInvitation(await actorOf(world.users.ownerEditor), world.caseId, id);
    const history = await listCaseHistory(await actorOf(world.users.ownerEditor), world.caseId, 1);
    const events = history.entries.flatMap((entry) => (entry.kind === "event" ? [entry.action] : []));
    expect(events.slice(0, 2)).toEqual(["case.invitation.revoke", "case.invite"]);
  });

  it("any editor of the case may, also one from the partner organisation", async () => {
    const { id, token } = await pendingInvitation("fel.adress@fjallviken.test");
    await revokeCaseInvitation(await actorOf(world.users.partner), world.caseId, id);
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id } })).revokedByUserId).toBe(world.users.partner);
    expect((await refusal(() => viewInvitation(ANONYMOUS, token))).userMessage).toBe(CASE_MESSAGES.linkRevoked);
  });

  it("is stored on the invitation: when and by whom, in the transaction of its audit entry, with the expiry untouched", async () => {
    const { id } = await pendingInvitation("fel.adress@fjallviken.test");
    const before = await prisma.caseInvitation.findUniqueOrThrow({ where: { id } });
    expect(before.revokedAt).toBeNull();
    await revokeCaseInvitation(await actorOf(world.users.ownerEditor), world.caseId, id);
    const after = await prisma.caseInvitation.findUniqueOrThrow({ where: { id } });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "case.invitation.revoke", outcome: "SUCCESS" } });
    expect(after.revokedByUserId).toBe(world.users.ownerEditor);
    expect(after.revokedAt).toBeInstanceOf(Date);
    expect(after.expiresAt).toEqual(before.expiresAt);
    expect(after.usedAt).toBeNull();
    const [row] = await prisma.$queryRaw<Array<{ same: boolean }>>`
      SELECT (SELECT xmin FROM "CaseInvitation" WHERE id = ${id}::uuid) = (SELECT xmin FROM "AuditLog" WHERE id = ${entry.id}::uuid) AS same`;
    expect(row?.same).toBe(true);
  });

  it("an invitation already accepted cannot be withdrawn", async () => {
    const { id, token } = await pendingInvitation("ny@fjallviken.test");
    await acceptInvitation(ANONYMOUS, token, newAccount, new Headers());
    const before = await databaseSnapshot();
    const error = await refusal(async () => revokeCaseInvitation(await actorOf(world.users.ownerEditor), world.caseId, id));
    expect([error.code, error.userMessage]).toEqual(["CONFLICT", CASE_MESSAGES.invitationNotPending]);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await prisma.caseMember.count({ where: { caseId: world.caseId, user: { email: "ny@fjallviken.test" } } })).toBe(1);
  });

  it("of a withdrawal and an acceptance at the same moment, exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const email = `samtidig${round}@fjallviken.test`;
      const { id, token } = await pendingInvitation(email);
      const editor = await actorOf(world.users.ownerEditor);
      const [accepted, withdrawn] = await Promise.allSettled([acceptInvitation(ANONYMOUS, token, newAccount, new Headers()), revokeCaseInvitation(editor, world.caseId, id)]);
      expect([accepted.status, withdrawn.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      const row = await prisma.caseInvitation.findUniqueOrThrow({ where: { id } });
      expect(Boolean(row.usedAt) !== Boolean(row.revokedAt)).toBe(true);
      expect(await prisma.caseMember.count({ where: { caseId: world.caseId, user: { email } } })).toBe(row.usedAt ? 1 : 0);
    }
  });
});

describe("everyone but the case's editors is refused", () => {
  it("the database is unchanged, the refusal audited, and the link still works", async () => {
    const { id, token } = await pendingInvitation("vantar@fjallviken.test");
    // Reviewer of the case, owner organisation's admin, editors elsewhere, global roles, anonymous.
    const who = ["legalReviewer", "orgAdmin", "otherEditor", "lundEditor", "skrStaff", "admin", "colleague"] as const;
    for (const name of [...who, "anonymous" as const]) {
      const actor = name === "anonymous" ? ANONYMOUS : await actorOf(world.users[name]);
      const before = await databaseSnapshot();
      const denied = await deniedCount();
      const error = await refusal(() => revokeCaseInvitation(actor, world.caseId, id));
      expect(error.code, name).toBe(name === "anonymous" ? "UNAUTHENTICATED" : "NOT_FOUND");
      expect(await databaseSnapshot()).toEqual(before);
      expect(await deniedCount(), name).toBe(denied + 1);
    }
    // Through the action too, with the refusal audited once.
    setRequest({ cookie: await storedSessionCookie(world.users.legalReviewer) });
    const before = await databaseSnapshot();
    const denied = await deniedCount();
    expect(await revokeCaseInvitationAction(world.caseId, IDLE, form({ invitationId: id }))).toMatchObject({
      status: "error",
      message: "Ärendet finns inte, eller så har du inte tillgång till det.",
    });
    expect(await databaseSnapshot()).toEqual(before);
    expect(await deniedCount()).toBe(denied + 1);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "case.invitation.revoke", outcome: "DENIED" }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({ actorUserId: world.users.legalReviewer, caseId: world.caseId, details: { reason: "no case role" } });
    expect((await viewInvitation(ANONYMOUS, token)).email).toBe("vantar@fjallviken.test");
  });

  it("an editor cannot reach another case's invitation through their own case", async () => {
    const lund = await pendingInvitation("ny@lund.test", world.otherCaseId, world.users.lundEditor);
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const before = await databaseSnapshot();
    for (const invitationId of [lund.id, "1' OR '1'='1", crypto.randomUUID()]) {
      expect(await revokeCaseInvitationAction(world.caseId, IDLE, form({ invitationId }))).toMatchObject({ status: "error", message: CASE_MESSAGES.invitationNotPending });
    }
    expect(await revokeCaseInvitationAction(world.caseId, IDLE, new FormData())).toMatchObject({ status: "error" });
    expect(await databaseSnapshot()).toEqual(before);
    expect((await viewInvitation(ANONYMOUS, lund.token)).email).toBe("ny@lund.test");
  });
});

describe("pending case invitations", () => {
  // Before, the overview listed every invitation not taken, expired ones too.
  it("the overview lists only those neither taken, withdrawn nor expired", async () => {
    const waiting = await pendingInvitation("vantar@fjallviken.test");
    const withdrawn = await pendingInvitation("aterkallad@fjallviken.test");
    const expired = await pendingInvitation("sen@fjallviken.test");
    const taken = await pendingInvitation("tagen@fjallviken.test");
    await revokeCaseInvitation(await actorOf(world.users.ownerEditor), world.caseId, withdrawn.id);
    await prisma.caseInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await acceptInvitation(ANONYMOUS, taken.token, newAccount, new Headers());
    const overview = await getCaseOverview(await actorOf(world.users.ownerEditor), world.caseId);
    expect(overview.invitations.map((i) => i.id)).toEqual([waiting.id]);
  });

  it("an expired link says Har gått ut, a used one the general message", async () => {
    const expired = await pendingInvitation("sen@fjallviken.test");
    const taken = await pendingInvitation("tagen@fjallviken.test");
    await prisma.caseInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await acceptInvitation(ANONYMOUS, taken.token, newAccount, new Headers());
    const expiredPage = text(await renderInvitationPage(expired.token));
    expect(expiredPage).toContain(`Inbjudan gäller inte Har gått ut ${CASE_MESSAGES.linkExpired}`);
    expect(expiredPage).not.toContain("Återkallad");
    const usedPage = text(await renderInvitationPage(taken.token));
    expect(usedPage).toContain(`Inbjudan gäller inte ${CASE_MESSAGES.invitationInvalid}`);
    expect(usedPage).not.toMatch(/Har gått ut|Återkallad|Familjeterapi/);
  });
});

describe("the case page's participants section", () => {
  it("offers Återkalla per pending invitation to the case's editors, with one status region", async () => {
    await pendingInvitation("vantar@fjallviken.test");
    await pendingInvitation("annan@fjallviken.test");
    const section = participantsSection(await renderCasePage(world.users.ownerEditor));
    expect(text(section)).toMatch(/vantar@fjallviken\.test – Redigerare, Fjällvikens kommun \(gäller till \d{4}-\d\d-\d\d \d\d:\d\d ?\) Återkalla inbjudan till vantar@fjallviken\.test/);
    expect(section.match(/name="invitationId"/g)).toHaveLength(2);
    expect(outcomeRegions(section)).toBe(1);
    expect(section.match(/role="alert"/g) ?? []).toHaveLength(0);
    expect(section).not.toContain("autofocus");
    expect(section).toContain('id="bjud-in-rubrik"');
  });

  it("shows a reviewer the pending invitations without Återkalla", async () => {
    await pendingInvitation("vantar@fjallviken.test");
    const section = participantsSection(await renderCasePage(world.users.legalReviewer));
    expect(text(section)).toContain("Väntande inbjudningar vantar@fjallviken.test – Redigerare, Fjällvikens kommun");
    expect(section).not.toContain("Återkalla");
    expect(section).not.toContain("invitationId");
  });
});

// As on an organisation's page: without JavaScript a form answered with the page itself was
// posted again by a reload (a second mail; a withdrawal refused as no longer pending).
describe("inviting and withdrawing without JavaScript", () => {
  const redirectOf = (run: () => Promise<unknown>) =>
    run().then(
      (state) => ({ state }),
      (error: unknown) => ({ redirect: nextSignal(error) }),
    );

  it("answers a withdrawal with a redirect to the participants, which say it was withdrawn; a reload posts nothing", async () => {
    const { id } = await pendingInvitation("fel.adress@fjallviken.test");
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const withdrawn = await redirectOf(() => revokeCaseInvitationAction(world.caseId, IDLE, form({ invitationId: id }, false)));
    // The invitation's id names it (case-invitation-replaced.test.ts), never its address.
    expect(withdrawn).toEqual({ redirect: { type: "redirect", url: `/arenden/${world.caseId}?inbjudan=aterkallad.${id}` } });
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();

    const section = participantsSection(await renderCasePage(world.users.ownerEditor, { inbjudan: `aterkallad.${id}` }));
    expect(text(section)).toContain("Inbjudan till fel.adress@fjallviken.test är återkallad. Länken i e-postmeddelandet fungerar inte längre.");
    expect(outcomeRegions(section)).toBe(1);
    // The page loaded by the redirect gives the message the focus, not the page's start.
    expect(section).toMatch(/<p [^>]*role="status" autofocus=""[^>]*>Inbjudan till fel\.adress@fjallviken\.test är återkallad\./);
    expect(text(section)).not.toContain("fel.adress@fjallviken.test – Redigerare");
    // An unknown value says nothing, and is no error.
    const unknown = participantsSection(await renderCasePage(world.users.ownerEditor, { inbjudan: "<b>x</b>" }));
    expect(unknown).not.toContain("återkallad.");
    expect(unknown).not.toContain("<b>x</b>");
  });

  it("answers a sent invitation with a redirect too, so a reload cannot send it again", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const sent = await redirectOf(() => createInvitationAction(world.caseId, IDLE, form({ email: "utan.skript@fjallviken.test", role: "EDITOR", organizationName: "fjällvikens kommun" }, false)));
    const { id } = await prisma.caseInvitation.findFirstOrThrow({ where: { email: "utan.skript@fjallviken.test" }, select: { id: true } });
    expect(sent).toEqual({ redirect: { type: "redirect", url: `/arenden/${world.caseId}?inbjudan=skickad.${id}` } });
    expect(await prisma.outboxMail.count({ where: { to: "utan.skript@fjallviken.test" } })).toBe(1);
    const section = participantsSection(await renderCasePage(world.users.ownerEditor, { inbjudan: `skickad.${id}` }));
    expect(text(section)).toContain("En inbjudan har skickats till utan.skript@fjallviken.test.");
    expect(text(section)).toContain("utan.skript@fjallviken.test – Redigerare, Fjällvikens kommun");
  });

  it("answers a refusal with the form's state, keeping what was typed, and writes nothing", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const before = await databaseSnapshot();
    const refused = await redirectOf(() => createInvitationAction(world.caseId, IDLE, form({ email: "inte-en-adress", role: "EDITOR" }, false)));
    expect(refused).toMatchObject({ state: { status: "error", values: { email: "inte-en-adress", role: "EDITOR" } } });
    expect(await databaseSnapshot()).toEqual(before);
  });
});
