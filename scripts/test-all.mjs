// `npm test`: every check, in one command. Starts one PostgreSQL server for the run (the
// embedded one, or the server in DATABASE_URL) and gives integration and e2e tests fresh
// databases on it. Every stage runs even if an earlier one failed; the exit code is
// non-zero if any failed.
import { spawn } from "node:child_process";
import { projectRoot } from "./lib/config.mjs";
import { createFreshDatabase } from "./lib/fresh-db.mjs";
import { freePort } from "./lib/ports.mjs";
import { startTestDb } from "./lib/test-db.mjs";
import { ensureSchemaDiffTool } from "./lib/schema-diff.mjs";
import { ensureSystemTools } from "./lib/system-deps.mjs";

// `npm test -- e2e -- tests/e2e/wizard.spec.ts`: stages before "--", runner arguments after.
const argv = process.argv.slice(2);
const dashDash = argv.indexOf("--");
const only = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
const runnerArgs = dashDash >= 0 ? argv.slice(dashDash + 1) : [];
const bin = (name) => `node_modules/.bin/${name}`;

const allStages = [
  // tsc and ESLint each use one core, and the unit tests wait on the processes they start: the
  // three run side by side (`together`), their output printed after. The production build the
  // later stages need is made beside them, in what they leave idle.
  { name: "typecheck", command: [bin("tsc"), "--noEmit"], together: true },
  { name: "lint", command: [bin("eslint"), ".", "--max-warnings=0"], together: true },
  { name: "unit", command: [bin("vitest"), "run", "--project", "unit", "--project", "unit-isolated"], tools: ["pdfinfo"], together: true },
  // Next.js evaluates the server modules while building, and they need DATABASE_URL (as in `npm start`).
  { name: "build", command: [process.execPath, "scripts/build-app.mjs"], together: true, noRunnerArgs: true, needsDb: true },
  { name: "integration", command: [bin("vitest"), "run", "--project", "integration"], needsDb: true, tools: ["pdfinfo", "chromium"] },
  { name: "e2e", command: [bin("playwright"), "test"], needsDb: true, tools: ["chromium"] },
];
const selected = (name) => only.length === 0 || only.includes(name);
// The build stage runs in a full run (or `npm test -- build`), not in one narrowed to other stages
// or by runner arguments: the integration and e2e stages build the app themselves when stale.
const stages = allStages.filter((stage) =>
  stage.name === "build" ? selected("build") && runnerArgs.length === 0 : selected(stage.name),
);

// Set-up the tests need from the operating system, as .ci/run would do it.
const tools = new Set(stages.flatMap((stage) => stage.tools ?? []));
const missingTools = ensureSystemTools([...tools]);
if (missingTools) {
  console.error(`\n${missingTools}\n`);
  process.exit(1);
}

let db = null;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (stages.some((s) => s.needsDb)) {
  ensureSchemaDiffTool();
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    db = await startTestDb();
    serverUrl = db.url;
  }
  env.INTEGRATION_DATABASE_URL = serverUrl;
  env.E2E_DATABASE_URL = await createFreshDatabase(serverUrl, "samverka_e2e");
  env.E2E_PORT = String(await freePort());
  delete env.DATABASE_URL;
}

const seconds = (started) => Math.round((Date.now() - started) / 100) / 10;

/** Runs a stage with its output collected, for stages that run side by side. */
function runCollected(stage) {
  const started = Date.now();
  return new Promise((resolve) => {
    // A build beside the typecheck stage skips Next.js's own check of the same code: that stage's
    // result decides the run either way.
    const stageEnv =
      stage.name === "build"
        ? { ...env, DATABASE_URL: env.E2E_DATABASE_URL, ...(stages.some((s) => s.name === "typecheck") ? { SAMVERKA_TYPECHECKED: "1" } : {}) }
        : env;
    const child = spawn(stage.command[0], [...stage.command.slice(1), ...(stage.noRunnerArgs ? [] : runnerArgs)], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"], env: stageEnv });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => (output += `${error.message}\n`));
    child.on("close", (code) => resolve({ name: stage.name, ok: code === 0, seconds: seconds(started), output }));
  });
}

/** Runs a stage with its output shown as it comes, and kept for the summary. */
function runShown(stage) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(stage.command[0], [...stage.command.slice(1), ...runnerArgs], { cwd: projectRoot, stdio: ["inherit", "pipe", "pipe"], env });
    let output = "";
    const keep = (stream) => (chunk) => {
      stream.write(chunk);
      output += chunk;
    };
    child.stdout.on("data", keep(process.stdout));
    child.stderr.on("data", keep(process.stderr));
    child.on("error", (error) => (output += `${error.message}\n`));
    child.on("close", (code) => resolve({ name: stage.name, ok: code === 0, seconds: seconds(started), output }));
  });
}

/**
 * The lines that say what failed, repeated under the summary: a CI log is often read from its
 * end only, and a failure's own message sits far above it (a failed e2e walk printed only its
 * attachments and trace paths in the last lines).
 */
function failureLines(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = plain.split("\n").filter((line) => /^\s*(\d+\) \[|FAIL\s|(\w*Error|Error):|(Expected|Received):|[-+] |×|✗|✘|No test files)/.test(line));
  return lines.slice(0, 20);
}

/** Browser tests that failed and then passed on CI's retry (playwright.config.ts): said in the summary, not hidden in the log. */
function flakyCount(output) {
  const match = /^\s*(\d+) flaky\s*$/m.exec(output.replace(/\x1b\[[0-9;]*m/g, ""));
  return match ? Number(match[1]) : 0;
}

const results = [];
const record = (result) => {
  results.push({ name: result.name, ok: result.ok, seconds: result.seconds, failures: result.ok ? [] : failureLines(result.output ?? ""), flaky: flakyCount(result.output ?? "") });
  // tsc has just checked every file; a production build started by a later stage need not
  // check the app's part again (next.config.mjs). Only after a full, passing check.
  if (result.name === "typecheck" && result.ok && runnerArgs.length === 0) env.SAMVERKA_TYPECHECKED = "1";
};
for (let i = 0; i < stages.length; i++) {
  const stage = stages[i];
  if (stage.together) {
    const group = [stage];
    while (stages[i + 1]?.together) group.push(stages[++i]);
    const finished = await Promise.all(group.map(runCollected));
    for (const result of finished) {
      console.log(`\n=== ${result.name} ===`);
      process.stdout.write(result.output);
      record(result);
    }
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  record(await runShown(stage));
}

await db?.stop();

for (const r of results.filter((r) => !r.ok && r.failures.length > 0)) {
  console.log(`\n--- what failed in ${r.name} (its first such lines; the whole output is above) ---`);
  for (const line of r.failures) console.log(line.length > 300 ? `${line.slice(0, 300)} …` : line);
}
console.log("\n=== summary ===");
// Which Node ran the stages: on Linux x64 npm scripts run on the Node 24 that npm install brings.
console.log(`node ${process.version}`);
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(12)} ${r.seconds} s${r.flaky ? ` (${r.flaky} flaky: failed once, passed on the retry; its trace is kept above)` : ""}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
