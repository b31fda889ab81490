import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { loadActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { downloadCaseDocument, generateCaseDocuments, printViewHtml } from "@/lib/case-documents/data";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { closePdfRenderer } from "@/lib/documents/render/pdf";
import { formatDate } from "@/lib/format";
import { fullApproval } from "@/lib/review/queries";
import { readDocument } from "@/lib/wizard/data";
import { saveAnswers } from "@/lib/wizard/data";
import { openDocx, paragraphTexts } from "../support/documents";
import { approveDecided } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { PASSWORD, seedWorld, type World } from "./helpers/world";

// What the generated files say about the legal review: approved only when every party that has a
// reviewer approved this very document, and a draft again after any later change.

let world: World;
let fjallvikenJurist: string;
const actor = (id: string): Promise<Actor> => loadActor(id, "test-session");
const as = (name: keyof World["users"]) => actor(world.users[name]);
const dir = mkdtempSync(join(tmpdir(), "samverka-case-documents-"));
const EXAMPLE = JSON.parse(readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")) as Prisma.InputJsonValue;

afterAll(closePdfRenderer);

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
  const user = await prisma.user.create({ data: { email: "jurist@fjallviken.test", name: "Frida Jurist", emailVerified: true } });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(PASSWORD) } });
  await prisma.membership.create({ data: { userId: user.id, organizationId: world.org.fjallviken, role: "LEGAL_REVIEWER" } });
  fjallvikenJurist = user.id;
});

/** Each stored file of one case version as text: a DOCX's body, header and footer; a PDF through pdftotext. */
async function filesOfVersion(version: number) {
  const rows = await prisma.caseDocument.findMany({ where: { caseId: world.caseId, caseVersion: version }, select: { fileName: true, format: true, kind: true, bytes: true, approvalVersion: true, approvalStatement: true } });
  return Promise.all(
    rows.map(async (row) => {
      const bytes = Buffer.from(row.bytes);
      if (row.format === "docx") {
        const opened = await openDocx(bytes);
        return { ...row, text: [...opened.headers.flatMap(paragraphTexts), ...opened.paragraphs, ...opened.footers.flatMap(paragraphTexts)].join("\n") };
      }
      const file = join(dir, row.fileName);
      writeFileSync(file, bytes);
      return { ...row, text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }) };
    }),
  );
}

