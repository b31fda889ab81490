import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// This file replaces modules that other files use as they are. The files share one module graph
// per worker (vitest.config.ts), so it starts one of its own, in which its replacements are
// imported, and leaves none of them to the next file.
vi.hoisted(() => vi.resetModules());
afterAll(() => {
  vi.doUnmock("next/navigation");
  vi.resetModules();
});

// The page's query as its client parts read it (the notice beside the saved item); the actions'
// redirect stays Next.js's own.
let pageQuery = new URLSearchParams();
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), useSearchParams: () => pageQuery }));

import { loadActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { emptyCase } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import { type ActionState, IDLE } from "@/lib/forms/action-state";
import { approveAction, decideFindingAction, replyAction, requestReviewAction, resolveThreadAction, returnAction, startThreadAction } from "@/lib/review/actions";
import { OutcomePanel, RequestReviewPanel } from "@/lib/review/components/review-actions";
import { approveCase, decideFinding, requestReview, returnCase } from "@/lib/review/data";
import { ReviewClauses } from "@/lib/review/components/review-clauses";
import { anchorDescription } from "@/lib/review/components/threads";
import { draftClause } from "@/lib/wizard/agreement-draft";
import { ReviewPage } from "@/lib/review/components/review-page";
import { reviewView } from "@/lib/review/components/answer-anchors";
import { keyFindings, openPointItems } from "@/lib/review/findings";
import { decisionFormId } from "@/lib/review/components/form-anchors";
import { reviewPartPath } from "@/lib/review/components/review-parts";
import { loadReview } from "@/lib/review/queries";
import { evaluateCase } from "@/lib/rules";
import { saveAnswers } from "@/lib/wizard/data";
import { approveDecided, confirmedAsShown, decideEveryOpenFinding } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { nextSignal } from "./helpers/outcome";
import { form } from "./helpers/server-actions";
import { PASSWORD, type World, seedWorld, storedSessionCookie } from "./helpers/world";

// The review page's forms without JavaScript (the walk: a comment posted without JavaScript was
// stored twice, because the action answered with the page and the browser's reload posted the
// form again). A form posted without the script's hidden field is answered, once saved, with a
// redirect to where the result stands (Post/Redirect/Get; Next.js answers a redirect from a form
// posted without JavaScript with 303 See Other); with the field, as the page's JavaScript sends
// it, with the form's state. A refusal is the form's state either way, with the text as entered.

let world: World;
let fjallvikenJurist: string;

const SCRIPTED = { js: "1" };

/** Signs the simulated request in as one of the world's people. */
async function signIn(userId: string) {
  setRequest({ cookie: await storedSessionCookie(userId) });
}

/** Where the action redirected to, or what it returned instead. */
async function post(run: () => Promise<ActionState>): Promise<{ redirect: string } | { state: ActionState }> {
  try {
    return { state: await run() };
  } catch (error) {
    const signal = nextSignal(error);
    if (signal?.type === "redirect") return { redirect: signal.url };
    throw error;
  }
}

const review = (caseId = world.caseId) => `/arenden/${caseId}/juridisk-granskning`;
const firstFindingKey = () => keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings)[0]!.key;
const commentsOn = (anchor: string) => prisma.reviewComment.findMany({ where: { thread: { caseId: world.caseId, anchor } }, select: { body: true, authorId: true } });

/** The review page as the browser asks for it after the redirect (the fragment stays in the browser). */
async function pageAt(url: string, userId: string): Promise<string> {
  pageQuery = new URL(url, "http://localhost").searchParams;
  const query = Object.fromEntries(pageQuery);
  const { part, answers, saved } = reviewView(query);
  const data = await loadReview(await loadActor(userId, "test-session"), world.caseId);
  return renderToStaticMarkup(createElement(ReviewPage, { review: data, part, answers, saved }));
}

