import "server-only";
import path from "node:path";
import pg from "pg";
import { pendingMigrations } from "@/scripts/lib/migrate.mjs";
import { databaseUrl } from "./client";

export interface HealthReport {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: { pending: string[] } | null;
}

/** A short-lived connection of its own, so a broken pool cannot make the check lie. */
export async function checkHealth(): Promise<HealthReport> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    // The bundled route cannot locate its own source folder, but the server runs from the project root.
    const pending = await pendingMigrations(client, path.join(process.cwd(), "prisma/migrations"));
    return { ok: pending.length === 0, database: "reachable", migrations: { pending } };
  } catch {
    return { ok: false, database: "unreachable", migrations: null };
  } finally {
    await client.end().catch(() => {});
  }
}
