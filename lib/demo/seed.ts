import type { PrismaClient } from "@/lib/db/generated/client";
import { DEMO_ORGANIZATIONS } from "./organizations";

export interface SeedSummary {
  organizations: number;
}

/** Loads the demo data. Safe to run on every start: every row is upserted on a natural key. */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedSummary> {
  await prisma.$transaction(
    DEMO_ORGANIZATIONS.map((org) =>
      prisma.organization.upsert({
        where: { name_type: { name: org.name, type: org.type } },
        create: { name: org.name, type: org.type, officialCode: org.officialCode },
        update: {},
      }),
    ),
  );
  return { organizations: DEMO_ORGANIZATIONS.length };
}
