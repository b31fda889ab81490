import { beforeEach, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { createInvitation } from "@/lib/cases/invitations";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { prisma } from "@/lib/db/client";
import { resetDatabase } from "./reset-db";
import { refusal } from "./helpers/outcome";
import { type World, seedWorld } from "./helpers/world";

// A walk: Norrström's editor invited Norrström's own jurist to review the shared case "för
// Fjällvikens kommun", and nothing asked Fjällviken; that jurist could then approve for it. A
// jurist's approval is the party's own, so each party appoints its own jurist.

const actorOf = (userId: string) => loadActor(userId, "test-session");
const sent = (email: string) => Promise.all([prisma.caseInvitation.count({ where: { email } }), prisma.outboxMail.count({ where: { to: email } })]);

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

describe("inviting a jurist to review a case for a party", () => {
  it("is refused to an editor of another party, naming the party and the way on", async () => {
    const norrstromEditor = await actorOf(world.users.ownerEditor);
    const forPartner = await refusal(() => createInvitation(norrstromEditor, world.caseId, { email: "jurist@norrstrom.test", role: "REVIEWER", organizationId: world.org.fjallviken }));
    expect(forPartner.code).toBe("VALIDATION");
    expect(forPartner.fieldErrors).toEqual([{ path: "organizationId", message: CASE_MESSAGES.reviewerForOtherParty("Fjällvikens kommun") }]);
    // Typed in full (the form without JavaScript), the error stands on the typed name.
    const typed = await refusal(() => createInvitation(norrstromEditor, world.caseId, { email: "jurist@norrstrom.test", role: "REVIEWER", organizationName: "Fjällvikens kommun" }));
    expect(typed.fieldErrors?.[0]?.path).toBe("organizationName");
    // The partner's editor may not appoint the owner's jurist either.
    const forOwner = await refusal(async () => createInvitation(await actorOf(world.users.partner), world.caseId, { email: "jurist@fjallviken.test", role: "REVIEWER" }));
    // Most likely the partner's own party was meant: said so.
    expect(forOwner.fieldErrors).toEqual([{ path: "role", message: CASE_MESSAGES.reviewerForOwnPartyNotChosen("Norrströms kommun", "Fjällvikens kommun") }]);
    expect(await sent("jurist@norrstrom.test")).toEqual([0, 0]);
    expect(await sent("jurist@fjallviken.test")).toEqual([0, 0]);
  });

  it("is sent by the party's own editor, and an editor of another party still invites editors for it", async () => {
    await createInvitation(await actorOf(world.users.partner), world.caseId, { email: "jurist@fjallviken.test", role: "REVIEWER", organizationId: world.org.fjallviken });
    await createInvitation(await actorOf(world.users.ownerEditor), world.caseId, { email: "jurist2@norrstrom.test", role: "REVIEWER" });
    await createInvitation(await actorOf(world.users.ownerEditor), world.caseId, { email: "redigerare@fjallviken.test", role: "EDITOR", organizationId: world.org.fjallviken });
    expect(await sent("jurist@fjallviken.test")).toEqual([1, 1]);
    expect(await sent("jurist2@norrstrom.test")).toEqual([1, 1]);
    expect(await sent("redigerare@fjallviken.test")).toEqual([1, 1]);
  });

  it("is refused to one of another party's people whom the case took in for the partner", async () => {
    // A review: Norrström's editor invites a Norrström colleague as an editor "för Fjällviken"; that
    // colleague, a member of Norrström's organisation, does not appoint Fjällviken's jurist.
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: world.users.colleague, role: "EDITOR", organizationId: world.org.fjallviken } });
    const error = await refusal(async () => createInvitation(await actorOf(world.users.colleague), world.caseId, { email: "jurist@norrstrom.test", role: "REVIEWER", organizationId: world.org.fjallviken }));
    expect(error.fieldErrors).toEqual([{ path: "organizationId", message: CASE_MESSAGES.reviewerForOtherParty("Fjällvikens kommun") }]);
    expect(await sent("jurist@norrstrom.test")).toEqual([0, 0]);
  });
});
