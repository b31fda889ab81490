// Gives each integration worker a fresh, migrated database of its own. `npm test` passes a
// server in INTEGRATION_DATABASE_URL; run alone, this starts an embedded server for the run.
import type { TestProject } from "vitest/node";
import pg from "pg";
import { withDatabase } from "../../scripts/lib/config.mjs";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { startTestDb } from "../../scripts/lib/test-db.mjs";
import { INTEGRATION_WORKERS } from "./workers";

declare module "vitest" {
  export interface ProvidedContext {
    /** One per worker (VITEST_POOL_ID 1, 2, …): see support/database.ts. */
    databaseUrls: string[];
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let serverUrl = process.env.INTEGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await startTestDb();
    serverUrl = db.url;
    stop = db.stop;
  }
  // Migrated once, then copied: PostgreSQL copies a database from a template in a moment.
  const template = await createFreshDatabase(serverUrl, "samverka_integration");
  await migrate(template);
  const databaseUrls: string[] = [];
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    for (let worker = 1; worker <= INTEGRATION_WORKERS; worker++) {
      const name = `samverka_integration_${worker}`;
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "samverka_integration"`);
      databaseUrls.push(withDatabase(serverUrl, name));
    }
  } finally {
    await admin.end();
  }
  project.provide("databaseUrls", databaseUrls);
  project.provide("serverUrl", serverUrl);
  return async () => {
    await stop?.();
  };
}
