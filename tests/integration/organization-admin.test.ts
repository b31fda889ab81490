import crypto from "node:crypto";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { signInAction } from "@/lib/auth/actions";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in";
import { listAllAudit } from "@/lib/audit/data";
import { createCase } from "@/lib/cases/data";
import { IDLE } from "@/lib/forms/action-state";
import { SCRIPTED_FIELD } from "@/lib/forms/scripted";
import { getOrganizationAdminView, inviteMember, revokeOrganizationInvitation, updateMemberRoles, updateOrganization } from "@/lib/organizations/admin";
import { inviteMemberAction, revokeOrganizationInvitationAction } from "@/lib/organizations/actions";
import { createOrganization, listOrganizations } from "@/lib/organizations/data";
import { acceptOrganizationInvitation, viewOrganizationInvitation } from "@/lib/organizations/invitations";
import { ORGANIZATION_MESSAGES } from "@/lib/organizations/messages";
import OrganizationAdminPage from "@/app/admin/organisationer/[id]/page";
import OrganizationInvitationPage from "@/app/organisationsinbjudan/[token]/page";
import { USER_MESSAGES, deactivateUser, listUsers, reactivateUser } from "@/lib/users/data";
import { reactivateUserAction } from "@/lib/users/actions";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { nextSignal, refusal } from "./helpers/outcome";
import { databaseSnapshot } from "./helpers/snapshot";
import { EMAILS, PASSWORD, type World, seedWorld, sessionCookie, storedSessionCookie } from "./helpers/world";

const sha256 = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest("hex");
const actorOf = (userId: string) => loadActor(userId, "test-session");

function tokenFromOutbox(text: string): string {
  const match = /\/organisationsinbjudan\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error("no link in mail");
  return match[1]!;
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ").trim();

/** The organisation's admin page as HTML, for the signed-in user. */
async function renderAdminPage(userId: string, organizationId: string, query: Record<string, string> = {}): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(userId) });
  const element = (await OrganizationAdminPage({ params: Promise.resolve({ id: organizationId }), searchParams: Promise.resolve(query) })) as ReactElement;
  return renderToStaticMarkup(element);
}

/** The invitation section of that page ("Bjud in en person till organisationen"). */
function invitationSection(html: string): string {
  const start = html.indexOf('aria-labelledby="bjud-in-rubrik"');
  const end = html.indexOf('aria-labelledby="arenden-rubrik"');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

/** The invitation link's page as HTML, for someone not signed in. */
async function renderInvitationPage(token: string): Promise<string> {
  setRequest({});
  const element = (await OrganizationInvitationPage({ params: Promise.resolve({ token }) })) as ReactElement;
  return renderToStaticMarkup(element);
}

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

describe("an organisation admin invites a colleague", () => {
  it("stores only the token's hash, expires in 7 days, grants exactly the invited role once", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    await inviteMember(admin, world.org.norrstrom, { email: "Ny.Jurist@Norrstrom.test", role: "LEGAL_REVIEWER" });
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: "ny.jurist@norrstrom.test" } });
    expect(mail.subject).toBe("Inbjudan till Norrströms kommun i Samverka");
    const token = tokenFromOutbox(mail.text);
    const row = await prisma.organizationInvitation.findFirstOrThrow({ where: { email: "ny.jurist@norrstrom.test" } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 1);

    await acceptOrganizationInvitation(ANONYMOUS, token, { name: "Nils Jurist", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers());
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ny.jurist@norrstrom.test" }, include: { memberships: true } });
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[world.org.norrstrom, "LEGAL_REVIEWER"]]);

    // Single use, also for someone else.
    const again = await refusal(() => acceptOrganizationInvitation(ANONYMOUS, token, { name: "X Y", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers()));
    expect(again.userMessage).toBe(ORGANIZATION_MESSAGES.invitationInvalid);
    expect(await prisma.user.count({ where: { email: "ny.jurist@norrstrom.test" } })).toBe(1);
  });

  // Found by trying the admin pages: two invitations to one address both stood in the list, and
  // the second link still worked after the account had been made with the first.
  it("replaces a pending invitation to the same address and role, and ends the others when one is used", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    const invite = async () => {
      await inviteMember(admin, world.org.norrstrom, { email: "dubbel@norrstrom.test", role: "LEGAL_REVIEWER" });
      const mails = await prisma.outboxMail.findMany({ where: { to: "dubbel@norrstrom.test" }, orderBy: { createdAt: "asc" } });
      return tokenFromOutbox(mails.at(-1)!.text);
    };
    const first = await invite();
    const second = await invite();
    const pending = await prisma.organizationInvitation.findMany({ where: { email: "dubbel@norrstrom.test", usedAt: null, expiresAt: { gt: new Date() } } });
    expect(pending.map((p) => p.tokenHash)).toEqual([sha256(second)]);
    const refused = await refusal(() => acceptOrganizationInvitation(ANONYMOUS, first, { name: "Dana Dubbel", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers()));
    // The replaced link ended by its expiry moving to the moment of the new invitation, and says it was replaced.
    expect(refused.userMessage).toBe(ORGANIZATION_MESSAGES.linkReplaced);
    const replaced = await prisma.organizationInvitation.findUniqueOrThrow({ where: { tokenHash: sha256(first) } });
    const newer = await prisma.organizationInvitation.findUniqueOrThrow({ where: { tokenHash: sha256(second) } });
    expect(replaced.replacedByInvitationId).toBe(newer.id);
    expect(replaced.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    // One made before this rule (or by an earlier version) still pending beside it.
    const older = "aldre-inbjudan-som-fortfarande-galler-0000000000";
    await prisma.organizationInvitation.create({
      data: { organizationId: world.org.norrstrom, email: "dubbel@norrstrom.test", role: "LEGAL_REVIEWER", tokenHash: sha256(older), expiresAt: new Date(Date.now() + 86_400_000), invitedByUserId: world.users.orgAdmin },
    });
    await acceptOrganizationInvitation(ANONYMOUS, second, { name: "Dana Dubbel", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers());
    expect(await prisma.membership.count({ where: { user: { email: "dubbel@norrstrom.test" }, organizationId: world.org.norrstrom } })).toBe(1);
    expect(await prisma.organizationInvitation.count({ where: { email: "dubbel@norrstrom.test", usedAt: null, expiresAt: { gt: new Date() } } })).toBe(0);
  });

  it("refuses an expired link and an invitation for another address", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    await inviteMember(admin, world.org.norrstrom, { email: EMAILS.otherEditor, role: "CASE_EDITOR", confirmAddress: "fjallviken.test" });
    const token = tokenFromOutbox((await prisma.outboxMail.findFirstOrThrow({ where: { to: EMAILS.otherEditor } })).text);
    const wrong = await refusal(async () => acceptOrganizationInvitation(await actorOf(world.users.partner), token, {}, new Headers()));
    expect(wrong.userMessage).toBe(ORGANIZATION_MESSAGES.invitationWrongUser);
    await prisma.$executeRaw`UPDATE "OrganizationInvitation" SET "expiresAt" = now() - interval '1 second'`;
    const expired = await refusal(async () => acceptOrganizationInvitation(await actorOf(world.users.otherEditor), token, {}, new Headers()));
    expect(expired.userMessage).toBe(ORGANIZATION_MESSAGES.linkExpired);
    expect(await prisma.membership.count({ where: { userId: world.users.otherEditor, organizationId: world.org.norrstrom } })).toBe(0);
  });

  it("names the field when the address is bad or already has the role", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    const bad = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: "inte en adress", role: "ORG_ADMIN" }));
    expect(bad.fieldErrors[0]?.path).toBe("email");
    const twice = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: EMAILS.ownerEditor, role: "CASE_EDITOR" }));
    expect(twice.fieldErrors).toEqual([{ path: "email", message: "Nora Ägare (handlaggare@norrstrom.test) har redan rollen ärendehandläggare i Norrströms kommun." }]);
    const role = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: "a@b.test", role: "SYSTEM_ADMIN" }));
    expect(role.fieldErrors[0]?.path).toBe("role");
  });
});

