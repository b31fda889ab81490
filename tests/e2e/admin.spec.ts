import { checkA11y, expect, test } from "./fixtures";
import { E2E_PASSWORD, db, seedCase, seedUser, signInAs, uniqueEmail, withoutJavaScript } from "./auth-fixtures";

async function organizationInvitationLinkFor(to: string): Promise<string> {
  const mail = await db().outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = /https?:\/\/\S+\/organisationsinbjudan\/[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`No organisation invitation link in the mail to ${to}.`);
  return new URL(match[0]).pathname;
}

async function signInThroughForm(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/logga-in");
  await checkA11y(page);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

test("an organisation admin invites a legal reviewer, who accepts and then signs in", async ({ page, baseURL }) => {
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  await signInAs(page.context(), admin.id, baseURL!);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Olga Orgadmin" })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("region", { name: "Administration" }).getByRole("link", { name: "Personer och ärenden i Norrströms kommun" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Norrströms kommun" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Personer" })).toContainText("Olga Orgadmin");
  await checkA11y(page);

  // A bad address is named; then the real invitation.
  await page.getByLabel("E-postadress").fill("inte-en-adress");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("link", { name: /Ange en giltig e-postadress/ })).toBeVisible();
  await checkA11y(page);
  // An address on a domain no member of Norrström uses is asked about before it is sent.
  const elsewhere = uniqueEmail("annan").replace("@e2e.test", "@annan-kommun.test");
  await page.getByLabel("E-postadress").fill(elsewhere);
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("link", { name: /^Ingen i Norrströms kommun har en e-postadress på annan-kommun\.test\./ })).toBeVisible();
  const confirm = page.getByRole("checkbox", { name: "Adressen är rätt" });
  await expect(confirm).toHaveAccessibleDescription(/Kontrollera adressen/);
  await checkA11y(page);
  await confirm.check();
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "En inbjudan har skickats" })).toContainText(elsewhere);
  // The next invitation is not confirmed ahead: the box has gone.
  await expect(confirm).toHaveCount(0);
  const invitee = uniqueEmail("jurist");
  await page.getByLabel("E-postadress").fill(invitee);
  await page.getByLabel("Roll i organisationen").selectOption({ label: "Jurist" });
  // With the keyboard: the button keeps the focus while it sends and after (a disabled button
  // dropped it to the page's start), so the next invitation is a Shift+Tab away.
  const send = page.getByRole("button", { name: "Skicka inbjudan" });
  await send.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "En inbjudan har skickats" })).toContainText(invitee);
  await expect(page.getByText(`${invitee} – Jurist, gäller till`)).toBeVisible();
  await expect(send).toBeFocused();
  await checkA11y(page);

  const link = await organizationInvitationLinkFor(invitee);
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Inbjudan till Norrströms kommun" })).toBeVisible();
  await expect(page.getByText("med rollen jurist")).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Ditt namn").fill("Jonas Jurist");
  await page.getByLabel("Välj lösenord").fill(E2E_PASSWORD);
  await page.getByLabel("Upprepa lösenordet").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Skapa konto och gå med i Norrströms kommun" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Jonas Jurist" })).toBeVisible();
  // Found on a walk: the start page said nothing of what had just happened.
  await expect(page.getByRole("status").filter({ hasText: "Du är nu med i Norrströms kommun som jurist." })).toBeFocused();
  await expect(page.getByRole("region", { name: "Att granska" })).toBeVisible();
  await checkA11y(page);

  const memberships = await db().membership.findMany({ where: { user: { email: invitee } }, select: { role: true, organization: { select: { name: true } } } });
  expect(memberships).toEqual([{ role: "LEGAL_REVIEWER", organization: { name: "Norrströms kommun" } }]);

  // Later, in a fresh browser: the jurist signs in with the chosen password.
  await page.context().clearCookies();
  await signInThroughForm(page, invitee, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Jonas Jurist" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Att granska" })).toContainText("Ärenden du kan läsa");
  await checkA11y(page);

  // The link was used once and is dead now.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Inbjudan gäller inte" })).toBeVisible();
  await checkA11y(page);
});

