// Runs `node scripts/start.mjs` with its own embedded database, for tests and the recovery
// benchmark that kill the database under it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, portIsFree } from "../../../scripts/lib/ports.mjs";

export interface AppUnderStart {
  baseUrl: string;
  dbUrl: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  postmasterPid: () => number | null;
  health: () => Promise<number>;
  stop: () => Promise<void>;
}

export async function startApp({ dev = true, timeoutMs = 300_000 } = {}): Promise<AppUnderStart> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-app-"));
  fs.chmodSync(root, 0o755);
  const dataDir = path.join(root, "pg");
  const port = await freePort();
  const dbPort = await freePort();
  // The app gets its own embedded database and decides its own mode.
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), SAMVERKA_DB_DIR: dataDir, SAMVERKA_DB_PORT: String(dbPort), LOG_LEVEL: "fatal", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ["scripts/start.mjs", "--no-seed", ...(dev ? ["--dev"] : [])], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const baseUrl = `http://127.0.0.1:${port}`;
  const health = async () => {
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
      return response.status;
    } catch {
      return 0;
    }
  };
  const until = Date.now() + timeoutMs;
  while (!output.includes("Samverka is running")) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
    if (Date.now() > until) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    dbUrl: `postgresql://samverka:samverka-local@127.0.0.1:${dbPort}/samverka`,
    dataDir,
    process: child,
    output: () => output,
    postmasterPid: () => {
      const file = path.join(dataDir, "postmaster.pid");
      return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : null;
    },
    health,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      for (let i = 0; i < 100 && !(await portIsFree(dbPort)); i++) await new Promise((r) => setTimeout(r, 100));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds; returns the milliseconds it took, or null on timeout. */
export async function timeUntil(check: () => Promise<boolean>, ms: number, every = 100): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, every));
  }
  return null;
}
