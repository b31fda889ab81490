// Measures how `npm start` recovers when its embedded PostgreSQL is killed with SIGKILL:
// N trials (default 20), each kills the postmaster, waits for /api/health to answer 200
// again and checks that committed data is intact. Prints every trial and the median.
// Usage: npm run bench:db-recovery [-- --trials 20 --dev]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./lib/config.mjs";
import { freePort } from "./lib/ports.mjs";

const args = process.argv.slice(2);
const trials = Number(args[args.indexOf("--trials") + 1]) || 20;
const dev = args.includes("--dev");
const LIMIT_MS = 60_000;

const root = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-recovery-"));
fs.chmodSync(root, 0o755);
const dataDir = path.join(root, "pg");
const port = Number(process.env.PORT) || (await freePort());
const dbPort = Number(process.env.SAMVERKA_DB_PORT) || (await freePort());
const env = { ...process.env, PORT: String(port), SAMVERKA_DB_DIR: dataDir, SAMVERKA_DB_PORT: String(dbPort), LOG_LEVEL: "fatal" };
delete env.DATABASE_URL;
delete env.NODE_ENV;
const app = spawn(process.execPath, ["scripts/start.mjs", "--no-seed", ...(dev ? ["--dev"] : [])], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
let output = "";
app.stdout.on("data", (c) => (output += c));
app.stderr.on("data", (c) => (output += c));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const dbUrl = `postgresql://samverka:samverka-local@127.0.0.1:${dbPort}/samverka`;

async function health() {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}
async function sql(text, values) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}
function postmasterPid() {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}
async function until(check, ms, every) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await sleep(every);
  }
  return null;
}

try {
  console.log(`Starting npm start${dev ? " --dev" : ""} on port ${port} (database ${dbPort}) …`);
  if ((await until(async () => app.exitCode === null && (await health()) === 200, 600_000, 500)) === null) throw new Error(`the app did not become healthy:\n${output}`);
  await sql("CREATE TABLE IF NOT EXISTS recovery_bench (trial int, at timestamptz DEFAULT now())");
  const times = [];
  let recovered = 0;
  for (let trial = 1; trial <= trials; trial++) {
    await sql("INSERT INTO recovery_bench (trial) VALUES ($1)", [trial]);
    const pid = postmasterPid();
    process.kill(pid, "SIGKILL");
    const killedAt = Date.now();
    const sawDown = (await until(async () => (await health()) !== 200, 5000, 20)) !== null;
    const ms = await until(async () => (await health()) === 200, LIMIT_MS, 50);
    const total = ms === null ? null : Date.now() - killedAt;
    const rows = total === null ? [] : await sql("SELECT count(*)::int AS n FROM recovery_bench");
    const intact = rows[0]?.n === trial;
    if (total !== null && intact && app.exitCode === null) {
      recovered++;
      times.push(total);
    }
    console.log(`trial ${String(trial).padStart(2)}: ${sawDown ? "503 seen" : "503 not seen"}, healthy again after ${total === null ? `> ${LIMIT_MS} ms` : `${total} ms`}, data ${intact ? "intact" : "NOT intact"}`);
    await sleep(500);
  }
  times.sort((a, b) => a - b);
  const median = times.length ? (times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2) : null;
  console.log(`\nrecovered: ${recovered} of ${trials}`);
  console.log(`time to healthy after kill -9: median ${median} ms, min ${times[0]} ms, max ${times.at(-1)} ms`);
} finally {
  const exited = new Promise((r) => app.once("exit", r));
  app.kill("SIGTERM");
  await exited;
  fs.rmSync(root, { recursive: true, force: true });
}
