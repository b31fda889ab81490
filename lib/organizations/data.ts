import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, authorizeUser } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { mapPrismaError } from "@/lib/errors/prisma";
import { parseInput } from "@/lib/forms/validation";
import { assertOrganizationFree, organizationCounts } from "./admin";
import { ORGANIZATION_MESSAGES } from "./messages";
import { organizationSchema } from "./schemas";

/** Every organisation with its people and cases (owned and taking part), for system admins. */
export async function listOrganizations(actor: Actor) {
  await authorize(actor, "organization.list");
  const organizations = await prisma.organization.findMany({
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, name: true, type: true, officialCode: true },
  });
  const counts = await organizationCounts(organizations.map((o) => o.id));
  return organizations.map((org) => ({ ...org, ...(counts.get(org.id) ?? { people: 0, owned: 0, participating: 0 }) }));
}

export async function createOrganization(actor: Actor, input: unknown): Promise<{ id: string }> {
  const admin = await authorizeUser(actor, "organization.create");
  const data = parseInput(organizationSchema, input);
  try {
    return await prisma.$transaction(async (tx) => {
      await assertOrganizationFree(tx, data);
      const created = await tx.organization.create({
        data: { name: data.name, type: data.type, officialCode: data.officialCode ?? null },
        select: { id: true },
      });
      await writeAudit(admin, { action: "organization.create", outcome: "SUCCESS", details: { organizationId: created.id, ...data } }, tx);
      return created;
    });
  } catch (error) {
    return mapPrismaError(error, { conflict: ORGANIZATION_MESSAGES.conflict });
  }
}
