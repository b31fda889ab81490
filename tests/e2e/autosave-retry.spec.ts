import { checkA11y, expect, test } from "./fixtures";
import type { Page, Route } from "@playwright/test";
import { E2E_PASSWORD, db, seedCase, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";
import { SELF_COST, waitUntilSaved } from "./wizard-steps";

// Issue 8 §1.3: a save that fails (the network, or a server that answers 5xx) keeps the
// answers in the browser and is tried again, with growing waits, until it gets through;
// nothing is lost and the answer is saved once.

test.describe.configure({ timeout: 180_000 });

for (const failure of ["server error", "network error"] as const) {
  test(`answers survive a ${failure} on save and are saved once when the server answers again`, async ({ page, baseURL }) => {
    const user = await seedUser({ email: uniqueEmail("nora"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
    await signInAs(page.context(), user.id, baseURL!);
    const created = await seedCase(user.id, "Norrströms kommun", "Servern svarar inte");
    let failing = true;
    let refused = 0;
    await page.route("**/arenden/**", async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || request.headers()["next-action"] === undefined || !failing) return route.continue();
      refused++;
      if (failure === "network error") return route.abort("connectionreset");
      return route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" });
    });

    await page.goto(`/arenden/${created.id}/steg/3a`);
    const followUp = page.getByLabel("Hur följs verksamheten upp?");
    await expect(followUp).toBeEnabled();
    await followUp.fill("Månadsvis uppföljning i ledningsgruppen");
    await page.getByLabel("Hur ingår samverkan i den interna kontrollen?").focus();
    const status = page.locator("[data-save-status]");
    await expect(status).toContainText("Kunde inte spara", { timeout: 20_000 });
    await expect(status).toContainText("finns kvar i den här webbläsaren");
    await expect(status).toContainText(/Nästa försök kl\. \d\d:\d\d:\d\d\./);
    await checkA11y(page);
    // It keeps trying by itself, and the answer waits in the local draft meanwhile.
    await expect.poll(() => refused, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const draft = await page.evaluate(() => Object.entries(window.localStorage).find(([key]) => key.startsWith("samverka:utkast:"))?.[1] ?? "");
    expect(draft).toContain("Månadsvis uppföljning i ledningsgruppen");
    expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);

    failing = false;
    await waitUntilSaved(page);
    const stored = await db().case.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.version).toBe(2);
    expect(stored.data).toMatchObject({ control: { followUpRoutine: "Månadsvis uppföljning i ledningsgruppen" } });
    expect(await db().auditLog.count({ where: { caseId: created.id, action: "case.update", outcome: "SUCCESS" } })).toBe(1);
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("samverka:utkast:")))).toEqual([]);
    await page.reload();
    await expect(followUp).toHaveValue("Månadsvis uppföljning i ledningsgruppen");
    await checkA11y(page);
  });
}

test("answers typed after the session ended are kept: signing in again saves them, signing out asks first", async ({ page, baseURL }) => {
  const user = await seedUser({ email: uniqueEmail("utloggad"), name: "Ulla Utloggad", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Sessionen tog slut");
  await page.goto(`/arenden/${created.id}/steg/3a`);
  const followUp = page.getByLabel("Hur följs verksamheten upp?");
  await expect(followUp).toBeEnabled();
  // "Logga ut från alla enheter" on another device, or the session's time ran out.
  await db().session.deleteMany({ where: { userId: user.id } });
  await followUp.fill("Kvartalsvis uppföljning i nämnden");
  const status = page.locator("[data-save-status]");
  await expect(status).toContainText("du har blivit utloggad", { timeout: 20_000 });
  await checkA11y(page);

  // "Logga ut" would forget the answer: it asks, and Avbryt keeps it.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain("Ändringar i 1 ärende är inte sparade än");
  await expect(page).toHaveURL(new RegExp(`/arenden/${created.id}/steg/3a$`));

  // Signing in again as the same person brings the answer back and saves it. One click on the
  // link is enough, typed into the field just before: a walk's first click was lost as the line
  // changed under it (the field's blur started a save).
  await followUp.press("End");
  await followUp.pressSequentially(" i nämnden");
  await expect(status).toContainText("du har blivit utloggad");
  await page.getByRole("link", { name: "Logga in igen" }).click();
  await expect(page).toHaveURL(/\/logga-in\?next=/);
  await checkA11y(page);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(new RegExp(`/arenden/${created.id}/steg/3a$`));
  await expect(followUp).toHaveValue("Kvartalsvis uppföljning i nämnden i nämnden");
  await waitUntilSaved(page);
  expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).data).toMatchObject({ control: { followUpRoutine: "Kvartalsvis uppföljning i nämnden i nämnden" } });

  // With nothing unsaved, signing out asks nothing.
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);
  await checkA11y(page);
  expect(asked).toHaveLength(1);
});

