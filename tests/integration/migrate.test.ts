import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { listMigrations, migrate, MigrationError, pendingMigrations } from "../../scripts/lib/migrate.mjs";
import { migrationsUpTo, query, tempMigrations } from "./helpers/raw-sql";



describe("the migrator", () => {
  const serverUrl = inject("serverUrl");

  it("applies every migration once and records it as Prisma Migrate does", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_all");
    const applied = await migrate(url);
    const onDisk = listMigrations();
    expect(applied).toEqual(onDisk.map((m) => m.name));

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      const file = fs.readFileSync(path.join("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(crypto.createHash("sha256").update(file).digest("hex"));
      expect(row.checksum).toBe(onDisk[i]?.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await migrate(url)).toEqual([]);
  });

  it("rolls back a failing migration completely and says which one failed", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_fail");
    const dir = tempMigrations({
      "20200101000000_good": `CREATE TABLE "Good" (id int);`,
      "20200102000000_bad": `CREATE TABLE "Half" (id int); SELECT * FROM "DoesNotExist";`,
    });
    await expect(migrate(url, { dir })).rejects.toThrow(/20200102000000_bad failed/);
    const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname='public' ORDER BY 1`);
    expect(tables.map((t) => t.tablename)).toEqual(["Good", "_prisma_migrations"]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(await pendingMigrations(client, dir)).toEqual(["20200102000000_bad"]);
    } finally {
      await client.end();
    }
  });

  it("refuses to continue when an applied migration was edited afterwards", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_edit");
    const dir = tempMigrations({ "20200101000000_one": `CREATE TABLE "One" (id int);` });
    await migrate(url, { dir });
    fs.writeFileSync(path.join(dir, "20200101000000_one", "migration.sql"), `CREATE TABLE "One" (id bigint);`);
    const attempt = migrate(url, { dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(url, { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  // Issue 9 §5: the stored assessment became per case and person. The one row a case had is kept as each
  // member's starting point, so a change nobody has acknowledged is still reported to everyone.
  it("gives each case member the assessment the case had when it becomes per person", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_assessment");
    const all = listMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_assessment_shown_per_user"));
    expect(at).toBeGreaterThan(0);
    const before = migrationsUpTo(at);
    await migrate(url, { dir: before });
    const org = "00000000-0000-4000-8000-000000000001";
    const nora = "00000000-0000-4000-8000-000000000002";
    const per = "00000000-0000-4000-8000-000000000003";
    const outsider = "00000000-0000-4000-8000-000000000004";
    const caseId = "00000000-0000-4000-8000-000000000005";
    await query(
      url,
      `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES ('${org}', 'Norrström', 'KOMMUN', now());
       INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('${nora}', 'Nora', 'n@x.test', now()), ('${per}', 'Per', 'p@x.test', now()), ('${outsider}', 'Ute', 'x@x.test', now());
       INSERT INTO "Case" (id, title, "ownerOrganizationId", "updatedAt") VALUES ('${caseId}', 'Ärende', '${org}', now());
       INSERT INTO "CaseMember" (id, "caseId", "userId", role) VALUES (gen_random_uuid(), '${caseId}', '${nora}', 'EDITOR'), (gen_random_uuid(), '${caseId}', '${per}', 'EDITOR');
       INSERT INTO "CaseAssessmentShown" ("caseId", snapshot) VALUES ('${caseId}', '{"routes":[]}');`,
    );
    const dir = migrationsUpTo(at + 1);
    expect(await migrate(url, { dir })).toEqual([all[at]!.name]);
    const rows = await query<{ userId: string; snapshot: unknown }>(url, `SELECT "userId", snapshot FROM "CaseAssessmentShown" ORDER BY "userId"`);
    expect(rows).toEqual([
      { userId: nora, snapshot: { routes: [] } },
      { userId: per, snapshot: { routes: [] } },
    ]);
  });
});
