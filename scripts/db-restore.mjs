// `npm run db:restore -- <file> [--force]`: restores a backup made by db:backup into an
// empty database (scripts/lib/backup.mjs). --force first drops the public schema (every
// table, type and function of the app) and creates it again.
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupFileError } from "./lib/backup-file.mjs";
import { RestoreRefusedError, restoreBackup } from "./lib/backup.mjs";
import { DbStartError } from "./lib/db-process.mjs";
import { openTargetDatabase } from "./lib/db-target.mjs";

const say = (line) => console.log(`[restore] ${line}`);
function exitWith(message) {
  console.error(`\n[restore] ${message}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
} catch (error) {
  exitWith(`${error.message}\nUsage: npm run db:restore -- <file> [--force]`);
}
if (parsed.positionals.length !== 1) exitWith("Name one backup file: npm run db:restore -- <file> [--force]");
const file = path.resolve(parsed.positionals[0]);

let target;
try {
  target = await openTargetDatabase({ log: say });
} catch (error) {
  if (error instanceof DbStartError) process.exit(1);
  exitWith(`Cannot reach the database: ${error.message}`);
}
try {
  say(`Restoring ${file} into ${target.describe} …`);
  const { header, laterMigrations } = await restoreBackup(target.url, file, { force: parsed.values.force, log: say });
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  say(`Restored ${rows} rows in ${header.tables.length} tables from the backup of ${header.createdAt}.`);
  if (laterMigrations.length) say(`Then applied ${laterMigrations.length} later migration(s).`);
} catch (error) {
  await target.stop();
  if (error instanceof BackupFileError || error instanceof RestoreRefusedError) exitWith(error.message);
  exitWith(`The restore failed and was rolled back: ${error.message}`);
}
await target.stop();
