// A logical backup of the app's database in Node, because the embedded PostgreSQL package
// has no pg_dump and Debian's client (15) refuses to dump a PostgreSQL 18 server. The dump
// reads every table in one REPEATABLE READ, READ ONLY transaction, so all rows come from one
// snapshot; the restore replays the dump's migrations and loads the rows in one transaction.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import pg from "pg";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupRows, verifyBackup } from "./backup-file.mjs";
import { applyMigration, ensureMigrationsTable, listMigrations, migrate, migrationsDir, withMigrationLock } from "./migrate.mjs";

export class RestoreRefusedError extends Error {}

const MIGRATIONS_TABLE = "_prisma_migrations";
const FETCH_ROWS = 500;
const INSERT_BYTES = 4 * 1024 * 1024;

const ident = (name) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables (public schema, without the migration history), parents before children. */
async function tablesInForeignKeyOrder(client) {
  const { rows: tables } = await client.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename`,
    [MIGRATIONS_TABLE],
  );
  const { rows: edges } = await client.query(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid`,
  );
  const parents = new Map(tables.map((t) => [t.name, new Set()]));
  for (const edge of edges) parents.get(edge.child)?.add(edge.parent);
  const ordered = [];
  const placed = new Set();
  while (ordered.length < tables.length) {
    const ready = [...parents].filter(([name, of]) => !placed.has(name) && [...of].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error("The tables' foreign keys form a cycle; this backup cannot order them.");
    for (const [name] of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

async function appliedMigrations(client) {
  const present = await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS present`);
  if (!present.rows[0].present) return [];
  const { rows } = await client.query(
    `SELECT migration_name AS name, checksum FROM ${ident(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

/**
 * Writes a backup of `databaseUrl` to `outFile`. The rows are first written to a temporary
 * file beside it (the header, with their counts and checksum, comes first in the result);
 * the backup appears under its name only when complete.
 */
export async function writeBackup(databaseUrl, outFile, { log = () => {} } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  const bodyFile = `${outFile}.rows.partial`;
  const partial = `${outFile}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) throw new Error("the database has no Samverka schema (no migration has been applied), so there is nothing to back up");
    const tableNames = await tablesInForeignKeyOrder(client);
    const body = fs.createWriteStream(bodyFile, { mode: 0o600 });
    const whole = crypto.createHash("sha256");
    const tables = [];
    for (const name of tableNames) {
      const hash = crypto.createHash("sha256");
      let rows = 0;
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${ident(name)} t`);
      for (;;) {
        const batch = await client.query(`FETCH ${FETCH_ROWS} FROM backup_rows`);
        if (batch.rows.length === 0) break;
        const text = batch.rows.map((r) => `${r.line}\n`).join("");
        whole.update(text);
        hash.update(text);
        rows += batch.rows.length;
        if (!body.write(text)) await new Promise((resolve) => body.once("drain", resolve));
      }
      await client.query("CLOSE backup_rows");
      tables.push({ name, rows, sha256: hash.digest("hex") });
      log(`${name}: ${rows} row(s)`);
    }
    await client.query("COMMIT");
    await new Promise((resolve, reject) => body.end((error) => (error ? reject(error) : resolve())));
    const { rows: server } = await client.query("SHOW server_version");
    const header = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      postgresVersion: server[0].server_version,
      migrations,
      tables,
      checksum: whole.digest("hex"),
    };
    async function* content() {
      yield `${JSON.stringify(header)}\n`;
      yield* fs.createReadStream(bodyFile);
    }
    await pipeline(content, zlib.createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
    fs.renameSync(partial, outFile);
    return header;
  } finally {
    await client.end();
    fs.rmSync(bodyFile, { force: true });
    fs.rmSync(partial, { force: true });
  }
}

/** Why the database cannot take a restore as it is, or null when it is empty and compatible. */
async function whyNotEmpty(client, dumpMigrations) {
  const applied = await appliedMigrations(client);
  const known = new Set(dumpMigrations.map((m) => m.name));
  const newer = applied.filter((m) => !known.has(m.name));
  if (newer.length) {
    return `its schema has migration ${newer[0].name}, which the backup does not have (the database is newer than the backup)`;
  }
  for (const name of await tablesInForeignKeyOrder(client)) {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(name)}) AS any`);
    if (rows[0].any) return `table ${name} has rows`;
  }
  return null;
}

async function insertableColumns(client, table) {
  const { rows } = await client.query(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [`public.${ident(table)}`],
  );
  return rows.map((r) => ident(r.name));
}

/** Sets every serial/identity sequence past the largest restored value. */
async function resetSequences(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS seq
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
  );
  for (const row of rows) {
    await client.query(
      `SELECT CASE WHEN m IS NULL THEN setval($1, 1, false) ELSE setval($1, m, true) END FROM (SELECT max(${ident(row.column)}) AS m FROM ${ident(row.table)}) s`,
      [row.seq],
    );
  }
  return rows.length;
}

/**
 * Restores `file` into `databaseUrl`: checks the whole file first, then, in one
 * transaction, applies the migrations the backup was taken with, loads every table's rows
 * (parents first) and resets sequences; then applies any later migrations. A database
 * that has rows, or a newer schema than the backup, is refused unless `force`, which drops
 * the public schema (every table, type and function in it) and creates it again.
 */
export async function restoreBackup(databaseUrl, file, { force = false, log = () => {} } = {}) {
  const header = await verifyBackup(file);
  const onDisk = new Map(listMigrations(migrationsDir).map((m) => [m.name, m]));
  for (const m of header.migrations) {
    const local = onDisk.get(m.name);
    if (!local || local.checksum !== m.checksum) {
      throw new RestoreRefusedError(
        `The backup was taken with migration ${m.name}, which this version of Samverka ${local ? "has in a different form" : "does not have"}. Restore it with the version of Samverka that made it.`,
      );
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await withMigrationLock(client, async () => {
      const reason = await whyNotEmpty(client, header.migrations);
      if (reason && !force) {
        throw new RestoreRefusedError(
          `The database is not empty: ${reason}. Nothing was changed. Restore into a new, empty database, or run again with --force to drop every table in its public schema and restore the backup in their place.`,
        );
      }
      await client.query("BEGIN");
      try {
        if (force) {
          log("--force: dropping the public schema and creating it again");
          await client.query("DROP SCHEMA public CASCADE");
          await client.query("CREATE SCHEMA public");
        }
        await ensureMigrationsTable(client);
        const done = new Set((await appliedMigrations(client)).map((m) => m.name));
        for (const m of header.migrations) {
          if (done.has(m.name)) continue;
          log(`Applying migration ${m.name} (as in the backup)`);
          await applyMigration(client, onDisk.get(m.name));
        }
        const columns = new Map();
        for (const t of header.tables) {
          const present = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${ident(t.name)}`]);
          if (!present.rows[0].present) throw new RestoreRefusedError(`The backup has table ${t.name}, which its migrations do not create.`);
          columns.set(t.name, (await insertableColumns(client, t.name)).join(", "));
        }
        let batch = [];
        let batchBytes = 0;
        let batchTable = null;
        const flush = async () => {
          if (batch.length === 0) return;
          const table = ident(batchTable);
          const cols = columns.get(batchTable);
          await client.query(
            `INSERT INTO ${table} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${table}, $1::json)`,
            [`[${batch.join(",")}]`],
          );
          batch = [];
          batchBytes = 0;
        };
        for await (const { table, line } of backupRows(file, header)) {
          if (table !== batchTable || batch.length >= FETCH_ROWS || batchBytes >= INSERT_BYTES) {
            await flush();
            batchTable = table;
          }
          batch.push(line);
          batchBytes += line.length;
        }
        await flush();
        for (const t of header.tables) {
          const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${ident(t.name)}`);
          if (rows[0].n !== t.rows) throw new Error(`Table ${t.name} has ${rows[0].n} rows after loading, the backup ${t.rows}.`);
          log(`${t.name}: ${t.rows} row(s)`);
        }
        await resetSequences(client);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    });
  } finally {
    await client.end();
  }
  const later = await migrate(databaseUrl, { log });
  return { header, laterMigrations: later };
}