describe("approval → documents", { timeout: 240_000 }, () => {
  it("state the approved version and date once every reviewing party approved, and say UTKAST again after a change", async () => {
    await prisma.case.update({ where: { id: world.caseId }, data: { data: EXAMPLE } });
    // No approval yet: drafts.
    await generateCaseDocuments(await as("ownerEditor"), world.caseId);
    const drafts = await filesOfVersion(1);
    expect(drafts.length).toBeGreaterThan(0);
    for (const f of drafts) {
      expect(f.approvalVersion, f.fileName).toBe(0);
      expect(f.approvalStatement, f.fileName).toBe("");
      expect(f.fileName).toMatch(/-v1-utkast\.(docx|pdf)$/);
      expect(f.text, f.fileName).toContain("UTKAST – ej juridiskt granskat");
    }

    // One of two reviewing parties: still drafts, new files that say whose approval they have
    // (a walk: Norrström's nämnd read "ej juridiskt granskat" on a memo its jurist had approved).
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    const first = await prisma.caseApproval.findFirstOrThrow({ where: { organizationId: world.org.norrstrom } });
    expect((await generateCaseDocuments(await as("ownerEditor"), world.caseId)).created).toBe(drafts.length);
    let files = (await filesOfVersion(1)).filter((f) => f.approvalStatement !== "");
    expect(files).toHaveLength(drafts.length);
    for (const f of files) {
      const text = f.text.replace(/\s+/g, " ");
      expect(f.approvalVersion, f.fileName).toBe(0);
      expect(f.approvalStatement, f.fileName).toBe(`UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun; godkänt i version 1, ${formatDate(first.createdAt)} av ${first.reviewerName} (Norrströms kommun)`);
      // Not the draft's name: in a downloads folder the two must not be taken for one another.
      expect(f.fileName).toMatch(/-v1-utkast-delvis-godkand\.(docx|pdf)$/);
      // A PDF's header may wrap the line, so its two halves are read apart.
      expect(text, f.fileName).toContain("UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun;");
      expect(text, f.fileName).toContain(`godkänt i version 1, ${formatDate(first.createdAt)} av ${first.reviewerName} (Norrströms kommun)`);
      if (f.format === "docx") expect(text, f.fileName).toContain(f.approvalStatement);
      expect(text, f.fileName).not.toContain("ej juridiskt granskat");
    }
    // Generating again in the same state keeps the files as they are.
    expect((await generateCaseDocuments(await as("ownerEditor"), world.caseId)).created).toBe(0);

    await approveDecided(await actor(fjallvikenJurist), { caseId: world.caseId, version: 1 });
    const last = await prisma.caseApproval.findFirstOrThrow({ where: { organizationId: world.org.fjallviken } });
    const result = await generateCaseDocuments(await as("ownerEditor"), world.caseId);
    expect(result.created).toBe(files.length);
    files = (await filesOfVersion(1)).filter((f) => f.approvalVersion === 1);
    expect(files).toHaveLength(result.created);
    const approvedLine = `Juridiskt granskat och godkänt: version 1, ${formatDate(last.createdAt)}`;
    for (const f of files) {
      expect(f.fileName).toMatch(/-v1-godkand\.(docx|pdf)$/);
      expect(f.text, f.fileName).toContain(approvedLine);
      expect(f.text, f.fileName).not.toContain("UTKAST");
    }
    const memo = files.find((f) => f.kind === "tjansteskrivelse" && f.format === "pdf")!;
    expect(memo.text.replace(/\s+/g, " ")).toContain(`Ärendet har granskats juridiskt och godkänts i version 1 den ${formatDate(last.createdAt)}`);
    // Each reviewer is named with the party they approved for.
    expect(memo.text.replace(/\s+/g, " ")).toContain("Frida Jurist (Fjällvikens kommun)");

    // A later change: the approval no longer holds for the new version, so its documents are drafts.
    await saveAnswers(await as("ownerEditor"), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Ändrat efter godkännandet.", base: (EXAMPLE as { needs: { problem: string } }).needs.problem }] });
    await generateCaseDocuments(await as("ownerEditor"), world.caseId);
    const after = await filesOfVersion(2);
    expect(after).toHaveLength(files.length);
    for (const f of after) {
      expect(f.approvalVersion, f.fileName).toBe(0);
      expect(f.text, f.fileName).toContain("UTKAST – ej juridiskt granskat");
      expect(f.text, f.fileName).not.toContain("Juridiskt granskat och godkänt");
    }
  });
});

describe("an incomplete case", { timeout: 240_000 }, () => {
  it("generates documents that list what is missing", async () => {
    const result = await generateCaseDocuments(await as("ownerEditor"), world.caseId);
    const files = await filesOfVersion(1);
    expect(result.created).toBe(files.length);
    expect(new Set(files.map((f) => f.kind))).toEqual(new Set(["avtal", "avsiktsforklaring"]));
    for (const f of files) {
      expect(f.text, f.fileName).toContain("Öppna punkter");
      expect(f.text, f.fileName).toContain("[…]");
    }
  });

  it("name the party each reviewer approved for, and the party nobody reviewed for", async () => {
    // Fjällviken has no jurist in the case: Norrström's approval is the whole approval, and the
    // documents must not read as if Fjällviken's side had been reviewed too.
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    await prisma.case.update({ where: { id: world.caseId }, data: { data: EXAMPLE } });
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    const [row, reviewer, parties] = await Promise.all([
      prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } }),
      prisma.user.findUniqueOrThrow({ where: { id: world.users.legalReviewer }, select: { name: true } }),
      prisma.organization.findMany({ where: { id: { in: [world.org.norrstrom, world.org.fjallviken] } }, select: { id: true, name: true } }),
    ]);
    const name = (id: string) => parties.find((p) => p.id === id)!.name;
    const approval = await fullApproval(world.caseId, readDocument(world.caseId, row.data));
    expect(approval?.reviewers).toEqual([`${reviewer.name} (${name(world.org.norrstrom)})`]);
    expect(approval?.notReviewedFor).toEqual([name(world.org.fjallviken)]);
  });

  it("name the reviewers in the parties' order: the owner first, then the others by name", async () => {
    // A third party that sorts before Fjällviken, taking part after it: the names follow the parties, not who joined first.
    const alby = (await prisma.organization.create({ data: { name: "Alby kommun", type: "KOMMUN" } })).id;
    const albyJurist = (await prisma.user.create({ data: { email: "jurist@alby.test", name: "Alf Jurist", emailVerified: true } })).id;
    await prisma.membership.create({ data: { userId: albyJurist, organizationId: alby, role: "LEGAL_REVIEWER" } });
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: albyJurist, role: "REVIEWER", organizationId: alby } });
    await prisma.case.update({ where: { id: world.caseId }, data: { data: EXAMPLE } });
    for (const jurist of [fjallvikenJurist, albyJurist, world.users.legalReviewer]) await approveDecided(await actor(jurist), { caseId: world.caseId, version: 1 });
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    const approval = await fullApproval(world.caseId, readDocument(world.caseId, row.data));
    expect(approval?.reviewers).toEqual(["Julia Jurist (Norrströms kommun)", "Alf Jurist (Alby kommun)", "Frida Jurist (Fjällvikens kommun)"]);
  });

  it("name a party the agreement names that is not in the case, as not reviewed", async () => {
    // Found by a tester: with only Norrström in the case, the agreement between Norrström and
    // Fjällviken was stamped "granskat och godkänt … av <jurist> (Norrströms kommun)" and no more.
    await prisma.membership.deleteMany({ where: { userId: fjallvikenJurist } });
    const withThird = { ...(EXAMPLE as object), parties: [...(EXAMPLE as { parties: object[] }).parties, { id: "sjobo", name: "Sjöbo kommun", type: "kommun", role: "uppdragsgivare" }] };
    await prisma.case.update({ where: { id: world.caseId }, data: { data: withThird } });
    await approveDecided(await as("legalReviewer"), { caseId: world.caseId, version: 1 });
    const row = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true } });
    const approval = await fullApproval(world.caseId, readDocument(world.caseId, row.data));
    // Fjällviken once (as an organisation of the case and as a party of the answers), and Sjöbo, which is only in the answers.
    expect(approval?.notReviewedFor).toEqual(["Fjällvikens kommun", "Sjöbo kommun"]);
  });
});

