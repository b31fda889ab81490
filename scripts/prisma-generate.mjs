// Generates the Prisma client offline. The Prisma CLI tries to download its native schema
// engine at start-up; pointing PRISMA_SCHEMA_ENGINE_BINARY at any file skips that download,
// and `generate` itself never uses the engine.
import { spawnSync } from "node:child_process";
import { projectRoot } from "./lib/config.mjs";

const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
