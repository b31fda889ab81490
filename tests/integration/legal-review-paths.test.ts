import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";

import { loadActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { caseSchema, type Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { approveCase, decideFinding, requestReview, resolveThread, returnCase, withdrawReviewRequest } from "@/lib/review/data";
import { keyFindings } from "@/lib/review/findings";
import { approvingParties } from "@/lib/review/access";
import { loadCaseDocuments } from "@/lib/case-documents/data";
import { fullApproval, listReviewQueue, loadReview } from "@/lib/review/queries";
import { ReviewStateLine, ReviewStatusPanel } from "@/lib/review/components/review-status";
import { partyStatesOf } from "@/lib/review/status";
import { DateTime } from "@/components/DateTime";
import { renderToStaticMarkup } from "react-dom/server";
import { todayInStockholm } from "@/lib/format";
import { listStartCases } from "@/lib/start/cases";
import { listMyCasesWithSummaries } from "@/lib/wizard/case-list";
import { evaluateCase } from "@/lib/rules";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { readDocument, saveAnswers } from "@/lib/wizard/data";
import { approveDecided, confirmedAsShown, decideEveryOpenFinding } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { PASSWORD, seedWorld, storedSessionCookie, type World } from "./helpers/world";
import { setRequest } from "./helpers/next-request";
import { IDLE } from "@/lib/forms/action-state";

// Paths of the legal review beyond the main round (legal-review.test.ts): the overall state in
// "Mina ärenden", the reviewer's queue, the mails, who may resolve a thread, and what an approval
// keeps and later compares against.

let world: World;
let fjallvikenJurist: string;
const actor = (id: string): Promise<Actor> => loadActor(id, "test-session");
const as = (name: keyof World["users"]) => actor(world.users[name]);

async function createUser(email: string, name: string, organizationId: string): Promise<string> {
  const user = await prisma.user.create({ data: { email, name, emailVerified: true } });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(PASSWORD) } });
  await prisma.membership.create({ data: { userId: user.id, organizationId, role: "LEGAL_REVIEWER" } });
  return user.id;
}

async function version(caseId = world.caseId): Promise<number> {
  return (await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
}

async function save(path: string, value: unknown) {
  const current = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true, data: true } });
  const base = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], current.data);
  return saveAnswers(await as("ownerEditor"), { caseId: world.caseId, baseVersion: current.version, changes: [{ path, value, base }] });
}

