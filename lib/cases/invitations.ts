import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { likeLiteral } from "@/lib/db/like";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { auth } from "@/lib/auth/auth";
import { authorize, caseScope, deny, denyCase, mayDo } from "@/lib/auth/authorize";
import { INVITATION_TTL_SECONDS, appBaseUrl } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write";
import { AppError } from "@/lib/errors/app-error";
import { mapPrismaError } from "@/lib/errors/prisma";
import { VALIDATION_SUMMARY, parseInput } from "@/lib/forms/validation";
import { InvitationEndedError, endedInvitationReason } from "@/lib/invitations/ended";
import { type InvitationState, invitationState } from "@/lib/invitations/state";
import { sendMail } from "@/lib/mail/mailer";
import { invitationMail } from "@/lib/mail/templates/invitation";
import { isUuid } from "./ids";
import { CASE_MESSAGES } from "./messages";
import { CASE_ROLE_LABELS, invitationSchema, newAccountSchema, partnerSearchSchema } from "./schemas";
import type { AuditReason } from "@/lib/audit/reasons";

/** Only this digest is stored; the token itself exists only in the mailed link. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationUrl(token: string): string {
  return `${appBaseUrl()}/inbjudan/${token}`;
}

/** How many matches the organisation search returns at most: enough to choose from, small enough to read. */
export const PARTNER_SEARCH_LIMIT = 10;

/**
 * Organisations an editor can invite someone on behalf of (every one but the case's owner)
 * whose name contains `query`, names that begin with it first. Searched on the server: with
 * SKR running the product for every municipality, a list of all of them is too long to read
 * and too heavy to send with every view of the case.
 */
export async function searchPartnerOrganizations(actor: Actor, caseId: string, rawQuery: unknown): Promise<{ organizations: Array<{ id: string; name: string }>; total: number }> {
  const scope = caseScope(actor, "case.invite");
  if (!scope || !isUuid(caseId)) return denyCase(actor, "case.invite", caseId);
  const { q } = parseInput(partnerSearchSchema, { q: rawQuery });
  const found = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { ownerOrganizationId: true } });
  if (!found) return denyCase(actor, "case.invite", caseId);
  if (!q) return { organizations: [], total: 0 };
  const notOwner = { id: { not: found.ownerOrganizationId } };
  const text = likeLiteral(q);
  const page = { orderBy: { name: "asc" as const }, select: { id: true, name: true }, take: PARTNER_SEARCH_LIMIT };
  const [beginning, containing, total] = await Promise.all([
    prisma.organization.findMany({ where: { ...notOwner, name: { startsWith: text, mode: "insensitive" } }, ...page }),
    prisma.organization.findMany({ where: { ...notOwner, name: { contains: text, mode: "insensitive" } }, ...page }),
    prisma.organization.count({ where: { ...notOwner, name: { contains: text, mode: "insensitive" } } }),
  ]);
  const first = new Set(beginning.map((o) => o.id));
  const organizations = [...beginning, ...containing.filter((o) => !first.has(o.id))].slice(0, PARTNER_SEARCH_LIMIT);
  return { organizations, total };
}

/**
 * The organisation an invitee represents: the one picked from the search (its id), or else the
 * one whose name was typed in full (the form without JavaScript, or typed without picking).
 */
async function invitedOrganization(organizationId: string | undefined, organizationName: string | undefined, ownerOrganizationId: string) {
  if (organizationId) {
    const organization = await prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true } });
    if (!organization) throw organizationError("organizationId", CASE_MESSAGES.organizationUnknown);
    return organization;
  }
  if (!organizationName) return null;
  const named = await prisma.organization.findMany({
    where: { id: { not: ownerOrganizationId }, name: { equals: likeLiteral(organizationName), mode: "insensitive" } },
    select: { id: true, name: true },
    take: 2,
  });
  if (named.length === 0) throw organizationError("organizationName", CASE_MESSAGES.organizationNotFound);
  if (named.length > 1) throw organizationError("organizationName", CASE_MESSAGES.organizationAmbiguous);
  return named[0]!;
}

/**
 * A jurist invited to review for a party (organizationId; none is the owner) is invited by
 * someone of that party: a member of its organisation, or, for someone in no organisation, whom
 * the case has taken in for it. The approval a jurist gives is the party's own. Not the case's
 * membership alone: an editor invited "för" a partner by the other party would otherwise let
 * that party appoint the partner's jurist (a review found the way).
 */
