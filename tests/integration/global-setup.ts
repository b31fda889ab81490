// Gives the integration run a fresh, migrated database of its own. `npm test` passes one in
// INTEGRATION_DATABASE_URL; run alone, this starts an embedded server for the run.
import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { startTestDb } from "../../scripts/lib/test-db.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
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
  const databaseUrl = await createFreshDatabase(serverUrl, "samverka_integration");
  await migrate(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverUrl", serverUrl);
  return async () => {
    await stop?.();
  };
}