async function failure(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const example = (): Case => caseSchema.parse(JSON.parse(readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")));

/** The example with two blockers: delegation to consultants (KL 9 kap. 37 §) and a matter of principle without a council decision (KL 5 kap. 1 §), besides its two "verifiera" points. */
function exampleWithBlockers(): Case {
  const doc = example();
  return {
    ...doc,
    delegation: { ...doc.delegation, used: true, delegateTo: [...doc.delegation.delegateTo, "konsulter"] },
    anchoring: { ...doc.anchoring, principledCharacter: true, councilDecisionPlanned: false },
  };
}

const findingsOf = (doc: Case) => keyFindings(evaluateCase(doc, caseEvaluationDate(doc)).findings);

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
  fjallvikenJurist = await createUser("jurist@fjallviken.test", "Frida Jurist", world.org.fjallviken);
});

describe("the overall state is the same in \"Mina ärenden\", on the start page and on the review page", () => {
  const listedState = async () => (await listMyCasesWithSummaries(await as("ownerEditor"), todayInStockholm())).cases.find((c) => c.id === world.caseId)?.review.overall;
  const startState = async () => (await listStartCases(await as("ownerEditor"), todayInStockholm())).cases.find((c) => c.id === world.caseId)?.review;
  const everywhere = async () => [await listedState(), await startState(), (await loadReview(await as("ownerEditor"), world.caseId)).overall];
  // Each party's own state beside the case's, where they differ: the list, the start page and a step's box.
  const partiesEverywhere = async () => [
    (await listMyCasesWithSummaries(await as("ownerEditor"), todayInStockholm())).cases.find((c) => c.id === world.caseId)?.review.parties,
    (await listStartCases(await as("ownerEditor"), todayInStockholm())).cases.find((c) => c.id === world.caseId)?.reviewParties,
    partyStatesOf(await loadReview(await as("ownerEditor"), world.caseId)),
  ];

  it("is not approved while a party that has a reviewer has not acted, and not \"under review\" while nobody reviews", async () => {
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    // Fjällviken has a jurist who has neither been asked nor approved: the case is partly
    // approved ("Delvis godkänt"), not approved, and not under review (a tester was told
    // "Under granskning" while nobody had the case).
    expect(await everywhere()).toEqual(["partly_approved", "partly_approved", "partly_approved"]);
    const norrstrom = "Norrströms kommun";
    const fjallviken = "Fjällvikens kommun";
    const both = (a: string, b: string) => [
      { name: norrstrom, state: a },
      { name: fjallviken, state: b },
    ];
    expect(await partiesEverywhere()).toEqual(Array(3).fill(both("approved", "not_reviewed")));
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    expect(await everywhere()).toEqual(["in_review", "in_review", "in_review"]);
    expect(await partiesEverywhere()).toEqual(Array(3).fill(both("approved", "in_review")));
    // A walk: Fjällviken's jurist sent the case back, and Norrström's lists said "Skickat tillbaka" naming no party.
    await returnCase(await actor(fjallvikenJurist), { caseId: world.caseId, summary: "Ange nyckeltal." });
    expect(await everywhere()).toEqual(["returned", "returned", "returned"]);
    expect(await partiesEverywhere()).toEqual(Array(3).fill(both("approved", "returned")));
    const line = renderToStaticMarkup(ReviewStateLine({ overall: "returned", parties: partyStatesOf(await loadReview(await as("ownerEditor"), world.caseId)) })).replace(/<[^>]+>/g, "");
    expect(line).toBe(`Juridisk granskning: Skickat tillbaka (${norrstrom}: godkänt, ${fjallviken}: skickat tillbaka)`);
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    expect(await everywhere()).toEqual(["approved", "approved", "approved"]);
    // Where the parties agree, the case's state says it.
    expect(await partiesEverywhere()).toEqual([[], [], []]);
  });

  it("a case nobody sent for review is not reviewed, and a return and a stale approval read the same everywhere", async () => {
    expect(await everywhere()).toEqual(["not_reviewed", "not_reviewed", "not_reviewed"]);
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Målen behöver nyckeltal." });
    expect(await everywhere()).toEqual(["returned", "returned", "returned"]);
    // Who sent it back and when, as the start page says it (a walk: the review's panel said only who).
    const returned = await prisma.reviewRequest.findFirstOrThrow({ where: { caseId: world.caseId, outcome: "RETURNED" } });
    const panel = renderToStaticMarkup(ReviewStatusPanel({ review: await loadReview(await as("ownerEditor"), world.caseId) })).replace(/<[^>]+>/g, "");
    const at = renderToStaticMarkup(DateTime({ value: returned.closedAt! })).replace(/<[^>]+>/g, "");
    expect(panel).toContain(`Skickat tillbaka av ${returned.closedByName}, ${at}: Målen behöver nyckeltal.`);
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    expect(await everywhere()).toEqual(["approved", "approved", "approved"]);
    // A changed answer: the approvals no longer hold for the document as it is.
    await save("needs.problem", "Ett ändrat behov.");
    expect(await everywhere()).toEqual(["stale", "stale", "stale"]);
  });

  it("a deactivated jurist is not offered, and a request named for one waits for the party's other jurists", async () => {
    // Found on a walk: a case sent to a jurist deactivated since waited in nobody's "Att granska".
    const colleague = await prisma.user.create({ data: { email: "nils@norrstrom.test", name: "Nils Jurist", emailVerified: true } });
    await prisma.membership.create({ data: { userId: colleague.id, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: colleague.id, message: "" });
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).not.toContain(world.caseId);
    await prisma.user.update({ where: { id: colleague.id }, data: { deactivatedAt: new Date() } });
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).toContain(world.caseId);
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.flatMap((p) => p.reviewers.map((r) => r.name))).not.toContain("Nils Jurist");
    // The editors are told where the request went and that it waits for the party's other jurists (a walk: the page said only "Under granskning").
    const norrstrom = review.parties.find((p) => p.id === world.org.norrstrom)!;
    expect(norrstrom.namedUnavailable).toEqual({ name: "Nils Jurist", deactivated: true });
    const html = renderToStaticMarkup(ReviewStatusPanel({ review }));
    expect(html.replace(/<[^>]+>/g, "")).toContain("Begäran gick till Nils Jurist, vars konto är inaktiverat. Den väntar nu hos Julia Jurist, jurist för Norrströms kommun.");
    // A request named for an active jurist says nothing of the kind.
    await prisma.user.update({ where: { id: colleague.id }, data: { deactivatedAt: null } });
    expect((await loadReview(await as("ownerEditor"), world.caseId)).parties.find((p) => p.id === world.org.norrstrom)!.namedUnavailable).toBeNull();
    // Deactivated by an admin, the party's other jurists are told by mail that it waits for them
    // (found on a walk: it showed in their queue, and nobody was mailed).
    await prisma.outboxMail.deleteMany();
    const { deactivateUser } = await import("@/lib/users/data");
    await deactivateUser(await as("orgAdmin"), colleague.id, { confirmed: true });
    const mails = await prisma.outboxMail.findMany({ select: { to: true, subject: true, text: true } });
    expect(mails.map((m) => [m.to, m.subject])).toEqual([["jurist@norrstrom.test", "Granska ärendet ”Familjeterapi för unga” i Samverka"]]);
    expect(mails[0]!.text).toContain(
      "Nora Ägare bad Nils Jurist granska ärendet ”Familjeterapi för unga” juridiskt för Norrströms kommun. Kontot för Nils Jurist är nu inaktiverat, så begäran väntar hos dig och de andra juristerna för Norrströms kommun.",
    );
  });

  it("a request named for a jurist whose role was taken away waits for the party's other jurists, and the case pages say so", async () => {
    const colleague = await prisma.user.create({ data: { email: "nils@norrstrom.test", name: "Nils Jurist", emailVerified: true } });
    await prisma.membership.create({ data: { userId: colleague.id, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: colleague.id, message: "" });
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).not.toContain(world.caseId);
    // Still an active account, made an editor only by an admin: the request is no longer theirs to
    // take, and the party's other jurists are told by mail that it waits for them (found on a
    // walk: it showed in their queue, and nobody was mailed).
    await prisma.outboxMail.deleteMany();
    const { updateMemberRoles } = await import("@/lib/organizations/admin");
    await updateMemberRoles(await as("orgAdmin"), world.org.norrstrom, colleague.id, { CASE_EDITOR: "on" });
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).toContain(world.caseId);
    const mails = await prisma.outboxMail.findMany({ select: { to: true, text: true } });
    expect(mails.map((m) => m.to)).toEqual(["jurist@norrstrom.test"]);
    expect(mails[0]!.text).toContain(
      "Nora Ägare bad Nils Jurist granska ärendet ”Familjeterapi för unga” juridiskt för Norrströms kommun. Nils Jurist är inte längre jurist för Norrströms kommun i Samverka, så begäran väntar hos dig och de andra juristerna för Norrströms kommun.",
    );
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.find((p) => p.id === world.org.norrstrom)!.namedUnavailable).toEqual({ name: "Nils Jurist", deactivated: false });
    expect(renderToStaticMarkup(ReviewStatusPanel({ review })).replace(/<[^>]+>/g, "")).toContain(
      "Begäran gick till Nils Jurist, som inte längre granskar för Norrströms kommun. Den väntar nu hos Julia Jurist, jurist för Norrströms kommun.",
    );
    // Then deactivated as well (the usual way a person leaves): the other jurists were told already, and are not told again (a review).
    await prisma.outboxMail.deleteMany();
    const { deactivateUser } = await import("@/lib/users/data");
    await deactivateUser(await as("orgAdmin"), colleague.id, { confirmed: true });
    expect(await prisma.outboxMail.count()).toBe(0);
  });

  it("a request named for the party's only jurist, whose role is taken away, is told to the editor who sent it", async () => {
    // Found on a walk: the admin took the only jurist's role, and nobody was told that the request now waited for nobody.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: world.users.legalReviewer, message: "" });
    await prisma.outboxMail.deleteMany();
    const { updateMemberRoles } = await import("@/lib/organizations/admin");
    await updateMemberRoles(await as("orgAdmin"), world.org.norrstrom, world.users.legalReviewer, { CASE_EDITOR: "on" });
    const mails = await prisma.outboxMail.findMany({ select: { to: true, subject: true, text: true, html: true } });
    expect(mails.map((m) => [m.to, m.subject])).toEqual([["handlaggare@norrstrom.test", "Ingen jurist granskar ärendet ”Familjeterapi för unga” för Norrströms kommun"]]);
    expect(mails[0]!.text).toContain("Julia Jurist är inte längre jurist för Norrströms kommun i Samverka, och ingen annan jurist granskar för Norrströms kommun. Begäran väntar därför inte på någon.");
    expect(mails[0]!.html).toContain("/juridisk-granskning#skicka-granskning");
    expect(mails[0]!.text).toContain("Du bad Julia Jurist granska ärendet");
  });

  it("an editor who is also the party's only jurist, named by themselves and then no longer jurist, is told in the second person", async () => {
    // A review: the mail said "Nora Ägare bad Nora Ägare granska …" to Nora herself.
    await prisma.membership.create({ data: { userId: world.users.ownerEditor, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    await prisma.membership.deleteMany({ where: { userId: world.users.legalReviewer, role: "LEGAL_REVIEWER" } });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: world.users.ownerEditor, message: "" });
    await prisma.outboxMail.deleteMany();
    const { updateMemberRoles } = await import("@/lib/organizations/admin");
    await updateMemberRoles(await as("orgAdmin"), world.org.norrstrom, world.users.ownerEditor, { CASE_EDITOR: "on" });
    const mails = await prisma.outboxMail.findMany({ select: { to: true, text: true } });
    expect(mails.map((m) => m.to)).toEqual(["handlaggare@norrstrom.test"]);
    expect(mails[0]!.text).toContain(
      "Du bad dig själv granska ärendet ”Familjeterapi för unga” juridiskt för Norrströms kommun. Du är inte längre jurist för Norrströms kommun i Samverka, och ingen annan jurist granskar för Norrströms kommun.",
    );
  });

  it("a request to all of a party's jurists, whose last jurist is deactivated, is told to the editor who sent it (a review)", async () => {
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await prisma.outboxMail.deleteMany();
    const { deactivateUser } = await import("@/lib/users/data");
    await deactivateUser(await as("orgAdmin"), world.users.legalReviewer, { confirmed: true });
    const mails = await prisma.outboxMail.findMany({ select: { to: true, text: true } });
    expect(mails.map((m) => m.to)).toEqual(["handlaggare@norrstrom.test"]);
    expect(mails[0]!.text).toContain(
      "Du bad juristerna för Norrströms kommun granska ärendet ”Familjeterapi för unga” juridiskt för Norrströms kommun. Kontot för Julia Jurist är nu inaktiverat, och ingen annan jurist granskar för Norrströms kommun.",
    );
    expect(mails[0]!.text).toContain("Be organisationens administratör att ge någon rollen jurist eller att aktivera kontot igen");
    // With another jurist left, a request to all of them is theirs already: nobody is mailed.
    await createUser("nils@norrstrom.test", "Nils Jurist", world.org.norrstrom);
    await prisma.user.update({ where: { id: world.users.legalReviewer }, data: { deactivatedAt: null } });
    await prisma.outboxMail.deleteMany();
    await deactivateUser(await as("orgAdmin"), world.users.legalReviewer, { confirmed: true });
    expect(await prisma.outboxMail.count()).toBe(0);
  });

  it("a request named for a jurist who keeps reviewing for the party (invited to the case as its jurist) is not sent on when the organisation's role is taken away", async () => {
    const colleague = await prisma.user.create({ data: { email: "nils@norrstrom.test", name: "Nils Jurist", emailVerified: true } });
    await prisma.membership.create({ data: { userId: colleague.id, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: colleague.id, role: "REVIEWER", organizationId: world.org.norrstrom } });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: colleague.id, message: "" });
    await prisma.outboxMail.deleteMany();
    const { updateMemberRoles } = await import("@/lib/organizations/admin");
    await updateMemberRoles(await as("orgAdmin"), world.org.norrstrom, colleague.id, { CASE_EDITOR: "on" });
    expect(await prisma.outboxMail.count()).toBe(0);
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).not.toContain(world.caseId);
  });

  it("a request to a party whose jurists have left can be taken back: the case no longer waits for it, and the log and history say so", async () => {
    // Found on a walk: a request to a party with no jurist left stood "Under granskning" everywhere, and nobody could take it back.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    expect(await everywhere()).toEqual(["in_review", "in_review", "in_review"]);
    // The party's line says what may be done, taking the request back among it.
    expect(renderToStaticMarkup(ReviewStatusPanel({ review: await loadReview(await as("ownerEditor"), world.caseId) })).replace(/<[^>]+>/g, "")).toContain(
      "eller bjud in en jurist till ärendet för den. En redigerare kan också ta tillbaka begäran.",
    );
    await prisma.outboxMail.deleteMany();
    await withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken });
    // Fjällviken, with no jurist and no standing request, is no longer waited for; Norrström was never sent it.
    expect(await everywhere()).toEqual(["not_reviewed", "not_reviewed", "not_reviewed"]);
    expect((await loadReview(await as("ownerEditor"), world.caseId)).parties.find((p) => p.id === world.org.fjallviken)!.openRequest).toBeNull();
    expect(await prisma.outboxMail.count()).toBe(0);
    expect(await prisma.auditLog.findMany({ where: { action: "case.review.withdraw" }, select: { outcome: true, details: true } })).toEqual([
      { outcome: "SUCCESS", details: expect.objectContaining({ organizationId: world.org.fjallviken, organizationName: "Fjällvikens kommun" }) },
    ]);
    // Taken back twice (a double press, or two editors at once): refused, naming the party, and nothing more written.
    const again = await failure(withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken }));
    expect(again).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("Ärendet väntar inte längre på granskning för Fjällvikens kommun") });
    expect(await prisma.auditLog.count({ where: { action: "case.review.withdraw" } })).toBe(1);
  });

  it("a jurist's answer to a request taken back while their page was open is refused, and a return before it still counts once", async () => {
    // Found in a review: a late "Skicka tillbaka" from the wrong party's jurist undid the withdrawal and mailed the editors.
    const { id } = await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    await withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken });
    const mails = await prisma.outboxMail.count();
    const late = await failure(returnCase(await actor(fjallvikenJurist), { caseId: world.caseId, summary: "Saknar nyckeltal.", requestsShown: id }));
    expect(late).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("Nora Ägare har tagit tillbaka begäran om granskning för Fjällvikens kommun medan sidan var öppen") });
    const lateApproval = await failure(approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1, requestsShown: `${id},inte-ett-id` }));
    expect(lateApproval.code).toBe("CONFLICT");
    expect(await prisma.outboxMail.count()).toBe(mails);
    expect(await everywhere()).toEqual(["not_reviewed", "not_reviewed", "not_reviewed"]);
    // Without a request on the page (none was open), the jurist may still return the case for their party.
    await returnCase(await actor(fjallvikenJurist), { caseId: world.caseId, summary: "Saknar nyckeltal." });
    expect(await everywhere()).toEqual(["returned", "returned", "returned"]);
    // Sent again and taken back: the return stands, and a second return with nothing in between is refused as before.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    await withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken });
    expect(await everywhere()).toEqual(["returned", "returned", "returned"]);
    expect((await failure(returnCase(await actor(fjallvikenJurist), { caseId: world.caseId, summary: "Saknar nyckeltal." }))).code).toBe("CONFLICT");
  });

  it("taking back from a page that showed an earlier request leaves a newer one alone (a walk)", async () => {
    const first = await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    // Another editor takes it back and sends a new one while this page is open.
    await withdrawReviewRequest(await as("partner"), { caseId: world.caseId, organizationId: world.org.norrstrom });
    const second = await requestReview(await as("partner"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Nu med rätt underlag." });
    const stale = await failure(withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, requestsShown: first.id }));
    expect(stale).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("har ändrats sedan sidan visades") });
    expect(await prisma.reviewRequest.findUniqueOrThrow({ where: { id: second.id }, select: { closedAt: true } })).toEqual({ closedAt: null });
    // Shown the new one, it may be taken back.
    await withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, requestsShown: second.id });
    expect(await prisma.reviewRequest.count({ where: { closedAt: null } })).toBe(0);
  });

  it("two editors taking back the same request at once: one does, the other is told it is no longer open", async () => {
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    const outcomes = await Promise.allSettled([
      withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom }),
      withdrawReviewRequest(await as("partner"), { caseId: world.caseId, organizationId: world.org.norrstrom }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await prisma.auditLog.count({ where: { action: "case.review.withdraw" } })).toBe(1);
    expect(await prisma.outboxMail.count({ where: { subject: { startsWith: "Granskningen av ärendet" } } })).toBe(1);
  });

  it("a request taken back is mailed to the jurist it waited for, leaves their queue, and may be sent again", async () => {
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: world.users.legalReviewer, message: "" });
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).toContain(world.caseId);
    // The editors see whom it went to (a walk could not tell a named request from one to all).
    const panel = async () => renderToStaticMarkup(ReviewStatusPanel({ review: await loadReview(await as("ownerEditor"), world.caseId) })).replace(/<[^>]+>/g, "");
    expect(await panel()).toMatch(/Skickat till granskning av Nora Ägare, [\d-]+ [\d:]+, till Julia Jurist\./);
    await prisma.outboxMail.deleteMany();
    await withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom });
    const mails = await prisma.outboxMail.findMany({ select: { to: true, subject: true, text: true } });
    expect(mails.map((m) => [m.to, m.subject])).toEqual([["jurist@norrstrom.test", "Granskningen av ärendet ”Familjeterapi för unga” behövs inte längre"]]);
    expect(mails[0]!.text).toContain("Nora Ägare har tagit tillbaka begäran om juridisk granskning av ärendet ”Familjeterapi för unga” för Norrströms kommun.");
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((i) => i.caseId)).not.toContain(world.caseId);
    // A jurist cannot take it back (only those who may send one: refused as the case access refuses), and a party without a request has nothing to take back.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    expect(await everywhere()).toEqual(["in_review", "in_review", "in_review"]);
    expect(await panel()).toContain(", till alla jurister för Norrströms kommun.");
    expect((await failure(withdrawReviewRequest(await as("legalReviewer"), { caseId: world.caseId, organizationId: world.org.norrstrom }))).code).toBe("NOT_FOUND");
    expect((await failure(withdrawReviewRequest(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken }))).code).toBe("CONFLICT");
  });

  it("a jurist invited to the case and deactivated since is waited for by nobody", async () => {
    const invited = await prisma.user.create({ data: { email: "inbjuden@fjallviken.test", name: "Ida Inbjuden", emailVerified: true } });
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: invited.id, role: "REVIEWER", organizationId: world.org.fjallviken } });
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { id: true, ownerOrganizationId: true, members: { select: { role: true, organizationId: true } }, reviewRequests: true, approvals: true } });
    expect((await approvingParties([row])).get(world.caseId)?.sort()).toEqual([world.org.norrstrom, world.org.fjallviken].sort());
    await prisma.user.update({ where: { id: invited.id }, data: { deactivatedAt: new Date() } });
    expect((await approvingParties([row])).get(world.caseId)).toEqual([world.org.norrstrom]);
    expect((await loadReview(await as("ownerEditor"), world.caseId)).parties.flatMap((p) => p.reviewers.map((r) => r.name))).not.toContain("Ida Inbjuden");
  });

  it("a jurist acting for a party they do not review for is refused, and the refusal is audited as a denial", async () => {
    // Found in a review: the refusal was recorded as a FAILURE, like a mistyped field.
    const { decideFindingAction } = await import("@/lib/review/actions");
    setRequest({ cookie: await storedSessionCookie(world.users.legalReviewer) });
    const key = (await loadReview(await as("legalReviewer"), world.caseId)).findings[0]!.key;
    const fields = { caseId: world.caseId, findingKey: key, kind: "ACCEPTED_RISK", motivation: "Bedömt för Fjällviken.", organizationId: world.org.fjallviken };
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const state = await decideFindingAction(IDLE, form);
    expect(state).toMatchObject({ status: "error", fieldErrors: [{ path: "organizationId", message: "Du granskar inte ärendet för den organisationen." }] });
    expect(await prisma.findingDecision.count()).toBe(0);
    expect(await prisma.auditLog.findMany({ where: { action: "case.review.decide" }, select: { outcome: true } })).toEqual([{ outcome: "DENIED" }]);
  });

  it("a second return with nothing in between is refused: no second mail, no second row", async () => {
    // Found in a review: a double click without JavaScript, or two of a party's jurists at once,
    // returned the case twice and mailed every editor twice.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Målen behöver nyckeltal." });
    const rows = await prisma.reviewRequest.count({ where: { organizationId: world.org.norrstrom } });
    const mails = await prisma.outboxMail.count();
    const again = await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Målen behöver nyckeltal." }).then(() => null, (e: unknown) => e);
    expect(again).toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("redan skickat tillbaka till redigerarna för Norrströms kommun") });
    expect(await prisma.reviewRequest.count({ where: { organizationId: world.org.norrstrom } })).toBe(rows);
    expect(await prisma.outboxMail.count()).toBe(mails);
    // Sent for review again, it may be returned again.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Fortfarande utan baslinje." });
    expect(await prisma.reviewRequest.count({ where: { organizationId: world.org.norrstrom, outcome: "RETURNED" } })).toBe(2);
    // Changed by the editors without sending it again, it may be returned again with what is still missing.
    await save("needs.problem", "Ett ändrat behov.");
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Behovet är bättre; baslinjen saknas ännu." });
    expect(await prisma.reviewRequest.count({ where: { organizationId: world.org.norrstrom, outcome: "RETURNED" } })).toBe(3);
  });

  it("a jurist invited to the case for a party without legal reviewers is waited for", async () => {
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: fjallvikenJurist, role: "REVIEWER", organizationId: world.org.fjallviken } });
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    expect(await everywhere()).toEqual(["partly_approved", "partly_approved", "partly_approved"]);
    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    expect(await everywhere()).toEqual(["approved", "approved", "approved"]);
  });

  it("a jurist leaving neither undoes their party's approval nor lets the case be approved without their party", async () => {
    // Found in the code after a walk: a party with no jurist left was dropped from the parties the
    // case needs, so a deactivated jurist's approval vanished (the documents went back to drafts)
    // and a request to their party was shown "Under granskning" under a case "Inte granskat".
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    await prisma.user.update({ where: { id: fjallvikenJurist }, data: { deactivatedAt: new Date() } });
    expect(await everywhere()).toEqual(["approved", "approved", "approved"]);
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    const approval = await fullApproval(world.caseId, readDocument(world.caseId, row.data));
    expect(approval?.reviewers).toEqual(["Julia Jurist (Norrströms kommun)", "Frida Jurist (Fjällvikens kommun)"]);
    expect(approval?.notReviewedFor).toEqual([]);
    // The documents page says what the files created now will say.
    expect((await loadCaseDocuments(await as("ownerEditor"), world.caseId)).approval).toEqual(approval);
    // The party's review is complete; only a changed document would find nobody to review it.
    expect(renderToStaticMarkup(ReviewStatusPanel({ review: await loadReview(await as("ownerEditor"), world.caseId) })).replace(/<[^>]+>/g, "")).toContain(
      "Ingen jurist granskar längre för Fjällvikens kommun i ärendet. Godkännandet gäller, men om ärendet ändras kan ingen granska det igen för Fjällvikens kommun förrän någon har rollen jurist.",
    );
    // Changed since, the approval no longer holds and nobody can give it again until the party has a jurist.
    await save("needs.problem", "Ett ändrat behov.");
    expect(await everywhere()).toEqual(["stale", "stale", "stale"]);
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.find((p) => p.id === world.org.fjallviken)!.state).toBe("stale");
    expect(renderToStaticMarkup(ReviewStatusPanel({ review })).replace(/<[^>]+>/g, "")).toContain(
      "Ingen jurist granskar längre för Fjällvikens kommun i ärendet. Granskningen för den kan inte slutföras förrän någon gör det: be organisationens administratör att ge någon rollen jurist, eller bjud in en jurist till ärendet för den.",
    );
  });

  it("a request to a party whose only jurist left reads \"Under granskning\" for the case as for the party", async () => {
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    await prisma.user.update({ where: { id: fjallvikenJurist }, data: { deactivatedAt: new Date() } });
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.find((p) => p.id === world.org.fjallviken)!.state).toBe("in_review");
    expect(await everywhere()).toEqual(["in_review", "in_review", "in_review"]);
    // The documents state no approval while a party that was sent the case has not approved it.
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    expect(await fullApproval(world.caseId, readDocument(world.caseId, row.data))).toBeUndefined();
  });

  it("a party without any reviewer is not waited for", async () => {
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    expect(await listedState()).toBe("approved");
    expect((await loadReview(await as("ownerEditor"), world.caseId)).overall).toBe("approved");
  });
});