// Found by a tester as organisation admin: inviting someone who already was a member said
// nothing of it. Roles of a member are changed on the member list (organization.member.update,
// which the same roles may do as invite), so an invitation is refused with that guidance.
describe("inviting someone who already is a member", () => {
  const fields = (email: string, role: string) => {
    const data = new FormData();
    data.set("email", email);
    data.set("role", role);
    return data;
  };

  it("refuses the role they have, naming it, on the e-mail field, and writes nothing", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const before = await databaseSnapshot();
    const state = await inviteMemberAction(world.org.norrstrom, IDLE, fields("Handlaggare@Norrstrom.test", "CASE_EDITOR"));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: [{ path: "email", message: "Nora Ägare (handlaggare@norrstrom.test) har redan rollen ärendehandläggare i Norrströms kommun." }],
    });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses another role with guidance to change the roles on the member list, and writes nothing", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const before = await databaseSnapshot();
    const state = await inviteMemberAction(world.org.norrstrom, IDLE, fields(EMAILS.ownerEditor, "LEGAL_REVIEWER"));
    const message =
      "Nora Ägare (handlaggare@norrstrom.test) är redan med i Norrströms kommun som ärendehandläggare. En inbjudan behövs inte: " +
      "ge personen rollen jurist under Personer ovan, genom att kryssa i Jurist och välja Spara roller.";
    expect(state).toMatchObject({ status: "error", fieldErrors: [{ path: "email", message }] });
    expect(await databaseSnapshot()).toEqual(before);
    // A system admin gets the same answer, and so does a person with several roles.
    await prisma.membership.create({ data: { userId: world.users.ownerEditor, organizationId: world.org.norrstrom, role: "ORG_ADMIN" } });
    const several = await refusal(async () => inviteMember(await actorOf(world.users.admin), world.org.norrstrom, { email: EMAILS.ownerEditor, role: "LEGAL_REVIEWER" }));
    expect(several.fieldErrors[0]?.message).toMatch(/^Nora Ägare \(handlaggare@norrstrom.test\) är redan med i Norrströms kommun som ärendehandläggare och organisationsadministratör\. /);
  });

  it("invites a member of another organisation once the sender has confirmed the address's domain", async () => {
    // A walk: an invitation to another municipality's address was sent without a word. The
    // domain is Fjällviken's, whose members use it, and no member of Norrström does.
    const admin = await actorOf(world.users.orgAdmin);
    const asked = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: EMAILS.otherEditor, role: "CASE_EDITOR" }));
    expect(asked.code).toBe("VALIDATION");
    // An organisation admin is not told which organisation uses the domain (it would tell where a person is a member).
    expect(asked.fieldErrors).toEqual([{ path: "confirmAddress", message: ORGANIZATION_MESSAGES.unfamiliarDomain("fjallviken.test", "Norrströms kommun", undefined) }]);
    expect(asked.userMessage).toMatch(/^Ingen i Norrströms kommun har en e-postadress på fjallviken\.test\. Kontrollera adressen/);
    // A system admin, who may list every organisation, is.
    const bySystemAdmin = await refusal(async () => inviteMember(await actorOf(world.users.admin), world.org.norrstrom, { email: EMAILS.otherEditor, role: "CASE_EDITOR" }));
    expect(bySystemAdmin.userMessage).toBe(ORGANIZATION_MESSAGES.unfamiliarDomain("fjallviken.test", "Norrströms kommun", "Fjällvikens kommun"));
    // A confirmation holds for the domain it was given for, not for another address.
    const other = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: "ny@lund.test", role: "CASE_EDITOR", confirmAddress: "fjallviken.test" }));
    expect(other.fieldErrors?.[0]?.path).toBe("confirmAddress");
    expect(await prisma.organizationInvitation.count({ where: { organizationId: world.org.norrstrom, email: { in: [EMAILS.otherEditor, "ny@lund.test"] } } })).toBe(0);
    expect(await prisma.outboxMail.count({ where: { to: { in: [EMAILS.otherEditor, "ny@lund.test"] } } })).toBe(0);
    await inviteMember(admin, world.org.norrstrom, { email: EMAILS.otherEditor, role: "CASE_EDITOR", confirmAddress: "fjallviken.test" });
    expect(await prisma.organizationInvitation.count({ where: { organizationId: world.org.norrstrom, email: EMAILS.otherEditor } })).toBe(1);
  });

  it("asks about an address on a domain no member uses, not about the members' own domain or its subdomains", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    const typo = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: "kollega@norrstrom.tset", role: "CASE_EDITOR" }));
    expect(typo.fieldErrors?.[0]?.message).toBe(ORGANIZATION_MESSAGES.unfamiliarDomain("norrstrom.tset", "Norrströms kommun", undefined));
    await inviteMember(admin, world.org.norrstrom, { email: "ny.kollega@norrstrom.test", role: "CASE_EDITOR" });
    await inviteMember(admin, world.org.norrstrom, { email: "ny@socialtjanst.norrstrom.test", role: "CASE_EDITOR" });
    expect(await prisma.organizationInvitation.count({ where: { organizationId: world.org.norrstrom, email: { in: ["ny.kollega@norrstrom.test", "ny@socialtjanst.norrstrom.test"] } } })).toBe(2);
  });
});

