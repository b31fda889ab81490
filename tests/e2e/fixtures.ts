import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const checkedPaths = new WeakMap<Page, Set<string>>();

function pathOf(url: string): string | null {
  if (!url.startsWith("http")) return null;
  return new URL(url).pathname;
}

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails on any violation. */
export async function checkA11y(page: Page) {
  // After a client-side navigation (a server action's redirect) Next.js sets the new page's
  // <title> a moment after its content: wait for it (and fail if it never comes) before axe looks.
  await expect(page, `the page at ${page.url()} has a title`).toHaveTitle(/\S/);
  // Legacy mode runs axe.run in the page itself instead of opening a blank page to combine
  // results from cross-origin frames, which these pages do not have; only violations are
  // collected in full. Together they halve each check (most of what is left is color-contrast).
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  const path = pathOf(page.url());
  if (path) checkedPaths.get(page)?.add(path);
}

/**
 * `page` remembers every address it navigated to; a test that passes without having run
 * checkA11y on each of them fails, so no visited page escapes the accessibility check.
 * It also fails a test in which the Content-Security-Policy blocked anything: a blocked
 * script means a page that does not hydrate (issue 14 §4).
 */
export const test = base.extend({
  page: async ({ page }, runTest, testInfo) => {
    const visited = new Set<string>();
    const blocked: string[] = [];
    checkedPaths.set(page, new Set());
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
    });
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      const path = pathOf(frame.url());
      if (path) visited.add(path);
    });
    await runTest(page);
    if (testInfo.status === testInfo.expectedStatus) {
      const checked = checkedPaths.get(page) ?? new Set();
      const unchecked = [...visited].filter((path) => !checked.has(path));
      expect(unchecked, "pages visited without checkA11y").toEqual([]);
      expect(blocked, "blocked by the Content-Security-Policy").toEqual([]);
    }
  },
});