describe("a decision's source", () => {
  it("a source is kept only with \"Verifierad\": one left in the form stands under no other decision", async () => {
    // A walk changed a "Verifierad" to "Ska åtgärdas", and the record read "Ska åtgärdas … Källa: …".
    await prisma.case.update({ where: { id: world.caseId }, data: { data: example() as unknown as Prisma.InputJsonValue } });
    const review = await loadReview(await as("legalReviewer"), world.caseId);
    const target = review.findings.find((k) => k.finding.verify)!;
    expect(target, "a finding to verify").toBeDefined();
    const decided = async () => (await loadReview(await as("legalReviewer"), world.caseId)).decisions.find((d) => d.findingKey === target.key);
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: target.key, kind: "VERIFIED", source: "Fjällvikens inköpsregister" });
    expect(await decided()).toMatchObject({ kind: "VERIFIED", source: "Fjällvikens inköpsregister" });
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: target.key, kind: "MUST_FIX", source: "Fjällvikens inköpsregister" });
    expect(await decided()).toMatchObject({ kind: "MUST_FIX", source: null });
  });

});

describe("\"Att granska\"", () => {
  it("lists the oldest request first, with the party's open blockers and unverified points", async () => {
    const doc = exampleWithBlockers();
    const findings = findingsOf(doc);
    const blockers = findings.filter((k) => k.finding.severity === "blocker");
    const verify = findings.filter((k) => k.finding.verify);
    expect(blockers.length, "the doctored example has blockers").toBe(2);
    expect(verify.length, "the example has points to verify").toBe(2);
    await prisma.case.update({ where: { id: world.caseId }, data: { data: doc as unknown as Prisma.InputJsonValue } });
    const second = await prisma.case.create({
      data: {
        title: "Äldre begäran",
        ownerOrganizationId: world.org.norrstrom,
        data: example() as unknown as Prisma.InputJsonValue,
        members: { create: { userId: world.users.ownerEditor, role: "EDITOR", organizationId: world.org.norrstrom } },
      },
    });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Först skickad" });
    await requestReview(await as("ownerEditor"), { caseId: second.id, organizationId: world.org.norrstrom, message: "Sist skickad" });
    // The request sent last is dated earlier: the order follows the request's date, not insertion.
    await prisma.reviewRequest.updateMany({ where: { caseId: second.id }, data: { createdAt: new Date(Date.now() - 3_600_000) } });

    let queue = await listReviewQueue(await as("legalReviewer"));
    expect(queue.items.map((q) => [q.caseId, q.blockers, q.verifyItems])).toEqual([
      [second.id, 0, 2],
      [world.caseId, 2, 2],
    ]);

    const jurist = await as("legalReviewer");
    // Accepted risk and not applicable close a blocker; "Ska åtgärdas" keeps one open.
    await decideFinding(jurist, { caseId: world.caseId, findingKey: blockers[0]!.key, kind: "ACCEPTED_RISK", motivation: "Parterna framgår av ingressen." });
    await decideFinding(jurist, { caseId: world.caseId, findingKey: blockers[1]!.key, kind: "MUST_FIX" });
    await decideFinding(jurist, { caseId: world.caseId, findingKey: verify[0]!.key, kind: "VERIFIED", source: "OSL 26 kap. 1 §" });
    // Another party's decisions do not close this party's points.
    await decideFinding(await actor(fjallvikenJurist), { caseId: world.caseId, findingKey: blockers[1]!.key, kind: "NOT_APPLICABLE", motivation: "Gäller inte oss." });
    await decideFinding(await actor(fjallvikenJurist), { caseId: world.caseId, findingKey: verify[1]!.key, kind: "VERIFIED", source: "LOU" });
    queue = await listReviewQueue(await as("legalReviewer"));
    expect(queue.items.find((q) => q.caseId === world.caseId)).toMatchObject({ blockers: 1, verifyItems: 1 });

    // A later "Ska åtgärdas" reopens the blocker the same reviewer had accepted.
    await decideFinding(jurist, { caseId: world.caseId, findingKey: blockers[0]!.key, kind: "MUST_FIX" });
    await decideFinding(jurist, { caseId: world.caseId, findingKey: blockers[1]!.key, kind: "NOT_APPLICABLE", motivation: "Uppdraget beskrivs i bilaga." });
    queue = await listReviewQueue(await as("legalReviewer"));
    expect(queue.items.find((q) => q.caseId === world.caseId)).toMatchObject({ blockers: 1, verifyItems: 1 });
  });
});

