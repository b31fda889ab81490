import "server-only";
import { ANONYMOUS } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { GLOBAL_ROLE_LABELS } from "@/lib/auth/role-labels";
import { writeAudit } from "@/lib/audit/write";
import { prisma } from "@/lib/db/client";
import type { GlobalRole } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { grantGlobalRoleSchema, revokeGlobalRoleSchema } from "./global-role-schemas";

// The two roles of all Samverka (system admin, SKR staff), given and taken by the operator from
// the command line (`npm run users`, scripts/users-cli.ts). A production database started with
// `npm start -- --no-seed` has no account at all: this is how its first system admin comes to be,
// and how SKR's analysts get their accounts. No signed-in actor gates it: whoever runs it has the
// database in hand already. The audit log says it came from the command line and who ran it.

/** Who ran the command: the operating system's user name, for the audit log. */
export interface Operator {
  name: string;
}

export const GLOBAL_ROLE_MESSAGES = {
  newAccountNeedsName: "Det finns inget konto med den adressen. Ange personens namn med --name för att skapa kontot.",
  newAccountNeedsPassword: "Det finns inget konto med den adressen. Ange ett lösenord för det nya kontot.",
  existingAccountName: "Kontot finns redan och behåller sitt namn och sitt lösenord. Ta bort --name och lösenordet, eller använd en annan adress.",
  /** SKR staff never see an identifiable case (the permission table's skrStaff). */
  skrStaffWithCases:
    "Kontot arbetar i ärenden eller hör till en organisation. SKR:s medarbetare ser aldrig ett enskilt ärende: ge rollen till ett eget konto, med en annan adress.",
  deactivated: "Kontot är inaktiverat. Aktivera det igen under Administration → Användare först.",
  notHeld: (email: string, role: string) => `${email} har inte rollen ${role}. Inget ändrades.`,
  unknownAccount: "Det finns inget konto med den adressen.",
  lastSystemAdmin: "Det är den enda aktiva systemadministratören. Ge rollen till någon annan först, så att någon kan administrera Samverka.",
} as const;

export interface GrantOutcome {
  email: string;
  role: GlobalRole;
  roleLabel: string;
  createdAccount: boolean;
  alreadyHeld: boolean;
}

export async function grantGlobalRole(operator: Operator, input: unknown): Promise<GrantOutcome> {
  const { email: typed, role, name, password } = parseInput(grantGlobalRoleSchema, input);
  const email = typed.toLowerCase();
  const existing = await prisma.user.findUnique({
    where: { email },
    select: { id: true, deactivatedAt: true, globalRoles: { select: { role: true } }, _count: { select: { memberships: true, caseMemberships: true } } },
  });
  const roleLabel = GLOBAL_ROLE_LABELS[role];
  if (!existing) {
    if (!name) throw new AppError("VALIDATION", GLOBAL_ROLE_MESSAGES.newAccountNeedsName, { fieldErrors: [{ path: "name", message: GLOBAL_ROLE_MESSAGES.newAccountNeedsName }] });
    if (!password) throw new AppError("VALIDATION", GLOBAL_ROLE_MESSAGES.newAccountNeedsPassword, { fieldErrors: [{ path: "password", message: GLOBAL_ROLE_MESSAGES.newAccountNeedsPassword }] });
    const passwordHash = await hashPassword(password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, emailVerified: true } });
      // The same shape better-auth gives an e-mail and password account.
      await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
      await tx.userGlobalRole.create({ data: { userId: user.id, role } });
      await writeAudit(ANONYMOUS, { action: "user.globalRole.grant", outcome: "SUCCESS", details: { userId: user.id, email, role, newAccount: true, via: "command line", operator: operator.name } }, tx);
    });
    return { email, role, roleLabel, createdAccount: true, alreadyHeld: false };
  }
  if (name !== undefined || password !== undefined) {
    throw new AppError("VALIDATION", GLOBAL_ROLE_MESSAGES.existingAccountName, { fieldErrors: [{ path: name !== undefined ? "name" : "password", message: GLOBAL_ROLE_MESSAGES.existingAccountName }] });
  }
  if (existing.globalRoles.some((r) => r.role === role)) return { email, role, roleLabel, createdAccount: false, alreadyHeld: true };
  if (existing.deactivatedAt) throw new AppError("CONFLICT", GLOBAL_ROLE_MESSAGES.deactivated);
  if (role === "SKR_STAFF" && existing._count.memberships + existing._count.caseMemberships > 0) throw new AppError("CONFLICT", GLOBAL_ROLE_MESSAGES.skrStaffWithCases);
  await prisma.$transaction(async (tx) => {
    // Two operators at once: the second finds the row and changes nothing.
    const made = await tx.userGlobalRole.createMany({ data: [{ userId: existing.id, role }], skipDuplicates: true });
    if (made.count === 1) {
      await writeAudit(ANONYMOUS, { action: "user.globalRole.grant", outcome: "SUCCESS", details: { userId: existing.id, email, role, newAccount: false, via: "command line", operator: operator.name } }, tx);
    }
  });
  return { email, role, roleLabel, createdAccount: false, alreadyHeld: false };
}

export async function revokeGlobalRole(operator: Operator, input: unknown): Promise<{ email: string; roleLabel: string }> {
  const { email: typed, role } = parseInput(revokeGlobalRoleSchema, input);
  const email = typed.toLowerCase();
  const roleLabel = GLOBAL_ROLE_LABELS[role];
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", GLOBAL_ROLE_MESSAGES.unknownAccount);
    if (role === "SYSTEM_ADMIN") {
      // Locks every system admin's row, so two revocations at once cannot leave none.
      const admins = await tx.$queryRaw<{ userId: string }[]>`
        SELECT g."userId" FROM "UserGlobalRole" g JOIN "User" u ON u.id = g."userId"
        WHERE g.role = 'SYSTEM_ADMIN' AND u."deactivatedAt" IS NULL FOR UPDATE OF g`;
      if (admins.length === 1 && admins[0]!.userId === user.id) throw new AppError("CONFLICT", GLOBAL_ROLE_MESSAGES.lastSystemAdmin);
    }
    const removed = await tx.userGlobalRole.deleteMany({ where: { userId: user.id, role } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", GLOBAL_ROLE_MESSAGES.notHeld(email, roleLabel));
    // No session to end: each request reads its actor's roles afresh (lib/auth/actor.ts).
    await writeAudit(ANONYMOUS, { action: "user.globalRole.revoke", outcome: "SUCCESS", details: { userId: user.id, email, role, via: "command line", operator: operator.name } }, tx);
  });
  return { email, roleLabel };
}

/** Everyone holding a global role, for `npm run users -- list`. */
export async function listGlobalRoles(): Promise<{ email: string; name: string; roleLabel: string; deactivated: boolean }[]> {
  const rows = await prisma.userGlobalRole.findMany({
    select: { role: true, user: { select: { email: true, name: true, deactivatedAt: true } } },
    orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
  });
  return rows.map((r) => ({ email: r.user.email, name: r.user.name, roleLabel: GLOBAL_ROLE_LABELS[r.role], deactivated: r.user.deactivatedAt !== null }));
}
