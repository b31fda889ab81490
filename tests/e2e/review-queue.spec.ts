import { checkA11y, expect, test } from "./fixtures";
import { emptyCase } from "../../lib/case";
import { db, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";

// A jurist may have many requests waiting; "Att granska" shows twenty at a time, oldest first,
// and the start page the five oldest and how many wait.
test("Att granska shows twenty requests a page, oldest first, and the start page the five oldest", async ({ page, baseURL }) => {
  const organization = await db().organization.create({ data: { name: `Granskarkommun ${crypto.randomUUID().slice(0, 8)}`, type: "KOMMUN" } });
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Siv Sida", organization: organization.name, role: "CASE_EDITOR" });
  const jurist = await seedUser({ email: uniqueEmail("jurist"), name: "Jens Jurist", organization: organization.name, role: "LEGAL_REVIEWER" });
  const base = Date.parse("2026-11-01T08:00:00Z");
  for (let i = 1; i <= 21; i++) {
    await db().case.create({
      data: {
        title: `Granskning nummer ${i}`,
        ownerOrganizationId: organization.id,
        data: JSON.parse(JSON.stringify(emptyCase())),
        members: { create: { userId: editor.id, role: "EDITOR", organizationId: organization.id } },
        reviewRequests: {
          create: { organizationId: organization.id, message: "", caseVersion: 1, requestedById: editor.id, requestedByName: "Siv Sida", createdAt: new Date(base + i * 60_000) },
        },
      },
    });
  }
  await signInAs(page.context(), jurist.id, baseURL!);

  await page.goto("/");
  const block = page.getByRole("region", { name: "Att granska" });
  await expect(block).toContainText("21 ärenden väntar på din juridiska granskning, äldsta först.");
  const oldest = block.getByRole("list").first().getByRole("link");
  await expect(oldest).toHaveText(["Granskning nummer 1", "Granskning nummer 2", "Granskning nummer 3", "Granskning nummer 4", "Granskning nummer 5"]);
  await checkA11y(page);

  await page.goto("/att-granska");
  await expect(page.getByText("21 ärenden väntar på din granskning. Här visas 1–20 av 21.")).toBeVisible();
  const rows = page.getByRole("table", { name: "Ärenden att granska, äldsta först" }).getByRole("row");
  await expect(rows).toHaveCount(21); // the header and twenty requests
  await expect(rows.nth(1).getByRole("link")).toHaveText("Granskning nummer 1");
  await expect(rows.last().getByRole("link")).toHaveText("Granskning nummer 20");
  const pages = page.getByRole("navigation", { name: "Sidor i Att granska" });
  await expect(pages).toContainText("Sida 1 av 2");
  await checkA11y(page);

  await pages.getByRole("link", { name: "Nästa sida →" }).click();
  await expect(page).toHaveURL(/\/att-granska\?sida=2$/);
  await expect(page.getByText("Här visas 21 av 21.")).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole("link")).toHaveText("Granskning nummer 21");
  await checkA11y(page);

  // On a phone the table scrolls in its own box, and a shadow at its right edge says there is more
  // (a walk: the two counts were out of sight, with nothing to say so); none once scrolled to the end.
  await page.setViewportSize({ width: 375, height: 800 });
  const box = page.getByRole("region", { name: "Ärenden att granska" });
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await box.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/radial-gradient.*radial-gradient/);
  await checkA11y(page);
});
