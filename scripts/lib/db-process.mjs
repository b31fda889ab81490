// Starts scripts/db-server.mjs as a child process and waits until it is ready. The IPC
// channel doubles as a lifeline: if this process dies, the child stops PostgreSQL.
import { fork } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./config.mjs";

export function startEmbeddedDb(env = process.env) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(projectRoot, "scripts/db-server.mjs"), [], { env, stdio: "inherit" });
    let settled = false;
    child.on("message", (message) => {
      if (settled) return;
      if (message?.type === "ready") {
        settled = true;
        resolve({
          url: message.url,
          stop: () =>
            new Promise((done) => {
              // A child killed by a signal has signalCode set and exitCode still null.
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
          child,
        });
      } else if (message?.type === "error") {
        settled = true;
        reject(new DbStartError(message.message));
      }
    });
    child.on("exit", (code) => {
      if (!settled) {
        settled = true;
        reject(new DbStartError(`The database process exited with code ${code} before it was ready.`));
      }
    });
  });
}

export class DbStartError extends Error {}