describe("the official a tjänsteskrivelse names", () => {
  it("is the person who made it, in their own party's tjänsteskrivelse only", async () => {
    // Found on a walk: Fjällviken's tjänsteskrivelse named Norrström's socialchef as responsible.
    await prisma.case.update({ where: { id: world.caseId }, data: { data: EXAMPLE } });
    const norrstrom = await printViewHtml(await as("ownerEditor"), world.caseId, "tjansteskrivelse", "norrstrom");
    const fjallviken = await printViewHtml(await as("ownerEditor"), world.caseId, "tjansteskrivelse", "fjallviken");
    expect(norrstrom).toContain("Nora Ägare");
    expect(fjallviken).not.toContain("Nora Ägare");
    expect(fjallviken).toContain("Ansvarig tjänsteperson i Fjällvikens kommun, namn och titel");
    // Fjällviken's editor is named in Fjällviken's, not in Norrström's.
    expect(await printViewHtml(await as("partner"), world.caseId, "tjansteskrivelse", "fjallviken")).toContain("Per Partner");
    expect(await printViewHtml(await as("partner"), world.caseId, "tjansteskrivelse", "norrstrom")).not.toContain("Per Partner");
  });
});

describe("a document asked for through another case", () => {
  it("is refused as not found, and the probe is audited as a denial", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7 annat ärende");
    const foreign = await prisma.caseDocument.create({
      data: { caseId: world.otherCaseId, kind: "avtal", format: "pdf", caseVersion: 1, fileName: "avtal-v1.pdf", mimeType: "application/pdf", size: bytes.length, sha256: "0".repeat(64), bytes },
    });
    await expect(downloadCaseDocument(await as("ownerEditor"), world.caseId, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.auditLog.findMany({ where: { action: "case.document.download", outcome: "DENIED" }, select: { caseId: true, details: true } })).toEqual([
      { caseId: world.caseId, details: { reason: "document not in case" } },
    ]);
  });
});
