import pg from "pg";

// Tables that legitimately change on a refused call: the audit log records the refusal,
// sessions slide their idle expiry, and the limiters count requests.
const VOLATILE = new Set(["AuditLog", "Session", "SignInThrottle", "AuthRateLimit", "_prisma_migrations"]);

// One connection for every snapshot of a test file: the authorization matrix takes two per
// refused call, and a new connection each time cost more than the hashing.
let pool: pg.Pool | undefined;
let poolUrl: string | undefined;
function db(): pg.Pool {
  if (!pool || poolUrl !== process.env.DATABASE_URL) {
    void pool?.end();
    poolUrl = process.env.DATABASE_URL;
    pool = new pg.Pool({ connectionString: poolUrl, max: 1, allowExitOnIdle: true });
  }
  return pool;
}

/** Only the audit log, which every call adds to and no call reads back as state. */
export const ONLY_AUDIT_LOG: ReadonlySet<string> = new Set(["AuditLog", "_prisma_migrations"]);

/**
 * Row count and content hash of every table but those left out, to prove a refused call changed
 * nothing (by default every table a refused call may legitimately change is left out).
 */
export async function databaseSnapshot(leftOut: ReadonlySet<string> = VOLATILE): Promise<Record<string, string>> {
  const { rows: tables } = await db().query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const hashed = tables.filter(({ tablename }) => !leftOut.has(tablename));
  if (hashed.length === 0) return {};
  const sql = hashed
    .map(({ tablename }) => `SELECT '${tablename}' AS name, count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${tablename}" t`)
    .join(" UNION ALL ");
  const { rows } = await db().query<{ name: string; n: string; h: string | null }>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.h ?? "-"}`]));
}

export async function deniedAuditCount(): Promise<number> {
  const { rows } = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE outcome = 'DENIED'`);
  return rows[0]!.n;
}
