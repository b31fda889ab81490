import { checkA11y, expect, test } from "./fixtures";
import { seedCase, seedUser, signInAs, uniqueEmail } from "./auth-fixtures";

// Next.js prefetches every link that scrolls into view; on these dynamic, per-user pages that was
// a dozen or more requests to the server per page view, bringing nothing. The app's links are
// plain links that one listener follows with the router (components/Link.tsx, ClientNavigation).
test("a case page sets off no prefetch requests, and its links, clicked or followed with the keyboard, navigate in the page", async ({ page, baseURL }) => {
  const editor = await seedUser({ email: uniqueEmail("socialchef"), name: "Petra Länk", organization: "Norrströms kommun", role: "CASE_EDITOR" });
  const created = await seedCase(editor.id, "Norrströms kommun", "Familjerätt utan förhämtning");
  await signInAs(page.context(), editor.id, baseURL!);
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });

  await page.goto(`/arenden/${created.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Familjerätt utan förhämtning");
  await checkA11y(page);
  await page.mouse.wheel(0, 100_000);
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  // A click is still a client-side navigation: the document is not loaded again.
  let documents = 0;
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents++;
  });
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mina ärenden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mina ärenden" })).toBeVisible();
  await checkA11y(page);
  expect(documents).toBe(0);

  // A link in the page's content, and one followed with Enter, go the same way.
  await page.getByRole("link", { name: "Familjerätt utan förhämtning" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Familjerätt utan förhämtning");
  await page.getByRole("link", { name: "Kontrollera alla svar" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kontrollera svaren");
  await expect(page).toHaveURL(new RegExp(`/arenden/${created.id}/granska$`));
  // Focus is where a document load would leave a keyboard user: at the new page's main content
  // (the followed link went with the old page), and Tab goes on inside it, not from the header.
  await expect(page.locator("#huvudinnehall")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.getElementById("huvudinnehall")?.contains(document.activeElement) ?? false)).toBe(true);
  await checkA11y(page);
  expect(documents).toBe(0);
  expect(prefetches).toEqual([]);

  // The browser's back button returns to the case page, still without a new document.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Familjerätt utan förhämtning");
  expect(documents).toBe(0);
});