test("an answer the server refuses waits for a correction while the step's other answers are saved", async ({ page, baseURL }) => {
  const user = await seedUser({ email: uniqueEmail("andel"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "En part togs bort");
  const parties = [
    { id: "norrstrom", name: "Norrströms kommun", type: "kommun", role: "uppdragstagare" },
    { id: "fjallviken", name: "Fjällvikens kommun", type: "kommun", role: "uppdragsgivare" },
  ];
  const stored = async () => (await db().case.findUniqueOrThrow({ where: { id: created.id } })).data as { parties: unknown[]; economy: Record<string, unknown> };
  const data = await stored();
  await db().case.update({ where: { id: created.id }, data: { data: { ...data, parties, economy: { ...data.economy, costSplitMethod: "fast" } } } });

  await page.goto(`/arenden/${created.id}/steg/2a/ekonomi`);
  const fjallvikenShare = page.getByLabel("Fjällvikens kommun", { exact: true });
  await expect(fjallvikenShare).toBeEnabled();
  // Meanwhile a colleague removes Fjällviken in step 2B: this page still shows it.
  await db().case.update({ where: { id: created.id }, data: { version: { increment: 1 }, data: { ...data, parties: parties.slice(0, 1), economy: { ...data.economy, costSplitMethod: "fast" } } } });

  await fjallvikenShare.fill("60");
  await page.getByLabel("Hur hanteras underskott och överskott?").fill("Underskott delas lika.");
  await page.getByLabel(SELF_COST).focus();
  const status = page.locator("[data-save-status]");
  await expect(status).toContainText(/Övriga svar sparade kl\. \d\d:\d\d\. 1 svar har fel och sparas när det är rättat/, { timeout: 20_000 });
  // The valid answer is saved without the refused one; the refused one is not.
  expect((await stored()).economy).toMatchObject({ deficitSharing: "Underskott delas lika.", costShares: [] });
  await expect(page.getByText("Parten som andelen gäller finns inte längre i ärendet").first()).toBeVisible();
  await checkA11y(page);
  // Held, not sent again with every later save: the next answer is saved on its own too.
  await page.getByLabel(SELF_COST).fill("5000000");
  await page.getByLabel("Hur hanteras underskott och överskott?").focus();
  await expect.poll(async () => (await stored()).economy.selfCostBudget, { timeout: 20_000 }).toBe(5_000_000);
  await expect(status).toContainText("1 svar har fel");
});

/**
 * Offline, the first tab answers step 3A's follow-up and the second its internal control, each
 * held back by a failed save; the first types once more after the second (its retry writes last),
 * both are closed, and the step is opened again online in a new tab, which is returned.
 */
async function typedOfflineAndClosed(first: Page, second: Page, caseId: string, firstText: string, secondText: string): Promise<Page> {
  const context = first.context();
  await context.setOffline(true);
  await first.getByLabel("Hur följs verksamheten upp?").fill(firstText);
  await first.getByLabel("Hur ingår samverkan i den interna kontrollen?").focus();
  await expect(first.locator("[data-save-status]")).toContainText("Kunde inte spara", { timeout: 20_000 });
  await second.getByLabel("Hur ingår samverkan i den interna kontrollen?").fill(secondText);
  await second.getByLabel("Hur följs verksamheten upp?").focus();
  await expect(second.locator("[data-save-status]")).toContainText("Kunde inte spara", { timeout: 20_000 });
  await first.getByLabel("Hur följs verksamheten upp?").press("End");
  await first.getByLabel("Hur följs verksamheten upp?").pressSequentially(".");
  await first.close();
  await second.close();
  await context.setOffline(false);
  const reopened = await context.newPage();
  await reopened.goto(`/arenden/${caseId}/steg/3a`);
  return reopened;
}

test("two tabs of one editor keep each its own unsaved answers: closed offline, both come back and are saved", async ({ page, baseURL }) => {
  // A walk: two tabs offline, each with an answer of its own, both closed; only the second
  // tab's answer came back (each tab rewrote the step's unsaved answers with its own).
  const user = await seedUser({ email: uniqueEmail("tvaflikar"), name: "Tova Tvåflik", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Två flikar");
  const context = page.context();
  const second = await context.newPage();
  for (const tab of [page, second]) {
    await tab.goto(`/arenden/${created.id}/steg/3a`);
    await expect(tab.getByLabel("Hur följs verksamheten upp?")).toBeEnabled();
    await checkA11y(tab);
  }
  const reopened = await typedOfflineAndClosed(page, second, created.id, "Uppföljning från första fliken", "Kontroll från andra fliken");
  await expect(reopened.getByLabel("Hur följs verksamheten upp?")).toHaveValue("Uppföljning från första fliken.");
  await expect(reopened.getByLabel("Hur ingår samverkan i den interna kontrollen?")).toHaveValue("Kontroll från andra fliken");
  await expect(reopened.getByText("Vi hittade ändringar i den här webbläsaren")).toBeVisible();
  await waitUntilSaved(reopened);
  await checkA11y(reopened);
  expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).data).toMatchObject({
    control: { followUpRoutine: "Uppföljning från första fliken.", internalControl: "Kontroll från andra fliken" },
  });
  await expect.poll(() => reopened.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("samverka:utkast:")))).toEqual([]);
});

