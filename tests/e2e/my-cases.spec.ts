import { checkA11y, expect, test } from "./fixtures";
import { emptyCase } from "../../lib/case";
import { db, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";

// A legal reviewer or an owner organisation's editor may take part in many cases; "Mina ärenden"
// shows twenty at a time, newest first.
test("Mina ärenden shows twenty cases a page, newest first, and pages on", async ({ page, baseURL }) => {
  const organization = await db().organization.create({ data: { name: `Sidkommun ${crypto.randomUUID().slice(0, 8)}`, type: "KOMMUN" } });
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Siv Sida", organization: organization.name, role: "CASE_EDITOR" });
  const base = Date.parse("2026-11-01T08:00:00Z");
  for (let i = 1; i <= 21; i++) {
    await db().case.create({
      data: {
        title: `Ärende nummer ${i}`,
        ownerOrganizationId: organization.id,
        data: JSON.parse(JSON.stringify(emptyCase())),
        updatedAt: new Date(base + i * 60_000),
        members: { create: { userId: editor.id, role: "EDITOR", organizationId: organization.id } },
      },
    });
  }
  await signInAs(page.context(), editor.id, baseURL!);

  await page.goto("/arenden");
  await expect(page.getByText("Du arbetar i 21 ärenden, de senast ändrade först. Här visas 1–20 av 21.")).toBeVisible();
  const titles = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(titles).toHaveCount(20);
  await expect(titles.first()).toHaveText("Ärende nummer 21");
  await expect(titles.last()).toHaveText("Ärende nummer 2");
  const pages = page.getByRole("navigation", { name: "Sidor i Mina ärenden" });
  await expect(pages).toContainText("Sida 1 av 2");
  await expect(page.getByText("Ärendets svar kunde inte läsas")).toHaveCount(0);
  await checkA11y(page);

  await pages.getByRole("link", { name: "Nästa sida →" }).click();
  await expect(page).toHaveURL(/\/arenden\?sida=2$/);
  await expect(page.getByText("Här visas 21 av 21.")).toBeVisible();
  await expect(titles).toHaveText(["Ärende nummer 1"]);
  await expect(pages.getByRole("link", { name: "← Föregående sida" })).toBeVisible();
  await checkA11y(page);
});
