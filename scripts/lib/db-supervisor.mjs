// `npm start` keeps its embedded database up. Two layers: scripts/db-server.mjs restarts a
// PostgreSQL server that dies, and this module starts db-server.mjs again when that process
// itself dies (with backoff, without end), on the same port and data, so the app's
// DATABASE_URL stays valid and its connection pool reconnects on its own.
import { DbStartError, startEmbeddedDb } from "./db-process.mjs";
import { restartDelay } from "./pg-server.mjs";

export async function superviseEmbeddedDb({ env = process.env, log = console.log } = {}) {
  let stopping = false;
  let current = await startEmbeddedDb(env);

  const watch = (db) => {
    db.child.on("message", (message) => {
      if (message?.type === "down") log("The database stopped unexpectedly; it is being restarted. Saves fail with a clear message until it is back.");
      if (message?.type === "up") log("The database is running again.");
    });
    db.child.once("exit", async (code, signal) => {
      if (stopping) return;
      log(`The database process stopped unexpectedly (${signal ?? `code ${code}`}); starting it again …`);
      for (let attempt = 0; !stopping; attempt++) {
        await new Promise((r) => setTimeout(r, restartDelay(attempt)));
        if (stopping) return;
        try {
          const next = await startEmbeddedDb(env);
          if (stopping) return next.stop();
          current = next;
          watch(next);
          log("The database is running again.");
          return;
        } catch (error) {
          if (!(error instanceof DbStartError)) throw error;
          log(`Restarting the database failed (attempt ${attempt + 1}); trying again …`);
        }
      }
    });
  };
  watch(current);

  return {
    url: current.url,
    child: () => current.child,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
