import "server-only";
import path from "node:path";
import pg from "pg";
import { pendingMigrations } from "@/scripts/lib/migrate.mjs";
import { databaseUrl, prisma } from "./client";

export interface HealthReport {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: { pending: string[] } | null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("pool check timed out")), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A short-lived connection of its own, so a broken pool cannot make the check lie; then the pool itself. */
export async function checkHealth(): Promise<HealthReport> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    // The bundled route cannot locate its own source folder, but the server runs from the project root.
    const pending = await pendingMigrations(client, path.join(process.cwd(), "prisma/migrations"));
    // The server answers; the app's own pool must too (after a database restart it drops
    // its dead connections and reconnects), or the app cannot serve.
    await withTimeout(prisma.$queryRaw`SELECT 1`, 3000);
    return { ok: pending.length === 0, database: "reachable", migrations: { pending } };
  } catch {
    return { ok: false, database: "unreachable", migrations: null };
  } finally {
    await client.end().catch(() => {});
  }
}
