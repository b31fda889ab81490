// Loads demo data into DATABASE_URL. Run by scripts/start.mjs after the migrations.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { seedDemoData } from "../lib/demo/seed";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL is not set.");
  process.exit(2);
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
try {
  const summary = await seedDemoData(prisma);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  await prisma.$disconnect();
}