describe("mails and requests", () => {
  it("a returned case mails every editor with the reviewer's summary", async () => {
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Målen behöver nyckeltal och baslinjer." });
    const mails = await prisma.outboxMail.findMany({ select: { to: true, subject: true, text: true } });
    expect(mails.map((m) => m.to).sort()).toEqual(["handlaggare@norrstrom.test", "partner@fjallviken.test"]);
    for (const mail of mails) {
      expect(mail.subject).toBe("Ärendet ”Familjeterapi för unga” har skickats tillbaka");
      expect(mail.text).toContain("Julia Jurist har granskat ärendet ”Familjeterapi för unga” för Norrströms kommun och skickat tillbaka det.");
      expect(mail.text).toContain("Målen behöver nyckeltal och baslinjer.");
      expect(mail.text).toContain(`/arenden/${world.caseId}`);
    }
  });

  it("a jurist invited to the case for one party has that party's requests in their queue, and not the other's", async () => {
    // No legal-reviewer role anywhere: the invitation to the case is what makes them Fjällviken's reviewer.
    const invited = (await prisma.user.create({ data: { email: "granskare@byra.test", name: "Greta Granskare", emailVerified: true } })).id;
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: invited, role: "REVIEWER", organizationId: world.org.fjallviken } });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    expect((await listReviewQueue(await actor(invited))).items).toEqual([]);
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "Till Fjällviken." });
    expect((await listReviewQueue(await actor(invited))).items.map((q) => [q.caseId, q.message])).toEqual([[world.caseId, "Till Fjällviken."]]);
    expect((await listReviewQueue(await as("legalReviewer"))).items.map((q) => q.message)).toEqual([""]);
  });

  it("a request to a named reviewer mails only that person and is in only their queue", async () => {
    const colleague = await createUser("jurist2@norrstrom.test", "Jonas Jurist", world.org.norrstrom);
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: colleague, message: "Till dig, Jonas." });
    expect(await prisma.outboxMail.findMany({ select: { to: true } })).toEqual([{ to: "jurist2@norrstrom.test" }]);
    expect((await listReviewQueue(await actor(colleague))).items.map((q) => q.caseId)).toEqual([world.caseId]);
    expect((await listReviewQueue(await as("legalReviewer"))).items).toEqual([]);
    expect(await prisma.reviewRequest.findFirst({ select: { reviewerUserId: true } })).toEqual({ reviewerUserId: colleague });
  });

  it("a request to everyone of a party mails each of its reviewers", async () => {
    await createUser("jurist2@norrstrom.test", "Jonas Jurist", world.org.norrstrom);
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    expect((await prisma.outboxMail.findMany({ select: { to: true } })).map((m) => m.to).sort()).toEqual(["jurist2@norrstrom.test", "jurist@norrstrom.test"]);
  });
});

