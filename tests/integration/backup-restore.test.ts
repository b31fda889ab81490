import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { workerDatabaseUrl } from "./support/database";
import { prisma } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo/seed";
import { projectRoot, withDatabase } from "../../scripts/lib/config.mjs";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { query } from "./helpers/raw-sql";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { resetDatabase } from "./reset-db";
import { sessionCookie } from "./helpers/world";

// Issue 14 §3: `npm run db:backup` and `npm run db:restore` as an operator runs them
// (the scripts, with DATABASE_URL), on the demo data.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-backup-"));
const backupFile = path.join(dir, "demo.backup.gz");

function run(script: string, args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}


/** Every table's row count and a hash of its rows' content, order-independent. */
async function tableContents(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const tables = await query<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
  const result: Record<string, { rows: number; md5: string | null }> = {};
  for (const { name } of tables) {
    const [row] = await query<{ rows: number; md5: string | null }>(
      url,
      `SELECT count(*)::int AS rows, md5(string_agg(row_to_json(t)::text, E'\\n' ORDER BY row_to_json(t)::text)) AS md5 FROM "${name}" t`,
    );
    result[name] = row!;
  }
  return result;
}

const created: string[] = [];
async function freshDatabase(name: string): Promise<string> {
  created.push(name);
  return createFreshDatabase(inject("serverUrl"), name);
}

let sourceUrl: string;
let before: Awaited<ReturnType<typeof tableContents>>;

beforeAll(async () => {
  sourceUrl = workerDatabaseUrl();
  await resetDatabase();
  const summary = await seedDemoData(prisma);
  const admin = await prisma.user.findFirstOrThrow({ where: { email: summary.logins[0]!.email } });
  const demoCase = await prisma.case.findFirstOrThrow();
  // Rows in the append-only tables and a session, so the round trip covers them.
  await sessionCookie(admin.email, summary.logins[0]!.password);
  await prisma.auditLog.create({
    data: { action: "backup.test", outcome: "SUCCESS", actorUserId: admin.id, details: { note: 'rad med "citat" och\nradbrytning, å ä ö' } },
  });
  await prisma.caseRevision.create({
    data: { caseId: demoCase.id, version: 1000, changes: [{ path: "title", before: null, after: "Ny" }], documentHash: "0".repeat(64) },
  });
  before = await tableContents(sourceUrl);
  const backup = await run("scripts/db-backup.mjs", ["--out", backupFile], sourceUrl);
  expect(backup.output).toMatch(/Wrote /);
  expect(backup.code).toBe(0);
}, 120_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const name of created) await query(withDatabase(inject("serverUrl"), "postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("a backup restored into an empty database", () => {
  it("has every table with the same rows", async () => {
    const target = await freshDatabase("samverka_restore_roundtrip");
    const restore = await run("scripts/db-restore.mjs", [backupFile], target);
    expect(restore.output).toMatch(/Restored \d+ rows/);
    expect(restore.code).toBe(0);
    const after = await tableContents(target);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    const populated = Object.entries(before).filter(([, t]) => t.rows > 0).map(([name]) => name);
    for (const table of ["Case", "User", "Session", "AuditLog", "CaseRevision", "Organization"]) expect(populated).toContain(table);
    // The restored database carries every migration, so the app starts on it.
    expect(await migrate(target)).toEqual([]);
  }, 120_000);

  it("restores into a database whose schema is migrated but empty", async () => {
    const target = await freshDatabase("samverka_restore_migrated");
    await migrate(target);
    const restore = await run("scripts/db-restore.mjs", [backupFile], target);
    expect(restore.code).toBe(0);
    expect(await tableContents(target)).toEqual(before);
  }, 120_000);
});

describe("restore refuses what it must not do", () => {
  it("refuses a database that has rows, changing nothing, and --force replaces them", async () => {
    const target = await freshDatabase("samverka_restore_nonempty");
    await migrate(target);
    await query(target, `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES ('11111111-1111-4111-8111-111111111111', 'Befintlig kommun', 'KOMMUN', now())`);
    const existing = await tableContents(target);
    const refused = await run("scripts/db-restore.mjs", [backupFile], target);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/The database is not empty: table Organization has rows\. Nothing was changed\./);
    expect(refused.output).toMatch(/--force/);
    expect(await tableContents(target)).toEqual(existing);

    const forced = await run("scripts/db-restore.mjs", [backupFile, "--force"], target);
    expect(forced.code).toBe(0);
    expect(await tableContents(target)).toEqual(before);
  }, 120_000);

  it("refuses a truncated file without touching the database", async () => {
    const whole = fs.readFileSync(backupFile);
    const truncated = path.join(dir, "truncated.backup.gz");
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const target = await freshDatabase("samverka_restore_truncated");
    const refused = await run("scripts/db-restore.mjs", [truncated], target);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/is damaged or incomplete/);
    expect(await query(target, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  }, 60_000);

  it("refuses a file whose rows were changed after it was written", async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(backupFile)).toString("utf8").split("\n");
    const victim = lines.findIndex((line, i) => i > 0 && line.includes("Norrström"));
    expect(victim).toBeGreaterThan(0);
    lines[victim] = lines[victim]!.replace("Norrström", "Norrstrom");
    const tampered = path.join(dir, "tampered.backup.gz");
    fs.writeFileSync(tampered, zlib.gzipSync(lines.join("\n")));
    const target = await freshDatabase("samverka_restore_tampered");
    const refused = await run("scripts/db-restore.mjs", [tampered], target);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/is damaged/);
    expect(await query(target, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  }, 60_000);

  it("refuses a file that is not a backup", async () => {
    const other = path.join(dir, "other.gz");
    fs.writeFileSync(other, zlib.gzipSync("hello\n"));
    const refused = await run("scripts/db-restore.mjs", [other], workerDatabaseUrl());
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/is not a Samverka backup/);
  });
});
