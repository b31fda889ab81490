import { checkA11y, expect, test } from "./fixtures";

test("the start page is Swedish, has landmarks and a working skip link", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Samverka");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await checkA11y(page);

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Hoppa till huvudinnehållet" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the footer leads to the accessibility statement", async ({ page }) => {
  await page.goto("/");
  await checkA11y(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tillgänglighetsredogörelse för Samverka");
  await expect(page).toHaveTitle("Tillgänglighetsredogörelse – Samverka");
  await checkA11y(page);
});

test("an unknown address gets a Swedish not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/finns-inte");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  await checkA11y(page);
});

test("pages carry the baseline security headers: scripts only with this request's nonce, no HSTS over http", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();

  // The app's address (BETTER_AUTH_URL) is http here; a header the client sends changes nothing.
  const overHttps = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBeUndefined();
});

test("the health check reports a migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "reachable", migrations: { pending: [] } });
});
