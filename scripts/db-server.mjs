// Runs the embedded PostgreSQL server as its own process. Started by scripts/start.mjs and
// the test runner with an IPC channel: when that channel closes (parent exited or was
// killed), the server shuts down cleanly instead of living on as an orphan. While it runs,
// a PostgreSQL server that dies is started again (scripts/lib/pg-server.mjs).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ConfigError, embeddedDbConfig, embeddedUrl, projectRoot } from "./lib/config.mjs";
import { ReachError, isRoot, postgresUser, reachableBinaries, reachableDataDir } from "./lib/pg-binaries.mjs";
import { createPgServer } from "./lib/pg-server.mjs";
import { portIsFree } from "./lib/ports.mjs";

function report(message) {
  if (process.send) process.send(message);
}

function fail(text) {
  report({ type: "error", message: text });
  console.error(`\n[db] ${text}\n`);
  process.exit(1);
}

function ensureWritableDir(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(path.dirname(dir), `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (error) {
    fail(
      `The database folder ${dir} cannot be written (${error.code ?? error.message}). ` +
        `Make it writable, or choose another folder with SAMVERKA_DB_DIR=/some/writable/path.`,
    );
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left over from a run that was killed hard still owns the data folder. Stop it
 * with a fast shutdown (SIGINT) so this run can manage it; its data is intact.
 */
async function stopLeftoverServer(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  console.log(`[db] Found a database server left from an earlier run (pid ${pid}); stopping it cleanly.`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) fail(`The earlier database server (pid ${pid}) did not stop. Stop it by hand and start again.`);
}

async function ensureDatabase(cfg) {
  const client = new pg.Client({ connectionString: embeddedUrl(cfg, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [cfg.database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${cfg.database}"`);
  } finally {
    await client.end();
  }
}

async function main() {
  let cfg;
  let binDir;
  let user = null;
  try {
    cfg = embeddedDbConfig();
    if (isRoot) {
      user = postgresUser();
      const placed = reachableDataDir(cfg.dataDir, { user, explicit: Boolean(process.env.SAMVERKA_DB_DIR), projectRoot });
      if (placed.moved) {
        console.log(
          `[db] The postgres OS user cannot enter ${path.dirname(cfg.dataDir)} (a folder above it is closed to other users), ` +
            `so the data lives in ${placed.dataDir}. Set SAMVERKA_DB_DIR to choose another folder.`,
        );
        cfg = { ...cfg, dataDir: placed.dataDir };
      }
    }
    binDir = reachableBinaries(user);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ReachError) fail(error.message);
    throw error;
  }
  ensureWritableDir(cfg.dataDir);
  await stopLeftoverServer(cfg.dataDir);
  if (!(await portIsFree(cfg.port))) {
    fail(
      `Port ${cfg.port} on 127.0.0.1 is already in use by another program, so the database cannot start. ` +
        `Stop that program, or choose another port, e.g. SAMVERKA_DB_PORT=${cfg.port + 1} npm start.`,
    );
  }

  const server = createPgServer({
    binDir,
    dataDir: cfg.dataDir,
    port: cfg.port,
    user,
    password: cfg.password,
    superuser: cfg.user,
    // ICU gives correct Swedish sorting (å, ä, ö after z).
    initdbFlags: ["--encoding=UTF8", "--locale-provider=icu", "--icu-locale=sv-SE", "--locale=C.UTF-8", "--lc-messages=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=100",
      // bench:load DB_STATS=1 (scripts/lib/statement-stats.ts): PostgreSQL times each statement.
      ...(process.env.SAMVERKA_DB_STATEMENT_STATS === "1" ? ["-c", "shared_preload_libraries=pg_stat_statements"] : []),
    ],
    log: (line) => console.error(`[db] ${line}`),
  });

  let stopping = false;
  async function shutdown(code) {
    if (stopping) return;
    stopping = true;
    try {
      await server.stop();
    } finally {
      process.exit(code);
    }
  }
  process.on("disconnect", () => shutdown(0));
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));

  try {
    if (!fs.existsSync(path.join(cfg.dataDir, "PG_VERSION"))) {
      console.log(`[db] Creating a new database cluster in ${cfg.dataDir} …`);
      await server.initialise();
    }
    await server.startSupervised({
      onDown: ({ code, signal }) => {
        console.error(`[db] PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}); starting it again …`);
        report({ type: "down" });
      },
      onUp: ({ attempts }) => {
        console.log(`[db] PostgreSQL is running again (after ${attempts} attempt(s)).`);
        report({ type: "up", pid: server.pid() });
      },
    });
    await ensureDatabase(cfg);
  } catch (error) {
    const detail = server.recentOutput().split("\n").slice(-5).join("\n").trim();
    fail(`The embedded database could not start: ${error?.message ?? error}${detail ? `\n${detail}` : ""}`);
  }
  report({ type: "ready", url: embeddedUrl(cfg), dataDir: cfg.dataDir, pid: server.pid() });
  console.log(`[db] PostgreSQL is running on 127.0.0.1:${cfg.port} (data in ${cfg.dataDir}).`);
}

await main();
