import { defineConfig } from "prisma/config";

// Prisma 7 keeps the connection URL out of schema.prisma. Only the CLI reads this file;
// the app connects through lib/db/client.ts with the pg driver adapter.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5433/samverka" },
});
