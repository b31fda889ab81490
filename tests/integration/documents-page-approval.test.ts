import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

import pg from "pg";
import DocumentsPage from "@/app/arenden/[id]/dokument/page";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { loadCaseDocuments } from "@/lib/case-documents/data";
import { prisma } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { documentApprovalState, fullApproval } from "@/lib/review/queries";
import { readDocument, saveAnswers } from "@/lib/wizard/data";
import { setRequest } from "./helpers/next-request";
import { approveDecided } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { type World, seedWorld, storedSessionCookie } from "./helpers/world";

// Found by a tester: the documents page said "Dokumenten är utkast tills ärendet har granskats och
// godkänts juridiskt" also after the approval, while the files created from it said "Juridiskt
// granskat och godkänt: version 1". The page now says what the files created now will say.

let world: World;
let fjallvikenJurist: string;
const actor = (id: string): Promise<Actor> => loadActor(id, "test-session");
const DRAFT = "Dokumenten är utkast tills ärendet har granskats och godkänts juridiskt: varje sida är märkt ”UTKAST – ej juridiskt granskat”.";

async function renderPage(userId = world.users.ownerEditor): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(userId) });
  const element = (await DocumentsPage({ params: Promise.resolve({ id: world.caseId }) })) as ReactElement;
  return renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

async function generationApproval() {
  const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
  return fullApproval(world.caseId, readDocument(world.caseId, row.data));
}

async function queriesOfLoad(): Promise<number> {
  const user = await actor(world.users.ownerEditor);
  const spy = vi.spyOn(pg.Client.prototype, "query");
  await loadCaseDocuments(user, world.caseId);
  const count = spy.mock.calls.length;
  spy.mockRestore();
  return count;
}

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
  // Fjällviken, the other party, has a jurist too: the case is approved once both have approved.
  const user = await prisma.user.create({ data: { email: "jurist@fjallviken.test", name: "Frida Jurist", emailVerified: true } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: world.org.fjallviken, role: "LEGAL_REVIEWER" } });
  fjallvikenJurist = user.id;
});

