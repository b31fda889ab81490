import { checkA11y, expect, test } from "./fixtures";
import { db, seedUser, signInAs, uniqueEmail, withoutJavaScript } from "./auth-fixtures";

// What SKR's analyst met in the example catalogue (the demo's published examples): filters that
// did nothing without the search button, a "none published" message for a search that found
// nothing, the editors' k-anonymity wording on an example, and a link to cases they never have.

const analyst = () => db().user.findUniqueOrThrow({ where: { email: "analytiker@skr.example" } });
const published = (where: Record<string, unknown> = {}) => db().caseExample.count({ where: { status: "APPROVED", ...where } });

test("the filters have a button of their own after them, and work without JavaScript", async ({ browser, baseURL }) => {
  const { id } = await analyst();
  const wanted = await published({ collaborationForm: "gemensam_namnd" });
  await withoutJavaScript(browser, id, baseURL!, async (page) => {
    await page.goto("/katalog");
    const form = page.getByRole("search", { name: "Sök och filtrera exempel" });
    await page.getByLabel("Samverkansform").selectOption("gemensam_namnd");
    const button = form.getByRole("button", { name: "Sök och filtrera" });
    // The button comes after the filters, so choosing a filter leads to it.
    const after = await form.getByRole("group", { name: "Filtrera" }).evaluate((fieldset, b) => Boolean(fieldset.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), await button.elementHandle());
    expect(after).toBe(true);
    await button.click();
    await expect(page).toHaveURL(/[?&]form=gemensam_namnd(&|$)/);
    await expect(page.getByLabel("Samverkansform")).toHaveValue("gemensam_namnd");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(wanted === 0 ? "Inga exempel hittades" : `${wanted} exempel`);
    // axe needs JavaScript: this page is checked in the tests below, with it.
  });
});

test("a filter-only search that finds nothing says so, names the filters and offers to clear them", async ({ page, baseURL }) => {
  const { id } = await analyst();
  const all = await published();
  expect(all).toBeGreaterThan(0);
  expect(await published({ municipalityGroup: "C9", populationBand: "under-10000" })).toBe(0);
  await signInAs(page.context(), id, baseURL!);
  await page.goto("/katalog");
  await page.getByLabel("Kommungrupp").selectOption("C9");
  await page.getByLabel("Invånare").selectOption("under-10000");
  await page.getByRole("button", { name: "Sök och filtrera" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Inga exempel hittades");
  const main = page.getByRole("main");
  await expect(main).not.toContainText("Inga exempel är publicerade än.");
  await expect(main).toContainText(/Inga publicerade exempel matchar filtren Kommungrupp: C9 [^,]+, Invånare: färre än 10 000 invånare\./);
  await checkA11y(page);
  await main.getByRole("link", { name: "Rensa sökning och filter och visa alla exempel" }).click();
  await expect(page).toHaveURL(/\/katalog$/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`${all} exempel`);
  await expect(page.getByLabel("Kommungrupp")).toHaveValue("");
});

test("the kommungrupp filter's label is just its name; that the grouping is unconfirmed is a hint", async ({ page, baseURL }) => {
  await signInAs(page.context(), (await analyst()).id, baseURL!);
  await page.goto("/katalog");
  const group = page.getByRole("combobox", { name: "Kommungrupp", exact: true });
  await expect(group).toBeVisible();
  await expect(group).toHaveAccessibleDescription(/inte kontrollerad mot SKR:s lista/);
  // Each main group leads its own groups (a walk: A1–C9 and then A, B, C, with nothing saying what A was).
  const choices = (await group.locator("option").allTextContents()).map((text) => text.split(" ")[0] === "–" ? text.split(" ")[1] : text.split(" ")[0]);
  expect(choices).toEqual(["Alla", "A", "A1", "A2", "B", "B3", "B4", "B5", "C", "C6", "C7", "C8", "C9"]);
  await expect(group.locator("option", { hasText: /^A Storstäder och storstadsnära kommuner \(hela huvudgruppen\)$/ })).toHaveCount(1);
  await expect(page.getByRole("main")).not.toContainText("verifiera");
  await checkA11y(page);
});

test("an example's page says in plain words what was generalised and why, and keeps a goal apart from its key figure", async ({ page, baseURL }) => {
  const examples = await db().caseExample.findMany({ where: { status: "APPROVED" }, select: { id: true, kSteps: true, sections: true } });
  const generalised = examples.find((e) => e.kSteps.length > 0);
  // A goal that does not end a sentence, followed straight by its key figure.
  const runTogether = /[^.!?:;\s•] Nyckeltal: /;
  const goalText = (e: (typeof examples)[number]) => ((e.sections as Array<{ id: string; text: string }>).find((s) => s.id === "mal")?.text ?? "");
  const withGoal = examples.find((e) => runTogether.test(goalText(e)));
  expect(generalised, "the demo has an example with generalised details").toBeDefined();
  expect(withGoal, "the demo has a goal whose text runs into its key figure").toBeDefined();
  await signInAs(page.context(), (await analyst()).id, baseURL!);

  await page.goto(`/katalog/${generalised!.id}`);
  const main = page.getByRole("main");
  await expect(main).toContainText("Några uppgifter om exemplet är mindre exakta eller utelämnade");
  await expect(main).toContainText("vilket ärende och vilka kommuner exemplet kommer från");
  await expect(main).not.toContainText("k =");
  await expect(main).not.toContainText("delade kombinationen");
  await expect(main).not.toContainText("verifiera");
  await checkA11y(page);

  await page.goto(`/katalog/${withGoal!.id}`);
  const goals = page.getByRole("region", { name: "Mätbara mål" });
  await expect(goals).toContainText(". Nyckeltal: ");
  expect(await goals.textContent()).not.toMatch(runTogether);
  await checkA11y(page);
});

test("SKR's analyst is not offered Mina ärenden; a case editor still is", async ({ page, browser, baseURL }) => {
  await signInAs(page.context(), (await analyst()).id, baseURL!);
  await page.goto("/katalog");
  const menu = page.getByRole("navigation", { name: "Huvudmeny" });
  await expect(menu.getByRole("link", { name: "Exempelkatalog" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Statistik" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Mina ärenden" })).toHaveCount(0);
  await checkA11y(page);

  const editor = await seedUser({ email: uniqueEmail("redigerare"), name: "Rebecka Redigerare", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInAs(context, editor.id, baseURL!);
  await other.goto("/");
  await expect(other.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mina ärenden" })).toBeVisible();
  await context.close();
});
