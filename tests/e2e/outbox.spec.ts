import { checkA11y, expect, test } from "./fixtures";
import { db, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";

test("a system admin sees failed mail and every mail's delivery in the outbox", async ({ page, baseURL }) => {
  const admin = await seedUser({ email: uniqueEmail("sysadmin"), name: "Sam Systemadmin" });
  await db().userGlobalRole.create({ data: { userId: admin.id, role: "SYSTEM_ADMIN" } });
  const failedTo = uniqueEmail("misslyckad");
  await db().outboxMail.create({
    data: { to: failedTo, subject: "Ett utskick som inte gick fram", text: "Hej", status: "FAILED", attempts: 8, lastError: "connect ECONNREFUSED 127.0.0.1:25" },
  });
  await signInAs(page.context(), admin.id, baseURL!);

  await page.goto("/utveckling/utkorg");
  await expect(page.getByRole("heading", { level: 1, name: "Utkorg" })).toBeVisible();
  const failures = page.getByRole("region", { name: "Misslyckade utskick" });
  await expect(failures).toContainText(failedTo);
  await expect(failures).toContainText("Senaste fel: connect ECONNREFUSED 127.0.0.1:25");
  await expect(page.getByText("Misslyckades efter 8 försök").first()).toBeVisible();
  await checkA11y(page);
});
