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

// Found by a tester: a second invitation to the same case and address left two working links, and
// the case's list showed both. Organisation invitations already replaced the older one.

const actorOf = (userId: string) => loadActor(userId, "test-session");
const newAccount = { name: "Dana Dubbel", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" };
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ").trim();
const REPLACED_SENTENCE = "Den tidigare inbjudan till samma adress gäller inte längre.";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

/** An invitation sent by an editor of the case: its id and the mailed link's token. */
async function invite(email: string, role: "EDITOR" | "REVIEWER" = "EDITOR", caseId = world.caseId, by = world.users.ownerEditor) {
  const organizationId = role === "EDITOR" && caseId === world.caseId ? world.org.fjallviken : undefined;
  const { id } = await createInvitation(await actorOf(by), caseId, { email, role, organizationId });
  return { id, token: await tokenOf(email.toLowerCase()) };
}

async function tokenOf(email: string): Promise<string> {
  const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/inbjudan\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error("no link in mail");
  return token;
}

function form(values: Record<string, string>, scripted: boolean): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  if (scripted) data.set(SCRIPTED_FIELD, "1");
  return data;
}

const redirectOf = (run: () => Promise<unknown>) =>
  run().then(
    (state) => ({ state }),
    (error: unknown) => ({ redirect: nextSignal(error) }),
  );

/** The participants section of the case's page, for the signed-in user. */
async function participants(userId: string, query: Record<string, string> = {}): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(userId) });
  const html = renderToStaticMarkup((await CasePage({ params: Promise.resolve({ id: world.caseId }), searchParams: Promise.resolve(query) })) as ReactElement);
  const start = html.indexOf('aria-labelledby="deltagare-rubrik"');
  const end = html.indexOf('aria-labelledby="historik"');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

async function renderInvitationPage(token: string): Promise<string> {
  setRequest({});
  return renderToStaticMarkup((await InvitationPage({ params: Promise.resolve({ token }) })) as ReactElement);
}

describe("a newer invitation to the same case and address", () => {
  it("replaces the pending one, in its transaction: the old link says so and cannot be accepted, the list shows the new one, and it is audited", async () => {
    const old = await invite("dubbel@fjallviken.test");
    const elsewhere = await invite("dubbel@fjallviken.test", "EDITOR", world.otherCaseId, world.users.lundEditor);
    const someoneElse = await invite("annan@fjallviken.test");
    // Another role: a person takes part in a case once, so it replaces the old one all the same.
    const newer = await invite("Dubbel@Fjallviken.test", "REVIEWER");

    const overview = await getCaseOverview(await actorOf(world.users.ownerEditor), world.caseId);
    expect(overview.invitations.map((i) => i.id)).toEqual([newer.id, someoneElse.id]);
    const section = text(await participants(world.users.ownerEditor));
    expect(section.match(/dubbel@fjallviken\.test –/g)).toHaveLength(1);

    const row = await prisma.caseInvitation.findUniqueOrThrow({ where: { id: old.id } });
    expect(row.replacedByInvitationId).toBe(newer.id);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "case.invite", outcome: "SUCCESS" }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({ actorUserId: world.users.ownerEditor, caseId: world.caseId });
    expect(entry.details).toEqual({ email: "dubbel@fjallviken.test", role: "REVIEWER", organizationId: null, replacedInvitationIds: [old.id] });
    const [same] = await prisma.$queryRaw<Array<{ same: boolean }>>`
      SELECT (SELECT xmin FROM "CaseInvitation" WHERE id = ${old.id}::uuid) = (SELECT xmin FROM "AuditLog" WHERE id = ${entry.id}::uuid) AS same`;
    expect(same?.same).toBe(true);
    // Another case's invitation to the address, and another address, are left alone.
    expect((await viewInvitation(ANONYMOUS, elsewhere.token)).email).toBe("dubbel@fjallviken.test");
    expect((await viewInvitation(ANONYMOUS, someoneElse.token)).email).toBe("annan@fjallviken.test");

    // The old link: nothing about the case, it says it was replaced, and it cannot be accepted.
    const page = text(await renderInvitationPage(old.token));
    expect(page).toContain(`Inbjudan gäller inte Ersatt av en nyare inbjudan ${CASE_MESSAGES.linkReplaced}`);
    expect(page).not.toMatch(/Har gått ut|Familjeterapi/);
    const before = await databaseSnapshot();
    const refused = await refusal(() => acceptInvitation(ANONYMOUS, old.token, newAccount, new Headers()));
    expect([refused.code, refused.userMessage]).toEqual(["NOT_FOUND", CASE_MESSAGES.linkReplaced]);
    expect(await databaseSnapshot()).toEqual(before);
    const denial = await prisma.auditLog.findFirstOrThrow({ where: { action: "invitation.accept", outcome: "DENIED" }, orderBy: { at: "desc" } });
    expect(denial).toMatchObject({ caseId: world.caseId, details: { reason: "replaced invitation" } });
    const log = await listAllAudit(await actorOf(world.users.admin), { typ: "arenden" });
    expect(log.entries.map((e) => e.sentence).join("\n")).toContain("inbjudan var ersatt av en nyare");

    // The newer link works, with its own role.
    await acceptInvitation(ANONYMOUS, newer.token, newAccount, new Headers());
    const member = await prisma.caseMember.findFirstOrThrow({ where: { caseId: world.caseId, user: { email: "dubbel@fjallviken.test" } } });
    expect(member.role).toBe("REVIEWER");
  });

  it("leaves a withdrawn invitation withdrawn", async () => {
    const withdrawn = await invite("igen@fjallviken.test");
    await revokeCaseInvitation(await actorOf(world.users.ownerEditor), world.caseId, withdrawn.id);
    await invite("igen@fjallviken.test");
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id: withdrawn.id } })).replacedByInvitationId).toBeNull();
    expect((await refusal(() => viewInvitation(ANONYMOUS, withdrawn.token))).userMessage).toBe(CASE_MESSAGES.linkRevoked);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "case.invite" }, orderBy: { at: "desc" } });
    expect(entry.details).not.toHaveProperty("replacedInvitationIds");
  });
});

