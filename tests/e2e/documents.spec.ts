import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkA11y, expect, test } from "./fixtures";
import { db, seedCase, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";
import { projectRoot } from "../../scripts/lib/config.mjs";

test.describe.configure({ timeout: 240_000 });

const EXAMPLE = JSON.parse(readFileSync(path.join(projectRoot, "examples/cases/norrstrom-fjallviken.json"), "utf8"));

async function editorWithExampleCase(page: import("@playwright/test").Page, baseURL: string) {
  const user = await seedUser({ email: uniqueEmail("socialchef"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(user.id, "Norrströms kommun", "Familjebehandling Norrström–Fjällviken");
  await db().case.update({ where: { id: created.id }, data: { data: { ...EXAMPLE, title: "Familjebehandling Norrström–Fjällviken" }, diaryNumber: "SN 2026/41", version: 3 } });
  await signInAs(page.context(), user.id, baseURL);
  return created.id;
}

test("an editor creates the case's documents and downloads each one, unchanged, from the case page", async ({ page, baseURL }, testInfo) => {
  const caseId = await editorWithExampleCase(page, baseURL!);
  await page.goto(`/arenden/${caseId}`);
  await checkA11y(page);
  await page.getByRole("link", { name: "Visa och skapa dokument" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokument för Familjebehandling Norrström–Fjällviken");
  await expect(page.getByText("Inga sparade filer för version 3 än").first()).toBeVisible();
  await checkA11y(page);

  await page.getByRole("button", { name: "Skapa Word och PDF för version 3" }).click();
  await expect(page.getByRole("status")).toHaveText("14 filer för version 3 är skapade och sparade.", { timeout: 120_000 });
  await checkA11y(page);

  const links = page.getByRole("link", { name: /^Ladda ned (Word|PDF)/ });
  await expect(links).toHaveCount(14);
  await page.screenshot({ path: testInfo.outputPath("dokument.png"), fullPage: true });
  await expect(page.getByRole("link", { name: "Ladda ned PDF: Tjänsteskrivelse – Fjällvikens kommun" })).toBeVisible();
  const stored = await db().caseDocument.findMany({ where: { caseId }, select: { fileName: true, sha256: true, caseVersion: true } });
  const hashByName = new Map(stored.map((s) => [s.fileName, s.sha256]));
  expect(stored.every((s) => s.caseVersion === 3)).toBe(true);
  const check = (name: string, bytes: Buffer) => {
    expect(name).toMatch(/-v3\.(docx|pdf)$/);
    expect(bytes.subarray(0, name.endsWith(".pdf") ? 4 : 2).toString("latin1")).toBe(name.endsWith(".pdf") ? "%PDF" : "PK");
    // The very bytes that were stored: what a nämnd decided on can be fetched again unchanged.
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(hashByName.get(name));
  };
  // The browser's own download, for one Word and one PDF file …
  for (let i = 0; i < 2; i++) {
    const [download] = await Promise.all([page.waitForEvent("download"), links.nth(i).click()]);
    check(download.suggestedFilename(), readFileSync((await download.path())!));
  }
  // … and every file through the same link with the page's session, status and name checked.
  for (let i = 0; i < 14; i++) {
    const href = await links.nth(i).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status(), `${href}: ${response.status()} ${(await response.text()).slice(0, 200)}`).toBe(200);
    const name = /filename="([^"]+)"/.exec(response.headers()["content-disposition"] ?? "")?.[1] ?? "";
    check(name, await response.body());
  }
  const audit = await db().auditLog.findFirstOrThrow({ where: { caseId, action: "case.document.generate" } });
  expect(audit.details).toMatchObject({ version: 3, created: 14 });
  expect(await db().auditLog.count({ where: { caseId, action: "case.document.download" } })).toBe(16);

  // Generating again keeps the stored files as they are.
  await page.getByRole("button", { name: "Skapa Word och PDF för version 3" }).click();
  await expect(page.getByRole("status")).toHaveText("Dokumenten för version 3 fanns redan och är oförändrade.", { timeout: 60_000 });
  expect(await db().caseDocument.count({ where: { caseId } })).toBe(14);

  // The print view of the agreement: a document in its own right, marked as a draft.
  await page.getByRole("link", { name: "Utskriftsvy: Avtal om avtalssamverkan" }).click();
  await expect(page).toHaveTitle(/^Avtal om avtalssamverkan – Familjebehandling Norrström–Fjällviken$/);
  await expect(page.getByRole("heading", { level: 2, name: "1. Parter" })).toBeVisible();
  await expect(page.getByText("UTKAST – ej juridiskt granskat", { exact: true }).first()).toBeVisible();
  await checkA11y(page);
  await page.screenshot({ path: testInfo.outputPath("utskriftsvy.png"), fullPage: false });
  // Printed from the browser, every page repeats the draft mark and the Dnr with the version.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("UTKAST – ej juridiskt granskat · Dnr SN 2026/41 · Ärendeversion 3", { exact: false })).toBeVisible();
});

test("step 4: an editor's own wording is replaced by the draft only after confirmation, and the replacement can be undone", async ({ page, baseURL }) => {
  const caseId = await editorWithExampleCase(page, baseURL!);
  await page.goto(`/arenden/${caseId}/steg/4`);
  await checkA11y(page);
  const field = page.getByLabel("Avtalstext: uppsägning");
  await expect(field).toHaveValue("Ömsesidig uppsägningstid om sex månader.");
  const clause = page.getByRole("region", { name: "Uppsägning" });
  await clause.getByRole("button", { name: "Ersätt med nytt förslag från svaren" }).click();
  await expect(clause.getByText("Vill du ersätta din egen text med förslaget från svaren?")).toBeVisible();
  await checkA11y(page);
  await clause.getByRole("button", { name: "Behåll min text" }).click();
  await expect(field).toHaveValue("Ömsesidig uppsägningstid om sex månader.");

  await clause.getByRole("button", { name: "Ersätt med nytt förslag från svaren" }).click();
  await clause.getByRole("button", { name: "Ja, ersätt texten" }).click();
  await expect(field).toHaveValue(/^Varje part får säga upp avtalet skriftligen med 6 månaders uppsägningstid\./);
  await clause.getByRole("button", { name: "Ångra och återställ din text" }).click();
  await expect(field).toHaveValue("Ömsesidig uppsägningstid om sex månader.");
});