test("without JavaScript, an organisation admin withdraws a pending invitation, and its link shows nothing", async ({ browser, page, baseURL }) => {
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  const invitee = uniqueEmail("aterkallad");
  await withoutJavaScript(browser, admin.id, baseURL!, async (plain) => {
    await plain.goto(`/admin/organisationer/${org.id}`);
    await plain.getByLabel("E-postadress").fill(invitee);
    await plain.getByRole("button", { name: "Skicka inbjudan" }).click();
    // Answered with a redirect (Post/Redirect/Get): the page says what was done, and a reload
    // asks for the page again instead of posting the form and mailing a second link.
    await expect(plain).toHaveURL(/\?inbjudan=skickad\.[0-9a-f-]{36}$/);
    await expect(plain.getByRole("status").filter({ hasText: `En inbjudan har skickats till ${invitee}.` })).toBeVisible();
    await expect(plain.getByText(`${invitee} – Ärendehandläggare, gäller till`)).toBeVisible();
    await plain.reload();
    await expect(plain.getByText(`${invitee} – Ärendehandläggare, gäller till`)).toHaveCount(1);
    expect(await db().outboxMail.count({ where: { to: invitee } })).toBe(1);
    await plain.getByRole("button", { name: `Återkalla inbjudan till ${invitee}` }).click();
    await expect(plain).toHaveURL(/\?inbjudan=aterkallad\.[0-9a-f-]{36}$/);
    await expect(plain.getByRole("status").filter({ hasText: `Inbjudan till ${invitee} är återkallad. Länken i e-postmeddelandet fungerar inte längre.` })).toBeVisible();
    await expect(plain.getByText(`${invitee} – Ärendehandläggare, gäller till`)).toHaveCount(0);
  });
  const link = await organizationInvitationLinkFor(invitee);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Inbjudan gäller inte" })).toBeVisible();
  await checkA11y(page);
});

test("without JavaScript, a person invited to an organisation accepts the link", async ({ browser, baseURL }) => {
  // The link's page sends no Referer; a plain form post from it must still carry an Origin that
  // Next.js accepts (under "no-referrer" it was "null", and the post failed with a 500).
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  const invitee = uniqueEmail("utanjs-org");
  await withoutJavaScript(browser, admin.id, baseURL!, async (plain) => {
    await plain.goto(`/admin/organisationer/${org.id}`);
    await plain.getByLabel("E-postadress").fill(invitee);
    await plain.getByRole("button", { name: "Skicka inbjudan" }).click();
    await expect(plain.getByRole("status").filter({ hasText: `En inbjudan har skickats till ${invitee}.` })).toBeVisible();
  });
  const stranger = await browser.newContext({ javaScriptEnabled: false, locale: "sv-SE", timezoneId: "Europe/Stockholm", baseURL });
  try {
    const page = await stranger.newPage();
    await page.goto(await organizationInvitationLinkFor(invitee));
    await page.getByLabel("Ditt namn").fill("Nora Nojs");
    await page.getByLabel("Välj lösenord").fill(E2E_PASSWORD);
    await page.getByLabel("Upprepa lösenordet").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Skapa konto och gå med i Norrströms kommun" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Nora Nojs" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Du är nu med i Norrströms kommun som ärendehandläggare." })).toBeVisible();
    // axe runs as a script, which this context does not; the same pages are checked with it above.
  } finally {
    await stranger.close();
  }
  expect(await db().membership.count({ where: { user: { email: invitee } } })).toBe(1);
});

test("without JavaScript, an organisation admin deactivates a person after being asked once more, and may cancel", async ({ browser, baseURL }) => {
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  const email = uniqueEmail("utanskript");
  const name = `Ulla Utanskript ${email.slice(email.indexOf("@") - 6, email.indexOf("@"))}`;
  const person = await seedUser({ email, name, organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  await withoutJavaScript(browser, admin.id, baseURL!, async (plain) => {
    await plain.goto(`/admin/organisationer/${org.id}`);
    // The first press posts, and the page answers with the question, focused.
    await plain.getByRole("button", { name: `Inaktivera ${name}` }).click();
    await expect(plain.getByText(`${name} loggas ut överallt och kan inte logga in förrän kontot aktiveras igen.`)).toBeVisible();
    await plain.getByRole("button", { name: "Avbryt" }).click();
    await expect(plain.getByRole("button", { name: `Inaktivera ${name}` })).toBeFocused();
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).deactivatedAt).toBeNull();
    await plain.getByRole("button", { name: `Inaktivera ${name}` }).click();
    await plain.getByRole("button", { name: `Ja, inaktivera ${name}` }).click();
    await expect(plain.getByRole("status").filter({ hasText: `${name} är inaktiverad och har loggats ut överallt.` })).toBeVisible();
  });
  expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).deactivatedAt).not.toBeNull();
  // Asking and cancelling changed nothing and wrote no refusal to the log.
  expect(await db().auditLog.count({ where: { actorUserId: admin.id, action: "user.deactivate", outcome: { not: "SUCCESS" } } })).toBe(0);
});

