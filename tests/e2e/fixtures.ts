import axe from "axe-core";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const checkedPaths = new WeakMap<Page, Set<string>>();

function pathOf(url: string): string | null {
  if (!url.startsWith("http")) return null;
  return new URL(url).pathname;
}

type AxeWindow = Window & { axe?: typeof axe };

/**
 * axe-core's WCAG 2.1 A/AA violations on the page's document as it is now. axe is put into a
 * document once and reused by later checks of the same document (a client-side navigation
 * keeps it); a full navigation brings a new document, which gets it again. (@axe-core/playwright
 * evaluated axe's 500 kB source twice on every check, which was most of each check's time.)
 * Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
 */
async function axeViolations(page: Page): Promise<string[]> {
  // These pages have no frames; a frame would need axe of its own, so one that appears must be
  // checked on purpose rather than pass unchecked.
  expect(page.frames(), `the page at ${page.url()} has no frames for axe to miss`).toHaveLength(1);
  const present = await page.evaluate(() => typeof (window as AxeWindow).axe?.run === "function");
  if (!present) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await (window as AxeWindow).axe!.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, WCAG_21_AA);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.targets.join("\n  ")}`);
}

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails on any violation. */
export async function checkA11y(page: Page) {
  // After a client-side navigation (a server action's redirect) Next.js sets the new page's
  // <title> a moment after its content: wait for it (and fail if it never comes) before axe looks.
  await expect(page, `the page at ${page.url()} has a title`).toHaveTitle(/\S/);
  // While a client-side navigation swaps the page, its <title> can be gone for a moment after the
  // old one was seen (a CI run caught "document-title" once): only then is axe asked again, once
  // the title is back. Any other violation fails at once, with axe's own words.
  let violations = await axeViolations(page);
  if (violations.length > 0 && violations.every((v) => v.startsWith("document-title "))) {
    await expect(page, `the page at ${page.url()} has its title back`).toHaveTitle(/\S/);
    violations = await axeViolations(page);
  }
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
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
