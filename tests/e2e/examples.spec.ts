import { checkA11y, expect, test } from "./fixtures";
import { db, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";
import fs from "node:fs";
import { caseSchema } from "../../lib/case";

test.describe.configure({ timeout: 180_000 });

const SHOTS = "test-results/skr";

test("propose → review the highlighted text → approve → SKR's analyst finds it by a Swedish word, opens it and sees the statistics", async ({ browser, page, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Nora Exempelsson", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const jurist = await seedUser({ email: uniqueEmail("jurist"), name: "Julia Juristsson", organization: "Norrströms kommun", role: "LEGAL_REVIEWER" });
  const marker = `prov ${Date.now() % 100000}`;
  // The report's fictional case, the same file lib/demo/example-cases.ts seeds from (Playwright's
  // loader cannot import JSON modules without import attributes, so it is read here).
  const base = caseSchema.parse(JSON.parse(fs.readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")));
  const doc = {
    ...base,
    title: `Placering i familjehem nära hemmet, ${marker}`,
    needs: { ...base.needs, problem: `${base.needs.problem} Nora Exempelsson på Norrströms kommun, nora@norrstrom.se, 070-111 22 33, samordnar.` },
  };
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  const created = await db().case.create({
    data: { title: doc.title, ownerOrganizationId: org.id, data: JSON.parse(JSON.stringify(doc)), members: { create: { userId: editor.id, role: "EDITOR", organizationId: org.id } } },
  });

  // The editor proposes the case and sees exactly what would be published, with highlights.
  await signInAs(page.context(), editor.id, baseURL!);
  await page.goto(`/arenden/${created.id}`);
  await checkA11y(page);
  await page.getByRole("link", { name: "Dela som exempel eller se exemplets status" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dela som exempel");
  await checkA11y(page);
  await page.getByLabel("Verksamhetsområde").selectOption("familjehem");
  await page.getByLabel("Lärdomar").fill("Börja med placeringarna som kostar mest. Fråga Nora Exempelsson.");
  await page.getByRole("button", { name: "Dela som exempel" }).click();
  await expect(page.getByTestId("example-status")).toContainText("Föreslaget");
  const preview = page.getByRole("region", { name: "Förhandsvisning" });
  await expect(preview.locator('mark[data-kind="part"]').first()).toBeVisible();
  await expect(preview.locator('mark[data-kind="epost"]')).toHaveCount(1);
  await expect(preview.locator('mark[data-kind="telefon"]')).toHaveCount(1);
  await expect(preview).not.toContainText("Exempelsson");
  await expect(preview).not.toContainText("Norrström");
  await expect(preview).not.toContainText("nora@");
  await checkA11y(page);
  await page.screenshot({ path: `${SHOTS}-1-forslag.png`, fullPage: true });

  // Proposed again under another area: the form then shows the area now proposed, not the one
  // before (a select's default is set when it mounts), so a third submit cannot revert it unseen.
  await page.getByLabel("Verksamhetsområde").selectOption("familjeratt");
  // Proposed already: the button says it builds the text again (a walk read "Dela som exempel" as sharing what stood).
  await page.getByRole("button", { name: "Anonymisera på nytt" }).click();
  await expect(page.getByTestId("example-status")).toContainText("version 2");
  await expect(page.getByLabel("Verksamhetsområde")).toHaveValue("familjeratt");

  // The editors reword the title; a letter after B would tell a third party, and is refused at the field.
  await page.getByText("Ändra texten", { exact: true }).click();
  const title = page.getByLabel("Rubrik", { exact: true });
  await title.fill(`Familjehem för Kommun A, Kommun B och Kommun C, ${marker}`);
  await page.getByRole("button", { name: "Spara texten" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rätta följande" })).toContainText("Rubriken nämner Kommun C");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await checkA11y(page);
  await page.getByLabel("Rubrik", { exact: true }).fill(`Familjehem nära hemmet, ${marker}`);
  await page.getByRole("button", { name: "Spara texten" }).click();
  await expect(page.getByTestId("example-status")).toContainText("version 3");
  await expect(page.getByRole("region", { name: "Förhandsvisning" }).getByRole("heading", { level: 3 })).toHaveText(`Familjehem nära hemmet, ${marker}`);

  // The owning organisation's jurist approves the exact text.
  const juristContext = await browser.newContext();
  const juristPage = await juristContext.newPage();
  await signInAs(juristContext, jurist.id, baseURL!);
  // Nothing else leads an approver to a proposal: the start page lists it while it waits.
  await juristPage.goto("/");
  const waiting = juristPage.getByRole("region", { name: "Exempel som väntar på godkännande" });
  await checkA11y(juristPage);
  await waiting.getByRole("link", { name: doc.title }).click();
  await expect(juristPage).toHaveURL(new RegExp(`/arenden/${created.id}/exempel$`));
  await checkA11y(juristPage);
  await juristPage.getByRole("button", { name: "Godkänn och publicera texten" }).click();
  // The approve form is replaced by the new status once the example is published.
  await expect(juristPage.getByTestId("example-status")).toContainText("Godkänt och publicerat");
  await checkA11y(juristPage);
  await juristContext.close();

  // SKR's analyst: start page → catalogue → a Swedish search word in another inflection.
  const analyst = await db().user.findUniqueOrThrow({ where: { email: "analytiker@skr.example" } });
  const skrContext = await browser.newContext();
  const skr = await skrContext.newPage();
  await signInAs(skrContext, analyst.id, baseURL!);
  await skr.goto("/");
  await checkA11y(skr);
  await skr.getByRole("region", { name: "Exempel och statistik" }).getByRole("link", { name: "Exempelkatalogen" }).click();
  await expect(skr.getByRole("heading", { level: 1 })).toHaveText("Exempelkatalog");
  await checkA11y(skr);
  // The demo's published examples fill more than one page; the next page keeps the order and the filters.
  const pages = skr.getByRole("navigation", { name: "Sidor i exempelkatalogen" });
  await expect(pages).toContainText(/Sida 1 av [2-9]/);
  await pages.getByRole("link", { name: "Nästa sida →" }).click();
  await expect(skr.getByRole("navigation", { name: "Sidor i exempelkatalogen" })).toContainText(/Sida 2 av /);
  await expect(skr.getByText(/^Här visas 21–/)).toBeVisible();
  await checkA11y(skr);
  await skr.getByLabel("Sök bland exemplen").fill("placeringar");
  await skr.getByRole("button", { name: "Sök och filtrera" }).click();
  const hit = skr.getByRole("link", { name: new RegExp(marker) });
  await expect(hit).toBeVisible();
  await expect(skr.locator("ol mark").first()).toBeVisible();
  await checkA11y(skr);
  await skr.screenshot({ path: `${SHOTS}-2-katalog.png`, fullPage: true });
  await hit.click();
  await expect(skr.getByRole("heading", { level: 1 })).toContainText(marker);
  await expect(skr.getByRole("heading", { name: "Lärdomar" })).toBeVisible();
  await expect(skr.locator("main")).not.toContainText("Exempelsson");
  await checkA11y(skr);
  await skr.screenshot({ path: `${SHOTS}-3-exempel.png`, fullPage: true });

  await skr.goto("/statistik");
  // One table a view: the first, and the others a link each.
  await expect(skr.getByRole("heading", { name: "Vanligaste iakttagelserna" })).toBeVisible();
  // What is hidden, said as read (a final read found "en cell med1–4 ärenden").
  await expect(skr.getByText("en cell med 1–4 ärenden visas som –, liksom en cell som lämnar 1–4 av kommungruppens ärenden utanför", { exact: false })).toBeVisible();
  await checkA11y(skr);
  const tables = skr.getByRole("navigation", { name: "Tabellerna" });
  await expect(tables.getByRole("link", { name: "Vanligaste iakttagelserna" })).toHaveAttribute("aria-current", "page");
  await tables.getByRole("link", { name: "Samverkansformer" }).click();
  await expect(skr).toHaveURL(/\/statistik\?tabell=samverkansform$/);
  await expect(skr).toHaveTitle(/^Samverkansformer – Statistik/);
  await expect(skr.getByRole("heading", { name: "Vanligaste iakttagelserna" })).toHaveCount(0);
  await expect(skr.getByRole("img", { name: /Samverkansformer/ })).toBeVisible();
  await expect(skr.getByRole("table", { name: /Samverkansformer per kommungrupp/ })).toBeVisible();
  await checkA11y(skr);
  await skr.screenshot({ path: `${SHOTS}-4-statistik.png`, fullPage: true });
  const csv = await skr.request.get("/statistik/csv/samverkansform");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Samverkansformer");
  // The analyst cannot open the case itself.
  const caseResponse = await skr.goto(`/arenden/${created.id}`);
  expect(caseResponse?.status()).toBe(404);
  await checkA11y(skr);
  // An example's address that leads nowhere says so in the catalogue's words, not of "ett ärende som du inte är med i".
  const gone = await skr.goto("/katalog/00000000-0000-4000-8000-000000000000");
  expect(gone?.status()).toBe(404);
  await expect(skr.getByRole("heading", { level: 1 })).toHaveText("Exemplet finns inte");
  await expect(skr.locator("main")).not.toContainText("ärende som du inte är med i");
  await checkA11y(skr);
  await skrContext.close();
});
