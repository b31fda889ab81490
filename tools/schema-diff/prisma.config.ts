import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma 6's WebAssembly engine opens a connection even for a pure schema-to-schema diff.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../../prisma/schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.SCHEMA_DIFF_DATABASE_URL }),
});
