import { checkA11y, expect, test } from "./fixtures";
import { db, seedCase, seedUser, signInAs, uniqueEmail, withoutJavaScript } from "./auth-fixtures";

test("the case's name and diary number are changed from the overview", async ({ page, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Olga Översikt", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Familjerätt, första namnet");
  await signInAs(page.context(), editor.id, baseURL!);

  await page.goto(`/arenden/${created.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Familjerätt, första namnet");
  // The parties before step 2B names any, and the person's own organisation.
  await expect(page.getByText("Inga parter är angivna i steg 2B än")).toBeVisible();
  const title = page.getByLabel("Titel");
  await expect(title).toHaveValue("Familjerätt, första namnet");
  // A new case counts the first step's blockers; the later steps' are named beside them.
  await expect(page.getByText(/Därtill finns i steg [0-9A-C, och]+, som väntar på steg ni inte har påbörjat, \d+ hinder och \d+ varning(ar)?; den juridiska granskningen räknar dem också\./)).toBeVisible();
  await checkA11y(page);

  await title.fill("Familjerätt i samverkan");
  await page.getByLabel("Diarienummer (frivilligt)").fill("SN 2026/118");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Familjerätt i samverkan");
  await expect(page.getByText("SN 2026/118")).toBeVisible();
  // The save says so where it was made (a walk: the status region remounted with the new version
  // and was empty), and the button keeps the focus.
  await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Spara", exact: true })).toBeFocused();
  await checkA11y(page);
  // The next change takes the line away; so does a refusal (a walk: "saved" stood beside "Rätta följande").
  await title.fill("");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ange en titel på minst 3 tecken." })).toBeVisible();
  await expect(page.getByText("Ändringarna är sparade.")).toHaveCount(0);
  // A second save goes through with the version the first one made.
  await title.fill("Familjerätt i samverkan, andra gången");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Familjerätt i samverkan, andra gången");
});

test("without JavaScript, the case's name is changed and the answer comes back", async ({ browser, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("utanjs"), name: "Uno Översikt", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Ärende utan skript, uppgifter");
  await withoutJavaScript(browser, editor.id, baseURL!, async (page) => {
    await page.goto(`/arenden/${created.id}`);
    await page.getByLabel("Titel").fill("Ändrat utan skript");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ändrat utan skript");
  });
});

test("a colleague's rename is never written over: the form takes it when nothing is typed, else the save is refused", async ({ page, baseURL }) => {
  // A review: without its key the form kept the old title while the page's version moved on, so
  // changing the diary number after any other action on the page wrote the old title back.
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Olga Översikt", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Familjerätt, före");
  await signInAs(page.context(), editor.id, baseURL!);
  await page.goto(`/arenden/${created.id}`);
  const title = page.getByLabel("Titel");
  await expect(title).toHaveValue("Familjerätt, före");
  const colleagueRenames = async (to: string) => {
    const row = await db().case.findUniqueOrThrow({ where: { id: created.id }, select: { version: true, data: true } });
    await db().case.update({ where: { id: created.id }, data: { title: to, data: { ...(row.data as object), title: to }, version: row.version + 1 } });
  };
  const refreshByAnotherAction = async () => {
    await page.getByLabel("E-postadress").fill(uniqueEmail("inbjuden"));
    await page.getByRole("button", { name: "Skicka inbjudan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "En inbjudan har skickats" })).toBeVisible();
  };

  // Nothing typed: the refreshed page's title comes into the form, and a save keeps it.
  await colleagueRenames("Familjerätt, kollegans namn");
  await refreshByAnotherAction();
  await expect(title).toHaveValue("Familjerätt, kollegans namn");
  await page.getByLabel("Diarienummer (frivilligt)").fill("SN 2026/7");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
  expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Familjerätt, kollegans namn");

  // Typed before the refresh: the typed text stays, and saving it is refused as a conflict.
  await title.fill("Familjerätt, mitt namn");
  await colleagueRenames("Familjerätt, kollegans andra namn");
  await refreshByAnotherAction();
  await expect(title).toHaveValue("Familjerätt, mitt namn");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Någon annan har ändrat ärendet medan du arbetade." })).toBeVisible();
  expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Familjerätt, kollegans andra namn");
  await checkA11y(page);
});
