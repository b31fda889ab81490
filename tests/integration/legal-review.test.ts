import { beforeEach, describe, expect, it } from "vitest";

import { loadActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { emptyCase } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { approveCase, decideFinding, replyToThread, requestReview, resolveThread, returnCase, startThread } from "@/lib/review/data";
import { decisionNotes } from "@/lib/review/components/decision-notes";
import { StepReviewComments } from "@/lib/review/components/step-comments";
import { stepSpec } from "@/lib/wizard/steps";
import { renderToStaticMarkup } from "react-dom/server";
import { keyFindings } from "@/lib/review/findings";
import { listCaseHistory } from "@/lib/review/history";
import { listReviewQueue, loadReview } from "@/lib/review/queries";
import { evaluateCase } from "@/lib/rules";
import { saveAnswers, setStepCompletion } from "@/lib/wizard/data";
import { approveDecided } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { databaseSnapshot } from "./helpers/snapshot";
import { PASSWORD, seedWorld, type World } from "./helpers/world";

let world: World;
let fjallvikenJurist: string;
const actor = (id: string): Promise<Actor> => loadActor(id, "test-session");
const as = (name: keyof World["users"]) => actor(world.users[name]);

async function version(): Promise<number> {
  return (await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true } })).version;
}

async function save(path: string, value: unknown, who: keyof World["users"] = "ownerEditor") {
  const current = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true, data: true } });
  const base = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], current.data);
  return saveAnswers(await as(who), { caseId: world.caseId, baseVersion: current.version, changes: [{ path, value, base }] });
}

/** The AppError a call fails with. */
async function failure(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const firstFindingKey = () => keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings)[0]!.key;

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
  // The second party's jurist: a legal reviewer of Fjällviken, which the partner represents in the case.
  const user = await prisma.user.create({ data: { email: "jurist@fjallviken.test", name: "Frida Jurist", emailVerified: true } });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(PASSWORD) } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: world.org.fjallviken, role: "LEGAL_REVIEWER" } });
  fjallvikenJurist = user.id;
});