test("two tabs closed with unsaved answers to the same question: the newest stands in the field, the other is shown to copy", async ({ page, baseURL }) => {
  // A walk: only one answer can stand in the field, and the other tab's went without a word.
  const user = await seedUser({ email: uniqueEmail("sammafraga"), name: "Sam Sammafråga", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Samma fråga i två flikar");
  const context = page.context();
  const second = await context.newPage();
  for (const tab of [page, second]) {
    await tab.goto(`/arenden/${created.id}/steg/3a`);
    await expect(tab.getByLabel("Hur följs verksamheten upp?")).toBeEnabled();
    await checkA11y(tab);
  }
  // Offline, and every post refused before it leaves the browser: Chromium's offline emulation once
  // let a save through as it took effect (CI), and the answer was then saved, not kept aside.
  const refusePosts = (route: Route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue());
  await context.route("**/*", refusePosts);
  await context.setOffline(true);
  for (const [tab, text] of [[page, "Uppföljning enligt första fliken"], [second, "Uppföljning enligt andra fliken"]] as const) {
    await tab.getByLabel("Hur följs verksamheten upp?").fill(text);
    await tab.getByLabel("Hur ingår samverkan i den interna kontrollen?").focus();
    await expect(tab.locator("[data-save-status]")).toContainText("Kunde inte spara", { timeout: 20_000 });
  }
  await page.close();
  await second.close();
  await context.unroute("**/*", refusePosts);
  await context.setOffline(false);
  const reopened = await context.newPage();
  // Both tabs' "closed" marks written on pagehide reach other pages a moment later (Chromium
  // commits a closing page's storage in batches): a step page opened before then took the first
  // tab's answer in alone and saved it, the second's only when its mark arrived — a conflict
  // panel, nothing lost, but not this test's case (CI, once). Wait for both marks, as a person
  // reopening the case a second later would.
  await reopened.goto("/tillganglighet");
  await checkA11y(reopened);
  await expect
    .poll(() => reopened.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("samverka:utkast:")).map((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}").closed === true)))
    .toEqual([true, true]);
  await reopened.goto(`/arenden/${created.id}/steg/3a`);
  await expect(reopened.getByLabel("Hur följs verksamheten upp?")).toHaveValue("Uppföljning enligt andra fliken");
  const shown = reopened.getByRole("region", { name: "Ett osparat svar från en annan flik har inte lagts tillbaka" });
  await expect(shown).toContainText("Hur följs verksamheten upp?");
  await expect(shown).toContainText("Uppföljning enligt första fliken");
  // When it was typed, so the person can tell which answer is the newer.
  await expect(shown).toContainText(/\(skrivet \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)/);
  await expect(reopened.getByRole("status").filter({ hasText: "Ett osparat svar från en annan flik visas överst i formuläret" })).toHaveCount(1);
  await waitUntilSaved(reopened);
  await checkA11y(reopened);
  expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).data).toMatchObject({ control: { followUpRoutine: "Uppföljning enligt andra fliken" } });
  // Kept in the browser until let go: a reload does not lose it (it was in the page's memory only).
  await reopened.reload();
  await expect(shown).toContainText("Uppföljning enligt första fliken");
  await shown.getByRole("button", { name: "Släng svaret" }).click();
  await expect(shown).toHaveCount(0);
  // The box went with its button: the focus is on the question, and the status says so.
  await expect(reopened.getByLabel("Hur följs verksamheten upp?")).toBeFocused();
  await expect(reopened.getByRole("status").filter({ hasText: "Svaret från den andra fliken är slängt." })).toHaveCount(1);
  await reopened.reload();
  await expect(reopened.getByLabel("Hur följs verksamheten upp?")).toBeEnabled();
  await expect(shown).toHaveCount(0);
});

test("an answer typed just before the browser's back button is saved on the way out", async ({ page, baseURL }) => {
  // A walk pressed Back within the pause after typing: the answer stayed in the browser only,
  // and colleagues saw the old one until the step page was opened again.
  const user = await seedUser({ email: uniqueEmail("tillbaka"), name: "Tilda Tillbaka", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Bakåtknappen");
  await page.goto(`/arenden/${created.id}`);
  await checkA11y(page);
  await page.getByRole("link", { name: /^Steg 3A:/ }).click();
  const followUp = page.getByLabel("Hur följs verksamheten upp?");
  await expect(followUp).toBeEnabled();
  await checkA11y(page);
  await followUp.fill("Uppföljning varje kvartal");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bakåtknappen");
  await expect
    .poll(async () => ((await db().case.findUniqueOrThrow({ where: { id: created.id } })).data as { control?: { followUpRoutine?: string } }).control?.followUpRoutine, { timeout: 10_000 })
    .toBe("Uppföljning varje kvartal");
});

test("signed out in another tab, a step page stops keeping what is typed; signed in again there, it saves on coming back", async ({ page, baseURL }) => {
  // A walk: "Logga ut" in one tab said the unsaved answers would be deleted, and the step page open
  // in another tab wrote them back; signed in again, that page kept saying "utloggad" and saved nothing.
  const user = await seedUser({ email: uniqueEmail("flikut"), name: "Frida Flikut", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Utloggad i en annan flik");
  await page.goto(`/arenden/${created.id}/steg/3a`);
  const followUp = page.getByLabel("Hur följs verksamheten upp?");
  await expect(followUp).toBeEnabled();
  await checkA11y(page);
  const other = await page.context().newPage();
  await other.goto("/konto");
  await checkA11y(other);
  await other.getByRole("button", { name: "Logga ut", exact: true }).first().click();
  await expect(other).toHaveURL(/\/logga-in\?utloggad=1$/);
  await checkA11y(other);

  const status = page.locator("[data-save-status]");
  await expect(status).toContainText("du har loggat ut i en annan flik");
  // The save the blur starts is refused (signed out); the line still says only the page holds the answer.
  const refusedSave = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await followUp.fill("Skrivet efter utloggningen");
  await followUp.blur();
  await refusedSave;
  await expect(status).toContainText("du har loggat ut i en annan flik");
  await expect(status).not.toContainText("finns kvar i den här webbläsaren");
  await checkA11y(page);
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("samverka:utkast:")))).toEqual([]);
  // Kept nowhere else, the answer is asked about before the page is left.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Brödsmulor" }).getByRole("link", { name: "Mina ärenden" }).click();
  await expect.poll(() => asked).toEqual(["Du har skrivit text som inte är sparad. Vill du lämna sidan ändå? Texten sparas inte."]);
  await expect(page).toHaveURL(new RegExp(`/arenden/${created.id}/steg/3a$`));

  await other.getByLabel("E-postadress").fill(user.email);
  await other.getByLabel("Lösenord").fill(E2E_PASSWORD);
  await other.getByRole("button", { name: "Logga in" }).click();
  await expect(other).toHaveURL(/\/$/);
  await checkA11y(other);
  // Back to the step page's window.
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await waitUntilSaved(page);
  expect((await db().case.findUniqueOrThrow({ where: { id: created.id } })).data).toMatchObject({ control: { followUpRoutine: "Skrivet efter utloggningen" } });
});

test("a duplicated tab, which copies the first tab's session storage, keeps its unsaved answers apart from the first's", async ({ page, baseURL }) => {
  // A review: "Duplicera flik" copies sessionStorage, the tab's id with it, and two open tabs wrote one record again.
  const user = await seedUser({ email: uniqueEmail("dubblett"), name: "Dora Dubblett", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Duplicerad flik");
  const context = page.context();
  await page.goto(`/arenden/${created.id}/steg/3a`);
  await expect(page.getByLabel("Hur följs verksamheten upp?")).toBeEnabled();
  await checkA11y(page);
  // The browser's duplicate: the same session storage before the page's scripts run.
  const copied = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)));
  const duplicate = await context.newPage();
  await duplicate.addInitScript((entries: string) => {
    for (const [key, value] of JSON.parse(entries) as [string, string][]) window.sessionStorage.setItem(key, value);
  }, copied);
  await duplicate.goto(`/arenden/${created.id}/steg/3a`);
  await expect(duplicate.getByLabel("Hur följs verksamheten upp?")).toBeEnabled();
  await checkA11y(duplicate);
  const reopened = await typedOfflineAndClosed(page, duplicate, created.id, "Från originalet", "Från kopian");
  await expect(reopened.getByLabel("Hur följs verksamheten upp?")).toHaveValue("Från originalet.");
  await expect(reopened.getByLabel("Hur ingår samverkan i den interna kontrollen?")).toHaveValue("Från kopian");
  await waitUntilSaved(reopened);
  await checkA11y(reopened);
});
