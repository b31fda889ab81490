import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";
import { db, seedCase, seedUser, settleOpenPoints, signInAs, uniqueEmail, withoutJavaScript } from "./auth-fixtures";
import { waitUntilSaved } from "./wizard-steps";

test.describe.configure({ timeout: 480_000 });

const PROBLEM = "Vilket konkret problem ska samverkan lösa?";
const AREA = "Vilket verksamhetsområde gäller samverkan?";
const SHOTS = process.env.REVIEW_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function pageFor(browser: Browser, userId: string, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE", timezoneId: "Europe/Stockholm" });
  await signInAs(context, userId, baseURL);
  return context.newPage();
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await checkA11y(page);
}

// Pages opened in extra contexts do not get the fixture's "visited without axe" guard, so
// every navigation in this test goes through open(), which checks each page with axe.
test("the whole review round: request, comment, fix, decide, approve, stale approval with diff, re-approval, second party", async ({ page, browser, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const partner = await seedUser({ email: uniqueEmail("partner"), name: "Fredrik Partner", organization: "Fjällvikens kommun", role: "CASE_EDITOR" });
  const juristN = await seedUser({ email: uniqueEmail("jurist-n"), name: "Julia Jurist", organization: "Norrströms kommun", role: "LEGAL_REVIEWER" });
  const juristF = await seedUser({ email: uniqueEmail("jurist-f"), name: "Filippa Jurist", organization: "Fjällvikens kommun", role: "LEGAL_REVIEWER" });
  const created = await seedCase(editor.id, "Norrströms kommun", `Familjebehandling ${Date.now()}`);
  const fjallviken = await db().organization.findFirstOrThrow({ where: { name: "Fjällvikens kommun" } });
  await db().caseMember.create({ data: { caseId: created.id, userId: partner.id, role: "EDITOR", organizationId: fjallviken.id } });
  const caseUrl = `/arenden/${created.id}`;

  // 1. The editor sends the case to Norrström's jurists, from "Kontrollera svaren" (found on a walk:
  // the way to send was only behind "Kommentarer och juristens beslut").
  await signInAs(page.context(), editor.id, baseURL!);
  await open(page, `${caseUrl}/granska`);
  await page.getByRole("link", { name: "Skicka till juridisk granskning" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}/juridisk-granskning#skicka-granskning$`));
  await checkA11y(page);
  // Each party's jurists stand under the party's name: whose jurist is picked is plain.
  const request = page.getByRole("form", { name: "Skicka till juridisk granskning" });
  const party = (name: string) => request.getByRole("group", { name, exact: true });
  await expect(party("Norrströms kommun").getByRole("radio", { name: "Julia Jurist", exact: true }).first()).toBeVisible();
  await expect(party("Fjällvikens kommun").getByRole("radio", { name: "Filippa Jurist", exact: true }).first()).toBeVisible();
  await expect(party("Norrströms kommun").getByRole("radio", { name: "Filippa Jurist", exact: true })).toHaveCount(0);
  await party("Norrströms kommun").getByRole("radio", { name: "Alla jurister för Norrströms kommun" }).check();
  await page.getByLabel("Meddelande till juristen").fill("Titta särskilt på upphandlingen.");
  await page.getByRole("button", { name: "Skicka till juridisk granskning" }).click();
  await expect(page.getByText("Ärendet är skickat till juridisk granskning.")).toBeVisible();
  // Norrström's jurists have it: only Fjällviken is offered, and the panel says who has it.
  await expect(page.getByText("Ärendet väntar på granskning för Norrströms kommun.")).toBeVisible();
  await expect(party("Norrströms kommun")).toHaveCount(0);
  await expect(party("Fjällvikens kommun")).toBeVisible();
  // The emptied message field's count starts again from the limit (it said "4 968 tecken kvar").
  await expect(page.getByLabel("Meddelande till juristen")).toHaveValue("");
  await expect(page.getByRole("form", { name: "Skicka till juridisk granskning" }).locator("[data-character-count]")).toHaveText(/^Högst 5\s000 tecken\.\s*$/);
  await checkA11y(page);
  await shot(page, "01-editor-request");
  // Sent to Fjällviken too, by mistake, and taken back before its jurist answered: Fjällviken is
  // offered again and Norrström's request stands (found on a walk: a request could not be taken back).
  await party("Fjällvikens kommun").getByRole("radio", { name: "Alla jurister för Fjällvikens kommun" }).check();
  await page.getByRole("button", { name: "Skicka till juridisk granskning" }).click();
  await expect(page.getByText("Ärendet väntar på granskning för Norrströms kommun och Fjällvikens kommun.")).toBeVisible();
  const withdraw = page.getByRole("form", { name: "Ta tillbaka en begäran om granskning" });
  await withdraw.getByRole("radio", { name: "Fjällvikens kommun" }).check();
  await withdraw.getByRole("button", { name: "Ta tillbaka begäran" }).click();
  await expect(withdraw.getByText("Begäran om granskning är tagen tillbaka.")).toBeFocused();
  // Only the latest word stands: the send's message went when the request was taken back (a walk saw both).
  await expect(page.getByText("Ärendet är skickat till juridisk granskning.")).toHaveCount(0);
  await expect(page.getByText("Ärendet väntar på granskning för Norrströms kommun.")).toBeVisible();
  await expect(party("Fjällvikens kommun")).toBeVisible();
  await expect(withdraw.getByRole("button", { name: "Ta tillbaka begäran för Norrströms kommun" })).toBeVisible();
  await checkA11y(page);
  await shot(page, "01b-editor-withdraw");

  // 2. The jurist finds it in "Att granska" and comments on an answer.
  const jurist = await pageFor(browser, juristN.id, baseURL!);
  await open(jurist, "/att-granska");
  await expect(jurist.getByRole("link", { name: created.title })).toBeVisible();
  await shot(jurist, "02-queue");
  await jurist.getByRole("link", { name: created.title }).click();
  await expect(jurist.getByRole("heading", { level: 1 })).toContainText("Juridisk granskning");
  // What the editor asked for stands where the review is done, not only in the queue.
  await expect(jurist.getByText("Meddelande till juristen: ”Titta särskilt på upphandlingen.”")).toBeVisible();
  // The page opens on its first part: the findings, each linking to the answers it rests on.
  const parts = jurist.getByRole("navigation", { name: "Granskningens delar" });
  await expect(parts.getByRole("link", { name: /^Iakttagelser och beslut/ })).toHaveAttribute("aria-current", "page");
  await expect(jurist.getByRole("heading", { level: 2, name: /^Iakttagelser/ })).toBeVisible();
  await expect(jurist.getByRole("heading", { level: 2, name: /^Svaren i steg/ })).toHaveCount(0);
  const answerLink = jurist.getByText("Svaren det gäller:").first().getByRole("link").first();
  const answerName = (await answerLink.textContent())!;
  const answerRow = (await answerLink.getAttribute("href"))!.split("#")[1]!;
  // The economy and each authority's valuation are a part of their own.
  await parts.getByRole("link", { name: "Ekonomi och upphandling" }).click();
  await expect(jurist.getByRole("heading", { level: 2, name: "Ekonomi" })).toBeVisible();
  await expect(jurist.getByRole("table", { name: "Varje parts andel och betalning" })).toBeVisible();
  await expect(jurist.getByRole("heading", { level: 2, name: "Upphandling" })).toBeVisible();
  await expect(jurist).toHaveTitle(/^Ekonomi och upphandling, juridisk granskning – /);
  await checkA11y(jurist);
  // The clauses are a part of their own too.
  await parts.getByRole("link", { name: /^Avtalets klausuler/ }).click();
  await expect(jurist.getByRole("heading", { level: 2, name: "Avtalets klausuler" })).toBeVisible();
  await expect(jurist).toHaveTitle(/^Avtalets klausuler, juridisk granskning – /);
  await checkA11y(jurist);
  // A finding's link leads to its answer's row in the part with every answer.
  await parts.getByRole("link", { name: /^Iakttagelser och beslut/ }).click();
  await expect(jurist.getByRole("heading", { level: 2, name: /^Iakttagelser/ })).toBeVisible();
  await answerLink.click();
  await expect(jurist).toHaveURL(/juridisk-granskning\?del=svar&steg=\w+#svar-/);
  await expect(jurist.getByRole("heading", { level: 2, name: /^Svaren i steg/ })).toBeVisible();
  const row = jurist.locator(`[id="${answerRow}"]`);
  await expect(row.locator("dt")).toContainText(answerName);
  await expect(row).toBeInViewport();
  await checkA11y(jurist);
  // The answers are shown a step at a time; the part opens on step 1.
  await parts.getByRole("link", { name: "Svaren steg för steg" }).click();
  await expect(jurist.getByRole("heading", { level: 2, name: /^Svaren i steg 1: / })).toBeVisible();
  await expect(jurist.getByRole("navigation", { name: "Föregående och nästa steg" }).getByRole("link")).toHaveText(["Nästa: Steg 2A: Organisation →"]);
  await expect(jurist.getByRole("navigation", { name: "Stegen" }).getByRole("link", { name: "Steg 1", exact: true })).toHaveAttribute("aria-current", "page");
  // One form is rendered when asked for, not one per answer: "Kommentera" opens it in place.
  await expect(jurist.getByRole("form", { name: /^Ny kommentar/ })).toHaveCount(0);
  await jurist.getByText(`Kommentera svaret ${PROBLEM}`).click();
  const commentForm = jurist.getByRole("form", { name: `Ny kommentar om svaret ${PROBLEM}` });
  await expect(commentForm.getByLabel("Kommentar")).toBeFocused();
  await checkA11y(jurist);
  await commentForm.getByLabel("Kommentar").fill("Hur långa är väntetiderna i dag? Ange en siffra.");
  await commentForm.getByRole("button", { name: "Spara kommentaren" }).click();
  await expect(jurist.getByText("Kommentaren är sparad.")).toBeVisible();
  await expect(parts.getByRole("link", { name: "Svaren steg för steg (1 öppen kommentar)" })).toBeVisible();
  await expect(jurist.getByRole("navigation", { name: "Stegen" }).getByRole("link", { name: "Steg 1 (1 öppen kommentar)" })).toBeVisible();
  await shot(jurist, "03-review-page");
  // On the first part, the open comment links to its answer, at its step.
  await parts.getByRole("link", { name: /^Iakttagelser och beslut/ }).click();
  await expect(jurist.getByRole("region", { name: "Öppna kommentarer (1)" }).getByRole("link", { name: `svaret ${PROBLEM}` })).toHaveAttribute("href", /juridisk-granskning\?del=svar&steg=1#svar-f-needs-problem$/);
  // Without JavaScript the same link asks the server for the page with that one form open.
  await withoutJavaScript(browser, juristN.id, baseURL!, async (plain) => {
    await plain.goto(`${caseUrl}/juridisk-granskning?del=svar&steg=1`);
    await plain.getByText(`Kommentera svaret ${AREA}`).click();
    await expect(plain).toHaveURL(/\?del=svar&steg=1&kommentera=answer%3Aneeds\.activityArea/);
    await expect(plain.getByRole("form", { name: `Ny kommentar om svaret ${AREA}` }).getByLabel("Kommentar")).toBeVisible();
    await expect(plain.getByRole("form", { name: /^Ny kommentar/ })).toHaveCount(1);
    // An address that asks for an answer's form on another step shows the answer's own step.
    await plain.goto(`${caseUrl}/juridisk-granskning?del=svar&steg=2b&kommentera=answer%3Aneeds.problem`);
    await expect(plain.getByRole("form", { name: `Ny kommentar om svaret ${PROBLEM}` }).getByLabel("Kommentar")).toBeVisible();
    // "Besluta" works the same way: the page with that one decision form open.
    await plain.getByRole("navigation", { name: "Granskningens delar" }).getByRole("link", { name: /^Iakttagelser och beslut/ }).click();
    await plain.getByRole("link", { name: /^Besluta om iakttagelsen/ }).first().click();
    await expect(plain).toHaveURL(/besluta=/);
    await expect(plain.getByRole("form", { name: /^Beslut om iakttagelsen/ })).toHaveCount(1);
    await expect(plain.getByRole("form", { name: /^Beslut om iakttagelsen/ }).getByRole("button", { name: "Spara beslutet" })).toBeVisible();
    // "Avbryt" is a link to the page without the form, where the form stood.
    await plain.getByRole("form", { name: /^Beslut om iakttagelsen/ }).getByRole("link", { name: "Avbryt" }).click();
    await expect(plain).not.toHaveURL(/besluta=/);
    await expect(plain).toHaveURL(/\/juridisk-granskning(\?del=[a-z]+)?#besluta-/);
    await expect(plain.getByRole("form", { name: /^Beslut om iakttagelsen/ })).toHaveCount(0);
  });

  // 3. The editor sees it on the step page, fixes the answer and resolves the thread.
  await open(page, `${caseUrl}/steg/1`);
  await expect(page.getByText("1 öppen kommentar i det här steget.")).toBeVisible();
  // The thread stands beside its field (the nearest field before it is the answer it is about),
  // and the list of open comments links to it.
  const beside = page.getByRole("region", { name: `Kommentarstråd om svaret ${PROBLEM}` });
  await expect(beside).toContainText("Hur långa är väntetiderna i dag?");
  const nearestField = await beside.evaluate((thread) => {
    const fields = [...document.querySelectorAll('[role="form"][aria-label^="Frågor i steg"] :is(input, textarea, select, fieldset)[id^="f-"]')];
    return fields.filter((f) => f.compareDocumentPosition(thread) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.id;
  });
  expect(nearestField).toBe("f-needs-problem");
  await expect(page.getByRole("link", { name: `Om svaret ${PROBLEM}`, exact: true })).toHaveAttribute("href", /^#kommentar-/);
  await shot(page, "04-step-comment");
  await page.getByLabel(PROBLEM, { exact: true }).fill("Väntetiden till familjebehandling är i snitt 14 veckor.");
  await waitUntilSaved(page);
  // The editor's start page says the comment waits for them (the case, just saved, is the newest
  // of "Mina ärenden"), and leads to the review.
  await open(page, "/");
  const waiting = page
    .getByRole("region", { name: "Att göra efter den juridiska granskningen" })
    .getByRole("listitem")
    .filter({ has: page.locator(`a[href="${caseUrl}/juridisk-granskning"]`) });
  await expect(waiting).toContainText("1 kommentar från granskningen väntar på svar.");
  await expect(waiting.getByRole("link", { name: /^Gå till granskningen av / })).toBeVisible();
  await checkA11y(page);
  await shot(page, "04b-start-page");
  await open(page, `${caseUrl}/steg/1`);
  await page.getByRole("button", { name: "Markera som löst" }).click();
  // The resolved thread leaves the step's list of open comments.
  await expect(page.getByText("Inga öppna kommentarer i det här steget.")).toBeVisible();

  // 4. The jurist accepts one risk (a motivation is required) and approves.
  await open(jurist, `${caseUrl}/juridisk-granskning`);
  // As with comments, no decision form is rendered until asked for; "Besluta" opens one in place.
  await expect(jurist.getByRole("form", { name: /^Beslut om iakttagelsen/ })).toHaveCount(0);
  await jurist.getByRole("link", { name: /^Besluta om iakttagelsen/ }).first().click();
  const decision = jurist.getByRole("form", { name: /^Beslut om iakttagelsen/ });
  await expect(decision).toHaveCount(1);
  await expect(decision.getByRole("radio").first()).toBeFocused();
  // Opened by mistake, it closes unsent, and the focus goes back to the link (a keyboard walk found no way out).
  await decision.getByRole("link", { name: "Avbryt" }).click();
  await expect(decision).toHaveCount(0);
  await expect(jurist.getByRole("link", { name: /^Besluta om iakttagelsen/ }).first()).toBeFocused();
  await jurist.keyboard.press("Enter");
  await expect(decision.getByRole("radio").first()).toBeFocused();
  // What was typed is asked about before it goes.
  await decision.getByLabel("Motivering").fill("Ett utkast till motivering.");
  jurist.once("dialog", (dialog) => void dialog.dismiss());
  await decision.getByRole("link", { name: "Avbryt" }).click();
  await expect(decision.getByLabel("Motivering")).toHaveValue("Ett utkast till motivering.");
  jurist.once("dialog", (dialog) => void dialog.accept());
  await decision.getByRole("link", { name: "Avbryt" }).click();
  await expect(decision).toHaveCount(0);
  await jurist.getByRole("link", { name: /^Besluta om iakttagelsen/ }).first().click();
  await expect(decision.getByRole("radio").first()).toBeFocused();
  // Sent without a choice: refused with the group's error, which the group's description reads out.
  await decision.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(decision.getByText("Välj ett beslut.").first()).toBeVisible();
  // The summary's link leads into the group: the focus goes to its first choice (it stayed on the page).
  await decision.getByRole("link", { name: "Välj ett beslut." }).click();
  await expect(decision.getByRole("radio").first()).toBeFocused();
  await decision.getByLabel("Accepterad risk").check();
  await decision.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(decision.getByText("Skriv en motivering.", { exact: false }).first()).toBeVisible();
  await checkA11y(jurist);
  await decision.getByLabel("Accepterad risk").check();
  await decision.getByLabel("Motivering").fill("Risken är liten; avtalet reglerar den.");
  await decision.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(jurist.getByText("Beslutet är sparat.")).toBeVisible();
  await expect(jurist.getByText("Accepterad risk").first()).toBeVisible();
  // Saved, the form closes and focus returns to the link that opened it (it had fallen to the
  // page's start); opened again to change the decision, it starts from the one standing.
  await expect(decision).toHaveCount(0);
  const decideAgain = jurist.getByRole("link", { name: /^Ändra beslutet om iakttagelsen/ }).first();
  await expect(decideAgain).toBeFocused();
  await jurist.keyboard.press("Enter");
  await expect(decision.getByLabel("Accepterad risk")).toBeChecked();
  await expect(decision.getByLabel("Motivering")).toHaveValue("Risken är liten; avtalet reglerar den.");
  // The approval waits until every blocker and point to verify is settled for the party.
  await expect(jurist.getByRole("button", { name: "Godkänn", exact: true })).toHaveCount(0);
  // Nothing to submit yet: the panel says why, and no empty form is announced.
  await expect(jurist.getByRole("region", { name: /^Ditt beslut för/ })).toContainText(/\d+ hinder.* är inte avgjor(t|da) för din part\./);
  await expect(jurist.getByRole("form", { name: "Godkänn ärendet" })).toHaveCount(0);
  // The panel does not open with "Du godkänner version …" while the approval waits.
  await expect(jurist.getByText(/^Du godkänner version/)).toHaveCount(0);
  await settleOpenPoints(created.id, "Norrströms kommun", juristN);
  await open(jurist, `${caseUrl}/juridisk-granskning`);
  // A refused return (no summary) does not stay beside the approval that follows it.
  await jurist.getByRole("button", { name: "Skicka tillbaka" }).click();
  const summaryMissing = jurist.getByRole("form", { name: "Skicka tillbaka ärendet" }).getByRole("alert");
  await expect(summaryMissing).toBeVisible();
  // The editors have not marked every step as finished: the approval says so and asks first.
  const approveForm = jurist.getByRole("form", { name: "Godkänn ärendet" });
  await expect(approveForm).toContainText(/Innan du godkänner: Redigerarna har inte markerat stegen .+ som klara\./);
  await jurist.getByRole("button", { name: "Godkänn" }).click();
  await expect(approveForm.getByRole("alert")).toContainText("Kryssa i rutan om du godkänner ärendet ändå.");
  // The error summary leads to the box.
  await approveForm.getByRole("alert").getByRole("link", { name: "Kryssa i rutan om du godkänner ärendet ändå." }).click();
  await expect(approveForm.getByLabel("Jag godkänner ärendet ändå")).toBeFocused();
  await checkA11y(jurist);
  await shot(jurist, "05-approve-confirm");
  await jurist.keyboard.press("Space");
  await jurist.getByRole("button", { name: "Godkänn" }).focus();
  await jurist.keyboard.press("Enter");
  await expect(jurist.getByText("Ärendet är godkänt.")).toBeVisible();
  // The button is gone once approved: the focus goes to what was done, not to the page's start.
  await expect(jurist.getByText("Ärendet är godkänt.")).toBeFocused();
  await expect(summaryMissing).toHaveCount(0);
  // Approved once, this version is not offered "Godkänn" again; the page says it is approved.
  await expect(jurist.getByText(/^Version \d+ är godkänd för /)).toBeVisible();
  await expect(jurist.getByRole("button", { name: "Godkänn", exact: true })).toHaveCount(0);
  // "Skicka tillbaka" stays (a jurist may change their mind), and says that it undoes the approval.
  await expect(jurist.getByRole("form", { name: "Skicka tillbaka ärendet" })).toContainText("Skickar du tillbaka ärendet gäller godkännandet för Norrströms kommun inte längre.");
  await checkA11y(jurist);
  await shot(jurist, "05-approved");

  // 5. The editor changes the approved answer: the approval is stale and shows the diff.
  await open(page, `${caseUrl}/steg/1`);
  // The jurist's decision stands under its finding on the step page, as on the review page.
  const decided = page.getByRole("list", { name: "Juristens beslut" }).first();
  await expect(decided).toContainText("Accepterad risk");
  await expect(decided).toContainText("Julia Jurist");
  await expect(decided).toContainText("Motivering: Risken är liten; avtalet reglerar den.");
  await page.getByLabel(PROBLEM, { exact: true }).fill("Väntetiden till familjebehandling är i snitt 16 veckor.");
  await waitUntilSaved(page);
  await open(page, caseUrl);
  await expect(page.getByText("Godkännandet är inaktuellt").first()).toBeVisible();
  const diff = page.getByText("Ändringar sedan godkännandet").locator("..");
  // Marked word by word: the one figure changed, not the sentence struck through and written again.
  await expect(diff).toContainText("Väntetiden till familjebehandling är i snitt (borttaget: 14) (tillagt: 16) veckor.");
  await expect(diff.locator("del")).toHaveText(["(borttaget: 14)"]);
  await expect(diff.locator("ins")).toHaveText(["(tillagt: 16)"]);
  await expect(page.getByRole("heading", { name: "Historik" })).toBeVisible();
  await expect(page.getByText("Julia Jurist").first()).toBeVisible();
  await shot(page, "06-stale-overview");

  // 6. The jurist re-approves (the changed answer reopened what rested on it).
  await settleOpenPoints(created.id, "Norrströms kommun", juristN);
  await open(jurist, `${caseUrl}/juridisk-granskning`);
  await jurist.getByLabel("Jag godkänner ärendet ändå").check();
  await jurist.getByRole("button", { name: "Godkänn" }).click();
  await expect(jurist.getByText("Ärendet är godkänt.")).toBeVisible();

  // 7. Fjällviken's jurist approves for Fjällviken; only then is the whole case approved. Until
  // then it is approved for Norrström only, and Fjällviken was never sent it: nobody reviews it.
  await open(page, caseUrl);
  await expect(page.getByRole("heading", { name: /Juridisk granskning:/ }).first()).toContainText("Delvis godkänt");
  await settleOpenPoints(created.id, "Fjällvikens kommun", juristF);
  const second = await pageFor(browser, juristF.id, baseURL!);
  await open(second, `${caseUrl}/juridisk-granskning`);
  await expect(second.getByRole("heading", { name: "Ditt beslut för Fjällvikens kommun" })).toBeVisible();
  await second.getByLabel("Jag godkänner ärendet ändå").check();
  await second.getByRole("button", { name: "Godkänn" }).click();
  await expect(second.getByText("Ärendet är godkänt.")).toBeVisible();
  await open(page, caseUrl);
  await expect(page.getByRole("heading", { name: /Juridisk granskning:/ }).first()).toContainText("Godkänt");
  await shot(page, "07-approved-both");
  await open(page, "/arenden");
  await expect(page.getByText("Godkänt").first()).toBeVisible();
  await open(page, `${caseUrl}/granska`);
  await expect(page.getByRole("heading", { name: "Upphandlingsbedömning" })).toBeVisible();
  await shot(page, "08-check-answers");
});

test("a decision whose facts changed says what changed, on the step page and on the review page", async ({ page, browser, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("andrar"), name: "Anna Ändrar", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const jurist = await seedUser({ email: uniqueEmail("beslutar"), name: "Bodil Beslutar", organization: "Norrströms kommun", role: "LEGAL_REVIEWER" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Beslut som öppnas igen");
  const caseUrl = `/arenden/${created.id}`;
  await signInAs(page.context(), editor.id, baseURL!);

  // A personal identity number in a free text: the finding stays while the text around it changes.
  await open(page, `${caseUrl}/steg/1`);
  await page.getByLabel(PROBLEM, { exact: true }).fill("Gäller bland andra 19121212-1212.");
  await waitUntilSaved(page);

  const reviewer = await pageFor(browser, jurist.id, baseURL!);
  await open(reviewer, `${caseUrl}/juridisk-granskning`);
  await reviewer.getByRole("link", { name: "Besluta om iakttagelsen Personnummer i fritext" }).click();
  const decision = reviewer.getByRole("form", { name: /^Beslut om iakttagelsen/ });
  await decision.getByLabel("Accepterad risk").check();
  await decision.getByLabel("Motivering").fill("Numret är Skatteverkets testnummer.");
  // Typed, not saved: a link to another part of the review asks first, and staying keeps the text
  // (a walk typed a motivation, followed such a link and lost it without a word).
  const asked: string[] = [];
  reviewer.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const economyPart = reviewer.getByRole("link", { name: /^Ekonomi och upphandling/ });
  await economyPart.click();
  await expect.poll(() => asked).toEqual(["Du har skrivit text som inte är sparad. Vill du lämna sidan ändå? Texten sparas inte."]);
  await expect(reviewer).toHaveURL(new RegExp(`${caseUrl}/juridisk-granskning[^?]*$`));
  await expect(decision.getByLabel("Motivering")).toHaveValue("Numret är Skatteverkets testnummer.");
  // Refused, the form is refilled with what was sent: that text is not saved either, and is asked about too.
  await decision.getByLabel("Motivering").fill("x".repeat(5001));
  await decision.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(decision.getByRole("alert")).toBeVisible();
  reviewer.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await economyPart.click();
  await expect.poll(() => asked.length).toBe(2);
  await expect(reviewer).toHaveURL(new RegExp(`${caseUrl}/juridisk-granskning[^?]*$`));
  await decision.getByLabel("Motivering").fill("Numret är Skatteverkets testnummer.");
  await decision.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(reviewer.getByText("Beslutet är sparat.")).toBeVisible();
  // Saved, nothing is asked (a dialog would be dismissed by Playwright, and the link not followed).
  await economyPart.click();
  await expect(reviewer).toHaveURL(new RegExp(`${caseUrl}/juridisk-granskning\\?del=ekonomi`));

  await open(page, `${caseUrl}/steg/1`);
  await page.getByLabel(PROBLEM, { exact: true }).fill("Gäller många, bland andra 19121212-1212.");
  await waitUntilSaved(page);
  await open(page, `${caseUrl}/steg/1`);
  const onStep = page.getByRole("list", { name: "Juristens beslut" }).filter({ hasText: "Gäller inte längre" });
  await expect(onStep).toContainText("Ändrat sedan beslutet:");
  await expect(onStep).toContainText("Förut: Gäller bland andra 19121212-1212.");
  await expect(onStep).toContainText("Nu: Gäller många, bland andra 19121212-1212.");

  await open(reviewer, `${caseUrl}/juridisk-granskning`);
  const onReview = reviewer.getByRole("list", { name: "Juristens beslut" }).filter({ hasText: "Gäller inte längre" });
  await expect(onReview).toContainText(`Steg 1: ${PROBLEM}`);
  await expect(onReview).toContainText("Nu: Gäller många, bland andra 19121212-1212.");
});

test("the counts of points to verify say which a jurist has verified, for the editors and the jurist", async ({ page, browser, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("verifiera"), name: "Vera Verifiera", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const jurist = await seedUser({ email: uniqueEmail("kontroll"), name: "Kim Kontroll", organization: "Norrströms kommun", role: "LEGAL_REVIEWER" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Punkter att verifiera");
  // The report's worked example relies on direct award and names a secrecy provision: both "verifiera".
  await db().case.update({ where: { id: created.id }, data: { data: JSON.parse(fs.readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")) } });
  const caseUrl = `/arenden/${created.id}`;
  await signInAs(page.context(), editor.id, baseURL!);
  await open(page, caseUrl);
  await expect(page.getByText(/\d+ punkter att verifiera \(räknas för sig: en punkt kan också vara ett hinder eller en varning\)\./)).toBeVisible();
  await expect(page.getByText(/markerats som verifierade av en jurist/)).toHaveCount(0);

  await settleOpenPoints(created.id, "Norrströms kommun", jurist);
  await open(page, caseUrl);
  await expect(page.getByText("Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.")).toBeVisible();
  await checkA11y(page);
  await open(page, `${caseUrl}/granska`);
  await expect(page.getByText("Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.")).toBeVisible();
  const reviewer = await pageFor(browser, jurist.id, baseURL!);
  await open(reviewer, `${caseUrl}/juridisk-granskning`);
  await expect(reviewer.getByText("Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.")).toBeVisible();
});

test("without JavaScript, a send refused because another editor sent first says only the refusal, and shows the message typed", async ({ browser, baseURL }) => {
  // A walk: the address's earlier "Ärendet är skickat …" stood above the refusal, and the message
  // typed was lost as the form closed for the last party.
  const editor = await seedUser({ email: uniqueEmail("utanjs"), name: "Nils Utanskript", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const partner = await seedUser({ email: uniqueEmail("partner"), name: "Frida Partner", organization: "Fjällvikens kommun", role: "CASE_EDITOR" });
  await seedUser({ email: uniqueEmail("jurist-n"), name: "Jens Jurist", organization: "Norrströms kommun", role: "LEGAL_REVIEWER" });
  await seedUser({ email: uniqueEmail("jurist-f"), name: "Fanny Jurist", organization: "Fjällvikens kommun", role: "LEGAL_REVIEWER" });
  const created = await seedCase(editor.id, "Norrströms kommun", `Sänt av två ${Date.now()}`);
  const fjallviken = await db().organization.findFirstOrThrow({ where: { name: "Fjällvikens kommun" } });
  await db().caseMember.create({ data: { caseId: created.id, userId: partner.id, role: "EDITOR", organizationId: fjallviken.id } });
  const reviewUrl = `/arenden/${created.id}/juridisk-granskning`;
  const message = "Se särskilt över\npersonuppgifterna.";
  await withoutJavaScript(browser, editor.id, baseURL!, async (plain) => {
    await plain.goto(reviewUrl);
    const request = plain.getByRole("form", { name: "Skicka till juridisk granskning" });
    await request.getByRole("group", { name: "Norrströms kommun", exact: true }).getByRole("radio", { name: "Alla jurister för Norrströms kommun" }).check();
    await request.getByRole("button", { name: "Skicka till juridisk granskning" }).click();
    await expect(plain).toHaveURL(/sparat=skickat/);
    await expect(plain.getByText("Ärendet är skickat till juridisk granskning.")).toBeVisible();

    // The partner sends it to Fjällviken's jurists meanwhile.
    const other = await pageFor(browser, partner.id, baseURL!);
    await open(other, reviewUrl);
    await other.getByRole("button", { name: "Skicka till juridisk granskning" }).click();
    await expect(other.getByText("Ärendet är skickat till juridisk granskning.")).toBeVisible();

    // From the page that still offers Fjällviken: refused, and only the refusal is said.
    await request.getByRole("radio", { name: "Alla jurister för Fjällvikens kommun" }).check();
    await request.getByLabel("Meddelande till juristen").fill(message);
    await request.getByRole("button", { name: "Skicka till juridisk granskning" }).click();
    await expect(plain.getByText("Ärendet har redan skickats till granskning för Fjällvikens kommun. Sidan visar nu hur det står till.")).toBeVisible();
    await expect(plain.getByText("Ärendet är skickat till juridisk granskning.")).toBeHidden();
    await expect(plain.getByText("Ärendet väntar på granskning för Norrströms kommun och Fjällvikens kommun.").first()).toBeVisible();
    // The form has closed (no party left to ask); what was typed stands, to copy.
    await expect(plain.getByText("Meddelande till juristen (skickades inte, du kan kopiera texten):")).toBeVisible();
    await expect(plain.getByText(message)).toBeVisible();
    await shot(plain, "10-refused-send-without-javascript");
  });
  expect(await db().reviewRequest.count({ where: { caseId: created.id } })).toBe(2);
});
