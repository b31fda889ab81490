import type { Browser, Page, Route } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";
import { db, seedCase, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";
import { waitUntilSaved } from "./wizard-steps";

// Issue 8 §1: one editor's page must never save over an answer another editor saved while
// the first page's own save was on its way. Two browser contexts are two editors on the same
// case; the save responses of editor A are held back with Playwright's routing, so A's page
// receives B's newer answer while A is already typing in the same field.
//
// Each scenario runs AUTOSAVE_RACE_TRIALS times (default 1, so CI stays short; "20,20,10"
// gives each scenario its own count). scripts/measure-issue8.sh runs the 20/20/10
// set and prints the figures.

const TRIAL_COUNTS = (process.env.AUTOSAVE_RACE_TRIALS ?? "1").split(",").map(Number);
const PROBLEM = "Vilket konkret problem ska samverkan lösa?";
const IN_SCOPE = "Vad ingår i samverkan?";

test.describe.configure({ timeout: 600_000 });

/** True for the POST that runs a server action (the autosave). */
function isServerAction(route: Route): boolean {
  const request = route.request();
  return request.method() === "POST" && request.headers()["next-action"] !== undefined;
}

/** Holds every server-action response of the page for `delayMs` after the server answered; counts them. */
async function delaySaveResponses(page: Page, delayMs: number) {
  const counter = { sent: 0, answered: 0 };
  await page.route("**/arenden/**", async (route) => {
    if (!isServerAction(route)) return route.continue();
    counter.sent++;
    try {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await route.fulfill({ response });
    } finally {
      counter.answered++;
    }
  });
  return counter;
}

async function twoEditors(browser: Browser, page: Page, baseURL: string) {
  const nora = await seedUser({ email: uniqueEmail("nora"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), nora.id, baseURL);
  const partner = await seedUser({ email: uniqueEmail("per"), name: "Per Partner", organization: "Fjällvikens kommun", role: "CASE_EDITOR" });
  const fjallviken = await db().organization.findFirstOrThrow({ where: { name: "Fjällvikens kommun" } });
  const context = await browser.newContext({ locale: "sv-SE", timezoneId: "Europe/Stockholm", baseURL });
  await signInAs(context, partner.id, baseURL);
  const other = await context.newPage();
  return {
    other,
    close: () => context.close(),
    async newCase(title: string) {
      const created = await seedCase(nora.id, "Norrströms kommun", title);
      await db().caseMember.create({ data: { caseId: created.id, userId: partner.id, role: "EDITOR", organizationId: fjallviken.id } });
      return created.id;
    },
  };
}

async function storedProblem(caseId: string): Promise<unknown> {
  const row = await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { data: true } });
  return (row.data as { needs?: { problem?: unknown } }).needs?.problem;
}

interface Scenario {
  name: string;
  delayMs: number;
  pauseMs: number;
}

const SCENARIOS: Scenario[] = [
  { name: "instant typing", delayMs: 0, pauseMs: 0 },
  { name: "300 ms delay on save responses", delayMs: 300, pauseMs: 0 },
  { name: "500 ms latency and a 250 ms pause", delayMs: 500, pauseMs: 250 },
];

