import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { projectRoot, withDatabase } from "../../scripts/lib/config.mjs";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { diffSchemas } from "../../scripts/lib/schema-diff.mjs";
import { catalogSnapshot, runSql } from "./support/catalog";

// schema.prisma is what the Prisma client believes; the migrations are what the database
// gets. Build one database from each and compare their catalogs.
describe("schema.prisma and prisma/migrations", () => {
  const serverUrl = inject("serverUrl");

  it("produce the same database schema", async () => {
    const fromSchema = await createFreshDatabase(serverUrl, "samverka_drift_schema");
    const sql = diffSchemas({
      from: null,
      to: path.join(projectRoot, "prisma/schema.prisma"),
      databaseUrl: withDatabase(serverUrl, "postgres"),
    });
    await runSql(fromSchema, sql);

    const fromMigrations = await createFreshDatabase(serverUrl, "samverka_drift_migrations");
    await migrate(fromMigrations);

    expect(await catalogSnapshot(fromMigrations)).toEqual(await catalogSnapshot(fromSchema));
  }, 120_000);

  it("notices a column that only one side has", async () => {
    const a = await createFreshDatabase(serverUrl, "samverka_drift_a");
    const b = await createFreshDatabase(serverUrl, "samverka_drift_b");
    await migrate(a);
    await migrate(b);
    await runSql(b, `ALTER TABLE "Organization" ADD COLUMN "extra" TEXT`);
    expect(await catalogSnapshot(b)).not.toEqual(await catalogSnapshot(a));
  });
});
