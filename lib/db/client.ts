import "server-only";
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

export const prisma: PrismaClient =
  globalForPrisma.samverkaPrisma ?? new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }), ...queryLog });

if (process.env.NODE_ENV !== "production") globalForPrisma.samverkaPrisma = prisma;
