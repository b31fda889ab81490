import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// One client per server process; Next.js dev reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { samverkaPrisma?: PrismaClient };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which sets it.");
  return url;
}

// LOG_SQL=1 prints every statement, to see how many queries a page asks (README, configuration).
const queryLog = process.env.LOG_SQL ? { log: [{ emit: "stdout" as const, level: "query" as const }] } : {};

/**
 * Each SQL text gets a name, so a pooled connection prepares it once and PostgreSQL can reuse
 * its plan: planning the queries Prisma generates (lateral joins, the case scope's EXISTS
 * alternatives) cost more database time than running them. The name is a digest of the text, so
 * two texts never share one.
 */
export function statementName(query: { sql: string }): string {
  const remembered = statementNames.get(query.sql);
  if (remembered !== undefined) return remembered;
  const name = `s_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 40)}`;
  // A list of thousands of ids makes a long text that seldom comes again: not kept. The rest is
  // bounded, since texts with a varying number of ids come and go.
  if (query.sql.length <= MAX_REMEMBERED_TEXT) {
    if (statementNames.size >= MAX_REMEMBERED_NAMES) statementNames.clear();
    statementNames.set(query.sql, name);
  }
  return name;
}

/**
 * Digesting every query's text cost about 1 % of a page's CPU (in-process profile of the case
 * pages' loaders), and the pages ask the same few hundred texts: at most 1 000 texts of at most
 * 16 000 characters are remembered, a few MB at worst.
 */
const statementNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 1_000;
const MAX_REMEMBERED_TEXT = 16_000;

/**
 * A connection is replaced after this many queries: a prepared statement lives as long as its
 * connection, and lists with a variable number of ids make new texts, so this bounds the memory
 * they hold in PostgreSQL and in the driver.
 */
const QUERIES_PER_CONNECTION = 10_000;

export const prisma: PrismaClient =
  globalForPrisma.samverkaPrisma ??
  new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: databaseUrl(), maxUses: QUERIES_PER_CONNECTION },
      // Off behind a pooler in transaction mode that cannot carry prepared statements (README).
      process.env.DATABASE_PREPARED_STATEMENTS === "off" ? {} : { statementNameGenerator: statementName },
    ),
    ...queryLog,
  });

if (process.env.NODE_ENV !== "production") globalForPrisma.samverkaPrisma = prisma;
