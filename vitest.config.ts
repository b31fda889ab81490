import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import LongestFirstSequencer from "./tests/integration/sequencer.ts";
import { INTEGRATION_WORKERS } from "./tests/integration/workers.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

const UNIT_FILES = ["tests/unit/**/*.test.ts", "lib/**/*.test.ts", "scripts/**/*.test.ts"];

/**
 * Unit test files that replace a module (vi.mock, vi.doMock) or change the process (the clock,
 * the environment, globals). The other unit files share one module graph per worker (isolate:
 * false); a replaced module needs a graph of its own, or a module another file loaded first would
 * keep its real import, and a changed process would reach the next file. Found by reading the
 * files, so a new file that does so is never run shared.
 */
const CHANGES_THE_PROCESS = /\bvi\.((do)?[mM]ock|useFakeTimers|stubEnv|stubGlobal)\(|process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env/;
function unitFilesChangingTheProcess(): string[] {
  const found: string[] = [];
  for (const dir of ["tests/unit", "lib", "scripts"]) {
    for (const entry of readdirSync(`${root}/${dir}`, { recursive: true, encoding: "utf8" })) {
      const path = `${dir}/${entry.replaceAll("\\", "/")}`;
      if (path.endsWith(".test.ts") && CHANGES_THE_PROCESS.test(readFileSync(`${root}/${path}`, "utf8"))) found.push(path);
    }
  }
  return found;
}
const UNIT_FILES_ISOLATED = unitFilesChangingTheProcess();

export default defineConfig({
  resolve: {
    alias: {
      "@/": `${root}/`,
      "server-only": `${root}/tests/support/server-only-empty.ts`,
    },
  },
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: UNIT_FILES,
          exclude: [...configDefaults.exclude, ...UNIT_FILES_ISOLATED],
          environment: "node",
          // One module graph per worker instead of one per file: the files are pure (no module
          // replaced, no environment or clock changed), and a fresh graph for each of the hundred
          // files was half the stage's CPU (alone on this machine: 116 s → 65 s, CPU 130 s → 68 s).
          isolate: false,
          // The CLI tests start tsx processes; beside tsc and ESLint (npm test) they take longer.
          testTimeout: 30_000,
        },
      },
      // `npm run test:unit` runs both unit projects.
      { extends: true, test: { name: "unit-isolated", include: UNIT_FILES_ISOLATED, environment: "node", testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts", "tests/integration/setup-file.ts"],
          // One module graph per worker, as for the unit files: evaluating the app's modules again
          // for each file was a fifth of the stage (alone on this machine: import 93 s → 15 s, the
          // stage about 390 s → 305 s). setup-file.ts puts back what a file changes in the process;
          // a file that replaces a module starts a graph of its own (database-unavailable.test.ts).
          isolate: false,
          // Files run side by side, each worker on a database of its own (workers.ts).
          maxWorkers: INTEGRATION_WORKERS,
          // After the unit files when one `vitest run` runs both projects: Vitest runs projects
          // with different maxWorkers only in different groups.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