async function refuseReviewerForOtherParty(
  actor: SignedInActor,
  caseId: string,
  ownerOrganizationId: string,
  organization: { id: string; name: string } | null,
  organizationField: string,
): Promise<void> {
  const party = organization?.id ?? ownerOrganizationId;
  const organizations = actor.memberships.map((m) => m.organizationId);
  const member = organizations.length ? null : await prisma.caseMember.findFirst({ where: { caseId, userId: actor.userId }, select: { organizationId: true } });
  const mine = new Set([...organizations, ...(member ? [member.organizationId ?? ownerOrganizationId] : [])]);
  if (mine.has(party)) return;
  const name = organization?.name ?? (await prisma.organization.findUnique({ where: { id: ownerOrganizationId }, select: { name: true } }))?.name ?? "";
  // No organisation chosen by a partner's editor: most likely their own party was meant.
  const own = organization ? undefined : actor.memberships.find((m) => m.organizationId !== ownerOrganizationId)?.organizationName;
  throw organizationError(organization ? organizationField : "role", own ? CASE_MESSAGES.reviewerForOwnPartyNotChosen(name, own) : CASE_MESSAGES.reviewerForOtherParty(name));
}

function organizationError(path: string, message: string): AppError {
  return new AppError("VALIDATION", VALIDATION_SUMMARY, { fieldErrors: [{ path, message }] });
}

/**
 * Invites a person, optionally on behalf of a partner organisation, and mails them a single-use
 * link. Returns the new invitation, the address as stored, and how many pending invitations to
 * the same address it replaced (their senders are told so).
 */
export async function createInvitation(actor: Actor, caseId: string, input: unknown): Promise<{ id: string; email: string; replaced: number }> {
  const scope = caseScope(actor, "case.invite");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.invite", caseId);
  const target = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { id: true, title: true, ownerOrganizationId: true } });
  if (!target) return denyCase(actor, "case.invite", caseId);

  const { email, role, organizationId: pickedId, organizationName } = parseInput(invitationSchema, input);
  const normalized = email.toLowerCase();
  if (await prisma.userGlobalRole.count({ where: { role: "SKR_STAFF", user: { email: normalized } } })) {
    throw new AppError("VALIDATION", CASE_MESSAGES.skrStaffInvited, { fieldErrors: [{ path: "email", message: CASE_MESSAGES.skrStaffInvited }] });
  }
  const alreadyMember = await prisma.caseMember.count({ where: { caseId, user: { email: normalized } } });
  if (alreadyMember) throw new AppError("VALIDATION", CASE_MESSAGES.alreadyMember, { fieldErrors: [{ path: "email", message: CASE_MESSAGES.alreadyMember }] });
  const organization = await invitedOrganization(pickedId, organizationName, target.ownerOrganizationId);
  const organizationId = organization?.id;
  if (role === "REVIEWER") await refuseReviewerForOtherParty(actor, caseId, target.ownerOrganizationId, organization, pickedId ? "organizationId" : "organizationName");

  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_TTL_SECONDS * 1000);
  return prisma.$transaction(
    async (tx) => {
      const invitation = await tx.caseInvitation.create({
        data: { caseId, email: normalized, role, organizationId: organizationId ?? null, tokenHash: hashToken(token), expiresAt, invitedByUserId: actor.userId },
        select: { id: true },
      });
      // A new invitation to the same address replaces one still pending, whatever its role or
      // organisation: a person takes part in a case once (CaseMember is unique per case and
      // person), so two working links were rivals, and the case's list showed both. The old link
      // stops working and says it was replaced, as an organisation invitation's does.
      const now = new Date();
      const replaced = await tx.caseInvitation.updateManyAndReturn({
        where: { caseId, email: normalized, usedAt: null, revokedAt: null, expiresAt: { gt: now }, id: { not: invitation.id } },
        data: { expiresAt: now, replacedByInvitationId: invitation.id },
        select: { id: true },
      });
      await writeAudit(
        actor,
        {
          action: "case.invite",
          outcome: "SUCCESS",
          caseId,
          details: { email: normalized, role, organizationId: organizationId ?? null, ...(replaced.length ? { replacedInvitationIds: replaced.map((r) => r.id) } : {}) },
        },
        tx,
      );
      // Queued in this transaction; sent by the outbox worker only after it commits.
      const mail = invitationMail({
        inviterName: actor.name,
        caseTitle: target.title,
        organizationName: organization?.name ?? null,
        roleLabel: CASE_ROLE_LABELS[role],
        url: invitationUrl(token),
        expiresAt,
      });
      await sendMail({ to: normalized, ...mail }, tx);
      return { id: invitation.id, email: normalized, replaced: replaced.length };
    },
    { timeout: 15_000 },
  );
}

