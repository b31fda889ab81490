import { inject } from "vitest";

/** This worker's migrated database (global-setup.ts): files running at the same time never share one. */
export function workerDatabaseUrl(): string {
  const urls = inject("databaseUrls");
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  return urls[(worker - 1) % urls.length]!;
}