for (const [index, scenario] of SCENARIOS.entries()) {
  const TRIALS = TRIAL_COUNTS[index] ?? TRIAL_COUNTS[0] ?? 1;
  test(`another editor's saved answer is never overwritten without a conflict (${scenario.name})`, async ({ page, browser, baseURL }) => {
    const editors = await twoEditors(browser, page, baseURL!);
    const counter = await delaySaveResponses(page, scenario.delayMs);
    let lost = 0;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const caseId = await editors.newCase(`Kapplöpning ${trial}`);
      const stepUrl = `/arenden/${caseId}/steg/1`;
      await page.goto(stepUrl);
      await editors.other.goto(stepUrl);
      await expect(page.getByLabel(PROBLEM)).toBeEnabled();
      await expect(editors.other.getByLabel(PROBLEM)).toBeEnabled();

      // B saves "Problem".
      const theirs = `Pers beskrivning ${trial}`;
      await editors.other.getByLabel(PROBLEM).fill(theirs);
      await editors.other.getByLabel(IN_SCOPE).focus();
      await waitUntilSaved(editors.other);

      // A types in another field; leaving it sends the save, whose answer is held back.
      const sentBefore = counter.sent;
      const answeredBefore = counter.answered;
      await page.getByLabel(IN_SCOPE).fill(`Noras omfattning ${trial}`);
      await page.getByLabel(PROBLEM).focus();
      await expect.poll(() => counter.sent).toBeGreaterThan(sentBefore);
      if (scenario.pauseMs > 0) await page.waitForTimeout(scenario.pauseMs);
      // A starts typing in "Problem" before that save's answer is back.
      const mine = `Noras beskrivning ${trial}`;
      await page.getByLabel(PROBLEM).pressSequentially(mine, { delay: scenario.pauseMs > 0 ? 20 : 0 });
      await page.getByLabel(IN_SCOPE).focus();

      // Wait until A's page has sent "Problem" and had its answer back.
      await expect.poll(() => counter.answered, { timeout: 30_000 }).toBeGreaterThan(answeredBefore + 1);
      await expect(page.locator("[data-save-status]")).not.toHaveAttribute("data-save-status", /pending|saving/, { timeout: 20_000 });
      await expect.poll(() => counter.sent === counter.answered).toBe(true);

      const stored = await storedProblem(caseId);
      const conflictShown = await page.getByRole("region", { name: "Någon annan har ändrat samma svar" }).isVisible();
      // A's text may legitimately contain B's (when B's answer reached A's page before A typed);
      // B's answer is lost only when it is gone and A never chose to replace it.
      if (typeof stored !== "string" || !stored.includes(theirs)) {
        lost++;
        console.log(`[autosave-race] ${scenario.name}, trial ${trial}: B's answer was replaced by ${JSON.stringify(stored)}; conflict shown: ${conflictShown}`);
      } else if (stored === theirs) {
        // Nothing was overwritten, and A is asked to choose, with both texts in front of them.
        const conflict = page.getByRole("region", { name: "Någon annan har ändrat samma svar" });
        await expect(conflict.locator("[data-konflikt=min]")).toHaveText(mine);
        await expect(conflict.locator("[data-konflikt=annan]")).toHaveText(theirs);
      }
      await checkA11y(page);
    }
    console.log(`[autosave-race] ${scenario.name}: ${lost} of ${TRIALS} trials lost the other editor's answer`);
    await editors.close();
    expect(lost, `${lost} of ${TRIALS} trials lost the other editor's saved answer`).toBe(0);
  });
}