describe("the sender of a case invitation", () => {
  it("is told, with JavaScript, the address and that the earlier invitation no longer works", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const values = { email: "Dubbel@fjallviken.test", role: "EDITOR" };
    expect(await createInvitationAction(world.caseId, IDLE, form(values, true))).toEqual({ status: "success", message: "En inbjudan har skickats till dubbel@fjallviken.test." });
    expect(await createInvitationAction(world.caseId, IDLE, form(values, true))).toEqual({
      status: "success",
      message: `En inbjudan har skickats till dubbel@fjallviken.test. ${REPLACED_SENTENCE}`,
    });
  });

  it("without JavaScript, is redirected with the invitation's id, never its address, and the page names the address", async () => {
    const old = await invite("utan.skript@fjallviken.test");
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const sent = await redirectOf(() => createInvitationAction(world.caseId, IDLE, form({ email: "utan.skript@fjallviken.test", role: "EDITOR" }, false)));
    const { id } = await prisma.caseInvitation.findFirstOrThrow({ where: { replacedByInvitationId: null, email: "utan.skript@fjallviken.test" } });
    expect(sent).toEqual({ redirect: { type: "redirect", url: `/arenden/${world.caseId}?inbjudan=skickad.${id}` } });
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id: old.id } })).replacedByInvitationId).toBe(id);

    const section = await participants(world.users.ownerEditor, { inbjudan: `skickad.${id}` });
    const message = `En inbjudan har skickats till utan.skript@fjallviken.test. ${REPLACED_SENTENCE}`;
    expect(text(section)).toContain(message);
    // The page loaded by the redirect gives the message the focus, in the one status region.
    expect(section).toMatch(/<p [^>]*role="status" autofocus=""[^>]*>En inbjudan har skickats till utan\.skript@fjallviken\.test\./);

    // Withdrawn: named too.
    const withdrawn = await redirectOf(() => revokeCaseInvitationAction(world.caseId, IDLE, form({ invitationId: id }, false)));
    expect(withdrawn).toEqual({ redirect: { type: "redirect", url: `/arenden/${world.caseId}?inbjudan=aterkallad.${id}` } });
    const after = text(await participants(world.users.ownerEditor, { inbjudan: `aterkallad.${id}` }));
    expect(after).toContain(CASE_MESSAGES.invitationRevoked("utan.skript@fjallviken.test"));
    expect(after).not.toContain("utan.skript@fjallviken.test – Redigerare");
  });

  it("without JavaScript, gets the general words for an id that is none of the case's invitations", async () => {
    const lund = await invite("ny@lund.test", "EDITOR", world.otherCaseId, world.users.lundEditor);
    const own = await invite("vantar@fjallviken.test");
    for (const [value, general] of [
      [`skickad.${lund.id}`, "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar."],
      [`aterkallad.${lund.id}`, "Inbjudan är återkallad. Länken i e-postmeddelandet fungerar inte längre."],
      [`skickad.${crypto.randomUUID()}`, "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar."],
      // One of the case's own, but not withdrawn: not named as withdrawn.
      [`aterkallad.${own.id}`, "Inbjudan är återkallad. Länken i e-postmeddelandet fungerar inte längre."],
    ] as const) {
      const section = text(await participants(world.users.ownerEditor, { inbjudan: value }));
      expect(section, value).toContain(general);
      expect(section, value).not.toContain("ny@lund.test");
    }
  });
});
