import "server-only";
import { prisma } from "@/lib/db/client";
import { likeLiteral } from "@/lib/db/like";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { authorizeUser, deny, holdsRole } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { isUuid } from "@/lib/cases/ids";
import { AppError } from "@/lib/errors/app-error";
import { readClampedPage } from "@/lib/forms/page-query";
import { parseInput } from "@/lib/forms/validation";
import { userSearchSchema } from "./schemas";

export const USERS_PER_PAGE = 50;

export const USER_MESSAGES = {
  self: "Du kan inte inaktivera ditt eget konto.",
  alreadyDeactivated: "Kontot är redan inaktiverat.",
  confirm: "Bekräfta att kontot ska inaktiveras.",
} as const;

/**
 * Every account, for system admins, searched by name or e-mail. The database collates in
 * sv-SE (ICU), so Å, Ä and Ö sort after Z and match case-insensitively.
 */
export async function listUsers(actor: Actor, input: unknown) {
  await authorizeUser(actor, "user.list");
  const { q, sida } = parseInput(userSearchSchema, input);
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ name: { contains: likeLiteral(q), mode: "insensitive" } }, { email: { contains: likeLiteral(q), mode: "insensitive" } }] }
    : {};
  const onPage = (page: number) =>
    prisma.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: {
        id: true,
        name: true,
        email: true,
        deactivatedAt: true,
        globalRoles: { select: { role: true } },
        memberships: { select: { role: true, organization: { select: { name: true } } } },
      },
    });
  // A page past the end (an old link, fewer hits) shows the last page, as the other paged lists do.
  const { items: users, ...paging } = await readClampedPage(sida, USERS_PER_PAGE, () => prisma.user.count({ where }), onPage);
  return { q, ...paging, users };
}

/**
 * Deactivates an account: it can no longer sign in, every session ends now, and its
 * memberships, case roles and audit entries stay as history. A system admin may deactivate
 * anyone but themself; an organisation admin only people who belong to no organisation
 * they do not administer and hold no global role.
 */
export async function deactivateUser(actor: Actor, userId: string, options: { confirmed: boolean }): Promise<{ name: string }> {
  const admin = await authorizeUser(actor, "user.deactivate");
  const asked = { targetUserId: String(userId).slice(0, 100) };
  if (!isUuid(userId)) return deny(admin, "user.deactivate", { reason: "unknown user", target: asked });
  const target = await prisma.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, deactivatedAt: true, globalRoles: { select: { role: true } }, memberships: { select: { organizationId: true } } },
  });
  if (!target) return deny(admin, "user.deactivate", { reason: "unknown user", target: asked });
  if (!holdsRole(admin, "systemAdmin")) {
    const administered = new Set(admin.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organizationId));
    const inScope = target.memberships.length > 0 && target.globalRoles.length === 0 && target.memberships.every((m) => administered.has(m.organizationId));
    if (!inScope) return deny(admin, "user.deactivate", { reason: "person outside the administered organisations", target: asked });
  }
  if (userId === admin.userId) throw new AppError("VALIDATION", USER_MESSAGES.self);
  if (!options.confirmed) throw new AppError("VALIDATION", USER_MESSAGES.confirm);
  if (target.deactivatedAt) throw new AppError("CONFLICT", USER_MESSAGES.alreadyDeactivated);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, deactivatedAt: null }, data: { deactivatedAt: new Date() } });
    if (count !== 1) throw new AppError("CONFLICT", USER_MESSAGES.alreadyDeactivated);
    const sessions = await tx.session.deleteMany({ where: { userId } });
    await writeAudit(admin, { action: "user.deactivate", outcome: "SUCCESS", details: { userId, email: target.email, sessionsEnded: sessions.count } }, tx);
  });
  return { name: target.name };
}
