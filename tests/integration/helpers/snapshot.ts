import pg from "pg";

// Tables that legitimately change on a refused call: the audit log records the refusal,
// sessions slide their idle expiry, and the limiters count requests.
const VOLATILE = new Set(["AuditLog", "Session", "SignInThrottle", "AuthRateLimit", "_prisma_migrations"]);

/** Row count and content hash of every other table, to prove a refused call changed nothing. */
export async function databaseSnapshot(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const snapshot: Record<string, string> = {};
    for (const { tablename } of rows) {
      if (VOLATILE.has(tablename)) continue;
      const result = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${tablename}" t`,
      );
      snapshot[tablename] = `${result.rows[0]!.n}:${result.rows[0]!.h ?? "-"}`;
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

export async function deniedAuditCount(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE outcome = 'DENIED'`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
