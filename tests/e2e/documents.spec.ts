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
    expect(name).toMatch(/-v3-utkast\.(docx|pdf)$/);
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
  // What a text other than the suggestion means is said once above the clauses, not under each (a walk read it twelve times).
  await expect(page.getByText(/^\d+ klausuler har en annan text än förslaget från dagens svar\. Har ni skrivit texten själva är det inget fel, om inte en iakttagelse vid klausulen säger något annat\./)).toHaveCount(1);
  await expect(clause.getByText("Texten är inte förslaget från dagens svar.", { exact: true })).toBeVisible();
  // Where the text differs from today's suggestion (a walk could not tell where): this text is
  // another text, not an edit of the suggestion, so the suggestion is shown whole.
  await clause.getByText("Visa skillnaden mot förslaget").click();
  await expect(clause.getByText("Texten och förslaget har för få ord gemensamt för att jämföras ord för ord. Förslaget från dagens svar:")).toBeVisible();
  await checkA11y(page);
  // Each button goes with its click: the focus goes where the work goes on, never to the page's
  // start (a keyboard walk), and Escape answers the question with "keep my text".
  const offer = clause.getByRole("button", { name: "Ersätt med nytt förslag från svaren" });
  await offer.focus();
  await page.keyboard.press("Enter");
  await expect(clause.getByText("Vill du ersätta din egen text med förslaget från svaren?")).toBeVisible();
  await expect(clause.getByRole("button", { name: "Ja, ersätt texten" })).toBeFocused();
  await checkA11y(page);
  await page.keyboard.press("Escape");
  await expect(offer).toBeFocused();
  await page.keyboard.press("Enter");
  await clause.getByRole("button", { name: "Behåll min text" }).click();
  await expect(offer).toBeFocused();
  await expect(field).toHaveValue("Ömsesidig uppsägningstid om sex månader.");

  await offer.click();
  await clause.getByRole("button", { name: "Ja, ersätt texten" }).click();
  await expect(field).toHaveValue(/^Varje part får säga upp avtalet skriftligen med 6 månaders uppsägningstid\./);
  await expect(field).toBeFocused();
  await expect(clause.getByRole("status")).toContainText("Din text ersattes med förslaget.");
  // An edit of the suggestion is compared word by word, as it is typed.
  await field.fill((await field.inputValue()).replace("med 6 månaders", "med tolv månaders"));
  await expect(clause.getByText("Det överstrukna finns bara i förslaget från dagens svar, det understrukna bara i er text.")).toBeVisible();
  await expect(clause.locator("del")).toHaveText(["(bara i förslaget: 6)"]);
  await expect(clause.locator("ins")).toHaveText(["(bara i texten: tolv)"]);
  await checkA11y(page);
  await field.fill(await field.inputValue().then((text) => text.replace("med tolv månaders", "med 6 månaders")));
  await clause.getByRole("button", { name: "Ångra och återställ din text" }).click();
  await expect(field).toHaveValue("Ömsesidig uppsägningstid om sex månader.");
  await expect(field).toBeFocused();
  await expect(clause.getByRole("status")).toHaveText("Din text är återställd.");

  // A figure the answers do not give: the finding stands under its clause, not after the last of
  // the thirteen, and the clause does not call the text "inget fel" beside it (a walk).
  await field.fill("Ömsesidig uppsägningstid om 12 månader.");
  const beside = clause.locator('[data-anmarkning-for="agreement.clauses.uppsagning"]');
  await expect(beside).toContainText("Avtalsdelens siffror stämmer inte med svaren");
  await expect(beside).toContainText("har 12\u00a0månader, som inte finns i svaren");
  await expect(clause).toContainText("dess siffror stämmer inte med svaren: se iakttagelsen nedan");
  await expect(page.locator('[data-anmarkning-for="agreement.clauses"]', { hasText: "Avtalsdelens siffror" })).toHaveCount(0);
  await checkA11y(page);
  // The page's list of findings leads to it, and it lands below the sticky save line, not under it.
  await page.getByRole("link", { name: "Varning: Avtalsdelens siffror stämmer inte med svaren", exact: true }).click();
  await expect(page).toHaveURL(/#f-agreement-clauses-uppsagning-anmarkningar$/);
  // The focus goes with it, so a screen reader reads the finding; the next Tab leads back to the
  // clause's text, not into the next clause's (a walk).
  await expect(beside).toBeFocused();
  await page.keyboard.press("Tab");
  const back = clause.getByRole("link", { name: "Gå till svaret på ”Avtalstext: uppsägning”" });
  await expect(back).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(field).toBeFocused();
  await expect
    .poll(async () => {
      const bar = await page.locator("div.sticky[data-needs-script]").boundingBox();
      const landed = await beside.boundingBox();
      return bar && landed ? landed.y - (bar.y + bar.height) : -1;
    })
    .toBeGreaterThanOrEqual(0);
});

