// `next build` when the sources changed since the last one (build-stamp.mjs). Used by
// `npm start` and by the integration tests that start the production server; those run in
// parallel, so the check and the build happen under a lock: two processes never build into
// one .next at the same time, and the second finds the first one's build current.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import { projectRoot } from "./config.mjs";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./build-stamp.mjs";

const LOCK_TARGET = path.join(projectRoot, ".data", "next-build");

/**
 * Builds when stale. `say` prints progress; `env` is the build's environment (the server
 * actions key must already be in it). Resolves true when the build is current, false when
 * `next build` failed (its output went to this process's stdout and stderr).
 */
export async function buildWhenStale({ say, env = process.env }) {
  fs.mkdirSync(path.dirname(LOCK_TARGET), { recursive: true });
  // The lock's file is refreshed while held; a holder that died leaves it stale after 30 s.
  const options = { realpath: false, stale: 30_000, onCompromised: (error) => say(`The build lock was lost: ${error.message}`) };
  let release;
  try {
    release = await lockfile.lock(LOCK_TARGET, options);
  } catch (error) {
    if (error.code !== "ELOCKED") throw error;
    say("Another process is building the app; waiting for it …");
    release = await lockfile.lock(LOCK_TARGET, { ...options, retries: { retries: 1_000, minTimeout: 500, maxTimeout: 1_000 } });
  }
  try {
    const hash = sourceHash();
    if (buildIsCurrent(hash)) {
      say("The production build is up to date.");
      return true;
    }
    say("Building the app (next build) – this takes a minute the first time …");
    const started = Date.now();
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    const status = await new Promise((resolve) => {
      child.on("error", () => resolve(1));
      child.on("exit", (code) => resolve(code ?? 1));
    });
    if (status !== 0) return false;
    writeBuildStamp(hash);
    say(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
    return true;
  } finally {
    await release();
  }
}
