// Applies prisma/migrations/*/migration.sql and records each in _prisma_migrations exactly
// as Prisma Migrate does (same table, checksum and columns), so `prisma migrate deploy`
// keeps working on the same database wherever Prisma's native engine is available.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./config.mjs";

export const migrationsDir = path.join(projectRoot, "prisma/migrations");

// The advisory lock key Prisma Migrate itself takes, so the two never run at once.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Migrations on disk, oldest first, with Prisma's checksum (SHA-256 of the file bytes). */
export function listMigrations(dir = migrationsDir) {
  if (!fs.existsSync(/* turbopackIgnore: true */ dir)) return [];
  return fs
    .readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(/* turbopackIgnore: true */ path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"));
      return { name, sql: sql.toString("utf8"), checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

async function appliedRows(client) {
  const { rows } = await client.query(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

/** Creates Prisma's migration history table when it is missing. */
export async function ensureMigrationsTable(client) {
  await client.query(CREATE_MIGRATIONS_TABLE);
}

/** Runs one migration's SQL and records it, inside the caller's transaction. */
export async function applyMigration(client, migration) {
  await client.query(migration.sql);
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), now(), 1)`,
    [crypto.randomUUID(), migration.checksum, migration.name],
  );
}

/** Holds Prisma Migrate's own advisory lock while `work` runs, so no migrator runs beside it. */
export async function withMigrationLock(client, work) {
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
  }
}

/** Applies pending migrations in order, each in its own transaction. Returns the names applied. */
export async function migrate(databaseUrl, { dir = migrationsDir, log = () => {} } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied = [];
  try {
    await withMigrationLock(client, async () => {
      await ensureMigrationsTable(client);
      const done = await appliedRows(client);
      for (const migration of listMigrations(dir)) {
        const row = done.get(migration.name);
        if (row) {
          if (!row.finished_at) {
            throw new MigrationError(
              `Migration ${migration.name} failed earlier and is marked as unfinished. Repair the database, then delete its row in _prisma_migrations.`,
            );
          }
          if (row.checksum !== migration.checksum) {
            throw new MigrationError(
              `Migration ${migration.name} was changed after it was applied. Restore the original file and add a new migration instead.`,
            );
          }
          continue;
        }
        log(`Applying migration ${migration.name}`);
        await client.query("BEGIN");
        try {
          await applyMigration(client, migration);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new MigrationError(`Migration ${migration.name} failed: ${error.message}`);
        }
        applied.push(migration.name);
      }
    });
  } finally {
    await client.end();
  }
  return applied;
}

/** Names of migrations on disk that the database has not finished applying. */
export async function pendingMigrations(client, dir = migrationsDir) {
  const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  const onDisk = listMigrations(dir);
  if (!exists.rows[0].present) return onDisk.map((m) => m.name);
  const { rows } = await client.query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(rows.map((row) => row.migration_name));
  return onDisk.filter((m) => !done.has(m.name)).map((m) => m.name);
}
