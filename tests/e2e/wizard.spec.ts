import type { Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";
import { db, seedCase, seedUser, signInAs, uniqueEmail, withoutJavaScript } from "./auth-fixtures";
import { SELF_COST, fillStep1, fillStep2A, fillStep2B, fillStep2C, fillStep3, openStep, waitUntilSaved } from "./wizard-steps";

test.describe.configure({ timeout: 180_000 });

async function editor(page: Page, baseURL: string, organization = "Norrströms kommun") {
  const user = await seedUser({ email: uniqueEmail("socialchef"), name: "Nora Socialchef", organization, role: "CASE_EDITOR" });
  await signInAs(page.context(), user.id, baseURL);
  return user;
}

test("a head of social services completes the Norrström–Fjällviken case through every step", async ({ page, baseURL }) => {
  // Every step and each of 2A's three topics, each checked with axe: a long walk.
  test.slow();
  await editor(page, baseURL!);
  await page.goto("/arenden");
  await checkA11y(page);
  await page.getByRole("link", { name: "Starta ett nytt ärende" }).click();
  // A client-side navigation: axe must look at the new page, not at the list it leaves.
  await expect(page.getByLabel("Titel")).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Titel").fill("Strukturerad familjebehandling 12–17 år");
  await page.getByRole("button", { name: /Starta ärendet|Skapa/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strukturerad familjebehandling 12–17 år");
  // No step is locked: each can be opened, and the task list says what to begin with.
  await expect(page.getByText("Kan inte påbörjas än")).toHaveCount(0);
  // The title answers step 1 already; steps 3A–3C build on 2C, step 4 on 2A and 2B.
  await expect(page.getByText("Vi rekommenderar att du först börjar på steg 2C.")).toHaveCount(3);
  await expect(page.getByText("Vi rekommenderar att du först börjar på steg 2A och 2B.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Steg 4:/ })).toBeVisible();
  await checkA11y(page);
  const caseUrl = new URL(page.url()).pathname;

  await openStep(page, /Steg 1: Identifiera behov/);
  await fillStep1(page);
  await checkA11y(page);

  await page.goto(`${caseUrl}/steg/2b`);
  await fillStep2B(page);
  await checkA11y(page);

  // The old address of step 2A leads to its first topic.
  await page.goto(`${caseUrl}/steg/2a`);
  await expect(page).toHaveURL(/\/steg\/2a\/organisation$/);
  await fillStep2A(page);
  const economy = page.getByRole("region", { name: "Ekonomisk kalkyl" });
  // Issue 9 §1: payments are derived from the self-cost and the shares, never typed twice.
  await expect(economy).toContainText("Betalningarna räknas fram ur självkostnaden");
  await expect(economy).toContainText("Uppdragsgivaren betalar 2\u00a0500\u00a0000\u00a0kr per år.");
  await expect(economy).toContainText("Uppdragstagaren bär 2\u00a0500\u00a0000\u00a0kr per år för sina egna invånare");
  // LOU 5 kap.: Fjällviken's own payments over the 12-month term; Norrström's share is no purchase.
  await expect(economy).toContainText("Fjällvikens kommun (part 2): 2\u00a0500\u00a0000\u00a0kr");
  // No confirmed limit is known for today's date: the product says "verifiera", it does not guess.
  await expect(economy).toContainText("ingen bekräftad gräns för datumet – verifiera");
  // Concluded in 2025, the report's 8.1 MSEK limit applies and direct award is open.
  await page.getByLabel("När påbörjas upphandlingen (eller direktupphandlingen)?").fill("2025-03-01");
  await expect(economy).toContainText("8\u00a0109\u00a0450\u00a0kr");
  await expect(economy).toContainText("Bedömning av direktupphandling: Tillämplig");
  await waitUntilSaved(page);
  await checkA11y(page);

  await page.goto(`${caseUrl}/steg/2c`);
  await fillStep2C(page);
  await checkA11y(page);

  await page.goto(`${caseUrl}/steg/3a`);
  await fillStep3(page);
  await checkA11y(page);

  await page.goto(`${caseUrl}/steg/4`);
  await page.getByLabel("Uppsägningstid i månader").fill("6");
  const clauseText = page.getByLabel("Avtalstext: avtalets parter");
  // Opening step 4 stores nothing: the empty clause shows the draft beside it until the editor adopts it.
  await expect(clauseText).toHaveValue("");
  const parties = page.getByRole("region", { name: "Avtalets parter" });
  await expect(parties).toContainText("Förslag från svaren");
  await parties.getByRole("button", { name: "Fyll i förslag från svaren" }).click();
  // Issue 11: the draft reads as legal prose (no answer labels), and what the answers leave open is marked.
  await expect(clauseText).toHaveValue(/– Norrströms kommun \(organisationsnummer \[…\]\), nedan uppdragstagare/);
  await expect(clauseText).toHaveValue(/– Fjällvikens kommun \(organisationsnummer \[…\]\), nedan uppdragsgivare/);
  await waitUntilSaved(page);
  await checkA11y(page);

  // The facts lead where the report and the law lead: the OSL ground must be verified.
  // The finding is shown beside the question it concerns.
  await page.goto(`${caseUrl}/steg/3b`);
  await expect(page.locator('[data-anmarkning-for="information.secrecyLegalBasis"]')).toContainText("Verifiera");
  await checkA11y(page);

  // Everything typed is still there after a reload.
  await page.goto(`${caseUrl}/steg/1`);
  await expect(page.getByLabel("Vad ingår uttryckligen inte?")).toHaveValue(/Utredning och beslut om bistånd/);
  await expect(page.getByRole("group", { name: "Mål 1" }).getByLabel("Vilket är utgångsvärdet i dag?")).toHaveValue("45");
  await checkA11y(page);
  await page.goto(`${caseUrl}/steg/2a/ekonomi`);
  await expect(page.getByLabel(SELF_COST)).toHaveValue("5000000");
  await checkA11y(page);

  // Each topic of step 2A has its own row and status on the task list.
  await page.goto(caseUrl);
  const topics = page.getByRole("list", { name: "Delar av steg 2A" });
  await expect(topics.getByRole("link")).toHaveText(["Organisation", "Ekonomi", "Juridik och upphandling"]);
  await expect(topics.getByRole("listitem").nth(1)).toContainText(/Pågår|Har problem/);
  await checkA11y(page);

  // "Kontrollera svaren" opens on the case in brief: each step's state, leading to its answers,
  // and each procurement route's verdict, its grounds a link away with the answers they read.
  await page.goto(`${caseUrl}/granska`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kontrollera svaren");
  await expect(page.getByRole("region", { name: "Upphandlingsbedömning" })).toContainText(/Direktupphandling: \S/);
  await checkA11y(page);
  await page.getByRole("link", { name: "Slutsatser, grunder och underlag för upphandlingsbedömningen" }).click();
  await expect(page).toHaveURL(/\/granska\?steg=2a&avsnitt=juridik#upphandlingsbedomning$/);
  const verdicts = page.getByRole("region", { name: "Upphandlingsbedömning" });
  await expect(verdicts).toContainText(/Direktupphandling: [^.]+\./);
  await expect(verdicts).toContainText("Grund: ");
  await expect(verdicts).toContainText("19 a kap.");
  await page.getByRole("link", { name: "← Kontrollera svaren: alla steg" }).click();
  await page.getByRole("region", { name: "Svaren steg för steg" }).getByRole("list", { name: "Delar av steg 2A" }).getByRole("link", { name: "Organisation", exact: true }).click();
  await expect(page).toHaveURL(/\/granska\?steg=2a&avsnitt=organisation$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Svaren i steg 2A: Organisation");
  await expect(page.getByRole("navigation", { name: "Stegen" }).getByRole("link", { name: "Steg 2A: Organisation" })).toHaveAttribute("aria-current", "page");
  // Questions that do not apply are left out.
  await expect(page.getByText("Till vilka delegeras beslutanderätten?")).toHaveCount(0);
  // Each page is awaited by its heading: an absent question proves nothing on the page before it.
  await page.getByRole("link", { name: "Nästa: Steg 2A: Ekonomi →" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Svaren i steg 2A: Ekonomi");
  await page.getByRole("link", { name: "Nästa: Steg 2A: Juridik och upphandling →" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Svaren i steg 2A: Juridik och upphandling");
  await expect(page.getByText("Upprättar eller genomför avtalet ett samarbete mellan myndigheterna?")).toHaveCount(0);
  // The router sets the new page's title after its content: axe looks once it has.
  await expect(page).toHaveTitle(/^Svaren i steg 2A: Juridik och upphandling, kontrollera svaren/);
  await checkA11y(page);
  await page.getByRole("link", { name: "Nästa: Steg 2B →" }).click();
  await expect(page.getByText("Norrströms kommun, kommun, uppdragstagare")).toBeVisible();
  await page.getByRole("navigation", { name: "Stegen" }).getByRole("link", { name: "Steg 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Svaren i steg 1: ");
  await expect(page).toHaveTitle(/^Svaren i steg 1: .*, kontrollera svaren/);
  await checkA11y(page);
  await page.getByRole("link", { name: "Ändra vilket konkret problem ska samverkan lösa?" }).click();
  await expect(page).toHaveURL(/\/steg\/1#f-needs-problem$/);
  const problem = page.getByLabel("Vilket konkret problem ska samverkan lösa?");
  await expect(problem).toHaveValue(/rekrytera socionomer/);
  // The person came to change this answer: the field has the focus, and its question is not
  // hidden under the sticky save status.
  await expect(problem).toBeFocused();
  const question = await page.locator('label[for="f-needs-problem"]').boundingBox();
  const status = await page.locator(".sticky").first().boundingBox();
  expect(question!.y).toBeGreaterThanOrEqual(status!.y + status!.height);
  await checkA11y(page);
});

test("a bad amount is named, announced and not saved, and nothing else is lost", async ({ page, baseURL }) => {
  const user = await editor(page, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Felhantering");
  await page.goto(`/arenden/${created.id}/steg/2a/ekonomi`);
  await page.getByLabel("Hur hanteras underskott och överskott?").fill("Underskott delas lika.");
  await page.getByLabel(SELF_COST).fill("två miljoner");
  await page.getByLabel("Hur hanteras underskott och överskott?").focus();
  const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
  // The label is a question, so no colon follows it ("…verksamheten? Beloppet …", not "?:").
  // Shown, the schema's phrase is a sentence, in the summary and under the field (a walk saw no full stop).
  await expect(summary).toContainText(`${SELF_COST} Beloppet ska vara ett tal i kronor.`);
  await expect(page.locator(`[id="${await page.getByLabel(SELF_COST).getAttribute("id")}-fel"]`)).toHaveText("⚠ Beloppet ska vara ett tal i kronor.");
  // A screen reader hears what is wrong first, then the question's help sentence, and not the
  // source line or the glossary's "Vad betyder …?" on every visit.
  await expect(page.getByLabel(SELF_COST)).toHaveAccessibleDescription(/^Beloppet ska vara ett tal i kronor\. Hela kostnaden/);
  await expect(page.getByLabel(SELF_COST)).not.toHaveAccessibleDescription(/Källa: SKR:s rapport|Vad betyder/);
  // The other answer is saved; the bad one waits, counted.
  await expect(page.locator("[data-save-status]")).toContainText(/Övriga svar sparade kl\. \d\d:\d\d\. 1 svar har fel och sparas när det är rättat\./);
  await checkA11y(page);
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel(SELF_COST)).toBeFocused();
  await page.getByLabel(SELF_COST).fill("2 000 000");
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByLabel("Hur hanteras underskott och överskott?")).toHaveValue("Underskott delas lika.");
  await expect(page.getByLabel(SELF_COST)).toHaveValue("2000000");
  await checkA11y(page);
});

test("two people editing the same answer at once both keep their text", async ({ page, browser, baseURL }) => {
  const nora = await editor(page, baseURL!);
  const created = await seedCase(nora.id, "Norrströms kommun", "Samtidig redigering");
  const partner = await seedUser({ email: uniqueEmail("partner"), name: "Per Partner", organization: "Fjällvikens kommun", role: "CASE_EDITOR" });
  const { db } = await import("./auth-fixtures");
  const fjallviken = await db().organization.findFirstOrThrow({ where: { name: "Fjällvikens kommun" } });
  await db().caseMember.create({ data: { caseId: created.id, userId: partner.id, role: "EDITOR", organizationId: fjallviken.id } });

  const otherContext = await browser.newContext({ locale: "sv-SE", timezoneId: "Europe/Stockholm", baseURL });
  await signInAs(otherContext, partner.id, baseURL!);
  const other = await otherContext.newPage();

  const stepUrl = `/arenden/${created.id}/steg/1`;
  await page.goto(stepUrl);
  await other.goto(stepUrl);
  const field = "Vilket konkret problem ska samverkan lösa?";
  await page.getByLabel(field).fill("Noras beskrivning av problemet");
  await waitUntilSaved(page);
  await other.getByLabel(field).fill("Pers beskrivning av problemet");

  const conflict = other.getByRole("region", { name: "Någon annan har ändrat samma svar" });
  await expect(conflict).toBeVisible({ timeout: 20_000 });
  await expect(conflict.locator("[data-konflikt=min]")).toHaveText("Pers beskrivning av problemet");
  await expect(conflict.locator("[data-konflikt=annan]")).toHaveText("Noras beskrivning av problemet");
  // Who made the other change, and when, from the case's revisions.
  await expect(conflict).toContainText(/Sparad av Nora Socialchef från Norrströms kommun, kl\. \d{2}:\d{2}/);
  await checkA11y(page);
  await checkA11y(other);

  await conflict.getByRole("button", { name: /Behåll min version/ }).click();
  // The chosen version's buttons leave with the panel: the focus goes to the answer (a walk: it fell to the page's start).
  await expect(other.getByLabel(field)).toBeFocused();
  await expect(other.locator("[data-save-status]")).toHaveText(/^Sparat kl\. \d\d:\d\d\. Din version gäller nu\. Serverns kontroll: /, { timeout: 20_000 });
  await page.reload();
  await expect(page.getByLabel(field)).toHaveValue("Pers beskrivning av problemet");

  // Nora clears the answer; Per's page still shows his text. Asked "Är avsnittet klart?", the
  // confirmation counts it unanswered and says that the page is behind, with a way to catch up.
  await page.getByLabel(field).fill("");
  await waitUntilSaved(page);
  const completion = other.getByRole("group", { name: "Är avsnittet klart?" });
  await completion.getByLabel("Ja, avsnittet är klart").check();
  await other.getByRole("button", { name: "Spara och gå till översikten" }).click();
  const confirmation = other.getByRole("alert").filter({ hasText: "Bekräfta att du ändå vill markera det som klart" });
  await expect(confirmation).toContainText("Svaren har ändrats i en annan flik eller av en kollega");
  await expect(other.getByLabel(field)).toHaveValue("Pers beskrivning av problemet");
  await checkA11y(other);
  await confirmation.getByRole("link", { name: "Ladda om sidan för att se svaren som de är nu" }).click();
  await expect(other.getByLabel(field)).toHaveValue("");
  await otherContext.close();
});

test("answers typed while the server cannot be reached are saved when it comes back", async ({ page, baseURL }) => {
  const user = await editor(page, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Tappad anslutning");
  await page.goto(`/arenden/${created.id}/steg/3a`);
  await checkA11y(page);
  await page.context().setOffline(true);
  await page.getByLabel("Hur följs verksamheten upp?").fill("Månadsvis uppföljning i ledningsgruppen");
  await page.getByLabel("Hur ingår samverkan i den interna kontrollen?").focus();
  await expect(page.locator("[data-save-status]")).toContainText("ingen kontakt med servern", { timeout: 20_000 });
  await checkA11y(page);
  await page.context().setOffline(false);
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByLabel("Hur följs verksamheten upp?")).toHaveValue("Månadsvis uppföljning i ledningsgruppen");
});

test("a step can be answered and completed with the keyboard alone", async ({ page, baseURL }) => {
  const user = await editor(page, baseURL!);
  const created = await seedCase(user.id, "Norrströms kommun", "Bara tangentbord");
  await page.goto(`/arenden/${created.id}/steg/3a`);
  await checkA11y(page);
  const tabTo = async (target: ReturnType<Page["getByLabel"]>) => {
    for (let i = 0; i < 80; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error("Tab never reached the control");
  };
  const followUp = page.getByLabel("Hur följs verksamheten upp?");
  await expect(followUp).toBeEnabled();
  await tabTo(followUp);
  await page.keyboard.type("Kvartalsvis uppföljning i styrgruppen");
  // A radio group is one Tab stop; the arrow keys choose within it ("Vet inte än" → "Nej" → "Ja").
  const report = page.getByRole("group", { name: "Rapporteras samverkan till fullmäktige varje år?" });
  await tabTo(report.getByLabel("Vet inte än"));
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(report.getByLabel("Ja", { exact: true })).toBeChecked();
  await tabTo(page.getByRole("button", { name: "Spara nu" }));
  await page.keyboard.press("Enter");
  await waitUntilSaved(page);

  const completion = page.getByRole("group", { name: "Är avsnittet klart?" });
  await tabTo(completion.getByLabel("Nej, jag återkommer senare"));
  await page.keyboard.press("ArrowUp");
  await expect(completion.getByLabel("Ja, avsnittet är klart")).toBeChecked();
  await tabTo(page.getByRole("button", { name: "Spara och gå till översikten" }));
  await page.keyboard.press("Enter");
  const confirm = page.getByLabel("Jag vill ändå markera avsnittet som klart");
  await expect(confirm.or(page.getByText("Ditt val för steg 3A är sparat."))).toBeVisible();
  if (await confirm.isVisible()) {
    await checkA11y(page);
    await expect(completion.getByLabel("Ja, avsnittet är klart")).toBeChecked();
    // The button was disabled while it saved; focus goes to the box left to tick, not to the page.
    await expect(confirm).toBeFocused();
    // Pressed again without the box ticked, it asks again and focus comes back to the box.
    await page.keyboard.press("Shift+Tab");
    await tabTo(page.getByRole("button", { name: "Spara och gå till översikten" }));
    await page.keyboard.press("Enter");
    await expect(confirm).toBeFocused();
    await tabTo(confirm);
    await page.keyboard.press("Space");
    await tabTo(page.getByRole("button", { name: "Spara och gå till översikten" }));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByText("Ditt val för steg 3A är sparat.")).toBeVisible();
  await checkA11y(page);
});

test("without JavaScript, a step page shows the saved answers in its fields", async ({ browser, baseURL }) => {
  // react-hook-form writes a registered input's value only once its script runs: the server's HTML
  // must carry it, or a reader without the script (and everyone until it loads) sees blank fields.
  const user = await seedUser({ email: uniqueEmail("svarutanjs"), name: "Sara Utan Skript", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(user.id, "Norrströms kommun", "Svar som syns utan skript");
  const doc = (await db().case.findUniqueOrThrow({ where: { id: created.id } })).data as Record<string, Record<string, unknown>>;
  (doc as Record<string, unknown>).title = "Svar som syns utan skript";
  doc.needs = { ...doc.needs, problem: "Svårt att rekrytera familjerättssekreterare." };
  doc.economy = { ...doc.economy, selfCostBudget: 2500000 };
  doc.procurement = { ...doc.procurement, procurementStartDate: "2025-10-01" };
  await db().case.update({ where: { id: created.id }, data: { data: doc as object, version: { increment: 1 } } });
  await withoutJavaScript(browser, user.id, baseURL!, async (page) => {
    await page.goto(`/arenden/${created.id}/steg/1`);
    await expect(page.locator("#f-needs-problem")).toHaveValue("Svårt att rekrytera familjerättssekreterare.");
    await expect(page.locator("#f-title")).toHaveValue("Svar som syns utan skript");
    await page.goto(`/arenden/${created.id}/steg/2a/ekonomi`);
    await expect(page.getByLabel(SELF_COST)).toHaveValue("2500000");
    await page.goto(`/arenden/${created.id}/steg/2a/juridik`);
    await expect(page.locator("#f-procurement-procurementStartDate")).toHaveValue("2025-10-01");
    // A date has no character count ("Högst 20 000 tecken" under ÅÅÅÅ-MM-DD read as nonsense).
    await expect(page.locator("#f-procurement-procurementStartDate-grans")).toHaveCount(0);
    await expect(page.locator("#f-procurement-notes-grans")).toHaveCount(1);
  });
});

test("without JavaScript, a step with unanswered questions is marked complete after the confirmation", async ({ browser, baseURL }) => {
  const user = await seedUser({ email: uniqueEmail("klartutanjs"), name: "Klara Utan Skript", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(user.id, "Norrströms kommun", "Ett steg klart utan skript");
  await withoutJavaScript(browser, user.id, baseURL!, async (page) => {
    await page.goto(`/arenden/${created.id}/steg/3c`);
    // The fields need the page's script to save; the page says so instead of leaving them unexplained.
    // (Playwright's text matching skips <noscript>, so the box and text are read from the page.)
    const notice = await page.locator("noscript p").evaluate((p) => ({ height: p.getBoundingClientRect().height, text: p.textContent }));
    expect(notice.height).toBeGreaterThan(0);
    expect(notice.text).toContain("Frågorna kan bara besvaras när JavaScript är påslaget");
    // Autosave's status line and "Spara nu" would promise what cannot happen without the script.
    await expect(page.getByText("Svaren sparas automatiskt medan du skriver.")).toBeHidden();
    await expect(page.getByRole("button", { name: "Spara nu" })).toBeHidden();
    const completion = page.getByRole("group", { name: "Är avsnittet klart?" });
    await completion.getByLabel("Ja, avsnittet är klart").check();
    await page.getByRole("button", { name: "Spara och gå till översikten" }).click();
    // Step 3C's questions are all unanswered: the page comes back asking, the choice kept.
    await expect(page.getByRole("alert").filter({ hasText: /I avsnittet är \d+ av \d+ frågor obesvarade/ })).toBeVisible();
    await expect(completion.getByLabel("Ja, avsnittet är klart")).toBeChecked();
    // The page comes back at its top; the box takes focus (autofocus), so the browser shows it.
    await expect(page.getByLabel("Jag vill ändå markera avsnittet som klart")).toBeFocused();
    await page.getByLabel("Jag vill ändå markera avsnittet som klart").check();
    await page.getByRole("button", { name: "Spara och gå till översikten" }).click();
    await expect(page.getByText("Ditt val för steg 3C är sparat.")).toContainText("Avsnittet är markerat som klart.");
    await expect(page).toHaveURL(new RegExp(`/arenden/${created.id}\\?klart=3c$`));
  });
});