// Found by a tester as organisation admin: a pending invitation could not be withdrawn.
describe("withdrawing a pending invitation", () => {
  async function pendingInvitation(organizationId: string, email: string) {
    const admin = await actorOf(world.users.admin);
    await inviteMember(admin, organizationId, { email, role: "LEGAL_REVIEWER" });
    const token = tokenFromOutbox((await prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } })).text);
    const { id } = await prisma.organizationInvitation.findFirstOrThrow({ where: { tokenHash: sha256(token) }, select: { id: true } });
    return { id, token };
  }
  // Posted by the page's script (its state is shown in place); without it, see "… without JavaScript" below.
  const revokeForm = (invitationId: string) => {
    const data = new FormData();
    data.set("invitationId", invitationId);
    data.set(SCRIPTED_FIELD, "1");
    return data;
  };
  const revoked = (organizationId: string) => prisma.auditLog.count({ where: { action: "organization.invitation.revoke", outcome: "SUCCESS", details: { path: ["organizationId"], equals: organizationId } } });

  it("an organisation admin withdraws one in their organisation: it leaves the list, its link says it was withdrawn, and it is audited", async () => {
    const { id, token } = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const state = await revokeOrganizationInvitationAction(world.org.norrstrom, IDLE, revokeForm(id));
    expect(state).toEqual({ status: "success", message: "Inbjudan till ny.jurist@norrstrom.test är återkallad. Länken i e-postmeddelandet fungerar inte längre." });

    const view = await getOrganizationAdminView(await actorOf(world.users.orgAdmin), world.org.norrstrom);
    expect(view.invitations).toEqual([]);
    // The link: nothing about the organisation, it says it was withdrawn, and it cannot be accepted.
    const shown = await refusal(() => viewOrganizationInvitation(ANONYMOUS, token));
    expect([shown.code, shown.userMessage]).toEqual(["NOT_FOUND", ORGANIZATION_MESSAGES.linkRevoked]);
    const accepted = await refusal(() => acceptOrganizationInvitation(ANONYMOUS, token, { name: "Ny Jurist", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers()));
    expect(accepted.userMessage).toBe(ORGANIZATION_MESSAGES.linkRevoked);
    expect(await prisma.user.count({ where: { email: "ny.jurist@norrstrom.test" } })).toBe(0);

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "organization.invitation.revoke" } });
    expect(entry).toMatchObject({ outcome: "SUCCESS", actorUserId: world.users.orgAdmin });
    expect(entry.details).toMatchObject({ organizationId: world.org.norrstrom, invitationId: id, email: "ny.jurist@norrstrom.test", role: "LEGAL_REVIEWER" });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "administration" });
    expect(log.entries.map((e) => e.sentence)).toContain("Olle Organisationsadmin återkallade inbjudan till ny.jurist@norrstrom.test att bli jurist i Norrströms kommun.");

    // Withdrawn once: a second click (another tab) is told so, and changes nothing.
    const before = await databaseSnapshot();
    const again = await revokeOrganizationInvitationAction(world.org.norrstrom, IDLE, revokeForm(id));
    expect(again).toMatchObject({ status: "error", message: ORGANIZATION_MESSAGES.invitationNotPending });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("a system admin withdraws one in any organisation", async () => {
    const { id, token } = await pendingInvitation(world.org.lund, "ny@lund.test");
    await revokeOrganizationInvitation(await actorOf(world.users.admin), world.org.lund, id);
    expect(await revoked(world.org.lund)).toBe(1);
    expect((await refusal(() => viewOrganizationInvitation(ANONYMOUS, token))).code).toBe("NOT_FOUND");
  });

  it("everyone else is refused: the database is unchanged, the refusal audited, and the link still works", async () => {
    const own = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    const lund = await pendingInvitation(world.org.lund, "ny@lund.test");
    const attempts: Array<{ who: keyof World["users"] | "anonymous"; org: string; invitation: { id: string; token: string }; code: string }> = [
      { who: "orgAdmin", org: world.org.lund, invitation: lund, code: "FORBIDDEN" },
      { who: "ownerEditor", org: world.org.norrstrom, invitation: own, code: "FORBIDDEN" },
      { who: "legalReviewer", org: world.org.norrstrom, invitation: own, code: "FORBIDDEN" },
      { who: "skrStaff", org: world.org.norrstrom, invitation: own, code: "FORBIDDEN" },
      { who: "anonymous", org: world.org.norrstrom, invitation: own, code: "UNAUTHENTICATED" },
    ];
    for (const attempt of attempts) {
      const actor = attempt.who === "anonymous" ? ANONYMOUS : await actorOf(world.users[attempt.who]);
      const before = await databaseSnapshot();
      const denied = await prisma.auditLog.count({ where: { outcome: "DENIED", action: "organization.invitation.revoke" } });
      const error = await refusal(() => revokeOrganizationInvitation(actor, attempt.org, attempt.invitation.id));
      expect(error.code, attempt.who).toBe(attempt.code);
      expect(await databaseSnapshot()).toEqual(before);
      expect(await prisma.auditLog.count({ where: { outcome: "DENIED", action: "organization.invitation.revoke" } })).toBe(denied + 1);
    }
    // Through the action too, with the refusal audited once.
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const deniedBefore = await prisma.auditLog.count({ where: { outcome: "DENIED", action: "organization.invitation.revoke" } });
    const before = await databaseSnapshot();
    expect(await revokeOrganizationInvitationAction(world.org.norrstrom, IDLE, revokeForm(own.id))).toMatchObject({ status: "error", message: "Du har inte behörighet att göra det här." });
    expect(await databaseSnapshot()).toEqual(before);
    expect(await prisma.auditLog.count({ where: { outcome: "DENIED", action: "organization.invitation.revoke" } })).toBe(deniedBefore + 1);
    for (const { token } of [own, lund]) expect((await viewOrganizationInvitation(ANONYMOUS, token)).email).toMatch(/@/);
  });

  it("an organisation admin cannot reach another organisation's invitation through their own organisation", async () => {
    const lund = await pendingInvitation(world.org.lund, "ny@lund.test");
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const before = await databaseSnapshot();
    for (const invitationId of [lund.id, "1' OR '1'='1", crypto.randomUUID()]) {
      expect(await revokeOrganizationInvitationAction(world.org.norrstrom, IDLE, revokeForm(invitationId))).toMatchObject({ status: "error", message: ORGANIZATION_MESSAGES.invitationNotPending });
    }
    expect(await revokeOrganizationInvitationAction(world.org.norrstrom, IDLE, new FormData())).toMatchObject({ status: "error" });
    expect(await databaseSnapshot()).toEqual(before);
    expect((await viewOrganizationInvitation(ANONYMOUS, lund.token)).email).toBe("ny@lund.test");
  });

  // Found by a tester: a withdrawn invitation could not be told from an expired one in the
  // database (a withdrawal moved expiresAt to its moment; only the audit log said why).
  it("a withdrawal is stored on the invitation: when and by whom, in the transaction of its audit entry, with the expiry untouched", async () => {
    const { id } = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    const before = await prisma.organizationInvitation.findUniqueOrThrow({ where: { id } });
    expect(before.revokedAt).toBeNull();
    await revokeOrganizationInvitation(await actorOf(world.users.orgAdmin), world.org.norrstrom, id);
    const after = await prisma.organizationInvitation.findUniqueOrThrow({ where: { id } });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "organization.invitation.revoke", outcome: "SUCCESS" } });
    expect(after.revokedByUserId).toBe(world.users.orgAdmin);
    expect(after.revokedAt).toBeInstanceOf(Date);
    expect(after.expiresAt).toEqual(before.expiresAt);
    expect(after.usedAt).toBeNull();
    // Same transaction: the row and its audit entry carry the same transaction's clock.
    const [row] = await prisma.$queryRaw<Array<{ same: boolean }>>`
      SELECT (SELECT xmin FROM "OrganizationInvitation" WHERE id = ${id}::uuid) = (SELECT xmin FROM "AuditLog" WHERE id = ${entry.id}::uuid) AS same`;
    expect(row?.same).toBe(true);
  });

  it("the link of a withdrawn invitation says Återkallad and cannot be accepted; an expired one says Har gått ut", async () => {
    const withdrawn = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    const expired = await pendingInvitation(world.org.norrstrom, "sen@norrstrom.test");
    await revokeOrganizationInvitation(await actorOf(world.users.orgAdmin), world.org.norrstrom, withdrawn.id);
    await prisma.organizationInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const revokedPage = text(await renderInvitationPage(withdrawn.token));
    expect(revokedPage).toContain(`Inbjudan gäller inte Återkallad ${ORGANIZATION_MESSAGES.linkRevoked}`);
    expect(revokedPage).not.toContain("Norrström");
    const expiredPage = text(await renderInvitationPage(expired.token));
    expect(expiredPage).toContain(`Inbjudan gäller inte Har gått ut ${ORGANIZATION_MESSAGES.linkExpired}`);
    expect(expiredPage).not.toContain("Återkallad");

    // Accepting the withdrawn one is refused, saying why.
    const anonymous = await refusal(() => acceptOrganizationInvitation(ANONYMOUS, withdrawn.token, { name: "Ny Jurist", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers()));
    expect([anonymous.code, anonymous.userMessage]).toEqual(["NOT_FOUND", ORGANIZATION_MESSAGES.linkRevoked]);
    expect(ORGANIZATION_MESSAGES.linkRevoked).toMatch(/återkallad/);
    expect(await prisma.user.count({ where: { email: "ny.jurist@norrstrom.test" } })).toBe(0);
    const denial = await prisma.auditLog.findFirstOrThrow({ where: { action: "organization.invitation.accept", outcome: "DENIED" }, orderBy: { at: "desc" } });
    expect(denial.details).toMatchObject({ reason: "revoked invitation" });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "administration" });
    expect(log.entries.map((e) => e.sentence).join("\n")).toContain("inbjudan var återkallad");
  });

  // Found by a tester: the link of an invitation replaced by a newer one to the same address said
  // "Har gått ut", so its holder could not tell that a newer mail held a working link.
  it("the link of an invitation replaced by a newer one says so, and cannot be accepted; the refusal is audited with why", async () => {
    const old = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    const newer = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    const page = text(await renderInvitationPage(old.token));
    expect(page).toContain(`Inbjudan gäller inte Ersatt av en nyare inbjudan ${ORGANIZATION_MESSAGES.linkReplaced}`);
    expect(page).not.toMatch(/Har gått ut|Norrström/);
    expect(text(await renderInvitationPage(newer.token))).toContain("Inbjudan till Norrströms kommun");

    const invite = await prisma.auditLog.findFirstOrThrow({ where: { action: "organization.invite" }, orderBy: { at: "desc" } });
    expect(invite.details).toMatchObject({ email: "ny.jurist@norrstrom.test", replacedInvitationIds: [old.id] });
    const before = await databaseSnapshot();
    const refused = await refusal(() => acceptOrganizationInvitation(ANONYMOUS, old.token, { name: "Ny Jurist", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers()));
    expect([refused.code, refused.userMessage]).toEqual(["NOT_FOUND", ORGANIZATION_MESSAGES.linkReplaced]);
    const denial = await prisma.auditLog.findFirstOrThrow({ where: { action: "organization.invitation.accept", outcome: "DENIED" }, orderBy: { at: "desc" } });
    expect(denial.details).toMatchObject({ reason: "replaced invitation" });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "administration" });
    expect(log.entries.map((e) => e.sentence).join("\n")).toContain("inbjudan var ersatt av en nyare");
    expect(await databaseSnapshot()).toEqual(before);
    // The newer one works; the replaced one is in no list of the page.
    await acceptOrganizationInvitation(ANONYMOUS, newer.token, { name: "Ny Jurist", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers());
    const view = await getOrganizationAdminView(await actorOf(world.users.orgAdmin), world.org.norrstrom);
    expect([...view.invitations, ...view.endedInvitations].map((i) => i.email)).not.toContain("ny.jurist@norrstrom.test");
  });

  it("the organisation page lists the ones that ended without being taken: Återkallad (by whom) and Har gått ut", async () => {
    const withdrawn = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    const expired = await pendingInvitation(world.org.norrstrom, "sen@norrstrom.test");
    const reinvited = await pendingInvitation(world.org.norrstrom, "igen@norrstrom.test");
    await pendingInvitation(world.org.norrstrom, "vantar@norrstrom.test");
    const orgAdmin = await actorOf(world.users.orgAdmin);
    await revokeOrganizationInvitation(orgAdmin, world.org.norrstrom, withdrawn.id);
    await revokeOrganizationInvitation(orgAdmin, world.org.norrstrom, reinvited.id);
    await inviteMember(orgAdmin, world.org.norrstrom, { email: "igen@norrstrom.test", role: "LEGAL_REVIEWER" });
    await prisma.organizationInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const view = await getOrganizationAdminView(orgAdmin, world.org.norrstrom);
    expect(view.invitations.map((i) => i.email).sort()).toEqual(["igen@norrstrom.test", "vantar@norrstrom.test"]);
    // The withdrawn invitation to igen@ was followed by a new one: only the new one counts.
    expect(view.endedInvitations.map((i) => [i.email, i.state, i.revokedBy]).sort()).toEqual([
      ["ny.jurist@norrstrom.test", "REVOKED", "Olle Organisationsadmin"],
      ["sen@norrstrom.test", "EXPIRED", null],
    ]);

    const section = text(invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom)));
    expect(section).toMatch(/ny\.jurist@norrstrom\.test – Jurist\. Återkallad \d{4}-\d\d-\d\d \d\d:\d\d av Olle Organisationsadmin\./);
    expect(section).toMatch(/sen@norrstrom\.test – Jurist\. Har gått ut \d{4}-\d\d-\d\d \d\d:\d\d ?\./);
    expect(section).toContain("vantar@norrstrom.test – Jurist, gäller till");
  });

  it("an invitation already accepted cannot be withdrawn", async () => {
    const { id, token } = await pendingInvitation(world.org.norrstrom, "ny.jurist@norrstrom.test");
    await acceptOrganizationInvitation(ANONYMOUS, token, { name: "Ny Jurist", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" }, new Headers());
    const before = await databaseSnapshot();
    const error = await refusal(async () => revokeOrganizationInvitation(await actorOf(world.users.orgAdmin), world.org.norrstrom, id));
    expect([error.code, error.userMessage]).toEqual(["CONFLICT", ORGANIZATION_MESSAGES.invitationNotPending]);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await prisma.membership.count({ where: { user: { email: "ny.jurist@norrstrom.test" } } })).toBe(1);
  });
});

