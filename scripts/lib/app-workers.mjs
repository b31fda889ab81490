// `npm start` runs the app in several processes on one port (node:cluster), so a server with
// more than one core uses them: Next.js renders a page on one core per process. Everything a
// process keeps in memory is a cache; sessions, limits and the outbox live in PostgreSQL, so
// any process may answer any request (issue 14 §1 and §5).
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import { ConfigError, projectRoot } from "./config.mjs";

/** WEB_CONCURRENCY, or one process per core (at most 8). */
export function workerCount(value = process.env.WEB_CONCURRENCY) {
  if (value === undefined || value === "") return Math.max(1, Math.min(8, os.availableParallelism()));
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new ConfigError(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${value}").`);
  }
  return count;
}

/**
 * Forks `count` workers and resolves when all listen. A worker that fails before it listens
 * rejects (the port is taken, the build is broken); one that dies later is replaced.
 */
export function startAppWorkers({ count, log }) {
  cluster.setupPrimary({ exec: path.join(projectRoot, "scripts/app-worker.mjs") });
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork();
  const ready = new Promise((resolve, reject) => {
    cluster.on("message", (worker, message) => {
      if (message?.type === "listening" && ++listening === count) resolve();
      if (message?.type === "failed") reject(new Error(message.message));
    });
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return;
      if (listening < count) return reject(new Error(`An app process exited (${signal ?? `code ${code}`}) before it was ready.`));
      log(`App process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting a new one.`);
      listening--;
      setTimeout(() => !stopping && fork(), 1000);
    });
  });
  for (let i = 0; i < count; i++) fork();
  return {
    ready,
    stop: () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter(Boolean);
      return Promise.all(
        workers.map(
          (worker) =>
            new Promise((done) => {
              if (worker.isDead()) return done();
              const timer = setTimeout(() => worker.process.kill("SIGKILL"), 10_000);
              worker.once("exit", () => {
                clearTimeout(timer);
                done();
              });
              worker.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
