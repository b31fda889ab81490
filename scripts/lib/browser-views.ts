// What one page view in a real browser costs the server: the page's own request plus whatever
// the page sets off once it runs (the router's prefetches above all), which a load tool that runs
// no JavaScript never sees. Part of `npm run bench:load` (BROWSER_VIEWS).
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "./chromium";

export interface ViewPage {
  name: string;
  path: string;
  /** "name=value" of the session cookie, or undefined for a visitor. */
  cookie?: string;
}

export interface ViewFigures {
  name: string;
  /** Requests per view: the page itself, and what its scripts fetch (RSC requests, server actions, route handlers; of which prefetches). */
  documents: number;
  fetches: number;
  prefetches: number;
  /** The app's CPU per view, all requests together (ms), or null where /proc is not readable. */
  appCpu: number | null;
}

/**
 * Opens each page `views` times in one headless Chromium tab (after one unmeasured view, so the
 * browser has the page's scripts cached), scrolls to its end so every link has been in view,
 * waits until the network has been quiet, and counts the requests and the app's CPU per view.
 */
export async function measureBrowserViews(options: { origin: string; pages: ViewPage[]; views: number; appCpuMs: () => number | null }): Promise<ViewFigures[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const figures: ViewFigures[] = [];
  try {
    for (const page of options.pages) {
      const context = await browser.newContext();
      if (page.cookie) {
        const at = page.cookie.indexOf("=");
        await context.addCookies([{ name: page.cookie.slice(0, at), value: page.cookie.slice(at + 1), url: options.origin }]);
      }
      const tab = await context.newPage();
      const counts = { documents: 0, fetches: 0, prefetches: 0 };
      tab.on("request", (request) => {
        const type = request.resourceType();
        if (type === "document") counts.documents++;
        else if (type === "fetch" || type === "xhr") {
          counts.fetches++;
          if (request.headers()["next-router-prefetch"]) counts.prefetches++;
        }
      });
      const view = async () => {
        const response = await tab.goto(`${options.origin}${page.path}`, { waitUntil: "networkidle" });
        if (response?.status() !== 200) throw new Error(`${page.name}: ${page.path} answered ${response?.status()} in the browser, not 200.`);
        await tab.mouse.wheel(0, 100_000);
        await tab.waitForLoadState("networkidle");
      };
      await view();
      Object.assign(counts, { documents: 0, fetches: 0, prefetches: 0 });
      const before = options.appCpuMs();
      for (let i = 0; i < options.views; i++) await view();
      const after = options.appCpuMs();
      figures.push({
        name: page.name,
        documents: counts.documents / options.views,
        fetches: counts.fetches / options.views,
        prefetches: counts.prefetches / options.views,
        appCpu: before === null || after === null ? null : (after - before) / options.views,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