/** The page's status messages ("Kommentaren är sparad."), as text. */
const statuses = (html: string) => [...html.matchAll(/<p role="status"[^>]*>([^<]*)<\/p>/g)].map(([, text]) => text);
/** Every link's address on the page. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href!.replaceAll("&amp;", "&"));

async function createJurist(email: string, name: string, organizationId: string): Promise<string> {
  const user = await prisma.user.create({ data: { email, name, emailVerified: true } });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(PASSWORD) } });
  await prisma.membership.create({ data: { userId: user.id, organizationId, role: "LEGAL_REVIEWER" } });
  return user.id;
}

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
  fjallvikenJurist = await createJurist("jurist@fjallviken.test", "Frida Jurist", world.org.fjallviken);
});

describe("a comment posted without JavaScript", () => {
  const comment = { anchorKind: "ANSWER", anchor: "needs.inScope", body: "Vad ingår inte i uppdraget?" };

  it("is answered with a redirect to its answer's thread on the review page, and stored once", async () => {
    await signIn(world.users.legalReviewer);
    const outcome = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment })));
    // The part with the answers, at the answer's step, at the block holding its threads; no form
    // open. The address names what was saved, for the page to say so.
    expect(outcome).toEqual({ redirect: `${review()}?del=svar&steg=1&sparat=kommentar&vid=kommentera-answer-needs.inScope#kommentera-answer-needs.inScope` });
    expect(await commentsOn("needs.inScope")).toEqual([{ body: comment.body, authorId: world.users.legalReviewer }]);
    // What the browser's reload asks for then: the page, with the comment at that block.
    const html = await pageAt((outcome as { redirect: string }).redirect, world.users.legalReviewer);
    const block = html.slice(html.indexOf('id="kommentera-answer-needs.inScope"'));
    expect(block).toContain(comment.body);
    expect(block.indexOf(comment.body)).toBeLessThan(block.indexOf("</dd>"));
    expect(await commentsOn("needs.inScope")).toHaveLength(1);
  });

  it("is confirmed on the page the redirect lands on, in the words the form uses with JavaScript, once", async () => {
    await signIn(world.users.legalReviewer);
    const outcome = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment })));
    const html = await pageAt((outcome as { redirect: string }).redirect, world.users.legalReviewer);
    const scripted = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment, body: "Och med skript?", ...SCRIPTED })));
    expect(scripted).toEqual({ state: { status: "success", message: "Kommentaren är sparad." } });
    expect(statuses(html)).toEqual(["Kommentaren är sparad."]);
    // In the block the browser lands on (the fragment), above the comment saved: not at the top
    // of the part, a screen or more above it (the walk).
    const block = html.indexOf('id="kommentera-answer-needs.inScope"');
    expect(block).toBeGreaterThan(0);
    expect(html.indexOf("Kommentaren är sparad.")).toBeGreaterThan(block);
    expect(html.indexOf("Kommentaren är sparad.")).toBeLessThan(html.indexOf(comment.body, block));
    // The page's links do not say it again.
    expect(hrefs(html).filter((href) => href.includes("sparat"))).toEqual([]);
    // The same page without it, or with a value that names nothing saved, says nothing of a save.
    const plain = (outcome as { redirect: string }).redirect.replace("&sparat=kommentar", "");
    // An address naming a block the page does not have (a changed address) says it nowhere, rather than twice.
    const elsewhere = (outcome as { redirect: string }).redirect.replace("vid=kommentera-answer-needs.inScope", "vid=kommentera-answer-finns-inte");
    for (const url of [plain, plain.replace("steg=1", "steg=1&sparat=okant"), plain.replace("steg=1", "steg=1&sparat="), elsewhere]) {
      expect(statuses(await pageAt(url, world.users.legalReviewer))).toEqual([]);
    }
  });

  it("posted again a moment later (a double click, the form sent twice) is still one comment, and the second post lands where the first did", async () => {
    await signIn(world.users.legalReviewer);
    const first = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment })));
    const second = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment })));
    expect(second).toEqual(first);
    expect(await commentsOn("needs.inScope")).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { action: "case.review.comment", outcome: "SUCCESS" } })).toBe(1);
    // Another text, or the same text by someone else, is a comment of its own.
    await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment, body: "Och vad ingår?" })));
    await signIn(world.users.ownerEditor);
    await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment })));
    expect(await commentsOn("needs.inScope")).toHaveLength(3);
  });

  it("that is refused comes back as the form's error, with the text as entered and nothing stored", async () => {
    await signIn(world.users.legalReviewer);
    const long = `${"Lång kommentar. ".repeat(700)}`;
    const outcome = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment, body: long })));
    expect(outcome).toMatchObject({ state: { status: "error", fieldErrors: [{ path: "body" }], values: { body: long } } });
    expect(await commentsOn("needs.inScope")).toEqual([]);
  });

  it("with JavaScript is answered with the form's state, as before", async () => {
    await signIn(world.users.legalReviewer);
    const outcome = await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, ...comment, ...SCRIPTED })));
    expect(outcome).toEqual({ state: { status: "success", message: "Kommentaren är sparad." } });
    expect(await commentsOn("needs.inScope")).toHaveLength(1);
  });

  it("on a finding or a clause lands at that finding's or clause's threads, in its part", async () => {
    await signIn(world.users.legalReviewer);
    const key = firstFindingKey();
    expect(await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, anchorKind: "FINDING", anchor: key, body: "Gäller detta oss?" })))).toEqual({
      redirect: `${review()}?sparat=kommentar&vid=${encodeURIComponent(`kommentera-finding-${key}`)}#kommentera-finding-${key}`,
    });
    expect(await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, anchorKind: "CLAUSE", anchor: "parter", body: "Parterna saknas." })))).toEqual({
      redirect: `${review()}?del=avtal&sparat=kommentar&vid=kommentera-clause-parter#kommentera-clause-parter`,
    });
  });
});

describe("a reply, a resolved thread and a decision posted without JavaScript", () => {
  it("a reply lands at its thread, on the review page or on the step page it was posted from; a path that is not one of the case's step pages is not followed", async () => {
    await signIn(world.users.ownerEditor);
    const reply = (extra: Record<string, string>, body: string) => post(() => replyAction(IDLE, form({ caseId: world.caseId, threadId: world.threadId, body, ...extra })));
    const atAnswer = `${review()}?del=svar&steg=1&sparat=svar&vid=kommentera-answer-needs.problem#kommentera-answer-needs.problem`;
    expect(await reply({ sida: review() }, "Första svaret.")).toEqual({ redirect: atAnswer });
    expect(statuses(await pageAt(atAnswer, world.users.ownerEditor))).toEqual(["Ditt svar på kommentaren är sparat."]);
    expect(await reply({ sida: `/arenden/${world.caseId}/steg/1` }, "Andra svaret.")).toEqual({ redirect: `/arenden/${world.caseId}/steg/1?sparat=svar&vid=kommentar-${world.threadId}#kommentar-${world.threadId}` });
    for (const [i, sida] of ["https://elak.example/arenden", `/arenden/${world.otherCaseId}/steg/1`, `/arenden/${world.caseId}/steg/1?x=1`, "//elak.example"].entries()) {
      expect(await reply({ sida }, `Svar ${i}.`)).toEqual({ redirect: atAnswer });
    }
    // The same reply posted again at once is not stored again.
    expect(await reply({}, "Andra svaret.")).toEqual({ redirect: atAnswer });
    expect(await prisma.reviewComment.count({ where: { threadId: world.threadId } })).toBe(1 + 2 + 4);
  });

  it("resolving lands at the thread on the review page, or at the step's open comments; resolving again changes nothing", async () => {
    await signIn(world.users.ownerEditor);
    const resolve = (extra: Record<string, string>) => post(() => resolveThreadAction(IDLE, form({ caseId: world.caseId, threadId: world.threadId, ...extra })));
    expect(await resolve({ sida: `/arenden/${world.caseId}/steg/1` })).toEqual({ redirect: `/arenden/${world.caseId}/steg/1?sparat=lost&vid=steg-kommentarer#steg-kommentarer` });
    const atAnswer = `${review()}?del=svar&steg=1&sparat=lost&vid=kommentera-answer-needs.problem#kommentera-answer-needs.problem`;
    expect(await resolve({})).toEqual({ redirect: atAnswer });
    expect(statuses(await pageAt(atAnswer, world.users.ownerEditor))).toEqual(["Tråden är markerad som löst."]);
    expect(await prisma.auditLog.count({ where: { action: "case.review.dispose", outcome: "SUCCESS" } })).toBe(1);
  });

  it("a decision lands at the finding's decisions and is stored once; a refused one keeps its motivation", async () => {
    await signIn(world.users.legalReviewer);
    const key = firstFindingKey();
    const decide = (fields: Record<string, string>) => post(() => decideFindingAction(IDLE, form({ caseId: world.caseId, findingKey: key, ...fields })));
    const refused = await decide({ kind: "VERIFIED", motivation: "Kontrollerat." });
    expect(refused).toMatchObject({ state: { status: "error", values: { motivation: "Kontrollerat." } } });
    const decision = { kind: "ACCEPTED_RISK", motivation: "Hanteras i avtalet." };
    const saved = await decide(decision);
    expect(saved).toEqual({ redirect: expect.stringMatching(new RegExp(`^${review()}\\?sparat=beslut&vid=(besluta-[A-Za-z0-9_-]+)#\\1$`)) });
    expect(await decide(decision)).toEqual(saved);
    expect(await prisma.findingDecision.count()).toBe(1);
    // The decision stands in the block the redirect names.
    const id = (saved as { redirect: string }).redirect.split("#")[1]!;
    const html = await pageAt((saved as { redirect: string }).redirect, world.users.legalReviewer);
    const block = html.slice(html.indexOf(`id="${id}"`));
    expect(block.indexOf("Hanteras i avtalet.")).toBeGreaterThan(0);
    expect(block.indexOf("Hanteras i avtalet.")).toBeLessThan(block.indexOf("</li>"));
    // The block says it was saved, as the form does with JavaScript; its "Besluta" and "Kommentera" links do not carry it on.
    expect(statuses(html)).toEqual(["Beslutet är sparat."]);
    expect(block.indexOf("Beslutet är sparat.")).toBeGreaterThan(0);
    expect(block.indexOf("Beslutet är sparat.")).toBeLessThan(block.indexOf("Hanteras i avtalet."));
    expect(hrefs(html).filter((href) => href.includes("sparat"))).toEqual([]);
    // Another decision on it a moment later is a new decision.
    await decide({ kind: "MUST_FIX" });
    expect(await prisma.findingDecision.count()).toBe(2);
    // With JavaScript, the state as before.
    expect(await decide({ ...decision, ...SCRIPTED })).toEqual({ state: { status: "success", message: "Beslutet är sparat." } });
  });

  it("a return and an approval land at \"Ditt beslut\", which says what was done", async () => {
    await signIn(world.users.legalReviewer);
    const returned = await post(() => returnAction(IDLE, form({ caseId: world.caseId, summary: "Ange vad som ingår." })));
    expect(returned).toEqual({ redirect: `${review()}?sparat=tillbaka&vid=utfall#utfall` });
    expect(statuses(await pageAt((returned as { redirect: string }).redirect, world.users.legalReviewer))).toEqual(["Ärendet är skickat tillbaka. Redigerarna har fått ett meddelande."]);
    await decideEveryOpenFinding(await loadActor(world.users.legalReviewer, "test-session"), world.caseId);
    const confirmed = await confirmedAsShown(await loadActor(world.users.legalReviewer, "test-session"), world.caseId);
    const approved = await post(() => approveAction(IDLE, form({ caseId: world.caseId, version: "1", ...confirmed })));
    expect(approved).toEqual({ redirect: `${review()}?sparat=godkant&vid=utfall#utfall` });
    expect(statuses(await pageAt((approved as { redirect: string }).redirect, world.users.legalReviewer))).toEqual(["Ärendet är godkänt. Redigerarna har fått ett meddelande."]);
  });

  it("a refused approval is the form's error; the request for review lands at its panel", async () => {
    await signIn(world.users.legalReviewer);
    const confirmed = await confirmedAsShown(await loadActor(world.users.legalReviewer, "test-session"), world.caseId);
    const refused = await post(() => approveAction(IDLE, form({ caseId: world.caseId, version: "1", ...confirmed })));
    expect(refused).toMatchObject({ state: { status: "error" } });
    // The box is not handed back ticked: what it confirmed may have changed by the next press.
    expect((refused as { state: { values?: Record<string, string> } }).state.values).not.toHaveProperty("confirmIncomplete");
    await signIn(world.users.ownerEditor);
    expect(await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: world.org.norrstrom, message: "" })))).toEqual({ redirect: `${review()}?sparat=skickat&vid=skicka-granskning#skicka-granskning` });
    expect(await prisma.reviewRequest.count()).toBe(1);
    const sent = "Ärendet är skickat till juridisk granskning. Juristen har fått ett meddelande.";
    const landed = await pageAt(`${review()}?sparat=skickat&vid=skicka-granskning`, world.users.ownerEditor);
    expect(statuses(landed)).toEqual([sent]);
    expect(landed.indexOf(sent)).toBeGreaterThan(landed.indexOf('id="skicka-granskning"'));
    // An address naming no block (an older link) says it at the top of the part instead.
    expect(statuses(await pageAt(`${review()}?sparat=skickat`, world.users.ownerEditor))).toEqual([sent]);
  });
});

describe("\"Skicka till juridisk granskning\": whose jurist the editor picks", () => {
  /** The radio choices of the request form, per party fieldset: [legend, [value, label][]]. */
  function choicesByParty(html: string): [string, [string, string][]][] {
    const groups = [...html.matchAll(/<fieldset class="mt-3[^"]*"><legend[^>]*>([^<]+)<\/legend>(.*?)<\/fieldset>/gs)];
    const radios = (body: string) =>
      [...body.matchAll(/<input ([^>]*)\/>([^<]+)<\/label>/g)].map(([, attributes, label]) => {
        expect(attributes).toMatch(/type="radio".*name="recipient"/);
        return [/value="([^"]*)"/.exec(attributes!)![1]!, label!] as [string, string];
      });
    return groups.map(([, legend, body]) => [legend!, radios(body!)]);
  }

  it("lists each party's jurists under the party's name, and only its own", async () => {
    const jonas = await createJurist("jurist2@norrstrom.test", "Jonas Jurist", world.org.norrstrom);
    const data = await loadReview(await loadActor(world.users.ownerEditor, "test-session"), world.caseId);
    const html = renderToStaticMarkup(createElement(RequestReviewPanel, { review: data }));
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Vem ska granska\?<\/legend>/);
    const { norrstrom, fjallviken } = world.org;
    expect(choicesByParty(html)).toEqual([
      [
        "Norrströms kommun",
        [
          [norrstrom, "Alla jurister för Norrströms kommun"],
          [`${norrstrom}:${jonas}`, "Jonas Jurist"],
          [`${norrstrom}:${world.users.legalReviewer}`, "Julia Jurist"],
        ],
      ],
      ["Fjällvikens kommun", [[fjallviken, "Alla jurister för Fjällvikens kommun"], [`${fjallviken}:${fjallvikenJurist}`, "Frida Jurist"]]],
    ]);
    // Two parties to choose between: none is chosen for the editor.
    expect(html).not.toMatch(/<input [^>]*checked/);
    // No party field beside it that a choice could contradict.
    expect(html).not.toContain('name="organizationId"');
    expect(html).not.toContain('name="reviewerUserId"');
  });

  it("once the jurist has sent the case back, the approval waits for the fixes, not for a return", async () => {
    // A walk: after "Skicka tillbaka" the form still said "Skicka tillbaka ärendet, eller ändra besluten, innan du godkänner".
    const jurist = await loadActor(world.users.legalReviewer, "test-session");
    const outcome = async () => renderToStaticMarkup(createElement(OutcomePanel, { review: await loadReview(jurist, world.caseId) })).replace(/<[^>]+>/g, " ");
    await requestReview(await loadActor(world.users.ownerEditor, "test-session"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    const target = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings)[0]!;
    await decideFinding(jurist, { caseId: world.caseId, findingKey: target.key, kind: "MUST_FIX" });
    expect(await outcome()).toContain("Skicka tillbaka ärendet, eller ändra besluten, innan du godkänner.");
    await returnCase(jurist, { caseId: world.caseId, summary: "Beskriv problemet." });
    const after = await outcome();
    // What was sent back, and when, stands in the box: its empty form read as never sent (a walk).
    expect(after.replace(/\s+/g, " ")).toMatch(/Skickat tillbaka för Norrströms kommun av [^,]+, [\d-]+ [\d:]+ : ”Beskriv problemet\.” Redigerarna har fått ett meddelande\./);
    expect(after).not.toContain("Om ett svar eller en klausul ändras efteråt blir godkännandet inaktuellt.");
    // The point decided "Ska åtgärdas" is decided: it is not among the points still to decide.
    expect(renderToStaticMarkup(createElement(OutcomePanel, { review: await loadReview(jurist, world.caseId) }))).not.toContain(`#${decisionFormId(target.key)}"`);
    expect(after).toContain("Ärendet är skickat tillbaka till redigerarna för Norrströms kommun, och det finns iakttagelser med beslutet ”Ska åtgärdas”. När redigerarna har åtgärdat dem ändrar du besluten. Därefter kan du godkänna.");
    expect(after).not.toContain("Skicka tillbaka ärendet, eller ändra besluten");
    // The server's refusal says the same as the form.
    const version = (await loadReview(jurist, world.caseId)).version;
    await expect(approveCase(jurist, { caseId: world.caseId, version })).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringMatching(/^Ärendet är skickat tillbaka till redigerarna för Norrströms kommun/) });
  });

  it("an approval waiting for decisions names the points still to decide, each linked to its decision", async () => {
    // A walk decided "Accepterad risk" on a point to verify and was told "1 punkt att verifiera är inte avgjord för din part", not which.
    const jurist = await loadActor(world.users.legalReviewer, "test-session");
    await requestReview(await loadActor(world.users.ownerEditor, "test-session"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    const review = await loadReview(jurist, world.caseId);
    const open = openPointItems(review.findings, []);
    expect(open.blockers.length + open.unverified.length, "an empty case has points to decide").toBeGreaterThan(0);
    const html = renderToStaticMarkup(createElement(OutcomePanel, { review }));
    expect(html).toContain("Kvar att avgöra för Norrströms kommun:");
    const first = open.blockers[0] ?? open.unverified[0]!;
    expect(html).toContain(`href="${reviewPartPath(world.caseId, "beslut", decisionFormId(first.key))}"`);
    // Decided, a point leaves the list.
    await decideFinding(jurist, { caseId: world.caseId, findingKey: first.key, kind: first.finding.verify ? "VERIFIED" : "ACCEPTED_RISK", motivation: "Godtas.", source: "Kontrollerat." });
    expect(renderToStaticMarkup(createElement(OutcomePanel, { review: await loadReview(jurist, world.caseId) }))).not.toContain(`#${decisionFormId(first.key)}"`);
  });

  it("a jurist of two parties is told each party's points still to decide, and the refusal names the party", async () => {
    // A walk: a jurist reviewing for both parties was told only the first party's reason, "för din part".
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: world.users.legalReviewer, role: "REVIEWER", organizationId: world.org.fjallviken } });
    const jurist = await loadActor(world.users.legalReviewer, "test-session");
    const editor = await loadActor(world.users.ownerEditor, "test-session");
    await requestReview(editor, { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await requestReview(editor, { caseId: world.caseId, organizationId: world.org.fjallviken, message: "" });
    const outcome = async () => renderToStaticMarkup(createElement(OutcomePanel, { review: await loadReview(jurist, world.caseId) })).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    const both = await outcome();
    for (const party of ["Norrströms kommun", "Fjällvikens kommun"]) {
      expect(both).toMatch(new RegExp(`är inte (avgjort|avgjorda?) för ${party}\\.`));
      expect(both).toContain(`Kvar att avgöra för ${party}:`);
    }
    expect(both).not.toContain("för din part");
    // Fjällviken's point decided "Ska åtgärdas": its reason is that, and it has nothing left to decide.
    const first = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings)[0]!;
    await decideFinding(jurist, { caseId: world.caseId, findingKey: first.key, kind: "MUST_FIX", organizationId: world.org.fjallviken });
    const text = await outcome();
    expect(text).toMatch(/är inte (avgjort|avgjorda?) för Norrströms kommun\./);
    expect(text).toContain("Det finns iakttagelser med beslutet ”Ska åtgärdas” för Fjällvikens kommun.");
    expect(text).toContain("Kvar att avgöra för Norrströms kommun:");
    expect(text).not.toContain("Kvar att avgöra för Fjällvikens kommun:");
    const review = await loadReview(jurist, world.caseId);
    await expect(approveCase(jurist, { caseId: world.caseId, version: review.version, organizationId: world.org.norrstrom })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/är inte (avgjort|avgjorda?) för Norrströms kommun\./),
    });
    await expect(approveCase(jurist, { caseId: world.caseId, version: review.version, organizationId: world.org.fjallviken })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "Det finns iakttagelser med beslutet ”Ska åtgärdas” för Fjällvikens kommun. Skicka tillbaka ärendet, eller ändra besluten, innan du godkänner.",
    });

    // Norrström's point decided: "Godkänn" is for Norrström alone, and Fjällviken's reason still stands (a walk saw it go).
    await decideFinding(jurist, { caseId: world.caseId, findingKey: first.key, kind: first.finding.verify ? "VERIFIED" : "ACCEPTED_RISK", motivation: "Godtas.", source: "Kontrollerat.", organizationId: world.org.norrstrom });
    const html = renderToStaticMarkup(createElement(OutcomePanel, { review: await loadReview(jurist, world.caseId) }));
    const one = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(one).toContain(`Du godkänner version ${review.version} av ärendet för Norrströms kommun.`);
    expect(one).toContain("Det finns iakttagelser med beslutet ”Ska åtgärdas” för Fjällvikens kommun.");
    expect(one).not.toContain("Kvar att avgöra för Norrströms kommun:");
    // Only Norrström is offered: no choice of party that would fall back to the first one after a refusal.
    const approveForm = /<form aria-label="Godkänn ärendet".*?<\/form>/s.exec(html)![0];
    expect(approveForm).not.toContain("<select");
    expect(approveForm).toContain(`name="organizationId" value="${world.org.norrstrom}"`);
  });

  it("a party whose jurists have the case is not offered again", async () => {
    await signIn(world.users.ownerEditor);
    await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: world.org.norrstrom, message: "", ...SCRIPTED })));
    const data = await loadReview(await loadActor(world.users.ownerEditor, "test-session"), world.caseId);
    const html = renderToStaticMarkup(createElement(RequestReviewPanel, { review: data }));
    expect(choicesByParty(html).map(([party]) => party)).toEqual(["Fjällvikens kommun"]);
    // One party left: its jurists together are chosen, so a plain press of the button sends.
    expect([...html.matchAll(/<input ([^>]*checked[^>]*)\/>/g)].map(([, attributes]) => /value="([^"]*)"/.exec(attributes!)![1])).toEqual([world.org.fjallviken]);
  });

  it("a written clause says whether it is what today's answers suggest, and an empty one shows the suggestion the agreement uses", async () => {
    // A walk: a clause filled from an older suggestion contradicted the answers, and two jurists approved it unwarned.
    const clauseText = async (text: string | undefined, id = "informationshantering") => {
      const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
      const data = row.data as { agreement?: { clauses?: Record<string, string> } };
      const clauses = { ...(data.agreement?.clauses ?? {}) };
      if (text === undefined) delete clauses[id];
      else clauses[id] = text;
      await prisma.case.update({ where: { id: world.caseId }, data: { data: { ...data, agreement: { ...data.agreement, clauses } } } });
      const review = await loadReview(await loadActor(world.users.legalReviewer, "test-session"), world.caseId);
      return { review, html: renderToStaticMarkup(createElement(ReviewClauses, { review })).replace(/<[^>]+>/g, " ") };
    };
    const own = await clauseText("Varje parts nämnd är personuppgiftsansvarig för sin egen behandling.");
    expect(own.html).toContain("Texten är inte förslaget från dagens svar.");
    const draft = draftClause(own.review.doc, "informationshantering").trim();
    expect(draft).not.toBe("");
    expect((await clauseText(draft)).html).toContain("Texten är förslaget från dagens svar.");
    // Where a text differs, word by word: what only the suggestion says and what only the text says, each named.
    const firstWord = draft.split(/\s+/)[0]!;
    const reworded = (await clauseText(draft.replace(firstWord, "Omskrivet"))).html.replace(/\s+/g, " ");
    expect(reworded).toContain("Visa skillnaden mot förslaget från dagens svar");
    expect(reworded).toContain(`(bara i förslaget: ${firstWord} )`);
    expect(reworded).toContain("(bara i texten: Omskrivet )");
    // "Parter" is a clause every agreement needs (the report): empty, the agreement uses the suggestion.
    const empty = await clauseText(undefined, "parter");
    expect(empty.html).toContain("Inte skriven. Avtalet använder förslaget från svaren:");
    // A finding about the clause is named beside it, with the way to where it is decided (a walk
    // read a clause whose figures the answers did not give, and no word of the finding here).
    expect(own.html).not.toContain("Avtalsdelens siffror");
    const figures = await clauseText("Varje part betalar 123 456 kr per år för registreringen.");
    expect(figures.html).toContain("Varning: Avtalsdelens siffror stämmer inte med svaren · Verifiera.");
    expect(figures.html).toContain("Läs och besluta under Iakttagelser och beslut");
    // The way back: under the finding, "Svaren det gäller" leads to that clause, not to the top of the clauses part.
    const decisions = await pageAt(`${review()}?del=beslut`, world.users.legalReviewer);
    expect(hrefs(decisions)).toContain(`${review()}?del=avtal#klausul-informationshantering`);
    expect(decisions).toContain(">Klausulen Rutiner för informationshantering<");
    expect(renderToStaticMarkup(createElement(ReviewClauses, { review: figures.review }))).toContain('id="klausul-informationshantering"');
  });

  it("\"Svaren det gäller\" leaves out a question the answers hide (a walk: the counter-performance's value under payment in money)", async () => {
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    const data = row.data as { economy?: Record<string, unknown> };
    // Paid in money, above the self-cost: ECON_COMPENSATION_ABOVE_COST names the price, the budget and the counter-performance's value.
    await prisma.case.update({ where: { id: world.caseId }, data: { data: { ...data, economy: { ...data.economy, compensationForm: "pengar", selfCostBudget: 1_000_000, pricePerMonth: 500_000 } } } });
    const html = await pageAt(`${review()}?del=beslut`, world.users.legalReviewer);
    expect(html).toContain("Betalningarna överstiger självkostnaden");
    expect(html).toContain(">Anger avtalet ett pris per månad? Vilket?<");
    expect(html).not.toContain(">Vad är motprestationen värd per år?<");
    await prisma.case.update({ where: { id: world.caseId }, data: { data: row.data as object } });
  });

  it("a comment on a finding fixed since still names the finding's rule (a walk read only \"en iakttagelse som inte längre finns\")", async () => {
    const data = await loadReview(await loadActor(world.users.legalReviewer, "test-session"), world.caseId);
    expect(anchorDescription({ anchorKind: "FINDING", anchor: "ECON_SHARES_NOT_100@economy.costShares" }, data)).toBe("iakttagelsen Kostnadsandelarna blir inte 100 %, som inte längre finns");
    expect(anchorDescription({ anchorKind: "FINDING", anchor: "NO_SUCH_RULE" }, data)).toBe("en iakttagelse som inte längre finns");
  });

  it("a finding's open thread, shown in the list of open comments and under the finding, has landmarks and forms of unique names", async () => {
    // A walk: axe's landmark-unique on the review page whenever a finding had an open comment.
    await signIn(world.users.legalReviewer);
    await post(() => startThreadAction(IDLE, form({ caseId: world.caseId, anchorKind: "FINDING", anchor: firstFindingKey(), body: "Gäller detta oss?", ...SCRIPTED })));
    const html = await pageAt(review(), world.users.legalReviewer);
    const names = [...html.matchAll(/<(?:section|form)[^>]*aria-label="([^"]*)"/g)].map(([, name]) => name!);
    expect(names.filter((name) => name.startsWith("Kommentarstråd om iakttagelsen"))).toHaveLength(2);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it("a party with no jurist in the case is not offered, and the form says why", async () => {
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    const html = renderToStaticMarkup(createElement(RequestReviewPanel, { review: await loadReview(await loadActor(world.users.ownerEditor, "test-session"), world.caseId) }));
    expect(choicesByParty(html).map(([party]) => party)).toEqual(["Norrströms kommun"]);
    expect(html).toContain("Fjällvikens kommun kan inte väljas: ingen jurist granskar för den parten i ärendet.");
  });

  it("the take-back form sends the open requests it shows, so a newer one is never taken back unseen", async () => {
    await signIn(world.users.ownerEditor);
    await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: world.org.norrstrom, message: "", ...SCRIPTED })));
    await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: world.org.fjallviken, message: "", ...SCRIPTED })));
    const open = await prisma.reviewRequest.findMany({ where: { caseId: world.caseId, closedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
    const html = renderToStaticMarkup(createElement(RequestReviewPanel, { review: await loadReview(await loadActor(world.users.ownerEditor, "test-session"), world.caseId) }));
    const shown = /<input type="hidden" name="requestsShown" value="([^"]*)"/.exec(html)?.[1]?.split(",");
    expect(shown?.sort()).toEqual(open.map((r) => r.id).sort());
  });

  describe("a party whose approval of the case as it is stands", () => {
    // Found by a tester: "Godkänt" Norrström was still offered, and choosing it made the party
    // "Under granskning" again, its approval no longer standing, without a word.
    const panel = async () => renderToStaticMarkup(createElement(RequestReviewPanel, { review: await loadReview(await loadActor(world.users.ownerEditor, "test-session"), world.caseId) }));
    const norrstromState = async () => (await loadReview(await loadActor(world.users.ownerEditor, "test-session"), world.caseId)).parties.find((p) => p.id === world.org.norrstrom)?.state;
    const approve = async (userId: string) => approveDecided(await loadActor(userId, "test-session"), { caseId: world.caseId, version: 1 });
    /** An answer changes: the approvals given are no longer current ("Godkännandet är inaktuellt"). */
    async function changeAnAnswer() {
      const current = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true, data: true } });
      const base = (current.data as { needs?: { problem?: unknown } }).needs?.problem;
      await saveAnswers(await loadActor(world.users.ownerEditor, "test-session"), { caseId: world.caseId, baseVersion: current.version, changes: [{ path: "needs.problem", value: "Långa väntetider", base }] });
    }

    it("is not offered, and the panel says why; once the case changes it is offered again", async () => {
      await approve(world.users.legalReviewer);
      let html = await panel();
      expect(choicesByParty(html).map(([party]) => party)).toEqual(["Fjällvikens kommun"]);
      expect(html).toContain("Norrströms kommun har godkänt ärendet i version 1 och skickas inte igen.");
      // With Fjällviken approved too, nothing is left to send; the closed form says why.
      await approve(fjallvikenJurist);
      html = await panel();
      expect(choicesByParty(html)).toEqual([]);
      expect(html).toContain("Norrströms kommun har godkänt ärendet i version 1 och skickas inte igen. Fjällvikens kommun har godkänt ärendet i version 1 och skickas inte igen.");
      await changeAnAnswer();
      expect(await norrstromState()).toBe("stale");
      html = await panel();
      expect(choicesByParty(html).map(([party]) => party)).toEqual(["Norrströms kommun", "Fjällvikens kommun"]);
      expect(html).not.toContain("har godkänt ärendet");
    });

    it("is refused on the choice when asked for anyway (a stale page, a crafted post), and keeps its approval; once the case changes it may be sent again", async () => {
      await approve(world.users.legalReviewer);
      await signIn(world.users.ownerEditor);
      const mails = await prisma.outboxMail.count();
      const refusal =
        "Norrströms kommun har godkänt ärendet i version 1, och godkännandet gäller. Ärendet skickas inte till granskning igen för den parten, eftersom godkännandet då inte längre skulle gälla. När ett svar eller en klausul har ändrats kan det skickas igen.";
      for (const recipient of [world.org.norrstrom, `${world.org.norrstrom}:${world.users.legalReviewer}`]) {
        for (const extra of [SCRIPTED, {}]) {
          const outcome = await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient, message: "En gång till.", ...extra })));
          // organizationId's errors stand on "Vem ska granska?" (the choice's errorPaths).
          expect(outcome).toMatchObject({ state: { status: "error", fieldErrors: [{ path: "organizationId", message: refusal }], values: { recipient, message: "En gång till." } } });
        }
      }
      expect(await prisma.reviewRequest.count({ where: { organizationId: world.org.norrstrom } })).toBe(0);
      expect(await prisma.outboxMail.count()).toBe(mails);
      expect(await norrstromState()).toBe("approved");
      // The other party is sent the case as before.
      expect(await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: world.org.fjallviken, message: "", ...SCRIPTED })))).toMatchObject({ state: { status: "success" } });
      await changeAnAnswer();
      expect(await norrstromState()).toBe("stale");
      expect(await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: world.org.norrstrom, message: "", ...SCRIPTED })))).toMatchObject({ state: { status: "success" } });
      expect(await norrstromState()).toBe("in_review");
    });
  });

  it("says the jurist has been told when one person was mailed, and the jurists when more were", async () => {
    await signIn(world.users.ownerEditor);
    const sent = async (recipient: string) => post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient, message: "", ...SCRIPTED })));
    // One named jurist, and every jurist of a party that has one.
    expect(await sent(`${world.org.fjallviken}:${fjallvikenJurist}`)).toEqual({
      state: { status: "success", message: "Ärendet är skickat till juridisk granskning. Juristen har fått ett meddelande." },
    });
    await prisma.reviewRequest.deleteMany();
    expect(await sent(world.org.fjallviken)).toEqual({ state: { status: "success", message: "Ärendet är skickat till juridisk granskning. Juristen har fått ett meddelande." } });
    // Every jurist of a party that has two.
    await createJurist("jurist2@norrstrom.test", "Jonas Jurist", world.org.norrstrom);
    expect(await sent(world.org.norrstrom)).toEqual({ state: { status: "success", message: "Ärendet är skickat till juridisk granskning. Juristerna har fått ett meddelande." } });
  });

  it("sends to the jurist chosen, for the party they stand under", async () => {
    await signIn(world.users.ownerEditor);
    const outcome = await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient: `${world.org.fjallviken}:${fjallvikenJurist}`, message: "Till Frida.", ...SCRIPTED })));
    expect(outcome).toMatchObject({ state: { status: "success" } });
    expect(await prisma.reviewRequest.findMany({ select: { organizationId: true, reviewerUserId: true } })).toEqual([{ organizationId: world.org.fjallviken, reviewerUserId: fjallvikenJurist }]);
    expect(await prisma.outboxMail.findMany({ select: { to: true } })).toEqual([{ to: "jurist@fjallviken.test" }]);
  });

  it("refuses a jurist who does not review for the party named with them, on the choice, and stores nothing", async () => {
    await signIn(world.users.ownerEditor);
    for (const recipient of [`${world.org.norrstrom}:${fjallvikenJurist}`, `${world.org.fjallviken}:${world.users.legalReviewer}`]) {
      const outcome = await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, recipient, message: "Granska gärna.", ...SCRIPTED })));
      expect(outcome).toMatchObject({
        state: { status: "error", fieldErrors: [{ path: "reviewerUserId", message: "Personen granskar inte för den parten. Välj en granskare i listan." }], values: { recipient, message: "Granska gärna." } },
      });
    }
    // Sent apart, as the fields the data layer takes, the same.
    const apart = await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, organizationId: world.org.norrstrom, reviewerUserId: fjallvikenJurist, message: "" })));
    expect(apart).toMatchObject({ state: { status: "error", fieldErrors: [{ path: "reviewerUserId" }] } });
    // No choice at all.
    expect(await post(() => requestReviewAction(IDLE, form({ caseId: world.caseId, message: "" })))).toMatchObject({ state: { status: "error", fieldErrors: [{ path: "organizationId" }] } });
    expect(await prisma.reviewRequest.count()).toBe(0);
    expect(await prisma.outboxMail.count()).toBe(0);
  });
});
