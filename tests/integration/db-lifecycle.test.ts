import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, portIsFree } from "../../scripts/lib/ports.mjs";

// The promises `npm start` makes about its embedded database when the app dies: the data
// survives, and no PostgreSQL server is left running without an owner.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-lifecycle-"));
fs.chmodSync(dataDir, 0o755);
const held: import("node:child_process").ChildProcess[] = [];

async function holdDb(port: number) {
  const child = spawn(process.execPath, ["tests/integration/support/hold-db.mjs"], {
    env: { ...process.env, SAMVERKA_DB_DIR: path.join(dataDir, "pg"), SAMVERKA_DB_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  held.push(child);
  let output = "";
  child.stderr.on("data", (chunk) => (output += chunk));
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const json = output.split("\n").find((l) => l.startsWith("{"));
      if (json) resolve(json);
    });
    child.on("exit", () => reject(new Error(`hold-db exited early:\n${output}`)));
  });
  return { parent: child, ...(JSON.parse(line) as { url: string; dbServerPid: number }), output: () => output };
}

async function waitFor(check: () => Promise<boolean> | boolean, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(): number | null {
  const file = path.join(dataDir, "pg", "postmaster.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : null;
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(async () => {
  for (const child of held) child.kill("SIGKILL");
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, "SIGINT");
});

describe("the embedded database when its owner dies", () => {
  it("stops PostgreSQL when the app is killed, and keeps the data for the next start", async () => {
    const port = await freePort();
    const first = await holdDb(port);
    await sql(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");

    first.parent.kill("SIGKILL");
    expect(await waitFor(() => portIsFree(port)), "PostgreSQL still listening after its owner was killed").toBe(true);
    const pid = postmasterPid();
    expect(pid === null || !alive(pid)).toBe(true);

    const second = await holdDb(port);
    expect(await sql(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    second.parent.kill("SIGTERM");
    expect(await waitFor(() => portIsFree(port))).toBe(true);
  }, 90_000);

  it("takes over cleanly when a server from a hard-killed run is still running", async () => {
    const port = await freePort();
    const first = await holdDb(port);
    // Kill owner and database process at once: the postgres server itself survives.
    process.kill(first.dbServerPid, "SIGKILL");
    first.parent.kill("SIGKILL");
    const orphan = postmasterPid();
    expect(orphan && alive(orphan)).toBe(true);

    const second = await holdDb(port);
    expect(second.output()).toContain("left from an earlier run");
    expect(alive(orphan!)).toBe(false);
    expect(await sql(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    second.parent.kill("SIGKILL");
    expect(await waitFor(() => portIsFree(port))).toBe(true);
  }, 90_000);
});
