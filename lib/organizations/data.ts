import "server-only";
import { prisma } from "@/lib/db/client";
import { likeLiteral } from "@/lib/db/like";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, authorizeUser } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { mapPrismaError } from "@/lib/errors/prisma";
import { readClampedPage } from "@/lib/forms/page-query";
import { parseInput } from "@/lib/forms/validation";
import { assertOrganizationFree, organizationCounts } from "./admin";
import { ORGANIZATION_MESSAGES } from "./messages";
import { organizationSchema, organizationSearchSchema } from "./schemas";

export const ORGANIZATIONS_PER_PAGE = 50;

/**
 * The organisations with their people and cases (owned and taking part), for system admins,
 * 50 at a time, searched by part of the name or of the official code (kommunkod, länskod or
 * organisationsnummer). The database collates in sv-SE (ICU), so Å, Ä and Ö sort after Z and
 * match in any letter case.
 */
export async function listOrganizations(actor: Actor, input: unknown = {}) {
  await authorize(actor, "organization.list");
  const { q, sida } = parseInput(organizationSearchSchema, input);
  const where: Prisma.OrganizationWhereInput = q
    ? { OR: [{ name: { contains: likeLiteral(q), mode: "insensitive" } }, { officialCode: { contains: likeLiteral(q) } }] }
    : {};
  const onPage = (page: number) =>
    prisma.organization.findMany({
      where,
      orderBy: [{ type: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * ORGANIZATIONS_PER_PAGE,
      take: ORGANIZATIONS_PER_PAGE,
      select: { id: true, name: true, type: true, officialCode: true },
    });
  // A page past the end (an old link, fewer hits) shows the last page, as the other paged lists do.
  const { items, ...paging } = await readClampedPage(sida, ORGANIZATIONS_PER_PAGE, () => prisma.organization.count({ where }), onPage);
  const counts = await organizationCounts(items.map((o) => o.id));
  const organizations = items.map((org) => ({ ...org, ...(counts.get(org.id) ?? { people: 0, owned: 0, participating: 0 }) }));
  return { q, ...paging, perPage: ORGANIZATIONS_PER_PAGE, organizations };
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
