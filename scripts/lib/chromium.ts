import fs from "node:fs";
import { chromium } from "@playwright/test";

// Playwright's own Chromium cannot be downloaded on these machines; Debian's works. Its
// headless shell (package chromium-headless-shell, which .ci/run installs) is the browser
// Playwright itself uses for headless runs: without the full browser's processes, the e2e stage
// takes about three quarters of the time. Used by playwright.config.ts and bench:load.
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  if (fs.existsSync("/usr/bin/chromium-headless-shell")) return "/usr/bin/chromium-headless-shell";
  return "/usr/bin/chromium";
}