test("a deactivated person is signed out everywhere and cannot sign in until an admin activates the account again", async ({ page, browser, baseURL }) => {
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  const leaverEmail = uniqueEmail("slutat");
  // A name of its own: the e2e database keeps earlier runs' people, and the buttons are found by name.
  const leaverName = `Lena Slutar ${leaverEmail.slice(leaverEmail.indexOf("@") - 6, leaverEmail.indexOf("@"))}`;
  const leaver = await seedUser({ email: leaverEmail, name: leaverName, organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const theCase = await seedCase(leaver.id, "Norrströms kommun", "Ärende som finns kvar");

  // The leaver is signed in in another browser.
  const other = await browser.newContext({ baseURL });
  await signInAs(other, leaver.id, baseURL!);
  const otherPage = await other.newPage();
  expect((await otherPage.goto("/arenden"))?.status()).toBe(200);

  await signInAs(page.context(), admin.id, baseURL!);
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  await page.goto(`/admin/organisationer/${org.id}`);
  await checkA11y(page);
  // The question takes the focus when it opens, and "Avbryt" gives it back to "Inaktivera".
  await page.getByRole("button", { name: `Inaktivera ${leaverName}` }).click();
  await expect(page.getByText(`${leaverName} loggas ut överallt`)).toBeVisible();
  await expect(page.locator("div[tabindex='-1']").filter({ hasText: `${leaverName} loggas ut överallt` })).toBeFocused();
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.getByRole("button", { name: `Inaktivera ${leaverName}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${leaverName} loggas ut överallt`)).toBeVisible();
  // Escape closes it as "Avbryt" does.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: `Inaktivera ${leaverName}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await checkA11y(page);
  await page.getByRole("button", { name: `Ja, inaktivera ${leaverName}` }).click();
  // The pressed button left the page with the row: the outcome takes the focus, so the keyboard goes on from there.
  await expect(page.getByRole("status").filter({ hasText: `${leaverName} är inaktiverad och har loggats ut överallt.` })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Inaktiverade konton" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Inaktivera ${leaverName}` })).toHaveCount(0);
  await checkA11y(page);

  // Their open session is gone.
  await otherPage.goto("/arenden");
  await expect(otherPage).toHaveURL(/\/logga-in\?next=%2Farenden$/);
  await other.close();

  // The right password is refused with a clear message.
  await page.context().clearCookies();
  await signInThroughForm(page, leaverEmail, E2E_PASSWORD);
  await expect(page.getByRole("alert", { name: "Det gick inte" })).toContainText("Kontot är inaktiverat.");
  await expect(page).toHaveURL(/\/logga-in/);
  await checkA11y(page);

  // Their history stays.
  expect(await db().caseMember.count({ where: { caseId: theCase.id, userId: leaver.id } })).toBe(1);

  // A mistake, or the person comes back: the admin activates the account again, from the keyboard.
  await signInAs(page.context(), admin.id, baseURL!);
  await page.goto(`/admin/organisationer/${org.id}`);
  const reactivate = page.getByRole("button", { name: `Aktivera igen ${leaverName}` });
  await reactivate.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${leaverName} är aktiv igen.` })).toBeFocused();
  await expect(page.getByRole("button", { name: `Inaktivera ${leaverName}` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Aktivera igen ${leaverName}` })).toHaveCount(0);
  await checkA11y(page);

  // They sign in with their own password and find their case.
  await page.context().clearCookies();
  await signInThroughForm(page, leaverEmail, E2E_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith("/logga-in"));
  await checkA11y(page);
  await page.goto("/arenden");
  await expect(page.getByRole("link", { name: "Ärende som finns kvar" })).toBeVisible();
  await checkA11y(page);
});