describe("who reviews for each party", () => {
  it("the review page lists each party's legal reviewers and the jurists invited for it, by name as Swedish sorts it, as a request mails them", async () => {
    // Swedish sorts Å before Ä (byte order the other way round).
    await createUser("arla@norrstrom.test", "Ärla Öst", world.org.norrstrom);
    await createUser("asa@norrstrom.test", "Åsa Ärlig", world.org.norrstrom);
    // A jurist of Lund invited to the case for Fjällviken reviews for Fjällviken, not for Lund.
    const invited = await prisma.user.create({ data: { email: "inbjuden@lund.test", name: "Bo Bjuden", emailVerified: true } });
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: invited.id, role: "REVIEWER", organizationId: world.org.fjallviken } });
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    const names = Object.fromEntries(review.parties.map((p) => [p.name, p.reviewers.map((r) => r.name)]));
    expect(names).toEqual({ "Norrströms kommun": ["Julia Jurist", "Åsa Ärlig", "Ärla Öst"], "Fjällvikens kommun": ["Bo Bjuden", "Frida Jurist"] });
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    expect((await prisma.outboxMail.findMany({ select: { to: true } })).map((m) => m.to).sort()).toEqual(["inbjuden@lund.test", "jurist@fjallviken.test"]);
  });
});

