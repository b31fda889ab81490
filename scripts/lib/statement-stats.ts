// bench:load DB_STATS=1: what each measured page asks PostgreSQL, timed by PostgreSQL itself
// (pg_stat_statements). The CPU figure per request says how much the database costs; this says
// which statement. It found that "Mina ärenden" spent half its database time in one query that
// built each listed case's members and review rows as JSON.
import type { PrismaClient } from "../../lib/db/generated/client";

/** Set before the throwaway PostgreSQL starts: it loads pg_stat_statements (scripts/db-server.mjs). */
export const STATEMENT_STATS_ENV = "SAMVERKA_DB_STATEMENT_STATS";

export interface StatementFigure {
  /** Times per page request. */
  perRequest: number;
  /** PostgreSQL's execution time per call, ms. */
  meanMs: number;
  /** Execution time per page request, ms. */
  msPerRequest: number;
  text: string;
}

export interface PageStatements {
  page: string;
  statements: StatementFigure[];
}

export async function startStatementStats(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
}

export async function resetStatementStats(db: PrismaClient): Promise<void> {
  await db.$queryRawUnsafe("SELECT pg_stat_statements_reset()");
}

/** The statements run since the last reset, most time first, per request of the page measured. */
export async function statementsSinceReset(db: PrismaClient, requests: number, limit = 8): Promise<StatementFigure[]> {
  const rows = await db.$queryRawUnsafe<{ calls: bigint; total: number; query: string }[]>(
    `SELECT calls, total_exec_time AS total, query FROM pg_stat_statements
     WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT ${Number(limit)}`,
  );
  const per = Math.max(1, requests);
  return rows.map((row) => ({
    perRequest: Number(row.calls) / per,
    meanMs: row.total / Math.max(1, Number(row.calls)),
    msPerRequest: row.total / per,
    text: describe(row.query),
  }));
}

/** The table a statement reads first (Prisma's SQL starts every one with a long column list), then its beginning. */
function describe(query: string): string {
  const text = query.replace(/\s+/g, " ");
  // The select list names no table: the first one named is the one read.
  const table = /"public"\."(\w+)"/.exec(text)?.[1];
  return `${table ? `[${table}] ` : ""}${text.slice(0, 110)}`;
}

export function printStatementStats(pages: readonly PageStatements[]): void {
  console.log("\nWhat each page asked PostgreSQL (pg_stat_statements; execution time only, most first):\n");
  for (const { page, statements } of pages) {
    const total = statements.reduce((sum, s) => sum + s.msPerRequest, 0);
    console.log(`${page}: the top ${statements.length} statements take ${total.toFixed(2)} ms per request`);
    for (const s of statements) {
      console.log(`  ${s.perRequest.toFixed(1).padStart(4)}× per request, ${s.meanMs.toFixed(3)} ms each: ${s.text}`);
    }
  }
}