test("opening step 4 saves nothing by itself: an empty clause shows the draft beside it until the editor adopts it", async ({ page, baseURL }) => {
  const caseId = await editorWithExampleCase(page, baseURL!);
  const clauses = { ...EXAMPLE.agreement.clauses };
  delete clauses.parter;
  delete clauses.uppdrag;
  await db().case.update({ where: { id: caseId }, data: { data: { ...EXAMPLE, title: "Familjebehandling Norrström–Fjällviken", agreement: { ...EXAMPLE.agreement, clauses } } } });
  await page.goto(`/arenden/${caseId}/steg/4`);
  const parties = page.getByRole("region", { name: "Avtalets parter" });
  await expect(parties).toContainText("Förslag från svaren");
  await expect(parties).toContainText("Norrströms kommun");
  await expect(page.getByLabel("Avtalstext: avtalets parter")).toHaveValue("");
  await checkA11y(page);
  // Well past the autosave's pause: still version 3 and no clause text stored.
  await page.waitForTimeout(4_000);
  let stored = await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, data: true } });
  expect(stored.version).toBe(3);
  expect((stored.data as { agreement: { clauses: Record<string, unknown> } }).agreement.clauses.parter).toBeUndefined();

  // Adopting the draft is the editor's act, and that is saved.
  await parties.getByRole("button", { name: "Fyll i förslag från svaren" }).click();
  await expect(page.getByLabel("Avtalstext: avtalets parter")).toHaveValue(/Norrströms kommun/);
  // The button goes with its click: the focus goes to the filled text, and the status says what happened.
  await expect(page.getByLabel("Avtalstext: avtalets parter")).toBeFocused();
  await expect(parties.getByRole("status").filter({ hasText: "Förslaget från svaren är ifyllt." })).toBeVisible();
  await expect.poll(async () => (await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version, { timeout: 15_000 }).toBe(4);
  stored = await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, data: true } });
  expect((stored.data as { agreement: { clauses: Record<string, string> } }).agreement.clauses.parter).toMatch(/Norrströms kommun/);
  expect((stored.data as { agreement: { clauses: Record<string, unknown> } }).agreement.clauses.uppdrag).toBeUndefined();
});

test("an incomplete case's documents page creates documents that list what is missing, never an error page", async ({ page, baseURL }) => {
  const user = await seedUser({ email: uniqueEmail("socialchef"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(user.id, "Norrströms kommun", "Nytt ärende utan svar");
  await signInAs(page.context(), user.id, baseURL!);
  await page.goto(`/arenden/${created.id}/dokument`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokument för Nytt ärende utan svar");
  await checkA11y(page);
  await page.getByRole("button", { name: /^Skapa Word och PDF för version 1$/ }).click();
  await expect(page.getByRole("status")).toHaveText(/^\d+ filer för version 1 är skapade och sparade\.$/, { timeout: 120_000 });
  await checkA11y(page);
  const stored = await db().caseDocument.findMany({ where: { caseId: created.id, kind: "avtal", format: "docx" }, select: { bytes: true } });
  expect(stored).toHaveLength(1);
  const JSZip = (await import("jszip")).default;
  const xml = await (await JSZip.loadAsync(Buffer.from(stored[0]!.bytes))).file("word/document.xml")!.async("string");
  const text = xml.replace(/<[^>]+>/g, " ");
  expect(text).toContain("Öppna punkter");
  expect(text).toContain("[…]");
  // The print view of the same document opens as a page, too.
  await page.goto(`/arenden/${created.id}/dokument`);
  await expect(page.getByRole("link", { name: /^Ladda ned Word: Avtal om avtalssamverkan/ })).toBeVisible();
});