describe("approving a version that is already approved", () => {
  // Found by trying the review as a jurist: "Godkänn" stayed after the approval, and pressing it
  // again stored a second approval and mailed the editors the same news twice.
  it("is refused with a message and leaves no second approval or mail; after a change it is allowed again", async () => {
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    const mailsAfterFirst = await prisma.outboxMail.count();
    expect(mailsAfterFirst).toBeGreaterThan(0);
    const error = await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1 }));
    expect(error).toMatchObject({ code: "CONFLICT", userMessage: "Den här versionen av ärendet är redan godkänd för Norrströms kommun. Inget nytt godkännande behövs." });
    expect(await prisma.caseApproval.count()).toBe(1);
    expect(await prisma.outboxMail.count()).toBe(mailsAfterFirst);
    // Another party's jurist still approves for theirs.
    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    expect(await prisma.caseApproval.count()).toBe(2);
    // Returned after the approval, the same version may be approved again.
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Vi tittar en gång till." });
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    // A changed answer makes the approval stale: approving the new version is allowed.
    await save("needs.problem", "Ett ändrat behov.");
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: await version() });
    expect(await prisma.caseApproval.count()).toBe(4);
  });
});

describe("what an approval rests on", () => {
  // Found by trying the review as a jurist: one click approved a case with seven blockers nobody
  // had decided on, and "Ska åtgärdas" after an approval left the case (and its agreement) approved.
  it("waits until the party's reviewer has settled every blocker and verified every point to verify, as the queue counts them", async () => {
    await prisma.case.update({ where: { id: world.caseId }, data: { data: exampleWithBlockers() as unknown as Prisma.InputJsonValue } });
    const review = await loadReview(await as("legalReviewer"), world.caseId);
    const blockers = review.findings.filter((k) => k.finding.severity === "blocker");
    const verifyItems = review.findings.filter((k) => k.finding.severity !== "blocker" && k.finding.verify);
    expect(blockers.length).toBeGreaterThan(1);
    // Fjällviken's jurist deciding for Fjällviken does not count for Norrström.
    await decideFinding(await actor(fjallvikenJurist), { caseId: world.caseId, findingKey: blockers[0]!.key, kind: "ACCEPTED_RISK", motivation: "Fjällvikens bedömning." });
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: blockers[1]!.key, kind: "ACCEPTED_RISK", motivation: "Godtas." });
    const refused = await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1 }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.userMessage).toMatch(new RegExp(`^${blockers.length - 1} hinder${verifyItems.length ? ` och ${verifyItems.length} punkte?r? att verifiera` : ""} är inte avgjorda för din part\\.`));
    expect(await prisma.caseApproval.count()).toBe(0);
    await decideEveryOpenFinding(await as("legalReviewer"), world.caseId);
    await approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1, ...(await confirmedAsShown(await as("legalReviewer"), world.caseId)) });
    expect(await prisma.caseApproval.count()).toBe(1);
  });

  it("refuses \"Ska åtgärdas\" while the party's approval of the same document stands, and takes it after a return", async () => {
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    const key = (await loadReview(await as("legalReviewer"), world.caseId)).findings[0]!.key;
    const decisionsBefore = await prisma.findingDecision.count();
    const refused = await failure(decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: key, kind: "MUST_FIX", motivation: "Räcker inte." }));
    expect(refused.fieldErrors?.[0]).toMatchObject({ path: "kind" });
    expect(refused.userMessage).toContain("Ärendet är godkänt för Norrströms kommun");
    expect(await prisma.findingDecision.count()).toBe(decisionsBefore);
    expect((await loadReview(await as("legalReviewer"), world.caseId)).parties.find((p) => p.id === world.org.norrstrom)?.state).toBe("approved");
    // Another kind of decision does not contradict the approval.
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: key, kind: "ACCEPTED_RISK", motivation: "Godtas ändå." });
    // Returned to the editors, the jurist may say what must be fixed.
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Sekretessen behöver ses över." });
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: key, kind: "MUST_FIX", motivation: "Räcker inte." });
    expect((await loadReview(await as("legalReviewer"), world.caseId)).parties.find((p) => p.id === world.org.norrstrom)?.state).toBe("returned");
  });
});

