// What `npm test` needs from the operating system and npm does not bring: Debian's Chromium
// (Playwright cannot download its own browser here) and poppler-utils (pdfinfo, for the
// document tests). Installed with apt-get when missing and we can (root on Debian);
// otherwise the run stops and says exactly what to install.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export const SYSTEM_TOOLS = {
  chromium: {
    package: "chromium",
    // The headless shell is optional (playwright.config.ts prefers it): it makes the e2e stage faster.
    extra: ["fonts-dejavu-core", "chromium-headless-shell"],
    purpose: "the browser tests (Playwright runs Debian's Chromium)",
    present: (env) => Boolean(env.CHROMIUM_PATH && fs.existsSync(env.CHROMIUM_PATH)) || onPath("chromium", env),
    alternative: "or set CHROMIUM_PATH to a Chromium or Chrome executable",
  },
  pdfinfo: {
    package: "poppler-utils",
    extra: [],
    purpose: "the document tests (pdfinfo checks that PDFs are tagged)",
    present: (env) => onPath("pdfinfo", env),
    alternative: "",
  },
};

function onPath(command, env) {
  return spawnSync("/bin/sh", ["-c", `command -v ${command}`], { stdio: "ignore", env: { PATH: env.PATH ?? "" } }).status === 0;
}

/**
 * Makes sure each named tool is present. Returns null when all are, or the message to stop
 * with. `run` is injectable for tests.
 */
export function ensureSystemTools(names, { env = process.env, log = console.log, run = spawnSync, isRoot = process.getuid?.() === 0 } = {}) {
  const missing = names.map((name) => ({ name, ...SYSTEM_TOOLS[name] })).filter((tool) => !tool.present(env));
  if (missing.length === 0) return null;
  const packages = missing.flatMap((tool) => [tool.package, ...tool.extra]);
  const canInstall = isRoot && onPath("apt-get", env);
  if (canInstall) {
    log(`Installing ${missing.map((t) => t.package).join(" and ")} from Debian's packages (needed for ${missing.map((t) => t.purpose).join("; ")}) …`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    const update = run("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
    const install = update.status === 0 ? run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env: aptEnv }) : update;
    const still = missing.filter((tool) => !tool.present(env));
    if (install.status === 0 && still.length === 0) return null;
  }
  const lines = missing.map((tool) => `  - ${tool.name}: ${tool.purpose}. Install Debian's "${tool.package}" package${tool.alternative ? `, ${tool.alternative}` : ""}.`);
  return [
    `npm test needs programs that are not installed${canInstall ? " and could not be installed with apt-get" : ""}:`,
    ...lines,
    `Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`,
  ].join("\n");
}
