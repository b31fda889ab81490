import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// `npm test` passes a fresh database in E2E_DATABASE_URL. Run alone, the app gets an
// embedded database of its own, apart from the development data.
const serverEnv: Record<string, string> = { PORT: String(port), LOG_LEVEL: "warn" };
if (process.env.E2E_DATABASE_URL) serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
else Object.assign(serverEnv, { SAMVERKA_DB_DIR: ".data/e2e-postgres", SAMVERKA_DB_PORT: "5435" });

const CHROMIUM = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

/** The test files with the longest tests (the whole review round, the whole wizard, the example workflow). */
const LONG_WALKS = [/legal-review\.spec\.ts$/, /\/wizard\.spec\.ts$/, /examples\.spec\.ts$/];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // CI retries a failed test once (E2E_RETRIES=1 in .ci/run) and the list reporter counts it as
  // "flaky": one clean-clone run hung for nine minutes in a click whose element the browser had
  // stopped painting (headless Chromium produced no frame after a text fill, so the click's
  // "stable" check, which waits for two animation frames, never ended; the page's scripts kept
  // running and the same commit passed on the next run). A test that fails twice still fails.
  retries: Number(process.env.E2E_RETRIES ?? 0),
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    // A failed test keeps its trace: each action's page as DOM snapshots, which the trace viewer
    // shows. Without the screencast beside them, which cost about a tenth of the browser tests'
    // time on this two-core machine (admin and auth specs: 82 s → 75 s, mean of two or three runs).
    trace: { mode: "retain-on-failure", screenshots: false },
    // A click or fill that cannot act within 30 s fails there, with its call log, instead of
    // holding its worker until the test's own timeout (nine minutes for the long walks).
    actionTimeout: 30_000,
  },
  // The long walks go first: two workers take test files in order, and a two-minute walk that
  // started last would leave one worker idle at the end (it did: about 45 s of every run).
  projects: [
    { name: "long walks", testMatch: LONG_WALKS, use: CHROMIUM },
    { name: "chromium", testIgnore: LONG_WALKS, use: CHROMIUM },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