describe("approving a case its editors have not finished", () => {
  // The jurist may approve (no statute orders the work), but knowingly: the page and the server
  // both ask for "Jag godkänner ärendet ändå" while a step is not marked finished or a comment is open.
  it("is refused without the confirmation, naming what is unfinished, and writes nothing", async () => {
    await decideEveryOpenFinding(await as("legalReviewer"), world.caseId);
    await prisma.case.update({ where: { id: world.caseId }, data: { completedSteps: ["1", "2A", "2B", "2C", "3A", "3B"] } });
    const review = await loadReview(await as("legalReviewer"), world.caseId);
    expect(review.reminders.unfinishedSteps.map((s) => s.id)).toEqual(["3C", "4"]);
    expect(review.reminders.openComments).toBe(await prisma.reviewThread.count({ where: { caseId: world.caseId, resolvedAt: null } }));
    expect(review.reminders.openComments).toBeGreaterThan(0);
    const refused = await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1 }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fieldErrors).toEqual([{ path: "confirmIncomplete", message: "Kryssa i rutan om du godkänner ärendet ändå." }]);
    expect(refused.userMessage).toContain("Redigerarna har inte markerat stegen 3C och 4 som klara.");
    expect(refused.userMessage).toMatch(/\d+\skommentar(er)? från granskningen är inte markerade? som lösta?\./);
    // A box ticked with something else is not a confirmation.
    expect((await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1, confirmIncomplete: "on" }))).code).toBe("VALIDATION");
    expect(await prisma.caseApproval.count()).toBe(0);
    expect(await prisma.reviewRequest.count({ where: { caseId: world.caseId, outcome: "APPROVED" } })).toBe(0);
    // Ticked beside other reminders than hold now (a new comment since): asked again, with the new ones.
    const shown = await confirmedAsShown(await as("legalReviewer"), world.caseId);
    const newComment = await prisma.reviewThread.create({ data: { caseId: world.caseId, anchorKind: "ANSWER", anchor: "agreement.termination", caseVersion: 1, createdById: world.users.legalReviewer } });
    const changed = await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1, ...shown }));
    expect(changed.fieldErrors).toEqual([{ path: "confirmIncomplete", message: expect.stringContaining("har ändrats sedan sidan visades") }]);
    expect(changed.userMessage).toContain("Redigerarna har inte markerat stegen 3C och 4 som klara.");
    expect(await prisma.caseApproval.count()).toBe(0);
    await prisma.reviewThread.delete({ where: { id: newComment.id } });
    await approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1, ...shown });
    expect(await prisma.caseApproval.count()).toBe(1);
    // The log says what the approval was given over.
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { caseId: world.caseId, action: "case.review.approve", outcome: "SUCCESS" } });
    expect(entry.details).toMatchObject({ despite: { unfinishedSteps: ["3C", "4"], openComments: (await loadReview(await as("legalReviewer"), world.caseId)).reminders.openComments } });
  });

  it("is not asked for once every step is marked finished and every comment resolved", async () => {
    await decideEveryOpenFinding(await as("legalReviewer"), world.caseId);
    await prisma.case.update({ where: { id: world.caseId }, data: { completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"] } });
    expect((await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1 }))).userMessage).toBe(
      "Bekräfta att du godkänner ärendet ändå. 1 kommentar från granskningen är inte markerad som löst.",
    );
    await prisma.reviewThread.updateMany({ where: { caseId: world.caseId }, data: { resolvedAt: new Date() } });
    expect((await loadReview(await as("legalReviewer"), world.caseId)).reminders).toMatchObject({ unfinishedSteps: [], openComments: 0 });
    await approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    expect(await prisma.caseApproval.count()).toBe(1);
  });
});

