// The backup file: gzip of newline-delimited JSON. Line 1 is the header; then every
// table's rows, one JSON object per line (PostgreSQL's row_to_json), tables in the order
// the header lists them. The header's checksum covers every line after it, so a file that
// was cut short or changed is refused before anything is written to a database.
import crypto from "node:crypto";
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";

export const BACKUP_FORMAT = "samverka-backup";
export const BACKUP_FORMAT_VERSION = 1;

export class BackupFileError extends Error {}

/** Lines of a gzip file, without their "\n". A broken or truncated gzip stream throws. */
export async function* gzipLines(file) {
  const source = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of gunzip) {
    pending += decoder.write(chunk);
    let newline;
    while ((newline = pending.indexOf("\n")) !== -1) {
      yield pending.slice(0, newline);
      pending = pending.slice(newline + 1);
    }
  }
  pending += decoder.end();
  if (pending !== "") yield pending;
}

function describeReadError(file, error) {
  if (error.code === "ENOENT") return `The backup file ${file} does not exist.`;
  if (error.code?.startsWith("Z_") || /unexpected end of file|incorrect header check|invalid/i.test(error.message)) {
    return `The backup file ${file} is damaged or incomplete (${error.message}); nothing was restored.`;
  }
  return `The backup file ${file} could not be read: ${error.message}`;
}

function parseHeader(file, line) {
  let header;
  try {
    header = JSON.parse(line);
  } catch {
    throw new BackupFileError(`${file} is not a Samverka backup (its first line is not a header).`);
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupFileError(`${file} is not a Samverka backup.`);
  if (header.version !== BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(`${file} is backup format version ${header.version}; this version of Samverka reads version ${BACKUP_FORMAT_VERSION}.`);
  }
  if (!Array.isArray(header.tables) || !Array.isArray(header.migrations) || typeof header.checksum !== "string") {
    throw new BackupFileError(`The header of ${file} is incomplete.`);
  }
  return header;
}

/**
 * Reads the whole file once and checks it against its header: the checksum over every
 * line, and each table's row count and hash. Returns the header; throws BackupFileError.
 */
export async function verifyBackup(file) {
  let header = null;
  const whole = crypto.createHash("sha256");
  const seen = [];
  let table = null;
  try {
    for await (const line of gzipLines(file)) {
      if (!header) {
        header = parseHeader(file, line);
        continue;
      }
      while (!table || table.rows === table.expected) {
        const next = header.tables[seen.length];
        if (!next) throw new BackupFileError(`The backup file ${file} has more rows than its header lists; nothing was restored.`);
        table = { name: next.name, expected: next.rows, rows: 0, hash: crypto.createHash("sha256"), sha256: next.sha256 };
        seen.push(table);
      }
      whole.update(`${line}\n`);
      table.hash.update(`${line}\n`);
      table.rows++;
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(describeReadError(file, error));
  }
  if (!header) throw new BackupFileError(`The backup file ${file} is empty.`);
  // Tables with no rows have no lines; account for the ones after the last row.
  while (seen.length < header.tables.length) {
    const next = header.tables[seen.length];
    seen.push({ name: next.name, expected: next.rows, rows: 0, hash: crypto.createHash("sha256"), sha256: next.sha256 });
  }
  for (const t of seen) {
    if (t.rows !== t.expected || t.hash.digest("hex") !== t.sha256) {
      throw new BackupFileError(`The backup file ${file} is damaged or incomplete (table ${t.name} does not match its header); nothing was restored.`);
    }
  }
  if (whole.digest("hex") !== header.checksum) {
    throw new BackupFileError(`The backup file ${file} is damaged (its checksum does not match); nothing was restored.`);
  }
  return header;
}

/** Row lines per table, in file order, after the header. Call only on a verified file. */
export async function* backupRows(file, header) {
  let index = -1;
  let left = 0;
  let first = true;
  for await (const line of gzipLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    while (left === 0) {
      index++;
      left = header.tables[index].rows;
    }
    left--;
    yield { table: header.tables[index].name, line };
  }
}