/** The stored digest of a link's token, or null for what cannot be a token (nothing is asked for it). */
function linkTokenHash(token: unknown): string | null {
  return typeof token === "string" && token.length >= 20 && token.length <= 100 ? hashToken(token) : null;
}

async function usableInvitation(token: string) {
  const tokenHash = linkTokenHash(token);
  if (!tokenHash) return null;
  const invitation = await prisma.caseInvitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      caseId: true,
      email: true,
      role: true,
      organizationId: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      replacedByInvitationId: true,
      case: { select: { title: true, ownerOrganization: { select: { name: true } } } },
      organization: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  const state = invitationState(invitation);
  if (state !== "PENDING") return { invalid: { caseId: invitation.caseId, state } };
  return { valid: invitation };
}

/** What a case invitation's link says when it no longer works (lib/invitations/ended.ts). */
const ENDED_MESSAGES = { REVOKED: CASE_MESSAGES.linkRevoked, REPLACED: CASE_MESSAGES.linkReplaced, EXPIRED: CASE_MESSAGES.linkExpired, invalid: CASE_MESSAGES.invitationInvalid };

/** Refuses a link that is no pending invitation, saying whether it was withdrawn, replaced or has expired, and nothing about the case. */
function refuseInvitation(
  actor: Actor,
  action: "invitation.view" | "invitation.accept",
  invalid: { caseId: string; state: Exclude<InvitationState, "PENDING"> | null } | undefined,
  reason: AuditReason = endedInvitationReason(invalid?.state ?? null),
): Promise<never> {
  return deny(actor, action, { caseId: invalid?.caseId, reason, error: new InvitationEndedError(invalid?.state ?? null, ENDED_MESSAGES) });
}

/**
 * The case a used link leads the person who took it to: signed in with the address it was sent
 * to, and still able to see the case. People keep the mail and open its link again to find the
 * case; they come to it instead of to a page saying the link no longer works. Anyone else, and
 * the invitee once they no longer take part, gets null (and the page of a link that has ended).
 * The permission is in the query; nothing is refused, so nothing is audited.
 */
export async function acceptedInvitationCaseId(actor: Actor, token: string): Promise<string | null> {
  const tokenHash = linkTokenHash(token);
  const scope = caseScope(actor, "case.view");
  if (actor.kind !== "user" || !tokenHash || !scope) return null;
  const taken = await prisma.caseInvitation.findFirst({
    where: { tokenHash, usedAt: { not: null }, email: actor.email.toLowerCase(), case: scope },
    select: { caseId: true },
  });
  return taken?.caseId ?? null;
}

/**
 * What the invitation page shows. The token is the credential, so an unknown, used, withdrawn,
 * replaced or expired token shows nothing about the case (a withdrawn, replaced or expired one
 * says which).
 */
export async function viewInvitation(actor: Actor, token: string) {
  await authorize(actor, "invitation.view");
  const found = await usableInvitation(token);
  if (!found?.valid) return refuseInvitation(actor, "invitation.view", found?.invalid);
  const invitation = found.valid;
  const accountExists = (await prisma.user.count({ where: { email: invitation.email } })) > 0;
  // SKR staff may not join (mayJoin), and see nothing of the case: not its title either.
  const mayJoin = mayDo(actor, "invitation.accept");
  return {
    mayJoin,
    caseTitle: mayJoin ? invitation.case.title : "",
    ownerOrganization: mayJoin ? invitation.case.ownerOrganization.name : "",
    partnerOrganization: mayJoin ? (invitation.organization?.name ?? null) : null,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    accountExists,
    signedInAsInvitee: actor.kind === "user" && actor.email.toLowerCase() === invitation.email,
  };
}

/**
 * Accepts an invitation: as the signed-in invitee, or (anonymous, no account yet) by
 * creating an account. Claiming the token, creating the account and the case membership
 * happen in one transaction, so a token is used at most once and never half-way.
 */
