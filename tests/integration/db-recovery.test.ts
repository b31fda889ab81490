import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, timeUntil, type AppUnderStart } from "./support/app-under-start";

// `npm start` keeps serving when its database dies: the database is started again, the
// app's pool reconnects, /api/health returns to 200, and committed data is intact.
const RECOVERY_MS = 30_000;
let app: AppUnderStart;

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  app = await startApp({ dev: true });
  // The first request compiles the route in dev mode.
  expect(await timeUntil(async () => (await app.health()) === 200, 240_000, 500)).not.toBeNull();
}, 400_000);

afterAll(async () => {
  await app?.stop();
}, 60_000);

describe("the embedded database dies under npm start", () => {
  it("kill -9 of PostgreSQL: health goes 503, then back to 200, data intact", async () => {
    await sql(app.dbUrl, "CREATE TABLE recovery_probe (v text); INSERT INTO recovery_probe VALUES ('committed before the crash')");
    const pid = app.postmasterPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, "SIGKILL");

    expect(await timeUntil(async () => (await app.health()) === 503, 10_000, 50)).not.toBeNull();
    const healthyAfter = await timeUntil(async () => (await app.health()) === 200, RECOVERY_MS, 200);
    expect(healthyAfter, app.output()).not.toBeNull();
    expect(app.postmasterPid()).not.toBe(pid);
    expect(await sql(app.dbUrl, "SELECT v FROM recovery_probe")).toEqual([{ v: "committed before the crash" }]);
    expect(app.process.exitCode).toBeNull();
  }, 90_000);

  it("kill -9 of the database process that owns PostgreSQL: it is started again too", async () => {
    const dbServer = await sql(app.dbUrl, "SELECT 1").then(() => findDbServerPid(app.process.pid!));
    expect(dbServer).toBeGreaterThan(0);
    const orphanedPostmaster = app.postmasterPid();
    process.kill(dbServer!, "SIGKILL");
    // The PostgreSQL left behind keeps answering until the new db-server takes it over (stops
    // it and starts its own), so recovery means a new postmaster that answers, not just a 200.
    const healthyAfter = await timeUntil(async () => {
      const replaced = findDbServerPid(app.process.pid!);
      const postmaster = app.postmasterPid();
      return replaced !== null && replaced !== dbServer && postmaster !== null && postmaster !== orphanedPostmaster && (await app.health()) === 200;
    }, RECOVERY_MS, 200);
    expect(healthyAfter, app.output()).not.toBeNull();
    expect(await sql(app.dbUrl, "SELECT v FROM recovery_probe")).toEqual([{ v: "committed before the crash" }]);
  }, 90_000);
});

/** The pid of the start script's db-server.mjs child, read from /proc. */
function findDbServerPid(parentPid: number): number | null {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (ppid === parentPid && cmd.includes("db-server.mjs")) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}