// Found by a tester: after withdrawing an invitation and then sending one, the section showed
// both messages ("… är återkallad" and "En inbjudan har skickats …"): the form and the list
// each had a status region of their own.
describe("the invitation section's messages", () => {
  it("has one status region for the form and the list", async () => {
    await inviteMember(await actorOf(world.users.orgAdmin), world.org.norrstrom, { email: "vantar@norrstrom.test", role: "CASE_EDITOR" });
    const section = invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom));
    expect(section).toContain("vantar@norrstrom.test");
    expect(section.match(/role="status"/g)).toHaveLength(1);
    expect(section.match(/role="alert"/g) ?? []).toHaveLength(0);
  });
});

// Found by a tester: without JavaScript the invitation form was answered with the page itself, so
// reloading it posted the form again and mailed the person a second link, ending the first.
// Found by a tester: sending again to an address told nothing of the earlier link it ended.
describe("the sender of an invitation", () => {
  it("is told, with JavaScript, that an earlier invitation to the same address and role no longer works", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const scripted = new FormData();
    for (const [name, value] of Object.entries({ email: "Igen@norrstrom.test", role: "CASE_EDITOR", [SCRIPTED_FIELD]: "1" })) scripted.set(name, value);
    expect(await inviteMemberAction(world.org.norrstrom, IDLE, scripted)).toEqual({ status: "success", message: "En inbjudan har skickats till igen@norrstrom.test." });
    expect(await inviteMemberAction(world.org.norrstrom, IDLE, scripted)).toEqual({
      status: "success",
      message: "En inbjudan har skickats till igen@norrstrom.test. Den tidigare inbjudan till samma adress och roll gäller inte längre.",
    });
  });

  // Found by a walk: two pending invitations to one address, with different roles, stood side by
  // side in the list, and nothing said that the second had not replaced the first.
  it("is told that an invitation to the same address with another role still waits, and still works", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const form = (role: string) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({ email: "tva.roller@norrstrom.test", role, [SCRIPTED_FIELD]: "1" })) data.set(name, value);
      return data;
    };
    expect(await inviteMemberAction(world.org.norrstrom, IDLE, form("LEGAL_REVIEWER"))).toEqual({ status: "success", message: "En inbjudan har skickats till tva.roller@norrstrom.test." });
    const other = "Den gäller fortfarande, och varje inbjudan som tas emot ger sin roll. Återkalla den under ”Inbjudningar som inte har tagits emot” om den inte ska gälla.";
    expect(await inviteMemberAction(world.org.norrstrom, IDLE, form("CASE_EDITOR"))).toEqual({
      status: "success",
      message: `En inbjudan har skickats till tva.roller@norrstrom.test. Till samma adress väntar också en inbjudan med rollen jurist. ${other}`,
    });
    // Sent again with the same role, it replaces that one and names the other role's, which still waits.
    expect(await inviteMemberAction(world.org.norrstrom, IDLE, form("CASE_EDITOR"))).toEqual({
      status: "success",
      message: `En inbjudan har skickats till tva.roller@norrstrom.test. Den tidigare inbjudan till samma adress och roll gäller inte längre. Till samma adress väntar också en inbjudan med rollen jurist. ${other}`,
    });
    expect(await inviteMemberAction(world.org.norrstrom, IDLE, form("ORG_ADMIN"))).toMatchObject({
      message: expect.stringContaining("Till samma adress väntar också inbjudningar med rollerna ärendehandläggare och jurist. De gäller fortfarande"),
    });
    // Both links work: the person who takes them holds both roles.
    const pending = await prisma.organizationInvitation.findMany({ where: { email: "tva.roller@norrstrom.test", usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, select: { role: true } });
    expect(pending.map((p) => p.role).sort()).toEqual(["CASE_EDITOR", "LEGAL_REVIEWER", "ORG_ADMIN"]);
  });
});

