// A throwaway embedded PostgreSQL cluster for one test run: its own temporary folder and a
// free port, so parallel runs never share (or take over) each other's server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "./db-process.mjs";
import { freePort } from "./ports.mjs";

export async function startTestDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-test-db-"));
  // The server runs as the postgres user when we are root; it must reach its folder.
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedDb({ ...process.env, SAMVERKA_DB_DIR: path.join(dir, "pg"), SAMVERKA_DB_PORT: String(await freePort()) });
  return {
    url: db.url,
    stop: async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