export async function acceptInvitation(
  actor: Actor,
  token: string,
  input: unknown,
  requestHeaders: Headers,
): Promise<{ caseId: string; setCookies: string[] }> {
  // The permission table refuses only SKR staff here ("mayJoin"): they are told why.
  if (!mayDo(actor, "invitation.accept")) {
    return deny(actor, "invitation.accept", { reason: "SKR staff see no case", error: new AppError("FORBIDDEN", CASE_MESSAGES.skrStaffAccepting) });
  }
  const found = await usableInvitation(token);
  if (!found?.valid) return refuseInvitation(actor, "invitation.accept", found?.invalid);
  const invitation = found.valid;

  let newAccount: { name: string; password: string; passwordHash: string } | null = null;
  if (actor.kind === "user") {
    if (actor.email.toLowerCase() !== invitation.email) {
      return deny(actor, "invitation.accept", {
        caseId: invitation.caseId,
        reason: "invitation for another e-mail address",
        error: new AppError("FORBIDDEN", CASE_MESSAGES.invitationWrongUser),
      });
    }
  } else {
    if (await prisma.user.count({ where: { email: invitation.email } })) {
      throw new AppError("UNAUTHENTICATED", CASE_MESSAGES.invitationNeedsSignIn);
    }
    const { name, password } = parseInput(newAccountSchema, input);
    newAccount = { name, password, passwordHash: await hashPassword(password) };
  }

  try {
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.caseInvitation.updateMany({
        where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) throw new InvitationClaimLost();
      let userId: string;
      let member: Actor;
      if (newAccount) {
        const user = await tx.user.create({ data: { name: newAccount.name, email: invitation.email, emailVerified: true } });
        // The same shape better-auth gives an e-mail and password account.
        await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: newAccount.passwordHash } });
        userId = user.id;
        member = { kind: "user", userId, email: user.email, name: user.name, sessionId: "", globalRoles: [], memberships: [] };
      } else {
        userId = (actor as Extract<Actor, { kind: "user" }>).userId;
        member = actor;
      }
      await tx.caseInvitation.update({ where: { id: invitation.id }, data: { usedByUserId: userId } });
      await tx.caseMember.create({
        data: { caseId: invitation.caseId, userId, role: invitation.role, organizationId: invitation.organizationId },
      });
      await writeAudit(
        member,
        { action: "invitation.accept", outcome: "SUCCESS", caseId: invitation.caseId, details: { role: invitation.role, newAccount: Boolean(newAccount) } },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof InvitationClaimLost) {
      // Taken, withdrawn or expired since it was read: say which, as for a link opened later.
      const now = await prisma.caseInvitation.findUnique({ where: { id: invitation.id }, select: { usedAt: true, revokedAt: true, replacedByInvitationId: true, expiresAt: true } });
      const state = now ? invitationState(now) : null;
      return refuseInvitation(actor, "invitation.accept", { caseId: invitation.caseId, state: state === "PENDING" ? null : state }, "invitation claimed concurrently");
    }
    if (error instanceof AppError) throw error;
    mapPrismaError(error, { conflict: CASE_MESSAGES.alreadyMember });
  }

  let setCookies: string[] = [];
  if (newAccount) {
    const signedIn = await auth.api.signInEmail({
      body: { email: invitation.email, password: newAccount.password, rememberMe: true },
      headers: requestHeaders,
      returnHeaders: true,
    });
    setCookies = signedIn.headers.getSetCookie();
  }
  return { caseId: invitation.caseId, setCookies };
}

/** The invitation stopped being pending between its check and its claim. */
class InvitationClaimLost extends Error {}

/**
 * Withdraws a pending invitation to the case (sent to the wrong address, say): its link stops
 * working at once and says it was withdrawn. The same case roles that may invite may withdraw
 * (case.invitation.revoke), and the permission is in the case query. The row is kept with
 * revokedAt and revokedByUserId set (its expiry is left as it was), in the same transaction as the
 * audit entry that says who withdrew it.
 */
export async function revokeCaseInvitation(actor: Actor, caseId: string, invitationId: string): Promise<{ email: string }> {
  const scope = caseScope(actor, "case.invitation.revoke");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.invitation.revoke", caseId);
  const target = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { id: true } });
  if (!target) return denyCase(actor, "case.invitation.revoke", caseId);
  // An id that is no invitation of this case gets the same answer as one no longer pending, so
  // nothing about other cases' invitations can be learnt here.
  if (!isUuid(invitationId)) throw new AppError("NOT_FOUND", CASE_MESSAGES.invitationNotPending);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.caseInvitation.findFirst({ where: { id: invitationId, caseId }, select: { email: true, role: true, organizationId: true } });
    if (!invitation) throw new AppError("NOT_FOUND", CASE_MESSAGES.invitationNotPending);
    // Conditional, as acceptance claims it: of a withdrawal and an acceptance at the same moment, one wins.
    const now = new Date();
    const ended = await tx.caseInvitation.updateMany({
      where: { id: invitationId, caseId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedByUserId: actor.userId },
    });
    if (ended.count !== 1) throw new AppError("CONFLICT", CASE_MESSAGES.invitationNotPending);
    await writeAudit(
      actor,
      { action: "case.invitation.revoke", outcome: "SUCCESS", caseId, details: { invitationId, email: invitation.email, role: invitation.role, organizationId: invitation.organizationId } },
      tx,
    );
    return { email: invitation.email };
  });
}