describe("inviting and withdrawing without JavaScript", () => {
  const unscripted = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value);
    return data;
  };
  const redirectOf = (run: () => Promise<unknown>) =>
    run().then(
      (state) => ({ state }),
      (error: unknown) => ({ redirect: nextSignal(error) }),
    );

  const invitationId = async (email: string) =>
    (await prisma.organizationInvitation.findFirstOrThrow({ where: { email, replacedByInvitationId: null }, orderBy: { createdAt: "desc" }, select: { id: true } })).id;

  it("answers a sent invitation with a redirect to the section, which says it was sent; a reload cannot send it again", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const sent = await redirectOf(() => inviteMemberAction(world.org.norrstrom, IDLE, unscripted({ email: "utan.skript@norrstrom.test", role: "CASE_EDITOR" })));
    const id = await invitationId("utan.skript@norrstrom.test");
    // The invitation's id, never its address (which would stand in logs and the history).
    expect(sent).toEqual({ redirect: { type: "redirect", url: `/admin/organisationer/${world.org.norrstrom}?inbjudan=skickad.${id}` } });
    expect(await prisma.outboxMail.count({ where: { to: "utan.skript@norrstrom.test" } })).toBe(1);

    const section = invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: `skickad.${id}` }));
    expect(section).toContain("En inbjudan har skickats till utan.skript@norrstrom.test.");
    expect(section).not.toContain("tidigare inbjudan");
    expect(section.match(/role="status"/g)).toHaveLength(1);
    // An address from before the id was carried says it in general words.
    expect(invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: "skickad" }))).toContain(
      "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar.",
    );
    // An unknown value says nothing, and is no error.
    const unknown = invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: "<b>x</b>" }));
    expect(unknown).not.toContain("En inbjudan har skickats");
    expect(unknown).not.toContain("<b>x</b>");
  });

  it("says that an earlier invitation to the same address and role no longer works", async () => {
    await inviteMember(await actorOf(world.users.orgAdmin), world.org.norrstrom, { email: "igen@norrstrom.test", role: "CASE_EDITOR" });
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const sent = await redirectOf(() => inviteMemberAction(world.org.norrstrom, IDLE, unscripted({ email: "Igen@norrstrom.test", role: "CASE_EDITOR" })));
    const id = await invitationId("igen@norrstrom.test");
    expect(sent).toEqual({ redirect: { type: "redirect", url: `/admin/organisationer/${world.org.norrstrom}?inbjudan=skickad.${id}` } });
    const section = text(invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: `skickad.${id}` })));
    expect(section).toContain("En inbjudan har skickats till igen@norrstrom.test. Den tidigare inbjudan till samma adress och roll gäller inte längre.");
    expect(section.match(/igen@norrstrom\.test – /g)).toHaveLength(1);
  });

  it("says that an invitation to the same address with another role still waits", async () => {
    await inviteMember(await actorOf(world.users.orgAdmin), world.org.norrstrom, { email: "annan.roll@norrstrom.test", role: "LEGAL_REVIEWER" });
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    await redirectOf(() => inviteMemberAction(world.org.norrstrom, IDLE, unscripted({ email: "annan.roll@norrstrom.test", role: "CASE_EDITOR" })));
    const id = (await prisma.organizationInvitation.findFirstOrThrow({ where: { email: "annan.roll@norrstrom.test", role: "CASE_EDITOR" }, select: { id: true } })).id;
    const section = text(invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: `skickad.${id}` })));
    expect(section).toContain("En inbjudan har skickats till annan.roll@norrstrom.test. Till samma adress väntar också en inbjudan med rollen jurist. Den gäller fortfarande");
    expect(section.match(/annan\.roll@norrstrom\.test – /g)).toHaveLength(2);
    // Withdrawn since, the other role's invitation is no longer named: the page says how things stand.
    const jurist = (await prisma.organizationInvitation.findFirstOrThrow({ where: { email: "annan.roll@norrstrom.test", role: "LEGAL_REVIEWER" }, select: { id: true } })).id;
    await revokeOrganizationInvitation(await actorOf(world.users.orgAdmin), world.org.norrstrom, jurist);
    const after = text(invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: `skickad.${id}` })));
    expect(after).toContain("En inbjudan har skickats till annan.roll@norrstrom.test.");
    expect(after).not.toContain("Till samma adress väntar");
  });

  it("answers a withdrawal with a redirect too, and the section says it was withdrawn", async () => {
    await inviteMember(await actorOf(world.users.orgAdmin), world.org.norrstrom, { email: "dras.tillbaka@norrstrom.test", role: "CASE_EDITOR" });
    const id = await invitationId("dras.tillbaka@norrstrom.test");
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const withdrawn = await redirectOf(() => revokeOrganizationInvitationAction(world.org.norrstrom, IDLE, unscripted({ invitationId: id })));
    expect(withdrawn).toEqual({ redirect: { type: "redirect", url: `/admin/organisationer/${world.org.norrstrom}?inbjudan=aterkallad.${id}` } });
    const section = invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: `aterkallad.${id}` }));
    expect(section).toContain("Inbjudan till dras.tillbaka@norrstrom.test är återkallad. Länken i e-postmeddelandet fungerar inte längre.");
  });

  it("says it in general words for an id that is none of the organisation's invitations", async () => {
    await inviteMember(await actorOf(world.users.admin), world.org.lund, { email: "ny@lund.test", role: "CASE_EDITOR" });
    const lund = await invitationId("ny@lund.test");
    for (const [value, general] of [
      [`skickad.${lund}`, "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar."],
      [`aterkallad.${lund}`, "Inbjudan är återkallad. Länken i e-postmeddelandet fungerar inte längre."],
      [`skickad.${crypto.randomUUID()}`, "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar."],
    ] as const) {
      const section = text(invitationSection(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom, { inbjudan: value })));
      expect(section, value).toContain(general);
      expect(section, value).not.toContain("ny@lund.test");
    }
  });

  it("answers a refusal with the form's state, keeping what was typed, and writes nothing", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.orgAdmin) });
    const before = await databaseSnapshot();
    const refused = await redirectOf(() => inviteMemberAction(world.org.norrstrom, IDLE, unscripted({ email: "inte-en-adress", role: "ORG_ADMIN" })));
    expect(refused).toMatchObject({ state: { status: "error", values: { email: "inte-en-adress", role: "ORG_ADMIN" } } });
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("roles", () => {
  it("changes a colleague's roles and keeps the last admin", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    expect(await updateMemberRoles(admin, world.org.norrstrom, world.users.colleague, { LEGAL_REVIEWER: "ja", ORG_ADMIN: "ja" })).toEqual(["LEGAL_REVIEWER", "ORG_ADMIN"]);
    const roles = await prisma.membership.findMany({ where: { userId: world.users.colleague }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["LEGAL_REVIEWER", "ORG_ADMIN"]);

    const none = await refusal(() => updateMemberRoles(admin, world.org.norrstrom, world.users.colleague, {}));
    expect(none.fieldErrors[0]?.path).toBe("roles");

    // The colleague is admin now, so the first admin may step down; then the colleague may not.
    await updateMemberRoles(admin, world.org.norrstrom, world.users.orgAdmin, { CASE_EDITOR: "ja" });
    const colleague = await actorOf(world.users.colleague);
    const last = await refusal(() => updateMemberRoles(colleague, world.org.norrstrom, world.users.colleague, { CASE_EDITOR: "ja" }));
    expect(last.fieldErrors).toEqual([{ path: "ORG_ADMIN", message: ORGANIZATION_MESSAGES.lastAdmin }]);
  });
});

