import { checkA11y, expect, test } from "./fixtures";
import { db, seedCase, seedUser, signInAs, uniqueEmail, withoutJavaScript } from "./auth-fixtures";

// The case's end: an editor records each party's decision from the minutes and who signed the
// agreement, from the keyboard, and a mistaken entry is withdrawn; without JavaScript too.

async function caseWithTwoParties() {
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Nora Socialchef", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const partner = await seedUser({ email: uniqueEmail("partner"), name: "Per Partner", organization: "Fjällvikens kommun", role: "CASE_EDITOR" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Familjebehandling Norrström–Fjällviken");
  const fjallviken = await db().organization.findFirstOrThrow({ where: { name: "Fjällvikens kommun" } });
  await db().caseMember.create({ data: { caseId: created.id, userId: partner.id, role: "EDITOR", organizationId: fjallviken.id } });
  return { editor, caseId: created.id };
}

test("an editor records a party's decision and a signature from the keyboard, is told what to check, and withdraws a mistake", async ({ page, baseURL }, testInfo) => {
  const { editor, caseId } = await caseWithTwoParties();
  await signInAs(page.context(), editor.id, baseURL!);
  await page.goto(`/arenden/${caseId}`);
  await checkA11y(page);
  await page.getByRole("link", { name: "Visa och registrera beslut och underskrifter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beslut och underskrifter för Familjebehandling Norrström–Fjällviken");
  await expect(page.getByText("Inget beslut är registrerat.")).toHaveCount(2);
  await checkA11y(page);

  // Sent empty: the summary takes the focus and names each field.
  const decisionForm = page.getByRole("region", { name: "Registrera ett beslut" });
  await decisionForm.getByRole("button", { name: "Registrera beslutet" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Välj vilken part det gäller.");
  await expect(summary).toContainText("Ange datumet då beslutet fattades.");
  await expect(summary).toContainText("Ange vilken version av ärendet det gällde.");
  await checkA11y(page);

  // The choice starts unmade: "Välj version" first, whatever numbers the versions have (a walk found it second).
  await expect(decisionForm.getByLabel("Ärendets version").locator("option").first()).toHaveText("Välj version");
  await expect(decisionForm.getByLabel("Ärendets version")).toHaveValue("");
  await decisionForm.getByLabel("Part").selectOption({ label: "Norrströms kommun" });
  await decisionForm.getByLabel("Beslutsorganets namn").fill("Socialnämnden");
  await decisionForm.getByLabel("Datum för beslutet").fill("2026-11-20");
  await decisionForm.getByLabel("Ärendets version").selectOption({ label: "Version 1: ärendet som det är nu, utan sparade dokument" });
  await decisionForm.getByLabel("Paragraf (frivilligt)").fill("§ 45");
  await decisionForm.getByLabel("Paragraf (frivilligt)").press("Enter");
  const status = page.getByRole("status").filter({ hasText: "Beslutet för Norrströms kommun är registrerat: Socialnämnden 2026-11-20 § 45, beslutade enligt förslaget." });
  await expect(status).toBeFocused();
  const norrstrom = page.getByRole("region", { name: "Norrströms kommun" });
  await expect(norrstrom).toContainText("Socialnämnden 2026-11-20 § 45 (nämnd): beslutade enligt förslaget.");
  // The form starts empty again.
  await expect(decisionForm.getByLabel("Beslutsorganets namn")).toHaveValue("");
  await checkA11y(page);
  // The next entry sent with a field missing: its errors stand alone, the earlier "registrerat" gives way (a walk saw both).
  await decisionForm.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rätta följande" })).toBeVisible();
  await expect(status).toBeHidden();

  const signatureForm = page.getByRole("region", { name: "Registrera en underskrift" });
  await signatureForm.getByLabel("Part").selectOption({ label: "Fjällvikens kommun" });
  await signatureForm.getByLabel("Vem undertecknade?").fill("Fredrik Ordförande");
  await signatureForm.getByLabel("Titel eller uppdrag").fill("Socialnämndens ordförande");
  await signatureForm.getByLabel("Datum för underskriften").fill("2026-11-27");
  await signatureForm.getByLabel("Ärendets version").selectOption("1");
  await signatureForm.getByRole("button", { name: "Registrera underskriften" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Underskriften för Fjällvikens kommun är registrerad: Fredrik Ordförande 2026-11-27." })).toBeFocused();
  const fjallviken = page.getByRole("region", { name: "Fjällvikens kommun" });
  await expect(fjallviken).toContainText("Avtalet är registrerat som undertecknat för Fjällvikens kommun, men inget beslut enligt förslaget är registrerat.");
  await expect(page.locator("dl")).toContainText("Undertecknat1 av 2 parter");
  // Norrström decided on a version no jurist has approved; Fjällviken signed without a decision.
  await expect(page.locator("dl")).toContainText("Att kontrollera2 punkter – se Norrströms kommun och Fjällvikens kommun nedan");
  await expect(page.getByRole("region", { name: "Norrströms kommun" })).toContainText("som ingen jurist har godkänt i Samverka");
  await checkA11y(page);
  await page.screenshot({ path: testInfo.outputPath("beslut.png"), fullPage: true });

  // "Ta bort registreringen" asks once more (a walk found it acted on one press, and read "Återkalla" as revoking the decision itself); "Avbryt" leaves the entry and gives the focus back.
  await fjallviken.getByRole("button", { name: "Ta bort registreringen av underskriften av Fredrik Ordförande 2026-11-27" }).press("Enter");
  await expect(fjallviken.getByText("Registreringen av underskriften av Fredrik Ordförande 2026-11-27 tas bort från sidan och räknas inte längre. Själva underskriften påverkas inte.", { exact: false })).toBeVisible();
  await checkA11y(page);
  await page.keyboard.press("Escape");
  await expect(fjallviken.getByRole("button", { name: "Ta bort registreringen av underskriften av Fredrik Ordförande 2026-11-27" })).toBeFocused();
  await fjallviken.getByRole("button", { name: "Ta bort registreringen av underskriften av Fredrik Ordförande 2026-11-27" }).press("Enter");
  await fjallviken.getByRole("button", { name: "Ja, ta bort registreringen av underskriften av Fredrik Ordförande 2026-11-27" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Registreringen av underskriften av Fredrik Ordförande 2026-11-27 för Fjällvikens kommun är borttagen. Den finns kvar i ärendets historik." })).toBeFocused();
  await expect(fjallviken).toContainText("Avtalet är inte registrerat som undertecknat.");
  await checkA11y(page);
  expect(await db().agreementSignature.count({ where: { caseId } })).toBe(1);
  expect(await db().agreementSignature.count({ where: { caseId, withdrawnAt: null } })).toBe(0);

  // The case's overview says where the end stands; its history tells it as sentences.
  await page.goto(`/arenden/${caseId}`);
  await expect(page.getByRole("region", { name: "Beslut och underskrifter" }).locator("dl")).toContainText("Beslut enligt förslaget1 av 2 parter");
  await expect(page.getByText("Nora Socialchef registrerade beslutet av Socialnämnden 2026-11-20 § 45 för Norrströms kommun")).toBeVisible();
  await expect(page.getByText("Nora Socialchef tog bort registreringen av underskriften av Fredrik Ordförande 2026-11-27 för Fjällvikens kommun")).toBeVisible();
  await checkA11y(page);
});

test("without JavaScript, an editor records a decision and is told it was recorded", async ({ browser, baseURL }) => {
  const { editor, caseId } = await caseWithTwoParties();
  await withoutJavaScript(browser, editor.id, baseURL!, async (plain) => {
    await plain.goto(`/arenden/${caseId}/beslut`);
    const form = plain.getByRole("region", { name: "Registrera ett beslut" });
    await form.getByLabel("Part").selectOption({ label: "Fjällvikens kommun" });
    await form.getByLabel("Vem beslutade?").selectOption({ label: "Fullmäktige" });
    await form.getByLabel("Beslutsorganets namn").fill("Kommunfullmäktige");
    await form.getByLabel("Datum för beslutet").fill("2026-11-30");
    await form.getByLabel("Vad blev beslutet?").selectOption({ label: "Återremitterade ärendet" });
    await form.getByLabel("Ärendets version").selectOption("1");
    await form.getByRole("button", { name: "Registrera beslutet" }).click();
    await expect(plain.getByRole("status").filter({ hasText: "Beslutet för Fjällvikens kommun är registrerat: Kommunfullmäktige 2026-11-30, återremitterade ärendet." })).toBeVisible();
    // A refused post comes back with its errors and what was typed.
    await form.getByLabel("Beslutsorganets namn").fill("Socialnämnden");
    await form.getByRole("button", { name: "Registrera beslutet" }).click();
    // The earlier word is not said again beside the errors, and the error summary has the focus.
    await expect(plain.getByRole("alert")).toContainText("Välj vilken part det gäller.");
    await expect(plain.getByRole("alert")).toBeFocused();
    await expect(plain.getByRole("status").filter({ hasText: "är registrerat" })).toHaveCount(0);
    await expect(form.getByLabel("Beslutsorganets namn")).toHaveValue("Socialnämnden");
  });
  expect(await db().partyDecision.count({ where: { caseId } })).toBe(1);
});