test.describe("each role's start page", () => {
  test("SKR staff are led to the catalogue and the statistics, and see no case", async ({ page, baseURL }) => {
    const user = await seedUser({ email: uniqueEmail("skr"), name: "Siri SKR" });
    await db().userGlobalRole.create({ data: { userId: user.id, role: "SKR_STAFF" } });
    await signInAs(page.context(), user.id, baseURL!);
    await page.goto("/");
    await expect(page).toHaveTitle("Start – Samverka");
    await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Siri SKR" })).toBeVisible();
    const skrBlock = page.getByRole("region", { name: "Exempel och statistik" });
    await expect(skrBlock).toContainText("Anonymiserade exempel");
    await expect(skrBlock.getByRole("link", { name: "Exempelkatalogen" })).toHaveAttribute("href", "/katalog");
    await expect(skrBlock.getByRole("link", { name: "Statistik" })).toHaveAttribute("href", "/statistik");
    await expect(skrBlock).not.toContainText("inte öppnade");
    await expect(page.getByRole("region", { name: "Mina ärenden" })).toHaveCount(0);
    await checkA11y(page);
  });

  test("a jurist sees their review queue and the cases they can read", async ({ page, baseURL }) => {
    // An organisation of its own: the review round (legal-review.spec.ts) may send a Norrström
    // case for review while this test runs.
    const organization = await db().organization.create({ data: { name: `Juristkommun ${crypto.randomUUID().slice(0, 8)}`, type: "KOMMUN" } });
    const editor = await seedUser({ email: uniqueEmail("red"), name: "Rut Redigerare", organization: organization.name, role: "CASE_EDITOR" });
    await seedCase(editor.id, organization.name, "Ärende för juristen");
    const jurist = await seedUser({ email: uniqueEmail("jur"), name: "Jill Jurist", organization: organization.name, role: "LEGAL_REVIEWER" });
    await signInAs(page.context(), jurist.id, baseURL!);
    await page.goto("/");
    const block = page.getByRole("region", { name: "Att granska" });
    await expect(block.getByRole("link", { name: "Ärende för juristen" }).first()).toBeVisible();
    // Nothing sent for review yet: the queue says so and leads to the review list.
    await expect(block).toContainText("Inga ärenden väntar på din granskning just nu.");
    await expect(block.getByRole("link", { name: "Öppna granskningslistan" })).toHaveAttribute("href", "/att-granska");
    await expect(block).not.toContainText("Snart kan du");
    await checkA11y(page);
  });

  test("a system admin sees administration, searches users and reads the log as sentences", async ({ page, baseURL }) => {
    const sysadmin = await seedUser({ email: uniqueEmail("sys"), name: "Sture System" });
    await db().userGlobalRole.create({ data: { userId: sysadmin.id, role: "SYSTEM_ADMIN" } });
    await seedUser({ email: uniqueEmail("ake"), name: "Åke Östberg", organization: "Fjällvikens kommun", role: "CASE_EDITOR" });
    await signInAs(page.context(), sysadmin.id, baseURL!);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Sture System" })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("region", { name: "Administration" }).getByRole("link", { name: "Användare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
    await checkA11y(page);
    await page.getByLabel("Sök på namn eller e-postadress").fill("åke östb");
    await page.getByRole("button", { name: "Sök" }).click();
    // Case-insensitive, Å and Ö included: "åke östb" finds Åke Östberg.
    await expect(page.getByRole("cell", { name: /Åke Östberg/ }).first()).toBeVisible();
    await expect(page.getByRole("status")).toContainText("matchar ”åke östb”");
    await checkA11y(page);

    // Every organisation is searched on a page of its own, 50 at a time; /admin holds the search.
    await page.goto("/admin");
    await checkA11y(page);
    await page.getByLabel("Sök på namn eller kommunkod").fill("fjällvik");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/organisationer\?q=fj%C3%A4llvik$/);
    await expect(page.getByRole("row", { name: /Fjällvikens kommun/ })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("som matchar ”fjällvik”");
    await checkA11y(page);

    await page.goto("/admin/logg");
    await checkA11y(page);
    await page.getByLabel("Utfall").selectOption({ label: "Lyckades" });
    await page.getByLabel("Typ av händelse").selectOption({ label: "Ärenden och inbjudningar till ärenden" });
    await page.getByRole("button", { name: "Visa händelser" }).click();
    await expect(page).toHaveURL(/typ=arenden/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const text = await page.getByRole("table").innerText();
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|\bcase\.[a-z]|[{}]/);
    await checkA11y(page);

    // A crafted address with an impossible date: the field says so, the log still shows.
    await page.goto("/admin/logg?fran=2026-02-30");
    await expect(page.getByText("Ange från-datumet som ÅÅÅÅ-MM-DD")).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await checkA11y(page);

    // Nothing matches: one sentence says so, and no empty table.
    await page.goto("/admin/logg?person=ingen-s%C3%A5dan-person");
    await expect(page.getByRole("status")).toHaveText("Inga händelser matchar filtren.");
    await expect(page.getByText(/matchar filtren/)).toHaveCount(1);
    await expect(page.getByRole("table")).toHaveCount(0);
    await checkA11y(page);
  });

  test("a person in two organisations chooses which one owns a new case", async ({ page, baseURL }) => {
    const user = await seedUser({ email: uniqueEmail("gemensam"), name: "Greta Gemensam", organization: "Bengtsfors kommun", role: "CASE_EDITOR" });
    const mellerud = await db().organization.findFirstOrThrow({ where: { name: "Melleruds kommun" } });
    await db().membership.create({ data: { userId: user.id, organizationId: mellerud.id, role: "CASE_EDITOR" } });
    await signInAs(page.context(), user.id, baseURL!);
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Mina ärenden" })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("link", { name: "Starta ett nytt ärende" }).click();
    await expect(page.getByRole("group", { name: "Vilken organisation tillhör ärendet?" })).toBeVisible();
    await checkA11y(page);
    await page.getByLabel("Titel").fill("Gemensam socialtjänst");
    await page.getByRole("button", { name: "Skapa ärende" }).click();
    await expect(page.getByRole("link", { name: "Välj vilken organisation ärendet ska tillhöra." })).toBeVisible();
    await checkA11y(page);
    await page.getByLabel("Melleruds kommun").check();
    await page.getByRole("button", { name: "Skapa ärende" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gemensam socialtjänst" })).toBeVisible();
    await checkA11y(page);
    const created = await db().case.findFirstOrThrow({ where: { title: "Gemensam socialtjänst", members: { some: { userId: user.id } } } });
    expect(created.ownerOrganizationId).toBe(mellerud.id);
  });

  test("what is typed and chosen before the page's script has started is kept", async ({ page, baseURL }) => {
    // react-hook-form writes a field's default into it when it registers it: a radio button chosen
    // before the script ran was unchosen again (it keeps typed text, not a choice), and the form
    // then asked which organisation had been chosen.
    const user = await seedUser({ email: uniqueEmail("tidig"), name: "Tea Tidig", organization: "Bengtsfors kommun", role: "CASE_EDITOR" });
    const mellerud = await db().organization.findFirstOrThrow({ where: { name: "Melleruds kommun" } });
    await db().membership.create({ data: { userId: user.id, organizationId: mellerud.id, role: "CASE_EDITOR" } });
    await signInAs(page.context(), user.id, baseURL!);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/arenden/nytt", { waitUntil: "domcontentloaded" });
    await page.getByLabel("Titel").fill("Tidig familjerätt");
    await page.getByLabel("Melleruds kommun").check();
    release();
    // React has the field once it hydrates it; the press below goes to the form's script (an
    // event during hydration is replayed after it), which sends it as a server action.
    await page.waitForFunction(() => Object.keys(document.getElementById("nytt-arende-title") ?? {}).some((key) => key.startsWith("__reactFiber")));
    await expect(page.getByLabel("Melleruds kommun")).toBeChecked();
    await checkA11y(page);
    const sent = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Skapa ärende" }).click();
    expect((await sent).postData()).toContain(mellerud.id);
    await expect(page.getByRole("heading", { level: 1, name: "Tidig familjerätt" })).toBeVisible();
    await checkA11y(page);
    const created = await db().case.findFirstOrThrow({ where: { title: "Tidig familjerätt", members: { some: { userId: user.id } } } });
    expect(created.ownerOrganizationId).toBe(mellerud.id);
  });
});

test("a refusal from the server gives way when the form is sent again, also when the form's own check then refuses it", async ({ page, baseURL }) => {
  // A walk: "… har redan rollen …" stood beside the new "Ange en giltig e-postadress" after the address was changed.
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  const member = await seedUser({ email: uniqueEmail("medlem"), name: "Mona Medlem", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  await signInAs(page.context(), admin.id, baseURL!);
  await page.goto(`/admin/organisationer/${org.id}`);
  await page.getByLabel("E-postadress").fill(member.email);
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
  await expect(summary).toContainText("har redan rollen");
  await page.getByLabel("E-postadress").fill("trasig@");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(summary).toContainText("Ange en giltig e-postadress");
  await expect(summary).not.toContainText("har redan rollen");
  await checkA11y(page);
});

test("a person's name longer than a phone's line breaks on the organisation's page instead of widening it", async ({ page, baseURL }) => {
  // A walk: a 118-letter name with no space made the page 1 022 px wide at 375 px (WCAG 1.4.10).
  const admin = await seedUser({ email: uniqueEmail("orgadmin"), name: "Olga Orgadmin", organization: "Norrströms kommun", role: "ORG_ADMIN" });
  const name = `Långnamn${"ssondottir".repeat(11)}`;
  await seedUser({ email: uniqueEmail("langt"), name, organization: "Norrströms kommun", role: "CASE_EDITOR" });
  await signInAs(page.context(), admin.id, baseURL!);
  await page.setViewportSize({ width: 320, height: 800 });
  const org = await db().organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  await page.goto(`/admin/organisationer/${org.id}`);
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(clientWidth);
  await checkA11y(page);
});
