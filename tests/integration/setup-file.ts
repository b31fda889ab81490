import { afterAll, beforeAll, vi } from "vitest";
import { resetRequest } from "./helpers/next-request";

// Runs before every integration file. The files share one module graph per worker
// (vitest.config.ts: isolate: false), so what one file changes in the process must not reach
// the next: Next.js's request context and cache are the same stand-in for every file, whichever
// loaded them first, and start with no request; the environment, spies, stubs and the clock are
// put back after each file.
vi.mock("next/headers", async () => (await import("./helpers/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./helpers/next-request")).nextCacheMock);

beforeAll(() => resetRequest());

const environment = { ...process.env };
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
  Object.assign(process.env, environment);
});