test("an open step page takes in an answer saved elsewhere when it is shown again, and says so", async ({ page, baseURL }) => {
  // A walk: a colleague's choice in a conflict replaced Nora's answer, and Nora's page kept showing
  // her text beside "Sparat" until she typed in the field again.
  const editor = await seedUser({ email: uniqueEmail("nora"), name: "Nora Öppen", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Svar från annat håll");
  await signInAs(page.context(), editor.id, baseURL!);
  await page.goto(`/arenden/${created.id}/steg/1`);
  await page.getByLabel(PROBLEM).fill("Noras text.");
  await waitUntilSaved(page);
  // The colleague's save, as the server stores it: a new version with another answer.
  const row = await db().case.findUniqueOrThrow({ where: { id: created.id }, select: { data: true, version: true } });
  const data = row.data as { needs?: Record<string, unknown> };
  await db().case.update({ where: { id: created.id }, data: { data: { ...data, needs: { ...data.needs, problem: "Kollegans text." } }, version: row.version + 1 } });
  // Nora comes back to the window.
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(page.getByLabel(PROBLEM)).toHaveValue("Kollegans text.");
  // The label is a question: no full stop after its "?" (a walk saw "…lösa?.").
  await expect(page.getByRole("status").filter({ hasText: "Ett svar har sparats på annat håll sedan sidan visades" })).toHaveText(
    `Ett svar har sparats på annat håll sedan sidan visades och visas nu: ${PROBLEM} (av en kollega eller i en annan flik).`,
  );
  // Said at the field too: a walk, scrolled down to the answer, never saw the notice at the top.
  const atField = page.getByText("Svaret har sparats på annat håll, av en kollega eller i en annan flik, och visas nu som det sparades där.");
  await expect(atField).toHaveCount(1);
  // And the field says it to a screen reader as it gets the focus, before the question's help.
  await expect(page.getByLabel(PROBLEM)).toHaveAccessibleDescription(/^Svaret har sparats på annat håll, av en kollega eller i en annan flik, och visas nu som det sparades där\. \S/);
  await checkA11y(page);
  // Her next change of the same answer is saved on the new version, not refused as a conflict with
  // the colleague's (without the check it was: her page still had her own text as its base).
  await page.getByLabel(PROBLEM).fill("Kollegans text, och Noras tillägg.");
  await waitUntilSaved(page);
  await expect(page.getByRole("region", { name: "Någon annan har ändrat samma svar" })).toHaveCount(0);
  const after = await db().case.findUniqueOrThrow({ where: { id: created.id }, select: { data: true } });
  expect((after.data as { needs: { problem: string } }).needs.problem).toBe("Kollegans text, och Noras tillägg.");
  // Changed here, the answer is hers again: the notice lets it go.
  await expect(page.getByRole("status").filter({ hasText: "Ett svar har sparats på annat håll" })).toHaveCount(0);
  await expect(atField).toHaveCount(0);
  await expect(page.getByLabel(PROBLEM)).not.toHaveAttribute("aria-describedby", /-hamtat/);
});

test("an answer a colleague saved is taken in with the colleague's name, at the field and at the top", async ({ page, browser, baseURL }) => {
  // A walk: "av en kollega eller i en annan flik" left Nora guessing whether Per or she herself had written it.
  const editors = await twoEditors(browser, page, baseURL!);
  const caseId = await editors.newCase("Vem sparade svaret");
  await page.goto(`/arenden/${caseId}/steg/1`);
  await page.getByLabel(PROBLEM).fill("Noras text.");
  await waitUntilSaved(page);
  // Per opens the same step, sees Nora's text and writes his own over it.
  await editors.other.goto(`/arenden/${caseId}/steg/1`);
  await expect(editors.other.getByLabel(PROBLEM)).toHaveValue("Noras text.");
  await editors.other.getByLabel(PROBLEM).fill("Pers text.");
  await waitUntilSaved(editors.other);
  // Nora comes back to her window: her page takes Per's answer in and says it was his.
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(page.getByLabel(PROBLEM)).toHaveValue("Pers text.");
  await expect(page.getByRole("status").filter({ hasText: "Ett svar har sparats på annat håll sedan sidan visades" })).toHaveText(
    new RegExp(`^Ett svar har sparats på annat håll sedan sidan visades och visas nu: ${PROBLEM.replace("?", "\\?")} \\(av Per Partner från Fjällvikens kommun, kl\\. \\d{2}:\\d{2}\\)\\.$`),
  );
  await expect(page.getByText(/^Svaret har sparats av Per Partner från Fjällvikens kommun kl\. \d{2}:\d{2} och visas nu som det sparades\.$/)).toHaveCount(1);
  await checkA11y(page);
  await editors.close();
});

test("choosing the other version in a conflict says it took effect, and the save line leads to the choice", async ({ page, browser, baseURL }) => {
  // A screen-reader walk: after "Använd den andra versionen" the line went on saying "Kunde inte
  // spara …" until the next change, and the panel, far above the answer, was found by hand.
  const editors = await twoEditors(browser, page, baseURL!);
  const caseId = await editors.newCase("Välj den andra versionen");
  const per = editors.other;
  await page.goto(`/arenden/${caseId}/steg/1`);
  await per.goto(`/arenden/${caseId}/steg/1`);
  await page.getByLabel(PROBLEM).fill("Noras text.");
  await waitUntilSaved(page);
  await checkA11y(page);
  await per.getByLabel(PROBLEM).fill("Pers text.");
  const status = per.locator("[data-save-status]");
  await expect(status).toHaveText(/Kunde inte spara: Samma svar har ändrats på annat håll\. Välj vilken version som ska gälla\./, { timeout: 20_000 });
  const panel = per.getByRole("region", { name: "Någon annan har ändrat samma svar" });
  await status.getByRole("button", { name: "Visa de två versionerna" }).click();
  await expect(panel).toBeFocused();
  await checkA11y(per);
  await panel.getByRole("button", { name: /Använd den andra versionen/ }).press("Enter");
  await expect(per.getByLabel(PROBLEM)).toBeFocused();
  await expect(per.getByLabel(PROBLEM)).toHaveValue("Noras text.");
  await expect(panel).toHaveCount(0);
  await expect(status).toHaveAttribute("data-save-status", "saved");
  await expect(status).toHaveText(/^Sparat kl\. \d\d:\d\d\. Den andra versionen gäller nu\.$/);
  expect(await storedProblem(caseId)).toBe("Noras text.");
  await editors.close();
});
