// `npm run db:backup [-- --out <file>]`: a consistent backup of the app's database
// (scripts/lib/backup.mjs). Without --out it goes to $SAMVERKA_BACKUP_DIR (default
// .data/backups) as samverka-<UTC time>.backup.gz.
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "./lib/config.mjs";
import { writeBackup } from "./lib/backup.mjs";
import { DbStartError } from "./lib/db-process.mjs";
import { openTargetDatabase } from "./lib/db-target.mjs";

const say = (line) => console.log(`[backup] ${line}`);
function exitWith(message) {
  console.error(`\n[backup] ${message}\n`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({ options: { out: { type: "string" } } }));
} catch (error) {
  exitWith(`${error.message}\nUsage: npm run db:backup [-- --out <file>]`);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
const out = path.resolve(values.out ?? path.resolve(projectRoot, process.env.SAMVERKA_BACKUP_DIR || ".data/backups", `samverka-${stamp}.backup.gz`));

let target;
try {
  target = await openTargetDatabase({ log: say });
} catch (error) {
  if (error instanceof DbStartError) process.exit(1); // db-server.mjs has said why
  exitWith(`Cannot reach the database: ${error.message}`);
}
try {
  say(`Backing up ${target.describe} …`);
  const header = await writeBackup(target.url, out, { log: say });
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  say(`Wrote ${out}: ${header.tables.length} tables, ${rows} rows, ${header.migrations.length} migrations, sha256 ${header.checksum}.`);
} catch (error) {
  await target.stop();
  exitWith(`The backup failed, and no backup file was written: ${error.message}`);
}
await target.stop();