describe("case revisions", () => {
  it("every save appends a revision with each changed answer's old and new value, in the save's transaction", async () => {
    await save("needs.problem", "Långa väntetider");
    await save("needs.problem", "Långa väntetider för unga");
    const revisions = await prisma.caseRevision.findMany({ where: { caseId: world.caseId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.version)).toEqual([2, 3]);
    expect(revisions[1]!.changes).toEqual([{ path: "needs.problem", before: "Långa väntetider", after: "Långa väntetider för unga" }]);
    expect(revisions[1]!.actorName).toBe("Nora Ägare");
  });

  it("cannot be changed or deleted", async () => {
    await save("needs.problem", "Långa väntetider");
    await expect(prisma.$executeRaw`UPDATE "CaseRevision" SET "actorName" = 'x'`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM "CaseRevision"`).rejects.toThrow(/append-only/);
  });

  it("the history reads them as sentences, paginated", async () => {
    for (let i = 0; i < 25; i += 1) await save("needs.problem", `Text ${i}`);
    const first = await listCaseHistory(await as("legalReviewer"), world.caseId, 1);
    expect(first.pages).toBe(2);
    expect(first.entries[0]).toMatchObject({ kind: "revision", version: 26, changes: [{ path: "needs.problem", before: "Text 23", after: "Text 24" }] });
    const second = await listCaseHistory(await as("legalReviewer"), world.caseId, 2);
    expect(second.entries).toHaveLength(5);
  });
});

describe("a step marked complete in the history", () => {
  it("is an event with the step and what was left open; a choice that changes nothing is not written", async () => {
    const nora = await as("ownerEditor");
    const before = await prisma.auditLog.count();
    // Not complete, and "Nej": nothing happens, so nothing is recorded.
    expect(await setStepCompletion(nora, { caseId: world.caseId, step: "2B", complete: "nej" })).toEqual({ needsConfirmation: false });
    expect(await prisma.auditLog.count()).toBe(before);
    // An empty case: step 2B has a blocker and its one question unanswered.
    await setStepCompletion(nora, { caseId: world.caseId, step: "2B", complete: "ja", confirmIncomplete: "ja" });
    await setStepCompletion(nora, { caseId: world.caseId, step: "2A:ekonomi", complete: "ja", confirmIncomplete: "ja" });
    await setStepCompletion(nora, { caseId: world.caseId, step: "2B", complete: "nej" });
    const history = await listCaseHistory(await as("legalReviewer"), world.caseId, 1);
    const events = history.entries.filter((e) => e.kind === "event" && e.action === "case.update");
    expect(events.map((e) => e.kind === "event" && e.details)).toEqual([
      { step: "2B", completed: false },
      { step: "2A:ekonomi", completed: true, blockers: expect.any(Number), unanswered: 9 },
      { step: "2B", completed: true, blockers: 1, unanswered: 1 },
    ]);
    // Saving answers is audited as a change of the case too, and is not one of these events.
    await save("needs.problem", "Långa väntetider");
    const after = await listCaseHistory(await as("legalReviewer"), world.caseId, 1);
    expect(after.entries.filter((e) => e.kind === "event" && e.action === "case.update")).toHaveLength(3);
  });
});

describe("the review round", () => {
  it("request → queue → comment → resolve → decision → approve → stale with diff → re-approve", async () => {
    await save("needs.problem", "Långa väntetider");
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Titta särskilt på upphandlingen." });
    expect(await prisma.outboxMail.findMany({ select: { to: true, subject: true } })).toEqual([{ to: "jurist@norrstrom.test", subject: expect.stringContaining("Granska ärendet") }]);
    const queue = await listReviewQueue(await as("legalReviewer"));
    expect(queue.items.map((q) => q.caseId)).toEqual([world.caseId]);
    expect((await listReviewQueue(await actor(fjallvikenJurist))).items).toEqual([]);

    const { threadId } = await startThread(await as("legalReviewer"), { caseId: world.caseId, anchorKind: "ANSWER", anchor: "needs.problem", body: "Hur långa är väntetiderna?" });
    await save("needs.problem", "Väntetiden är i snitt 14 veckor.");
    await replyToThread(await as("ownerEditor"), { caseId: world.caseId, threadId, body: "Jag har lagt till siffran." });
    await resolveThread(await as("ownerEditor"), { caseId: world.caseId, threadId });

    const key = firstFindingKey();
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: key, kind: "ACCEPTED_RISK", motivation: "Hanteras i avtalet." });
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: await version() });
    let review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.find((p) => p.id === world.org.norrstrom)?.state).toBe("approved");
    expect(review.decisions.find((d) => d.findingKey === key)).toMatchObject({ kind: "ACCEPTED_RISK", holds: true, decidedByName: "Julia Jurist" });
    expect(await prisma.outboxMail.count({ where: { subject: { contains: "är godkänt" } } })).toBe(2);

    await save("needs.problem", "Väntetiden är i snitt 16 veckor.");
    review = await loadReview(await as("legalReviewer"), world.caseId);
    const norrstrom = review.parties.find((p) => p.id === world.org.norrstrom)!;
    expect(norrstrom.state).toBe("stale");
    expect(norrstrom.changes?.answers).toEqual([{ path: "needs.problem", before: "Väntetiden är i snitt 14 veckor.", after: "Väntetiden är i snitt 16 veckor." }]);

    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: await version() });
    review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.find((p) => p.id === world.org.norrstrom)?.state).toBe("approved");
  });

  it("each party's reviewer approves for their own party; the case is approved when both have", async () => {
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    let review = await loadReview(await as("ownerEditor"), world.caseId);
    // Approved for Norrström, Fjällviken never sent: partly approved, and nobody is reviewing it.
    expect(review.overall).toBe("partly_approved");
    expect(review.parties.find((p) => p.id === world.org.fjallviken)?.state).toBe("not_reviewed");
    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties.map((p) => p.state)).toEqual(["approved", "approved"]);
    expect(review.overall).toBe("approved");
    const approvals = await prisma.caseApproval.findMany({ select: { organizationId: true, reviewerName: true } });
    expect(approvals).toEqual(expect.arrayContaining([{ organizationId: world.org.fjallviken, reviewerName: "Frida Jurist" }, { organizationId: world.org.norrstrom, reviewerName: "Julia Jurist" }]));
    // Fjällviken's jurist cannot act for Norrström.
    const refused = await failure(approveCase(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1, organizationId: world.org.norrstrom }));
    expect(refused.fieldErrors.map((e) => e.path)).toEqual(["organizationId"]);
  });

  it("a returned case shows the summary; approving an old version is refused", async () => {
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Målen behöver nyckeltal." });
    const review = await loadReview(await as("ownerEditor"), world.caseId);
    expect(review.parties[0]).toMatchObject({ state: "returned", returned: { summary: "Målen behöver nyckeltal." } });
    await save("needs.problem", "Nytt");
    // The refused form's page is drawn again at the new version: the message does not ask for a reload.
    const stale = await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: 1 }));
    expect(stale).toMatchObject({ code: "CONFLICT", userMessage: `Ärendet har ändrats sedan du öppnade det och är nu version ${await version()}, som sidan visar. Titta på ändringarna innan du godkänner.` });
  });

  it("a decision holds while its finding's facts are the same and reopens when they change", async () => {
    const TEXT = ["needs.problem", "needs.inScope", "needs.outOfScope"];
    const target = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings).find((k) => k.finding.fields.some((f) => TEXT.includes(f)))!;
    expect(target, "a finding on a text answer of an empty case").toBeDefined();
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: target.key, kind: "MUST_FIX" });
    // An answer outside the finding's facts leaves the decision standing.
    await save(TEXT.find((p) => !target.finding.fields.includes(p))!, "Något");
    let decision = (await loadReview(await as("legalReviewer"), world.caseId)).decisions.find((d) => d.findingKey === target.key);
    expect(decision?.holds).toBe(true);
    // "Ska åtgärdas" blocks approval while it holds.
    expect((await failure(approveCase(await as("legalReviewer"), { caseId: world.caseId, version: await version() }))).code).toBe("CONFLICT");
    // Changing the facts behind the finding reopens the decision (here the finding may even go away).
    await save(target.finding.fields.find((f) => TEXT.includes(f))!, "Ändrat underlag");
    decision = (await loadReview(await as("legalReviewer"), world.caseId)).decisions.find((d) => d.findingKey === target.key);
    expect(decision?.holds).toBe(false);
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: await version() });
  });

  it("a step's review box names the step's findings decided \"Ska åtgärdas\", with a link to each beside its question", async () => {
    // A walk: the box said "Inga öppna kommentarer i det här steget" above a finding to fix, whose
    // decision stood far down the page; the box names it whatever the comments.
    const box = async () => renderToStaticMarkup(StepReviewComments({ review: await loadReview(await as("ownerEditor"), world.caseId), spec: stepSpec("1"), pageKey: "1" }));
    expect(await box()).not.toContain("Ska åtgärdas");
    const target = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings).find((k) => k.finding.fields.includes("needs.problem"))!;
    expect(target, "a finding on step 1's problem").toBeDefined();
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: target.key, kind: "MUST_FIX" });
    const shown = await box();
    expect(shown.replace(/<[^>]+>/g, "")).toContain(`i det här steget.1 iakttagelse i det här steget har beslutet ”Ska åtgärdas”:${target.finding.title} (beslutat för Norrströms kommun)`);
    expect(shown).toContain('href="#f-needs-problem-anmarkningar"');
    // Another decision in its place: no longer listed.
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: target.key, kind: "ACCEPTED_RISK", motivation: "Beskrivs i avtalet." });
    expect(await box()).not.toContain("Ska åtgärdas");
  });

  it("a decision that reopened says which of its finding's answers changed since, from what to what, and no others", async () => {
    // A personal identity number in a free text: the finding stays when the text around it changes.
    await save("needs.problem", "Gäller bland andra 19121212-1212.");
    const review = await loadReview(await as("legalReviewer"), world.caseId);
    const target = review.findings.find((k) => k.finding.code === "PERSONAL_DATA_IN_FREE_TEXT" && k.finding.fields.includes("needs.problem"))!;
    expect(target, "the free-text finding").toBeDefined();
    await decideFinding(await as("legalReviewer"), { caseId: world.caseId, findingKey: target.key, kind: "ACCEPTED_RISK", motivation: "Numret är ett testnummer." });
    let decision = (await loadReview(await as("legalReviewer"), world.caseId)).decisions.find((d) => d.findingKey === target.key);
    expect(decision).toMatchObject({ holds: true });
    expect(decision?.changes).toBeUndefined();

    await save("needs.inScope", "Utanför anmärkningen");
    await save("needs.problem", "Gäller fler, bland andra 19121212-1212.");
    await save("needs.problem", "Gäller många, bland andra 19121212-1212.");
    decision = (await loadReview(await as("legalReviewer"), world.caseId)).decisions.find((d) => d.findingKey === target.key);
    expect(decision?.holds).toBe(false);
    // Folded over both saves: what it was when decided, and what it is now.
    expect(decision?.changes).toEqual([
      { question: expect.stringMatching(/^Steg 1: /), before: "Gäller bland andra 19121212-1212.", after: "Gäller många, bland andra 19121212-1212." },
    ]);
    // The same notes on the step page the finding stands on (the form's props) as on the review page.
    const notes = decisionNotes(await loadReview(await as("ownerEditor"), world.caseId)).filter((n) => n.findingKey === target.key);
    expect(notes).toEqual([expect.objectContaining({ holds: false, changes: decision!.changes })]);
  });
});

describe("bad input: a Swedish error naming the field, nothing written", () => {
  it.each([
    ["an empty motivation", () => ({ findingKey: firstFindingKey(), kind: "ACCEPTED_RISK", motivation: "   " }), "motivation", /motivering/i],
    ["a decision on another case's finding", () => ({ findingKey: "ANNAT_ARENDE_REGEL", kind: "MUST_FIX" }), "findingKey", /finns inte i det här ärendet/],
    ["verified without a source", () => ({ findingKey: firstFindingKey(), kind: "VERIFIED" }), "source", /källan/i],
  ])("%s", async (_name, input, field, message) => {
    const before = await databaseSnapshot();
    const error = await failure(decideFinding(await as("legalReviewer"), { caseId: world.caseId, ...input() }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.find((e) => e.path === field)?.message).toMatch(message);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("a comment of 100 000 characters", async () => {
    const before = await databaseSnapshot();
    const error = await failure(startThread(await as("legalReviewer"), { caseId: world.caseId, anchorKind: "ANSWER", anchor: "needs.problem", body: "x".repeat(100_000) }));
    expect(error.fieldErrors).toHaveLength(1);
    expect(error.fieldErrors[0]).toMatchObject({ path: "body", message: expect.stringMatching(/^Kommentaren får vara högst 10\s000 tecken\.$/) });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("a reply into another case's thread, and an anchor that does not exist", async () => {
    const before = await databaseSnapshot();
    expect((await failure(replyToThread(await as("legalReviewer"), { caseId: world.caseId, threadId: world.otherThreadId, body: "Hej" }))).fieldErrors[0]?.path).toBe("threadId");
    expect((await failure(startThread(await as("legalReviewer"), { caseId: world.caseId, anchorKind: "ANSWER", anchor: "password", body: "Hej" }))).fieldErrors[0]?.path).toBe("anchor");
    expect((await failure(requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.lund, message: "" }))).fieldErrors[0]?.path).toBe("organizationId");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("concurrency against the real database", () => {
  it("the same comment, reply or decision posted twice at once (a double click) is stored once", async () => {
    const jurist = await as("legalReviewer");
    const key = firstFindingKey();
    const comment = { caseId: world.caseId, anchorKind: "ANSWER", anchor: "needs.inScope", body: "Vad ingår inte?" };
    const [first, second] = await Promise.all([startThread(jurist, comment), startThread(jurist, comment)]);
    expect(second).toEqual(first);
    const reply = { caseId: world.caseId, threadId: world.threadId, body: "Ett förtydligande." };
    await Promise.all([replyToThread(jurist, reply), replyToThread(jurist, reply)]);
    const decision = { caseId: world.caseId, findingKey: key, kind: "ACCEPTED_RISK", motivation: "Godtas." };
    await Promise.all([decideFinding(jurist, decision), decideFinding(jurist, decision)]);
    expect(await prisma.reviewThread.count({ where: { anchor: "needs.inScope" } })).toBe(1);
    expect(await prisma.reviewComment.count({ where: { threadId: world.threadId } })).toBe(2);
    expect(await prisma.findingDecision.count()).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: { in: ["case.review.comment", "case.review.decide"] }, outcome: "SUCCESS" } })).toBe(3);
  });

  it("two reviewers commenting and deciding while an editor saves lose nothing", async () => {
    const key = firstFindingKey();
    const jurist = await as("legalReviewer");
    const other = await actor(fjallvikenJurist);
    const editor = await as("ownerEditor");
    const ROUNDS = 8;
    const PATHS = ["needs.problem", "needs.inScope", "needs.outOfScope"];
    const work: Promise<unknown>[] = [];
    const saves: { i: number; path: string; result: Promise<Awaited<ReturnType<typeof saveAnswers>> | Error> }[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      work.push(startThread(jurist, { caseId: world.caseId, anchorKind: "ANSWER", anchor: "needs.problem", body: `Julia ${i}` }));
      work.push(startThread(other, { caseId: world.caseId, anchorKind: "ANSWER", anchor: "needs.inScope", body: `Frida ${i}` }));
      work.push(decideFinding(jurist, { caseId: world.caseId, findingKey: key, kind: "ACCEPTED_RISK", motivation: `Julia motiverar ${i}` }));
      work.push(decideFinding(other, { caseId: world.caseId, findingKey: key, kind: "NOT_APPLICABLE", motivation: `Frida motiverar ${i}` }));
      // Each path gets a chain of saves (Svar 0 → Svar 3 → Svar 6 …), each naming the answer it
      // replaces; one that runs before its predecessor comes back as a conflict, never silently.
      const path = PATHS[i % 3]!;
      const result = saveAnswers(editor, { caseId: world.caseId, baseVersion: 1, changes: [{ path, value: `Svar ${i}`, base: i < 3 ? undefined : `Svar ${i - 3}` }] }).catch((e: unknown) => e as Error);
      saves.push({ i, path, result });
      work.push(result);
    }
    await Promise.all(work);
    // The seeded thread has one comment; every new one is kept.
    expect(await prisma.reviewComment.count({ where: { thread: { caseId: world.caseId } } })).toBe(ROUNDS * 2 + 1);
    expect(await prisma.findingDecision.count()).toBe(ROUNDS * 2);
    const revisions = await prisma.caseRevision.findMany({ where: { caseId: world.caseId }, orderBy: { version: "asc" }, select: { version: true, changes: true } });
    // Every applied save has its own revision, and the versions have no gaps.
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: revisions.length }, (_, i) => i + 2));
    expect(await version()).toBe(revisions.length + 1);

    // The editor's saves: each one either applied or came back as a conflict on its path; none failed.
    const outcomes = await Promise.all(saves.map(async (s) => ({ ...s, result: await s.result })));
    for (const o of outcomes) {
      expect(o.result, `save ${o.i}`).not.toBeInstanceOf(Error);
      const result = o.result as Awaited<ReturnType<typeof saveAnswers>>;
      expect([...result.applied, ...result.conflicts.map((c) => c.path)], `save ${o.i}`).toEqual([o.path]);
    }
    const applied = outcomes.filter((o) => (o.result as Awaited<ReturnType<typeof saveAnswers>>).applied.length > 0);
    expect(applied.length).toBe(revisions.length);
    // Each applied save is in exactly one revision, with the value it sent.
    const revisionChanges = revisions.map((r) => r.changes as { path: string; after: unknown }[]);
    for (const o of applied) expect(revisionChanges.filter((c) => c.some((x) => x.path === o.path && x.after === `Svar ${o.i}`)), `save ${o.i}`).toHaveLength(1);
    // The first save of each chain replaces an empty answer and always applies; the applied saves of
    // a path are a prefix of its chain, and the answer stored is the last of them.
    const stored = (await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } })).data as { needs: Record<string, unknown> };
    for (const [n, path] of PATHS.entries()) {
      const chain = outcomes.filter((o) => o.path === path).map((o) => o.i);
      const appliedHere = applied.filter((o) => o.path === path).map((o) => o.i).sort((a, b) => a - b);
      expect(appliedHere[0], path).toBe(n);
      expect(appliedHere, path).toEqual(chain.slice(0, appliedHere.length));
      expect(stored.needs[path.split(".")[1]!], path).toBe(`Svar ${appliedHere.at(-1)}`);
    }
    const review = await loadReview(editor, world.caseId);
    expect(review.decisions.filter((d) => d.findingKey === key).map((d) => d.organizationId).sort()).toEqual([world.org.norrstrom, world.org.fjallviken].sort());
  });
});
