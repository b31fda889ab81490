import pg from "pg";

/**
 * The one way integration tests clean up: empties every table except the migration
 * history, so each test starts from a migrated, empty database.
 */
export async function resetDatabase(databaseUrl = process.env.DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length === 0) return;
    const tables = rows.map((row) => `"public"."${row.tablename}"`).join(", ");
    // Append-only tables guard against DELETE/UPDATE with triggers; TRUNCATE is the test-only way out.
    await client.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
