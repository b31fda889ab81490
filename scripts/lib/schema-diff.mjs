// Turns Prisma schemas into SQL with the pinned Prisma 6 CLI in tools/schema-diff.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "./config.mjs";

const toolDir = path.join(projectRoot, "tools/schema-diff");

export function ensureSchemaDiffTool() {
  if (fs.existsSync(path.join(toolDir, "node_modules/prisma/build/index.js"))) return;
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: toolDir, stdio: "inherit" });
  if (result.status !== 0) throw new Error("Installing tools/schema-diff failed.");
}

/**
 * Prisma 7 forbids a url in the datasource block and Prisma 6 requires one, so the diff tool
 * gets a copy of each schema with a url added. The url is never used to connect.
 */
function prisma6Copy(schemaPath, dir, name) {
  const text = fs.readFileSync(schemaPath, "utf8");
  const patched = text.replace(/datasource\s+db\s*\{/, (m) => `${m}\n  url = env("SCHEMA_DIFF_DATABASE_URL")`);
  if (patched === text) throw new Error(`${schemaPath} has no "datasource db" block.`);
  const target = path.join(dir, name);
  fs.writeFileSync(target, patched);
  return target;
}

/**
 * SQL that takes a database from `from` (a schema file path, or null for empty) to `to`.
 * `databaseUrl` must reach a running PostgreSQL; nothing is written to it.
 */
export function diffSchemas({ from, to, databaseUrl }) {
  ensureSchemaDiffTool();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-diff-"));
  const fromCopy = from ? prisma6Copy(from, dir, "from.prisma") : null;
  const toCopy = prisma6Copy(to, dir, "to.prisma");
  const args = [
    "node_modules/prisma/build/index.js",
    "migrate",
    "diff",
    ...(fromCopy ? ["--from-schema-datamodel", fromCopy] : ["--from-empty"]),
    "--to-schema-datamodel",
    toCopy,
    "--script",
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: toolDir,
    encoding: "utf8",
    env: {
      ...process.env,
      SCHEMA_DIFF_DATABASE_URL: databaseUrl,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}
