import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import pg from "pg";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { emptyCase } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { todayInStockholm } from "@/lib/format";
import { decideFinding, replyToThread, requestReview, returnCase } from "@/lib/review/data";
import { keyFindings } from "@/lib/review/findings";
import { evaluateCase } from "@/lib/rules";
import { listStartCases } from "@/lib/start/cases";
import { saveAnswers } from "@/lib/wizard/data";
import { listMyCasesWithSummaries } from "@/lib/wizard/case-list";
import { approveDecided } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { seedWorld, type World } from "./helpers/world";

// The start page of someone who sent a case to the kommunjurist: each case's review state in the
// words "Mina ärenden" uses, and what was sent back or asked of the editors first.
let world: World;
const as = (name: keyof World["users"]): Promise<Actor> => loadActor(world.users[name], "test-session");
const today = todayInStockholm();
const start = async (name: keyof World["users"]) => listStartCases(await as(name), today);
const stateOf = async (name: keyof World["users"], caseId = world.caseId) => (await start(name)).cases.find((c) => c.id === caseId)?.review;
const version = async () => (await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true } })).version;

beforeEach(async () => {
  await resetDatabase();
  // The world's case has a comment thread its jurist started, which no editor has answered.
  world = await seedWorld();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the start page's cases and their legal review", () => {
  it("says whether a case waits for review, was sent back with points to fix, or is approved, as Mina ärenden does", async () => {
    expect(await stateOf("ownerEditor")).toBe("not_reviewed");
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Titta på upphandlingen." });
    expect(await stateOf("ownerEditor")).toBe("in_review");

    // The jurist decides a point "Ska åtgärdas" and sends the case back.
    const jurist = await as("legalReviewer");
    const findingKey = keyFindings(evaluateCase(emptyCase(), today).findings)[0]!.key;
    await decideFinding(jurist, { caseId: world.caseId, findingKey, kind: "MUST_FIX" });
    await returnCase(jurist, { caseId: world.caseId, summary: "Målen behöver nyckeltal.\nBeskriv också uppföljningen." });
    const returned = (await start("ownerEditor")).cases[0]!;
    expect(returned).toMatchObject({
      id: world.caseId,
      review: "returned",
      returns: [{ organizationId: world.org.norrstrom, partyName: "Norrströms kommun", byName: "Julia Jurist", summary: "Målen behöver nyckeltal.\nBeskriv också uppföljningen.", mustFix: 1 }],
    });
    const listed = await listMyCasesWithSummaries(await as("ownerEditor"), today);
    expect(listed.cases.find((c) => c.id === world.caseId)?.review.overall).toBe("returned");

    // Approved for the case as it is, then no longer once an answer changes.
    await requestReview(await as("ownerEditor"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "" });
    await approveDecided(jurist, { caseId: world.caseId, version: await version() });
    expect(await stateOf("ownerEditor")).toBe("approved");
    expect(await stateOf("legalReviewer")).toBe("approved");
    const current = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true, data: true } });
    const base = (current.data as { needs?: { problem?: unknown } }).needs?.problem;
    await saveAnswers(await as("ownerEditor"), { caseId: world.caseId, baseVersion: current.version, changes: [{ path: "needs.problem", value: "Långa väntetider", base }] });
    expect(await stateOf("ownerEditor")).toBe("stale");
  });

  it("puts what the jurist sent back or asked first, for the case's editors only", async () => {
    // The jurist's open comment waits for the editors.
    let editor = await start("ownerEditor");
    expect(editor.todo.map((c) => [c.id, c.commentsWaiting, c.returns.length])).toEqual([[world.caseId, 1, 0]]);
    // Answered by the other editor: it no longer waits for the editors.
    await replyToThread(await as("partner"), { caseId: world.caseId, threadId: world.threadId, body: "Vi kompletterar i steg 1." });
    editor = await start("ownerEditor");
    expect(editor.todo).toEqual([]);
    expect(editor.cases[0]).toMatchObject({ id: world.caseId, commentsWaiting: 0, waitsForActor: false });

    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Komplettera ekonomin." });
    editor = await start("ownerEditor");
    expect(editor.todo).toHaveLength(1);
    expect(editor.todo[0]).toMatchObject({ id: world.caseId, review: "returned", returns: [{ summary: "Komplettera ekonomin.", mustFix: 0 }] });
    expect((await start("partner")).todo.map((c) => c.id)).toEqual([world.caseId]);

    // The jurist reads the case and its state, but has nothing to do on it as an editor.
    const jurist = await start("legalReviewer");
    expect(jurist.cases.map((c) => [c.id, c.review])).toEqual([[world.caseId, "returned"]]);
    expect(jurist.todo).toEqual([]);
    // Lund's editor started the thread on Lund's case himself: it waits for nobody on his side.
    const lund = await start("lundEditor");
    expect(lund.cases.map((c) => [c.id, c.review, c.commentsWaiting])).toEqual([[world.otherCaseId, "not_reviewed", 0]]);
    expect(lund.todo).toEqual([]);
    // Someone outside the case sees neither the case nor its review.
    expect(await start("otherEditor")).toEqual({ total: 0, cases: [], todo: [] });
  });

  it("lists the cases sent back first, then those with only comments waiting, newest first within each", async () => {
    // Found by a tester: the to-do followed "Mina ärenden" (latest change first), so a case with a
    // comment could stand above a case sent back with points to fix.
    const jurist = await as("legalReviewer");
    await returnCase(jurist, { caseId: world.caseId, summary: "Komplettera ekonomin." });
    const [later, newComment, oldComment] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await prisma.case.createMany({
      data: [
        { id: later, title: "Skickat tillbaka senare", updatedAt: new Date("2020-01-01T08:00:00Z") },
        { id: newComment, title: "Ny kommentar", updatedAt: new Date("2021-01-01T08:00:00Z") },
        { id: oldComment, title: "Äldre kommentar", updatedAt: new Date("2099-01-01T08:00:00Z") },
      ].map((c) => ({ ...c, ownerOrganizationId: world.org.norrstrom, data: emptyCase() as unknown as Prisma.InputJsonValue })),
    });
    await prisma.caseMember.createMany({ data: [later, newComment, oldComment].map((caseId) => ({ caseId, userId: world.users.ownerEditor, role: "EDITOR" as const, organizationId: world.org.norrstrom })) });
    const comment = (caseId: string, createdAt: Date) =>
      prisma.reviewThread.create({
        data: { caseId, anchorKind: "ANSWER", anchor: "needs.problem", caseVersion: 1, createdById: world.users.legalReviewer, comments: { create: { authorId: world.users.legalReviewer, authorName: "Julia Jurist", body: "Beskriv problemet.", createdAt } } },
      });
    await comment(oldComment, new Date("2026-01-01T08:00:00Z"));
    await comment(newComment, new Date());
    await returnCase(jurist, { caseId: later, summary: "Komplettera målen." });

    const { cases, todo } = await start("ownerEditor");
    // "Mina ärenden" lists the latest change first; the to-do has its own order.
    expect(cases[0]!.id).toBe(oldComment);
    expect(todo.map((c) => c.id)).toEqual([later, world.caseId, newComment, oldComment]);
    expect(todo.map((c) => c.returns.length > 0)).toEqual([true, true, false, false]);
  });

  it("reads the review of every listed case together: as many queries for fifteen cases as for one", async () => {
    const queries = async () => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      const result = await start("ownerEditor");
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return { result, count };
    };
    await returnCase(await as("legalReviewer"), { caseId: world.caseId, summary: "Komplettera ekonomin." });
    const one = await queries();
    expect(one.result.todo).toHaveLength(1);

    // Fourteen more cases of the same editor, each sent back with a comment waiting.
    const ids = Array.from({ length: 14 }, () => crypto.randomUUID());
    await prisma.case.createMany({
      data: ids.map((id, i) => ({ id, title: `Ärende ${i + 1}`, ownerOrganizationId: world.org.norrstrom, data: emptyCase() as unknown as Prisma.InputJsonValue })),
    });
    await prisma.caseMember.createMany({ data: ids.map((caseId) => ({ caseId, userId: world.users.ownerEditor, role: "EDITOR" as const, organizationId: world.org.norrstrom })) });
    const jurist = await as("legalReviewer");
    for (const caseId of ids) {
      await returnCase(jurist, { caseId, summary: "Komplettera ekonomin." });
      await prisma.reviewThread.create({
        data: { caseId, anchorKind: "ANSWER", anchor: "needs.problem", caseVersion: 1, createdById: world.users.legalReviewer, comments: { create: { authorId: world.users.legalReviewer, authorName: "Julia Jurist", body: "Beskriv problemet." } } },
      });
    }
    const fifteen = await queries();
    expect(fifteen.result.total).toBe(15);
    expect(fifteen.result.cases).toHaveLength(5);
    expect(fifteen.result.todo).toHaveLength(15);
    expect(fifteen.result.cases.every((c) => c.review === "returned" && c.commentsWaiting === 1)).toBe(true);
    expect(one.count).toBeGreaterThan(0);
    expect(fifteen.count).toBe(one.count);
  });
});
