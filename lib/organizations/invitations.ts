import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { auth } from "@/lib/auth/auth";
import { authorize, deny, mayDo } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write";
import { hashToken } from "@/lib/cases/invitations";
import { newAccountSchema } from "@/lib/cases/schemas";
import { AppError } from "@/lib/errors/app-error";
import { mapPrismaError } from "@/lib/errors/prisma";
import { parseInput } from "@/lib/forms/validation";
import { InvitationEndedError, endedInvitationReason } from "@/lib/invitations/ended";
import { type InvitationState, invitationState } from "@/lib/invitations/state";
import { ORGANIZATION_MESSAGES } from "./messages";
import type { AuditReason } from "@/lib/audit/reasons";
import type { Joined } from "./joined";

// Organisation invitations follow lib/cases/invitations.ts exactly: the token is the
// credential, only its SHA-256 is stored, it expires after INVITATION_TTL_SECONDS, it is
// claimed once inside the transaction that grants the role, and it grants exactly the
// invited role in exactly the inviting organisation. An admin can also withdraw one
// (revokedAt), and a newer invitation to the same address and role replaces it
// (replacedByInvitationId), which its link then says.

async function usableInvitation(token: string) {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const invitation = await prisma.organizationInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, organizationId: true, email: true, role: true, expiresAt: true, usedAt: true, revokedAt: true, replacedByInvitationId: true, organization: { select: { name: true } } },
  });
  if (!invitation) return null;
  const state = invitationState(invitation);
  if (state !== "PENDING") return { invalid: state };
  return { valid: invitation };
}

/** What an organisation invitation's link says when it no longer works (lib/invitations/ended.ts). */
const ENDED_MESSAGES = {
  REVOKED: ORGANIZATION_MESSAGES.linkRevoked,
  REPLACED: ORGANIZATION_MESSAGES.linkReplaced,
  EXPIRED: ORGANIZATION_MESSAGES.linkExpired,
  invalid: ORGANIZATION_MESSAGES.invitationInvalid,
};

function invalid(
  actor: Actor,
  action: "organization.invitation.view" | "organization.invitation.accept",
  state: Exclude<InvitationState, "PENDING"> | null,
  reason: AuditReason = endedInvitationReason(state),
): Promise<never> {
  return deny(actor, action, { reason, error: new InvitationEndedError(state, ENDED_MESSAGES) });
}

/** What the invitation page shows; nothing about the organisation for a wrong, used, withdrawn or expired token. */
export async function viewOrganizationInvitation(actor: Actor, token: string) {
  await authorize(actor, "organization.invitation.view");
  const found = await usableInvitation(token);
  if (!found?.valid) return invalid(actor, "organization.invitation.view", found?.invalid ?? null);
  const invitation = found.valid;
  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { deactivatedAt: true } });
  return {
    // SKR staff may not join (mayJoin): the page says why instead of offering to.
    mayJoin: mayDo(actor, "organization.invitation.accept"),
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    accountExists: Boolean(account),
    accountDeactivated: Boolean(account?.deactivatedAt),
    signedInAsInvitee: actor.kind === "user" && actor.email.toLowerCase() === invitation.email,
  };
}

/** Accepts: as the signed-in invitee, or anonymously by creating the account. */
export async function acceptOrganizationInvitation(
  actor: Actor,
  token: string,
  input: unknown,
  requestHeaders: Headers,
): Promise<{ setCookies: string[]; joined: Joined }> {
  // The permission table refuses only SKR staff here ("mayJoin"): they are told why.
  if (!mayDo(actor, "organization.invitation.accept")) {
    return deny(actor, "organization.invitation.accept", { reason: "SKR staff see no case", error: new AppError("FORBIDDEN", ORGANIZATION_MESSAGES.skrStaffAccepting) });
  }
  const found = await usableInvitation(token);
  if (!found?.valid) return invalid(actor, "organization.invitation.accept", found?.invalid ?? null);
  const invitation = found.valid;

  let newAccount: { name: string; password: string; passwordHash: string } | null = null;
  if (actor.kind === "user") {
    if (actor.email.toLowerCase() !== invitation.email) {
      return deny(actor, "organization.invitation.accept", {
        reason: "invitation for another e-mail address",
        error: new AppError("FORBIDDEN", ORGANIZATION_MESSAGES.invitationWrongUser),
      });
    }
  } else {
    const existing = await prisma.user.findUnique({ where: { email: invitation.email }, select: { deactivatedAt: true } });
    if (existing?.deactivatedAt) {
      return deny(actor, "organization.invitation.accept", { reason: "deactivated account", error: new AppError("FORBIDDEN", ORGANIZATION_MESSAGES.deactivatedAccount) });
    }
    if (existing) throw new AppError("UNAUTHENTICATED", ORGANIZATION_MESSAGES.invitationNeedsSignIn);
    const { name, password } = parseInput(newAccountSchema, input);
    newAccount = { name, password, passwordHash: await hashPassword(password) };
  }

  try {
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.organizationInvitation.updateMany({
        where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) throw new InvitationClaimLost();
      // Other links to the same role for the same address have done their work: they end here,
      // so a forwarded or older mail cannot be used afterwards.
      await tx.organizationInvitation.updateMany({
        where: {
          organizationId: invitation.organizationId,
          email: invitation.email,
          role: invitation.role,
          usedAt: null,
          revokedAt: null,
          id: { not: invitation.id },
          expiresAt: { gt: new Date() },
        },
        data: { expiresAt: new Date() },
      });
      let member: Actor & { kind: "user" };
      if (newAccount) {
        const user = await tx.user.create({ data: { name: newAccount.name, email: invitation.email, emailVerified: true } });
        await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: newAccount.passwordHash } });
        member = { kind: "user", userId: user.id, email: user.email, name: user.name, sessionId: "", globalRoles: [], memberships: [] };
      } else {
        member = actor as Actor & { kind: "user" };
      }
      await tx.organizationInvitation.update({ where: { id: invitation.id }, data: { usedByUserId: member.userId } });
      await tx.membership.upsert({
        where: { userId_organizationId_role: { userId: member.userId, organizationId: invitation.organizationId, role: invitation.role } },
        create: { userId: member.userId, organizationId: invitation.organizationId, role: invitation.role },
        update: {},
      });
      await writeAudit(
        member,
        { action: "organization.invitation.accept", outcome: "SUCCESS", details: { organizationId: invitation.organizationId, role: invitation.role, newAccount: Boolean(newAccount) } },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof InvitationClaimLost) {
      // Taken, withdrawn or expired since it was read: say which, as for a link opened later.
      const now = await prisma.organizationInvitation.findUnique({ where: { id: invitation.id }, select: { usedAt: true, revokedAt: true, replacedByInvitationId: true, expiresAt: true } });
      const state = now ? invitationState(now) : null;
      return invalid(actor, "organization.invitation.accept", state === "PENDING" ? null : state, "invitation claimed concurrently");
    }
    if (error instanceof AppError) throw error;
    mapPrismaError(error, { conflict: ORGANIZATION_MESSAGES.alreadyMember });
  }

  const joined = { organizationId: invitation.organizationId, role: invitation.role };
  if (!newAccount) return { setCookies: [], joined };
  const signedIn = await auth.api.signInEmail({
    body: { email: invitation.email, password: newAccount.password, rememberMe: true },
    headers: requestHeaders,
    returnHeaders: true,
  });
  return { setCookies: signedIn.headers.getSetCookie(), joined };
}

/** The invitation stopped being pending between its check and its claim. */
class InvitationClaimLost extends Error {}