describe("deactivation", () => {
  it("ends every session, refuses sign-in with a clear message, and keeps the history", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBeGreaterThan(0);
    await deactivateUser(await actorOf(world.users.orgAdmin), world.users.ownerEditor, { confirmed: true });

    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBe(0);
    expect(await actorOf(world.users.ownerEditor)).toEqual(ANONYMOUS);
    expect(await prisma.caseMember.count({ where: { userId: world.users.ownerEditor } })).toBe(1);
    expect(await prisma.membership.count({ where: { userId: world.users.ownerEditor } })).toBe(1);
    expect(cookie).toBeTruthy();

    // The right password: refused, no session left behind, and audited with the reason.
    setRequest({});
    const form = new FormData();
    form.set("email", EMAILS.ownerEditor);
    form.set("password", PASSWORD);
    const state = await signInAction(IDLE, form).catch((error: unknown) => {
      throw new Error(`unexpected ${String(nextSignal(error)?.type ?? error)}`);
    });
    expect(state).toMatchObject({ status: "error", message: SIGN_IN_MESSAGES.deactivated });
    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBe(0);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "auth.signIn", outcome: "FAILURE" }, orderBy: { at: "desc" } });
    expect(entry.details).toMatchObject({ reason: "deactivated" });

    // A wrong password still gets the ordinary message: nothing is revealed without it.
    form.set("password", "fel-losenord-helt-enkelt");
    expect(await signInAction(IDLE, form)).toMatchObject({ status: "error", message: SIGN_IN_MESSAGES.badCredentials });
  });

  it("an organisation admin cannot deactivate someone who also belongs elsewhere; the refusal is audited and changes nothing", async () => {
    await prisma.membership.create({ data: { userId: world.users.colleague, organizationId: world.org.lund, role: "CASE_EDITOR" } });
    const before = await databaseSnapshot();
    const denied = await prisma.auditLog.count({ where: { outcome: "DENIED", action: "user.deactivate" } });
    const error = await refusal(async () => deactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague, { confirmed: true }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await databaseSnapshot()).toEqual(before);
    expect(await prisma.auditLog.count({ where: { outcome: "DENIED", action: "user.deactivate" } })).toBe(denied + 1);
    // A system admin may.
    await deactivateUser(await actorOf(world.users.admin), world.users.colleague, { confirmed: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: world.users.colleague } })).deactivatedAt).not.toBeNull();
  });

  it("nobody deactivates themself", async () => {
    const error = await refusal(async () => deactivateUser(await actorOf(world.users.admin), world.users.admin, { confirmed: true }));
    expect(error.code).toBe("VALIDATION");
  });
});