describe("resolving a thread", () => {
  it("a reviewer who did not start the thread is refused, the refusal is audited and the thread stays open", async () => {
    const refused = await failure(resolveThread(await actor(fjallvikenJurist), { caseId: world.caseId, threadId: world.threadId }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/Bara den som startade tråden eller en redigerare/);
    expect(await prisma.reviewThread.findUniqueOrThrow({ where: { id: world.threadId }, select: { resolvedAt: true } })).toEqual({ resolvedAt: null });
    const audit = await prisma.auditLog.findMany({ where: { action: "case.review.dispose" }, select: { outcome: true, actorUserId: true, caseId: true } });
    expect(audit).toEqual([{ outcome: "DENIED", actorUserId: fjallvikenJurist, caseId: world.caseId }]);
    // The reviewer who started it may.
    await resolveThread(await as("legalReviewer"), { caseId: world.caseId, threadId: world.threadId });
    expect((await prisma.reviewThread.findUniqueOrThrow({ where: { id: world.threadId }, select: { resolvedByName: true } })).resolvedByName).toBe("Julia Jurist");
  });
});

describe("the approval's snapshot and the stale diff", () => {
  it("keeps every finding with its fingerprint and the party's own decisions, the version and the document's hash", async () => {
    await prisma.case.update({ where: { id: world.caseId }, data: { data: exampleWithBlockers() as unknown as Prisma.InputJsonValue } });
    const findings = findingsOf(caseSchema.parse((await prisma.case.findUniqueOrThrow({ where: { id: world.caseId } })).data));
    const decided = findings[0]!;
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: decided.key, kind: "ACCEPTED_RISK", motivation: "Godtas för pilotåret." });
    // Fjällviken's decision on another finding is not part of Norrström's approval.
    await decideFinding(await actor(fjallvikenJurist), { caseId: world.caseId, findingKey: findings[1]!.key, kind: "NOT_APPLICABLE", motivation: "Fjällvikens sak." });
    await save("needs.problem", "Långa väntetider");
    const at = await version();
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: at });
    const approval = await prisma.caseApproval.findFirstOrThrow({ where: { organizationId: world.org.norrstrom } });
    const revision = await prisma.caseRevision.findFirstOrThrow({ where: { caseId: world.caseId, version: at } });
    expect(approval).toMatchObject({ caseVersion: at, documentHash: revision.documentHash, reviewerName: "Julia Jurist" });
    const snapshot = approval.snapshot as { key: string; code: string; title: string; severity: string; verify: boolean; fingerprint: string; decision: unknown }[];
    const now = findingsOf(caseSchema.parse((await prisma.case.findUniqueOrThrow({ where: { id: world.caseId } })).data));
    expect(snapshot.map((s) => s.key)).toEqual(now.map((k) => k.key));
    expect(snapshot.every((s) => /^[0-9a-f]{64}$/.test(s.fingerprint))).toBe(true);
    const first = snapshot.find((s) => s.key === decided.key)!;
    expect(first).toMatchObject({ code: decided.finding.code, title: decided.finding.title, severity: decided.finding.severity, verify: decided.finding.verify });
    expect(first.decision).toEqual({ kind: "ACCEPTED_RISK", motivation: "Godtas för pilotåret.", source: null, by: "Julia Jurist", at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // Only Norrström's own decisions (the one above, and those the approval waited for), none of Fjällviken's.
    const decisions = snapshot.flatMap((s) => (s.decision ? [s.decision as { by: string; motivation: string | null }] : []));
    expect(decisions.length).toBeGreaterThan(1);
    expect(decisions.every((d) => d.by === "Julia Jurist" && d.motivation !== "Fjällvikens sak.")).toBe(true);
  });

  it("lists findings added and removed since the approval, beside the changed answers", async () => {
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    // Answering the problem removes "problem missing"; a service category over the limit without a
    // route adds procurement findings. Computed from the rules, so the test names what moved.
    const before = new Set(findingsOf(caseSchema.parse((await prisma.case.findUniqueOrThrow({ where: { id: world.caseId } })).data)).map((k) => k.key));
    await save("needs.problem", "Långa väntetider");
    await save("parties", [
      { id: "a", name: "Norrströms kommun", type: "kommun", role: "uppdragstagare" },
      { id: "b", name: "Fjällvikens kommun", type: "kommun", role: "uppdragsgivare" },
    ]);
    const after = findingsOf(caseSchema.parse((await prisma.case.findUniqueOrThrow({ where: { id: world.caseId } })).data));
    const added = after.filter((k) => !before.has(k.key));
    const removed = [...before].filter((key) => !after.some((k) => k.key === key));
    expect(removed).toEqual(expect.arrayContaining(["NEEDS_PROBLEM_MISSING", "PARTIES_TOO_FEW"]));
    expect(added.length, "two parties raise findings of their own").toBeGreaterThan(0);
    const norrstrom = (await loadReview(await as("legalReviewer"), world.caseId)).parties.find((p) => p.id === world.org.norrstrom)!;
    expect(norrstrom.state).toBe("stale");
    expect(norrstrom.changes?.findingsRemoved.map((f) => f.key).sort()).toEqual(removed.sort());
    expect(norrstrom.changes?.findingsAdded.map((f) => f.key).sort()).toEqual(added.map((k) => k.key).sort());
    expect(norrstrom.changes?.findingsRemoved.find((f) => f.key === "NEEDS_PROBLEM_MISSING")?.title).toBeTruthy();
    expect(norrstrom.changes?.answers.map((a) => a.path)).toEqual(["needs.problem", "parties"]);
  });
});

describe("a jurist's comment on a clause", () => {
  it("stands beside the clauses on step 4, and is counted in the step's open comments", async () => {
    // Found on a walk: a comment on "Avtalstid" was shown nowhere on step 4.
    const { commentsBesideFields } = await import("@/lib/review/components/step-comments");
    const { stepSpec } = await import("@/lib/wizard/steps");
    await prisma.reviewThread.create({
      data: { caseId: world.caseId, anchorKind: "CLAUSE", anchor: "avtalstid", caseVersion: 1, createdById: world.users.legalReviewer, comments: { create: { authorId: world.users.legalReviewer, authorName: "Julia Jurist", body: "Ange avtalstiden i månader." } } },
    });
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(Object.keys(commentsBesideFields(review, stepSpec("4")))).toEqual(["agreement.clauses"]);
  });
});
