import { type ReactElement, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/authorize";
import { acceptInvitation, createInvitation } from "@/lib/cases/invitations";
import { getCaseOverview, listMyCases } from "@/lib/cases/data";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { inviteMember } from "@/lib/organizations/admin";
import { acceptOrganizationInvitation } from "@/lib/organizations/invitations";
import { ORGANIZATION_MESSAGES } from "@/lib/organizations/messages";
import { approvingParties } from "@/lib/review/access";
import { requestReview, returnCase } from "@/lib/review/data";
import { listReviewQueue, loadReview } from "@/lib/review/queries";
import { ReviewQueue } from "@/lib/review/components/review-queue";
import InvitationPage from "@/app/inbjudan/[token]/page";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { databaseSnapshot } from "./helpers/snapshot";
import { EMAILS, type World, createInvitationRow, createOrganizationInvitationRow, seedWorld, storedSessionCookie } from "./helpers/world";

// SKR staff see anonymised examples and statistics, never an identifiable case (DOMAIN.md). A
// review found that a case's editor could invite an SKR analyst into the case, and an
// organisation's admin could make one its jurist, which brings every case the organisation
// owns or takes part in. Neither may happen, and rows that exist anyway bring nothing.

const actorOf = (userId: string) => loadActor(userId, "test-session");
const refusal = (call: () => Promise<unknown>) => call().then(
  () => {
    throw new Error("expected a refusal");
  },
  (error: unknown) => error as { code: string; userMessage: string; fieldErrors?: Array<{ path: string; message: string }> },
);

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

describe("SKR staff are never brought into a case", () => {
  it("a case's editor cannot invite an SKR analyst: the address is refused by name, and nothing is written", async () => {
    const before = await databaseSnapshot();
    const error = await refusal(async () => createInvitation(await actorOf(world.users.ownerEditor), world.caseId, { email: EMAILS.skrStaff.toUpperCase(), role: "REVIEWER" }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "email", message: CASE_MESSAGES.skrStaffInvited }] });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("an organisation's admin cannot invite an SKR analyst as a member", async () => {
    const before = await databaseSnapshot();
    const error = await refusal(async () => inviteMember(await actorOf(world.users.orgAdmin), world.org.norrstrom, { email: EMAILS.skrStaff, role: "LEGAL_REVIEWER" }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "email", message: ORGANIZATION_MESSAGES.skrStaffInvited }] });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("an invitation sent before the address was SKR staff's is refused on acceptance, and the refusal is audited", async () => {
    const caseToken = await createInvitationRow(world, { caseId: world.caseId, email: EMAILS.skrStaff, role: "REVIEWER" });
    const orgToken = await createOrganizationInvitationRow(world, { email: EMAILS.skrStaff, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" });
    const skr = await actorOf(world.users.skrStaff);
    // The invitation's page says why instead of offering to join, and shows nothing of the case.
    setRequest({ cookie: await storedSessionCookie(world.users.skrStaff) });
    const page = renderToStaticMarkup((await InvitationPage({ params: Promise.resolve({ token: caseToken }) })) as ReactElement);
    expect(page).toContain("Du är inloggad som SKR-medarbetare");
    expect(page).not.toContain("Familjeterapi för unga");
    expect(page).not.toMatch(/<form/);
    const caseRefusal = await refusal(() => acceptInvitation(skr, caseToken, {}, new Headers()));
    expect([caseRefusal.code, caseRefusal.userMessage]).toEqual(["FORBIDDEN", CASE_MESSAGES.skrStaffAccepting]);
    const orgRefusal = await refusal(() => acceptOrganizationInvitation(skr, orgToken, {}, new Headers()));
    expect([orgRefusal.code, orgRefusal.userMessage]).toEqual(["FORBIDDEN", ORGANIZATION_MESSAGES.skrStaffAccepting]);
    expect(await prisma.caseMember.count({ where: { userId: world.users.skrStaff } })).toBe(0);
    expect(await prisma.membership.count({ where: { userId: world.users.skrStaff } })).toBe(0);
    expect(await prisma.caseInvitation.count({ where: { email: EMAILS.skrStaff, usedAt: { not: null } } })).toBe(0);
    const denied = await prisma.auditLog.findMany({ where: { actorUserId: world.users.skrStaff, outcome: "DENIED" }, select: { action: true, details: true } });
    expect(denied).toEqual(
      expect.arrayContaining([
        { action: "invitation.accept", details: { reason: "SKR staff see no case" } },
        { action: "organization.invitation.accept", details: { reason: "SKR staff see no case" } },
      ]),
    );
  });

  it("a case membership or an organisation role that exists anyway brings an SKR analyst no case", async () => {
    // As if written by hand, or granted before the person became SKR staff.
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: world.users.skrStaff, role: "EDITOR", organizationId: world.org.norrstrom } });
    await prisma.membership.create({ data: { userId: world.users.skrStaff, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    const skr = await actorOf(world.users.skrStaff);
    expect(skr).toMatchObject({ kind: "user", memberships: [] });
    for (const action of ["case.view", "case.update", "case.review.comment", "case.review.approve"] as const) expect(caseScope(skr, action), action).toBeNull();
    await expect(getCaseOverview(skr, world.caseId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMyCases(skr)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The same rows bring a person without the SKR role the case, as they should.
    await prisma.userGlobalRole.deleteMany({ where: { userId: world.users.skrStaff } });
    const former = await actorOf(world.users.skrStaff);
    expect(former).toMatchObject({ memberships: [expect.objectContaining({ organizationId: world.org.norrstrom })] });
    expect((await getCaseOverview(former, world.caseId)).title).toBe("Familjeterapi för unga");
  });

  // Found on a walk: the analyst could open "Att granska" and read "Inga ärenden väntar på din
  // granskning", as if some might one day.
  it("an SKR analyst's \"Att granska\" says that no case will ever wait there, and why", async () => {
    const queue = await listReviewQueue(await actorOf(world.users.skrStaff));
    expect(queue).toMatchObject({ items: [], total: 0, reviewsNoCase: true });
    const page = renderToStaticMarkup(createElement(ReviewQueue, { queue }));
    expect(page).toContain("Du granskar inga ärenden i Samverka, så här kommer inga att vänta på dig.");
    expect(page).not.toContain("Inga ärenden väntar på din granskning.");
    // Nor how the list's columns are counted: there is no list.
    expect(page).not.toContain("Oavgjorda hinder");
    // A jurist with nothing waiting reads the usual words.
    const jurists = await listReviewQueue(await actorOf(world.users.legalReviewer));
    expect(jurists.reviewsNoCase).toBeUndefined();
  });

  it("a request named for a jurist who became SKR staff waits for the party's other jurists, as the case page says", async () => {
    // Found on a walk: the case page said the request waited for the party's others, while it
    // stayed out of their "Att granska" as the named jurist's.
    const colleague = await prisma.user.create({ data: { email: "nils@norrstrom.test", name: "Nils Jurist", emailVerified: true } });
    await prisma.membership.create({ data: { userId: colleague.id, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    const editor = await actorOf(world.users.ownerEditor);
    await requestReview(editor, { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: colleague.id, message: "" });
    const queued = async () => (await listReviewQueue(await actorOf(world.users.legalReviewer))).items.map((i) => i.caseId);
    expect(await queued()).not.toContain(world.caseId);
    await prisma.userGlobalRole.create({ data: { userId: colleague.id, role: "SKR_STAFF" } });
    expect(await queued()).toContain(world.caseId);
    expect((await loadReview(editor, world.caseId)).parties.find((p) => p.id === world.org.norrstrom)!.namedUnavailable).toEqual({ name: "Nils Jurist", deactivated: false });
  });

  it("stray rows make an SKR analyst no reviewer to pick, no approver to wait for and no recipient of case mail", async () => {
    // From the final read: rows read directly, not through caseScope, still counted the analyst.
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: world.users.skrStaff, role: "EDITOR", organizationId: world.org.fjallviken } });
    await prisma.membership.create({ data: { userId: world.users.skrStaff, organizationId: world.org.fjallviken, role: "LEGAL_REVIEWER" } });
    const editor = await actorOf(world.users.ownerEditor);
    const review = await loadReview(editor, world.caseId);
    const names = review.parties.flatMap((p) => p.reviewers.map((r) => r.name));
    expect(names).toContain("Julia Jurist");
    expect(names).not.toContain("Sam SKR");
    // Fjällviken has no jurist but the analyst: its approval is not waited for.
    expect((await approvingParties([{ id: world.caseId, ownerOrganizationId: world.org.norrstrom, members: [{ role: "EDITOR", organizationId: world.org.fjallviken }], reviewRequests: [], approvals: [] }])).get(world.caseId)).toEqual([world.org.norrstrom]);
    await requestReview(editor, { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await returnCase(await actorOf(world.users.legalReviewer), { caseId: world.caseId, summary: "Målen saknar nyckeltal." });
    const recipients = (await prisma.outboxMail.findMany({ select: { to: true } })).map((m) => m.to);
    expect(recipients).toContain(EMAILS.ownerEditor);
    expect(recipients).not.toContain(EMAILS.skrStaff);
  });
});