describe("the documents page and the legal approval", () => {
  it("calls the documents drafts until every reviewing party approved, then names the approved version, and drafts again after a change", async () => {
    const draftQueries = await queriesOfLoad();
    let page = await renderPage();
    expect(page).toContain(DRAFT);
    expect(page).not.toContain("juridiskt granskat och godkänt");

    // One of the two parties approved: the documents created now are still drafts, and say whose approval they have.
    await approveDecided(await actor(world.users.legalReviewer), { caseId: world.caseId, version: 1 });
    expect(await generationApproval()).toBeUndefined();
    page = await renderPage();
    expect(page).not.toContain(DRAFT);
    expect(page).toContain("Ärendet är juridiskt godkänt för en del av parterna, ännu inte för Fjällvikens kommun. Dokumenten som skapas nu är utkast och säger det på varje sida: ”UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun; godkänt i version 1,");
    expect(page).not.toContain("juridiskt granskat och godkänt");
    // Fjällviken's jurist sent it back: the page and the files say so of Fjällviken (a walk read the
    // partly approved draft as nearly approved). A later return is the party's latest word.
    const returned = await prisma.reviewRequest.create({
      data: { caseId: world.caseId, organizationId: world.org.fjallviken, caseVersion: 1, message: "", requestedById: world.users.ownerEditor, requestedByName: "Redigerare", createdAt: new Date(Date.now() + 1000), closedAt: new Date(Date.now() + 2000), outcome: "RETURNED", closedByName: "Frida Jurist", summary: "Komplettera." },
    });
    page = await renderPage();
    expect(page).toContain("ännu inte för Fjällvikens kommun (skickat tillbaka av partens jurist). Dokumenten som skapas nu är utkast och säger det på varje sida: ”UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun (skickat tillbaka av partens jurist); godkänt i version 1,");
    await prisma.reviewRequest.delete({ where: { id: returned.id } });

    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    const approval = await generationApproval();
    expect(approval).toMatchObject({ version: 1 });
    const last = await prisma.caseApproval.findFirstOrThrow({ where: { organizationId: world.org.fjallviken } });
    for (const reader of [world.users.ownerEditor, world.users.legalReviewer]) {
      page = await renderPage(reader);
      // Who approved for which party, as the documents' pages say it.
      expect(page).toContain(`Ärendet är juridiskt granskat och godkänt i version 1 den ${formatDate(last.createdAt)} av `);
      expect(page).toContain("Frida Jurist (Fjällvikens kommun)");
      expect(page).toContain(`${approval!.reviewers.join(" och ")}. Dokumenten som skapas nu är märkta med godkännandet.`);
      expect(page).not.toContain("Dokumenten är utkast");
      expect(page).not.toContain("UTKAST");
    }
    // Files of the version made before and after the approval: each says which state it is of.
    const approved = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    const { statement } = await documentApprovalState(world.caseId, readDocument(world.caseId, approved.data));
    const file = (approvalVersion: number, approvalStatement: string, name: string) => ({ caseId: world.caseId, kind: "avtal", format: "pdf", caseVersion: 1, approvalVersion, approvalStatement, fileName: `avtal-${name}.pdf`, mimeType: "application/pdf", size: 3, sha256: "0".repeat(64), bytes: Buffer.from("pdf") });
    await prisma.caseDocument.createMany({
      data: [
        file(0, "", "utkast"),
        // A partial line in an older wording, and in today's (partialMark): today's names the party still awaited.
        file(0, "UTKAST – juridiskt godkänt i version 1 … ännu inte godkänt för Fjällvikens kommun", "delvis"),
        file(0, "UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun; godkänt i version 1, 2026-01-01 av Julia Rätt (Norrströms kommun)", "delvis-ny"),
        // Approved, but saying another approval than today's (an earlier reviewer's, say): not current either.
        file(1, "Juridiskt granskat och godkänt: version 1, 2026-01-01 av Någon Annan (Norrströms kommun)", "annat-godkannande"),
        file(1, statement, "godkand"),
      ],
    });
    page = await renderPage();
    // The files that say what holds now are the version's; those made before the approval was as
    // it is now are listed with the older files, each saying which state it is of.
    expect(page).toContain("Ladda ned PDF, juridiskt godkänd");
    expect(page).not.toContain("Ladda ned PDF, utkast");
    const older = page.slice(page.indexOf("Tidigare filer"));
    expect(older).toContain("(PDF, utkast)");
    expect(older).toContain("(PDF, utkast, godkänt för en del av parterna)");
    expect(older).toContain("(PDF, utkast, ännu inte juridiskt godkänt för Fjällvikens kommun)");
    expect(older.match(/juridiskt godkänd/g)).toHaveLength(1);
    expect(page.slice(0, page.indexOf("Tidigare filer")).match(/Ladda ned PDF, juridiskt godkänd/g)).toHaveLength(1);
    await prisma.caseDocument.deleteMany({ where: { caseId: world.caseId } });
    // The approval was read with the case; which parties must approve is the one query more.
    expect(await queriesOfLoad()).toBe(draftQueries + 1);

    // A later answer: the approval is of the version before, and the documents are drafts again.
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    const base = (row.data as { needs?: { problem?: unknown } }).needs?.problem;
    await saveAnswers(await actor(world.users.ownerEditor), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Ändrat efter godkännandet.", base }] });
    expect(await generationApproval()).toBeUndefined();
    page = await renderPage();
    expect(page).toContain(DRAFT);
    expect(page).not.toContain("juridiskt granskat och godkänt");
    // A case with approvals of an earlier document reads no more than one never approved.
    expect(await queriesOfLoad()).toBe(draftQueries);
  });
});