describe("reactivation", () => {
  const signIn = (email: string) => {
    setRequest({});
    const form = new FormData();
    form.set("email", email);
    form.set("password", PASSWORD);
    return signInAction(IDLE, form).then(
      (state) => state,
      (error: unknown) => nextSignal(error)?.type ?? error,
    );
  };

  it("lets the person sign in again with their own password and the roles they had; the log says who did it", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    await deactivateUser(admin, world.users.ownerEditor, { confirmed: true });
    const signInEntries = () => prisma.auditLog.count({ where: { action: "auth.signIn" } });
    const before = await signInEntries();
    expect(await signIn(EMAILS.ownerEditor)).toMatchObject({ status: "error", message: SIGN_IN_MESSAGES.deactivated });
    // One entry for the attempt, naming the address and why (a walk read a second, vaguer one as another event).
    expect(await signInEntries()).toBe(before + 1);

    expect(await reactivateUser(admin, world.users.ownerEditor)).toEqual({ name: "Nora Ägare" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: world.users.ownerEditor } })).deactivatedAt).toBeNull();
    // Signing in succeeds (it ends in a redirect), and the person's memberships and case roles are the ones kept.
    expect(await signIn(EMAILS.ownerEditor)).toBe("redirect");
    const actor = await actorOf(world.users.ownerEditor);
    expect(actor.kind).toBe("user");
    expect(await prisma.caseMember.count({ where: { userId: world.users.ownerEditor, caseId: world.caseId } })).toBe(1);

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.reactivate", outcome: "SUCCESS" } });
    expect(entry.details).toMatchObject({ userId: world.users.ownerEditor, email: EMAILS.ownerEditor });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "administration" });
    expect(log.entries.map((e) => e.sentence)).toContain("Olle Organisationsadmin aktiverade kontot för Nora Ägare igen.");
  });

  it("refuses an active account, and a person outside the administered organisations, writing nothing but the refusal", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    const before = await databaseSnapshot();
    const active = await refusal(() => reactivateUser(admin, world.users.colleague));
    expect(active).toMatchObject({ code: "CONFLICT", userMessage: USER_MESSAGES.alreadyActive });
    expect(await databaseSnapshot()).toEqual(before);

    // Lund's editor, deactivated by a system admin: Norrström's admin may not let them back in.
    await deactivateUser(await actorOf(world.users.admin), world.users.lundEditor, { confirmed: true });
    const deactivated = await databaseSnapshot();
    const denied = await prisma.auditLog.count({ where: { outcome: "DENIED", action: "user.reactivate" } });
    const outside = await refusal(() => reactivateUser(admin, world.users.lundEditor));
    expect(outside.code).toBe("FORBIDDEN");
    expect(await databaseSnapshot()).toEqual(deactivated);
    expect(await prisma.auditLog.count({ where: { outcome: "DENIED", action: "user.reactivate" } })).toBe(denied + 1);
  });

  it("an admin inviting a deactivated account is told to activate it instead, naming the field", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    await deactivateUser(admin, world.users.colleague, { confirmed: true });
    const before = await databaseSnapshot();
    const error = await refusal(() => inviteMember(admin, world.org.norrstrom, { email: "kollega@norrstrom.test", role: "CASE_EDITOR" }));
    expect(error.fieldErrors).toEqual([{ path: "email", message: ORGANIZATION_MESSAGES.deactivatedAccountInvited }]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("a system admin's deactivation is undone only by a system admin, and the organisation page says so", async () => {
    await deactivateUser(await actorOf(world.users.admin), world.users.colleague, { confirmed: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: world.users.colleague }, select: { deactivatedBySystemAdmin: true } })).toEqual({ deactivatedBySystemAdmin: true });
    const page = text(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom));
    expect(page).toContain(USER_MESSAGES.deactivatedBySystemAdmin);
    expect(page).not.toContain("Aktivera igen Karin Kollega");

    const before = await databaseSnapshot();
    const refused = await refusal(async () => reactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague));
    // Told why, not only "Du har inte behörighet" (a walk).
    expect(refused).toMatchObject({ code: "FORBIDDEN", userMessage: USER_MESSAGES.deactivatedBySystemAdmin });
    // A stale page's "Inaktivera" for the same person is told it is done already, not refused.
    expect(await refusal(async () => deactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague, { confirmed: true }))).toMatchObject({
      code: "CONFLICT",
      userMessage: USER_MESSAGES.alreadyDeactivated,
    });
    expect(await databaseSnapshot()).toEqual(before);
    const denial = await prisma.auditLog.findFirstOrThrow({ where: { outcome: "DENIED", action: "user.reactivate" }, orderBy: { at: "desc" } });
    expect(denial.details).toMatchObject({ reason: "deactivated by a system admin" });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "administration" });
    expect(log.entries.map((e) => e.sentence)).toContain(
      "Olle Organisationsadmin nekades att aktivera kontot för Karin Kollega igen (en systemadministratör inaktiverade kontot, och bara en systemadministratör kan aktivera det igen).",
    );

    // The system admin may; the flag goes with the deactivation, so the organisation's admin may undo their own next one.
    await reactivateUser(await actorOf(world.users.admin), world.users.colleague);
    await deactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague, { confirmed: true });
    expect(text(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom))).toContain("Aktivera igen Karin Kollega");
    await reactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague);
  });

  it("the organisation page offers no button that would be refused: a person who also belongs elsewhere is left to a system admin", async () => {
    await prisma.membership.create({ data: { userId: world.users.colleague, organizationId: world.org.lund, role: "CASE_EDITOR" } });
    // Pressed on a page that offered it before: told who can, since the person is one of theirs.
    expect(await refusal(async () => deactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague, { confirmed: true }))).toMatchObject({
      code: "FORBIDDEN",
      userMessage: USER_MESSAGES.onlySystemAdminDeactivates,
    });
    // Someone in none of their organisations: only that they may not, nothing about the person.
    const outside = await refusal(async () => deactivateUser(await actorOf(world.users.orgAdmin), world.users.lundEditor, { confirmed: true }));
    expect(outside.code).toBe("FORBIDDEN");
    expect(outside.userMessage).not.toContain("organisation");
    const asOrgAdmin = text(await renderAdminPage(world.users.orgAdmin, world.org.norrstrom));
    expect(asOrgAdmin).not.toContain("Inaktivera Karin Kollega");
    expect(asOrgAdmin).toContain(USER_MESSAGES.onlySystemAdminDeactivates);
    expect(asOrgAdmin).toContain("Inaktivera Nora Ägare");
    const asSystemAdmin = text(await renderAdminPage(world.users.admin, world.org.norrstrom));
    expect(asSystemAdmin).toContain("Inaktivera Karin Kollega");
    expect(asSystemAdmin).not.toContain(USER_MESSAGES.onlySystemAdminDeactivates);
  });

  it("two admins pressing at once reactivate the account once", async () => {
    await deactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague, { confirmed: true });
    const [first, second] = await Promise.allSettled([
      reactivateUser(await actorOf(world.users.admin), world.users.colleague),
      reactivateUser(await actorOf(world.users.orgAdmin), world.users.colleague),
    ]);
    const outcomes = [first, second].map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { code?: string }).code));
    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    expect(await prisma.auditLog.count({ where: { action: "user.reactivate", outcome: "SUCCESS" } })).toBe(1);
  });

  it("the form returns to the same search and page of the user list, which announces it", async () => {
    await deactivateUser(await actorOf(world.users.admin), world.users.colleague, { confirmed: true });
    setRequest({ cookie: await storedSessionCookie(world.users.admin) });
    const thrown = await reactivateUserAction(world.users.colleague, "/admin/anvandare?q=Karin&sida=1", IDLE, new FormData()).then(() => null, (error: unknown) => error);
    expect(nextSignal(thrown)).toMatchObject({ type: "redirect", url: `/admin/anvandare?q=Karin&sida=1&aktiverad=${world.users.colleague}` });
  });
});

describe("an organisation's name and code", () => {
  // Found by trying the admin pages: "testköpings KOMMUN" was accepted right after "Testköpings
  // kommun", and the refusal of a taken code did not say which field or which organisation.
  it("refuse the same name in other letter case and a taken code, naming the field and the holder, and write nothing", async () => {
    const admin = await actorOf(world.users.admin);
    await createOrganization(admin, { name: "Testköpings kommun", type: "KOMMUN", officialCode: "2583" });
    const before = await databaseSnapshot();
    const sameName = await refusal(() => createOrganization(admin, { name: "testköpings KOMMUN", type: "KOMMUN" }));
    expect(sameName.fieldErrors).toEqual([{ path: "name", message: ORGANIZATION_MESSAGES.nameTaken("Testköpings kommun", "Kommun") }]);
    const sameCode = await refusal(() => createOrganization(admin, { name: "Annanstads kommun", type: "KOMMUN", officialCode: "2583" }));
    expect(sameCode.fieldErrors).toEqual([{ path: "officialCode", message: "Koden 2583 har redan ”Testköpings kommun”." }]);
    // A code of the right form that is no municipality's (SCB), or another municipality's than the one named.
    const noSuchCode = await refusal(() => createOrganization(admin, { name: "Annanstads kommun", type: "KOMMUN", officialCode: "9999" }));
    expect(noSuchCode.fieldErrors).toEqual([{ path: "officialCode", message: "Det finns ingen kommun med kommunkod 9999 i SCB:s förteckning." }]);
    const otherMunicipality = await refusal(() => updateOrganization(admin, world.org.lund, { name: "Lunds kommun", officialCode: "2584" }));
    expect(otherMunicipality.fieldErrors).toEqual([{ path: "officialCode", message: "Kommunkoden 2584 hör till Kiruna. Lund har kommunkod 1281." }]);
    expect(await databaseSnapshot()).toEqual(before);
    // A region may share a municipality's name; renaming an organisation to its own name in other case is allowed.
    await createOrganization(admin, { name: "Testköpings kommun", type: "REGION" });
    const own = await prisma.organization.findFirstOrThrow({ where: { name: "Testköpings kommun", type: "KOMMUN" } });
    await updateOrganization(admin, own.id, { name: "TESTKÖPINGS KOMMUN", officialCode: "2583" });
    const renamed = await refusal(() => updateOrganization(admin, world.org.norrstrom, { name: "testköpings kommun" }));
    expect(renamed.fieldErrors[0]?.path).toBe("name");
  });
});

