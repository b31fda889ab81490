import "server-only";
import { prisma } from "@/lib/db/client";
import { likeLiteral } from "@/lib/db/like";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { authorizeUser, deny, holdsRole } from "@/lib/auth/authorize";
import type { AuditReason } from "@/lib/audit/reasons";
import { writeAudit } from "@/lib/audit/write";
import { isUuid } from "@/lib/cases/ids";
import { AppError } from "@/lib/errors/app-error";
import { readClampedPage } from "@/lib/forms/page-query";
import { parseInput } from "@/lib/forms/validation";
import { mailingRequestsLeftBy } from "@/lib/review/data";
import { USER_MESSAGES } from "./messages";
import { userSearchSchema } from "./schemas";

export { USER_MESSAGES };

export const USERS_PER_PAGE = 50;


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

/** What accountRefusal reads of a person, for the pages that offer the actions too. */
export const MANAGED_ACCOUNT_SELECT = {
  deactivatedAt: true,
  deactivatedBySystemAdmin: true,
  globalRoles: { select: { role: true } },
  memberships: { select: { organizationId: true } },
} as const satisfies Prisma.UserSelect;

const TARGET_SELECT = { name: true, email: true, ...MANAGED_ACCOUNT_SELECT } as const satisfies Prisma.UserSelect;

/** What decides whether an admin may deactivate or reactivate an account. */
export interface ManagedAccount {
  deactivatedAt: Date | null;
  deactivatedBySystemAdmin: boolean;
  globalRoles: readonly { role: string }[];
  memberships: readonly { organizationId: string }[];
}

/**
 * Why `admin` may not deactivate, or reactivate, this account, or null if they may: a system admin
 * may act on anyone; an organisation admin only on people who belong to no organisation they do
 * not administer and hold no global role (else one organisation could shut a person out of, or
 * let them back into, another), and never undo a system admin's deactivation (made, say, for an
 * account that was misused).
 */
export function accountRefusal(admin: SignedInActor, target: ManagedAccount, action: "user.deactivate" | "user.reactivate"): AuditReason | null {
  if (holdsRole(admin, "systemAdmin")) return null;
  const administered = new Set(admin.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organizationId));
  if (target.globalRoles.length > 0) return "person with a global role";
  if (target.memberships.length === 0) return "person in no organisation";
  if (!target.memberships.every((m) => administered.has(m.organizationId))) return "person outside the administered organisations";
  if (action === "user.reactivate" && target.deactivatedAt && target.deactivatedBySystemAdmin) return "deactivated by a system admin";
  return null;
}

/** Whether the organisation page offers "Inaktivera" (active) or "Aktivera igen" (deactivated) for this person (accountRefusal). */
export function managesAccount(admin: SignedInActor, target: ManagedAccount): boolean {
  return accountRefusal(admin, target, target.deactivatedAt ? "user.reactivate" : "user.deactivate") === null;
}

/**
 * What a refused admin is told: why, where the person is one of theirs (their own organisation's
 * page lists them, so it tells nothing new), else only that they may not.
 */
function refusalMessage(admin: SignedInActor, target: ManagedAccount, reason: AuditReason, action: "user.deactivate" | "user.reactivate"): AppError | undefined {
  if (reason === "deactivated by a system admin") return new AppError("FORBIDDEN", USER_MESSAGES.deactivatedBySystemAdmin);
  const administered = new Set(admin.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organizationId));
  if (!target.memberships.some((m) => administered.has(m.organizationId))) return undefined;
  return new AppError("FORBIDDEN", action === "user.reactivate" ? USER_MESSAGES.onlySystemAdminReactivates : USER_MESSAGES.onlySystemAdminDeactivates);
}

/** The person an admin deactivates or reactivates, if the admin may (accountRefusal); refusals are audited. */
async function administeredPerson(actor: Actor, action: "user.deactivate" | "user.reactivate", userId: string) {
  const admin = await authorizeUser(actor, action);
  const asked = { targetUserId: String(userId).slice(0, 100) };
  if (!isUuid(userId)) return deny(admin, action, { reason: "unknown user", target: asked });
  const target = await prisma.user.findUnique({ where: { id: userId }, select: TARGET_SELECT });
  if (!target) return deny(admin, action, { reason: "unknown user", target: asked });
  const refusal = accountRefusal(admin, target, action);
  if (refusal) return deny(admin, action, { reason: refusal, target: asked, error: refusalMessage(admin, target, refusal, action) });
  return { admin, target };
}

/**
 * Deactivates an account: it can no longer sign in, every session ends now, and its
 * memberships, case roles and audit entries stay as history (so reactivateUser can undo it).
 * Never oneself.
 */
export async function deactivateUser(actor: Actor, userId: string, options: { confirmed: boolean }): Promise<{ name: string }> {
  const { admin, target } = await administeredPerson(actor, "user.deactivate", userId);
  if (userId === admin.userId) throw new AppError("VALIDATION", USER_MESSAGES.self);
  if (!options.confirmed) throw new AppError("VALIDATION", USER_MESSAGES.confirm);
  if (target.deactivatedAt) throw new AppError("CONFLICT", USER_MESSAGES.alreadyDeactivated);
  await prisma.$transaction(async (tx) => {
    const bySystemAdmin = holdsRole(admin, "systemAdmin");
    // Review requests named for the person wait for their party's other jurists from now on: told by mail, after commit.
    await mailingRequestsLeftBy(tx, { userId, name: target.name, left: "deactivated" }, {}, async () => {
      const { count } = await tx.user.updateMany({ where: { id: userId, deactivatedAt: null }, data: { deactivatedAt: new Date(), deactivatedBySystemAdmin: bySystemAdmin } });
      if (count !== 1) throw new AppError("CONFLICT", USER_MESSAGES.alreadyDeactivated);
    });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    await writeAudit(admin, { action: "user.deactivate", outcome: "SUCCESS", details: { userId, email: target.email, sessionsEnded: sessions.count, bySystemAdmin } }, tx);
  });
  return { name: target.name };
}

/**
 * Undoes a deactivation, for a mistake or a person who comes back: the account may sign in
 * again with its own password (an admin never learns or sets it), with the memberships and
 * case roles it had, which deactivation kept. The same people may do it as may deactivate, but
 * only a system admin undoes a system admin's deactivation (managesAccount).
 */
export async function reactivateUser(actor: Actor, userId: string): Promise<{ name: string }> {
  const { admin, target } = await administeredPerson(actor, "user.reactivate", userId);
  if (!target.deactivatedAt) throw new AppError("CONFLICT", USER_MESSAGES.alreadyActive);
  await prisma.$transaction(async (tx) => {
    // Only a row still deactivated: two admins pressing at once reactivate it once.
    // An organisation admin's only while no system admin has deactivated it meanwhile.
    const stillTheirs = holdsRole(admin, "systemAdmin") ? {} : { deactivatedBySystemAdmin: false };
    const { count } = await tx.user.updateMany({ where: { id: userId, deactivatedAt: { not: null }, ...stillTheirs }, data: { deactivatedAt: null, deactivatedBySystemAdmin: false } });
    if (count !== 1) throw new AppError("CONFLICT", USER_MESSAGES.changedMeanwhile);
    await writeAudit(admin, { action: "user.reactivate", outcome: "SUCCESS", details: { userId, email: target.email, deactivatedAt: target.deactivatedAt!.toISOString() } }, tx);
  });
  return { name: target.name };
}
