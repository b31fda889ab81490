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

/** One connection of its own for `fn`, closed after: for several statements below Prisma (pg_temp functions live per connection). */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The SQL of the project's migration whose name ends with `suffix` ("_examples_without_party_letters"). */
export function migrationSql(suffix: string): string {
  const found = listMigrations().find((m: { name: string }) => m.name.endsWith(suffix)) as { sql: string } | undefined;
  if (!found) throw new Error(`No migration ends with ${suffix}`);
  return found.sql;
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