describe("organisations and their cases", () => {
  it("counts the cases an organisation takes part in", async () => {
    const all = await listOrganizations(await actorOf(world.users.admin));
    const byName = Object.fromEntries(all.organizations.map((o) => [o.name, o]));
    expect(byName["Norrströms kommun"]).toMatchObject({ owned: 1, participating: 0 });
    expect(byName["Fjällvikens kommun"]).toMatchObject({ owned: 0, participating: 1 });
    expect(byName["Lunds kommun"]).toMatchObject({ owned: 1, participating: 0 });
  });

  it("an organisation admin sees their organisation's people and cases, and no other organisation", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    const view = await getOrganizationAdminView(admin, world.org.norrstrom);
    expect(view.people.map((p) => p.name)).toEqual(["Julia Jurist", "Karin Kollega", "Nora Ägare", "Olle Organisationsadmin"]);
    expect(view.cases.map((c) => [c.title, c.owned])).toEqual([["Familjeterapi för unga", true]]);
    expect(view.canEditOrganization).toBe(false);
    const other = await refusal(() => getOrganizationAdminView(admin, world.org.lund));
    expect(other.code).toBe("FORBIDDEN");
    const fjall = await getOrganizationAdminView(await actorOf(world.users.admin), world.org.fjallviken);
    expect(fjall.cases.map((c) => [c.title, c.owned])).toEqual([["Familjeterapi för unga", false]]);
  });
});

describe("a person in two organisations starts a case", () => {
  it("must choose the owner, and only among their own organisations", async () => {
    await prisma.membership.create({ data: { userId: world.users.ownerEditor, organizationId: world.org.fjallviken, role: "CASE_EDITOR" } });
    const editor = await actorOf(world.users.ownerEditor);
    const unchosen = await refusal(() => createCase(editor, { title: "Gemensam familjerätt" }));
    expect(unchosen.fieldErrors[0]?.path).toBe("organizationId");
    const foreign = await refusal(() => createCase(editor, { title: "Gemensam familjerätt", organizationId: world.org.lund }));
    expect(foreign.code).toBe("FORBIDDEN");
    const { id } = await createCase(editor, { title: "Gemensam familjerätt", organizationId: world.org.fjallviken });
    expect((await prisma.case.findUniqueOrThrow({ where: { id } })).ownerOrganizationId).toBe(world.org.fjallviken);
  });
});

describe("the system-wide audit log", () => {
  it("reads as sentences and filters by kind, person, outcome and date", async () => {
    const admin = await actorOf(world.users.admin);
    await inviteMember(await actorOf(world.users.orgAdmin), world.org.norrstrom, { email: "ny@norrstrom.test", role: "CASE_EDITOR" });
    await refusal(async () => listOrganizations(await actorOf(world.users.ownerEditor)));

    const administration = await listAllAudit(admin, { typ: "administration" });
    expect(administration.entries.map((e) => e.sentence)).toContain("Olle Organisationsadmin bjöd in ny@norrstrom.test till Norrströms kommun som ärendehandläggare.");

    const denied = await listAllAudit(admin, { utfall: "DENIED", person: "nora" });
    expect(denied.entries.map((e) => e.sentence)).toEqual(["Nora Ägare nekades att se organisationerna (saknar behörighet)."]);
    // "%" and "_" are letters in a name, not wildcards that match everyone.
    expect((await listAllAudit(admin, { person: "%" })).total).toBe(0);
    expect((await listUsers(admin, { q: "_" })).total).toBe(0);
    expect((await listUsers(admin, { q: "nora" })).total).toBe(1);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAllAudit(admin, { fran: "2000-01-01", till: "2000-01-02" })).total).toBe(0);
    expect((await listAllAudit(admin, { fran: today })).total).toBeGreaterThan(0);
    const bad = await refusal(() => listAllAudit(admin, { fran: "2026-02-30" }));
    expect(bad.fieldErrors[0]?.path).toBe("fran");

    for (const entry of (await listAllAudit(admin, {})).entries) {
      expect(entry.sentence).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|[{}]|\b(outbox|audit|organization|case)\.[a-z]/i);
    }
  });

  it("pages through the log", async () => {
    const admin = await actorOf(world.users.admin);
    await prisma.auditLog.createMany({ data: Array.from({ length: 120 }, () => ({ action: "auth.signOut", outcome: "SUCCESS" as const, actorUserId: world.users.partner, actorEmail: EMAILS.partner })) });
    const first = await listAllAudit(admin, { typ: "inloggning" });
    expect(first.pages).toBe(3);
    const third = await listAllAudit(admin, { typ: "inloggning", sida: "3" });
    expect(third.entries).toHaveLength(first.total - 100);
    expect(third.entries[0]?.sentence).toBe("Per Partner loggade ut.");
    // A page past the end (an old link, a narrower filter) is the last page, not an empty one.
    const past = await listAllAudit(admin, { typ: "inloggning", sida: "9" });
    expect({ page: past.page, pages: past.pages }).toEqual({ page: 3, pages: 3 });
    expect(past.entries.map((e) => e.id)).toEqual(third.entries.map((e) => e.id));
    const users = await listUsers(admin, {});
    const pastUsers = await listUsers(admin, { sida: "7" });
    expect({ page: pastUsers.page, pages: pastUsers.pages }).toEqual({ page: users.pages, pages: users.pages });
    expect(pastUsers.users.length).toBeGreaterThan(0);
  });
});

describe("a refused organisation or person", () => {
  it("is named in the audit entry, so a probe can be traced", async () => {
    const admin = await actorOf(world.users.orgAdmin);
    await expect(updateMemberRoles(admin, world.org.lund, world.users.lundEditor, { CASE_EDITOR: "ja" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deactivateUser(admin, world.users.lundEditor, { confirmed: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const denied = await prisma.auditLog.findMany({ where: { outcome: "DENIED" }, orderBy: { at: "asc" }, select: { action: true, details: true } });
    expect(denied).toEqual([
      { action: "organization.member.update", details: { reason: "not admin of the organisation", organizationId: world.org.lund } },
      { action: "user.deactivate", details: { reason: "person outside the administered organisations", targetUserId: world.users.lundEditor } },
    ]);
  });
});
