import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import LongestFirstSequencer from "./tests/integration/sequencer.ts";
import { INTEGRATION_WORKERS } from "./tests/integration/workers.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

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
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // The CLI tests start tsx processes; beside tsc and ESLint (npm test) they take longer.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
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
