import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { listMigrations } from "../../../scripts/lib/migrate.mjs";

/** One statement (or several, without parameters) on a database of its own connection: for tests that work below Prisma (migrations, backups). */
export async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A temporary migrations folder in Prisma's layout (`<name>/migration.sql`) holding these migrations. */
export function tempMigrations(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-mig-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

/** A temporary folder with the project's first `count` migrations: a database as it stood before the next one. */
export const migrationsUpTo = (count: number): string => tempMigrations(Object.fromEntries(listMigrations().slice(0, count).map((m: { name: string; sql: string }) => [m.name, m.sql])));
