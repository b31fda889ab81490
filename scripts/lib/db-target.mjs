// Which database an operator command (db:backup, db:restore) works on: DATABASE_URL when
// set; otherwise the embedded server of `npm start`, reached where it listens when the app
// runs, or started for the command (and stopped after it) when it does not.
import pg from "pg";
import { embeddedDbConfig, embeddedUrl } from "./config.mjs";
import { startEmbeddedDb } from "./db-process.mjs";

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (error.code === "ECONNREFUSED") return false;
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** { url, describe, stop } for the command's database. */
export async function openTargetDatabase({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) {
    const host = new URL(process.env.DATABASE_URL).host;
    return { url: process.env.DATABASE_URL, describe: `the PostgreSQL server in DATABASE_URL (${host})`, stop: async () => {} };
  }
  const cfg = embeddedDbConfig();
  const url = embeddedUrl(cfg);
  if (await reachable(url)) {
    return { url, describe: `the embedded database on 127.0.0.1:${cfg.port}`, stop: async () => {} };
  }
  log(`The embedded database is not running; starting it for this command (data in ${cfg.dataDir}).`);
  const db = await startEmbeddedDb();
  return { url: db.url, describe: `the embedded database on 127.0.0.1:${cfg.port}`, stop: db.stop };
}
