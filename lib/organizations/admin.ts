import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorizeUser, deny, mayDo, organizationScope } from "@/lib/auth/authorize";
import { INVITATION_TTL_SECONDS, appBaseUrl } from "@/lib/auth/config";
import { type Action, seesNoCase } from "@/lib/auth/permissions";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { writeAudit } from "@/lib/audit/write";
import { hashToken } from "@/lib/cases/invitations";
import { isUuid } from "@/lib/cases/ids";
import type { Prisma } from "@/lib/db/generated/client";
import type { OrgRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { mapPrismaError } from "@/lib/errors/prisma";
import { joinList } from "@/lib/format";
import { parseInput } from "@/lib/forms/validation";
import { sendMail } from "@/lib/mail/mailer";
import { mailingRequestsLeftBy } from "@/lib/review/data";
import { MANAGED_ACCOUNT_SELECT, managesAccount } from "@/lib/users/data";
import { organizationInvitationMail } from "@/lib/mail/templates/organization-invitation";
import type { NoticedInvitation } from "@/lib/invitations/notice";
import { ENDED_INVITATIONS_DAYS, type InvitationState, invitationEndedAt, invitationState } from "@/lib/invitations/state";
import { domainOf, isFamiliarDomain } from "./address-domain";
import { ORGANIZATION_MESSAGES } from "./messages";
import { ORGANIZATION_TYPE_LABELS, ORG_ROLES, memberInvitationSchema, memberRolesSchema, organizationUpdateSchema } from "./schemas";

type OrgAction = Extract<Action, "organization.view" | "organization.invite" | "organization.invitation.revoke" | "organization.member.update" | "organization.update">;

/** One organisation the actor may act on, or a refusal (audited) that does not reveal whether it exists. */
export async function findScopedOrganization(actor: Actor, organizationId: string, action: OrgAction) {
  const scope = organizationScope(actor, action);
  const target = { organizationId: String(organizationId).slice(0, 100) };
  if (!scope || !isUuid(organizationId)) return deny(actor, action, { reason: "no organisation role", target });
  const found = await prisma.organization.findFirst({
    where: { AND: [{ id: organizationId }, scope] },
    select: { id: true, name: true, type: true, officialCode: true },
  });
  if (!found) return deny(actor, action, { reason: "not admin of the organisation", target });
  return found;
}

/** Organisations on the admin start page: all for a system admin, the administered ones for an organisation admin. */
export async function listAdministeredOrganizations(actor: Actor) {
  await authorizeUser(actor, "admin.view");
  const scope = organizationScope(actor, "organization.view") ?? { id: { in: [] } };
  const organizations = await prisma.organization.findMany({
    where: scope,
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, name: true, type: true, officialCode: true },
  });
  const counts = await organizationCounts(organizations.map((o) => o.id));
  return organizations.map((org) => ({ ...org, ...(counts.get(org.id) ?? { people: 0, owned: 0, participating: 0 }) }));
}

/**
 * People and cases per organisation. A case counts for an organisation when it owns it, or
 * when someone takes part in it on the organisation's behalf (a CaseMember with that
 * organisation, which an accepted case invitation "för <organisation>" creates). Party names
 * typed into the case document are not counted: they are free text that anyone editing the
 * case can write, not a verified link to the organisation.
 */
export async function organizationCounts(ids: string[]) {
  if (!ids.length) return new Map<string, { people: number; owned: number; participating: number }>();
  const rows = await prisma.$queryRaw<Array<{ id: string; people: number; owned: number; participating: number }>>`
    SELECT o.id::text AS id,
      (SELECT count(DISTINCT m."userId")::int FROM "Membership" m JOIN "User" u ON u.id = m."userId"
         WHERE m."organizationId" = o.id AND u."deactivatedAt" IS NULL) AS people,
      (SELECT count(*)::int FROM "Case" c WHERE c."ownerOrganizationId" = o.id) AS owned,
      (SELECT count(DISTINCT cm."caseId")::int FROM "CaseMember" cm JOIN "Case" c ON c.id = cm."caseId"
         WHERE cm."organizationId" = o.id AND c."ownerOrganizationId" <> o.id) AS participating
    FROM "Organization" o WHERE o.id::text = ANY(${ids})`;
  return new Map(rows.map((row) => [row.id, { people: row.people, owned: row.owned, participating: row.participating }]));
}

const ENDED_INVITATIONS_SHOWN = 20;

/** An invitation that ended without being taken, as the organisation page lists it. */
export interface EndedInvitation {
  id: string;
  email: string;
  role: OrgRole;
  state: Extract<InvitationState, "REVOKED" | "EXPIRED">;
  endedAt: Date;
  /** Who withdrew it (REVOKED), if the account is still known. */
  revokedBy: string | null;
}

/**
 * What the organisation page shows: people with their roles, open and recently ended invitations,
 * and the cases. `noticedInvitation(id)` names the invitation a no-JavaScript notice names
 * (?inbjudan=…), found only among the organisation's invitations read here (pending, or ended in
 * the period: one just sent or withdrawn is among them), else null.
 */
export async function getOrganizationAdminView(actor: Actor, organizationId: string) {
  const organization = await findScopedOrganization(actor, organizationId, "organization.view");
  const now = new Date();
  const since = new Date(now.getTime() - ENDED_INVITATIONS_DAYS * 86_400_000);
  const [memberships, recentInvitations, cases] = await Promise.all([
    prisma.membership.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      select: {
        role: true,
        user: {
          // With what managesAccount reads: the page offers "Inaktivera" and "Aktivera igen" only where they will be allowed.
          select: { id: true, name: true, email: true, ...MANAGED_ACCOUNT_SELECT },
        },
      },
    }),
    // Pending ones and those that ended (taken, withdrawn, expired) within the period.
    prisma.organizationInvitation.findMany({
      where: { organizationId, OR: [{ expiresAt: { gt: since } }, { revokedAt: { gt: since } }, { usedAt: { gt: since } }] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, email: true, role: true, expiresAt: true, usedAt: true, revokedAt: true, revokedByUserId: true, replacedByInvitationId: true },
    }),
    prisma.case.findMany({
      where: { OR: [{ ownerOrganizationId: organizationId }, { members: { some: { organizationId } } }] },
      orderBy: { updatedAt: "desc" },
      take: 200,
      select: { id: true, title: true, diaryNumber: true, updatedAt: true, ownerOrganization: { select: { id: true, name: true } } },
    }),
  ]);
  // findScopedOrganization has let in only a signed-in admin; anyone else manages nobody.
  const admin = actor.kind === "user" ? actor : null;
  const people = new Map<string, { id: string; name: string; email: string; deactivatedAt: Date | null; deactivatedBySystemAdmin: boolean; manageable: boolean; roles: OrgRole[] }>();
  for (const m of memberships) {
    const { id, name, email, deactivatedAt, deactivatedBySystemAdmin } = m.user;
    const person = people.get(id) ?? { id, name, email, deactivatedAt, deactivatedBySystemAdmin, manageable: admin ? managesAccount(admin, m.user) : false, roles: [] };
    person.roles.push(m.role);
    people.set(m.user.id, person);
  }
  const invitations = recentInvitations
    .filter((inv) => invitationState(inv, now) === "PENDING")
    .map(({ id, email, role, expiresAt }) => ({ id, email, role, expiresAt }));
  return {
    organization,
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "sv")),
    invitations,
    endedInvitations: await endedInvitations(recentInvitations, now, since),
    cases: cases.map((c) => ({ ...c, owned: c.ownerOrganization.id === organizationId })),
    canEditOrganization: mayDo(actor, "organization.update"),
    canRevokeInvitations: mayDo(actor, "organization.invitation.revoke"),
    noticedInvitation: (invitationId: string | null | undefined): NoticedInvitation | null => {
      const invitation = recentInvitations.find((inv) => inv.id === invitationId);
      if (!invitation) return null;
      const replaced = recentInvitations.filter((inv) => inv.replacedByInvitationId === invitation.id).length;
      // As the sender was told with JavaScript, but as things stand now: other roles' invitations that still wait.
      const alsoPendingAs = rolesInOrder(invitations.filter((inv) => inv.email === invitation.email && inv.role !== invitation.role).map((inv) => inv.role));
      return { email: invitation.email, revoked: Boolean(invitation.revokedAt), replaced, alsoPendingAs };
    },
  };
}

/**
 * Invitations that ended without being taken, newest end first: for each address and role only
 * the latest invitation counts, so one replaced by a new invitation, or followed by one that was
 * taken, is not listed as if the person had not been invited since.
 */
async function endedInvitations(
  recent: Array<{ id: string; email: string; role: OrgRole; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null; revokedByUserId: string | null; replacedByInvitationId: string | null }>,
  now: Date,
  since: Date,
): Promise<EndedInvitation[]> {
  const latest = new Map<string, (typeof recent)[number]>();
  for (const inv of recent) if (!latest.has(`${inv.role} ${inv.email}`)) latest.set(`${inv.role} ${inv.email}`, inv);
  const ended: Array<Omit<EndedInvitation, "revokedBy"> & { revokedByUserId: string | null }> = [];
  for (const inv of latest.values()) {
    const state = invitationState(inv, now);
    const endedAt = invitationEndedAt(inv, now);
    if ((state === "REVOKED" || state === "EXPIRED") && endedAt && endedAt > since) {
      ended.push({ id: inv.id, email: inv.email, role: inv.role, state, endedAt, revokedByUserId: state === "REVOKED" ? inv.revokedByUserId : null });
    }
  }
  ended.sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime() || a.email.localeCompare(b.email, "sv"));
  const shown = ended.slice(0, ENDED_INVITATIONS_SHOWN);
  const ids = [...new Set(shown.flatMap((inv) => (inv.revokedByUserId ? [inv.revokedByUserId] : [])))];
  const names = new Map(ids.length ? (await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]) : []);
  return shown.map(({ revokedByUserId, ...inv }) => ({ ...inv, revokedBy: revokedByUserId ? (names.get(revokedByUserId) ?? null) : null }));
}

/**
 * Invites a colleague to the organisation with one role, and mails a single-use link. Returns the
 * new invitation, the address as stored, how many pending invitations it replaced, and the roles
 * (as words) of those to the same address with another role, which it leaves as they are.
 */
export async function inviteMember(actor: Actor, organizationId: string, input: unknown): Promise<{ id: string; email: string; replaced: number; alsoPendingAs: string[] }> {
  const organization = await findScopedOrganization(actor, organizationId, "organization.invite");
  const user = await authorizeUser(actor, "organization.invite");
  const { email, role, confirmAddress } = parseInput(memberInvitationSchema, input);
  const normalized = email.toLowerCase();
  const existing = await prisma.user.findUnique({
    where: { email: normalized },
    select: { name: true, email: true, deactivatedAt: true, globalRoles: { select: { role: true } }, memberships: { where: { organizationId }, select: { role: true } } },
  });
  if (existing?.deactivatedAt) throw fieldError("email", ORGANIZATION_MESSAGES.deactivatedAccountInvited);
  if (existing && seesNoCase(existing.globalRoles.map((g) => g.role))) throw fieldError("email", ORGANIZATION_MESSAGES.skrStaffInvited);
  if (existing?.memberships.length) {
    // Someone already in the organisation is not invited again: the role they have is named,
    // and another role is given on the member list (organization.member.update), at once and
    // without a link to wait for.
    const person = `${existing.name} (${existing.email})`;
    const held = ORG_ROLES.filter((r) => existing.memberships.some((m) => m.role === r));
    if (held.includes(role)) throw fieldError("email", ORGANIZATION_MESSAGES.alreadyHasRole(person, roleName(role), organization.name));
    throw fieldError("email", ORGANIZATION_MESSAGES.memberWithOtherRole(person, joinList(held.map(roleName)), roleName(role), ORG_ROLE_LABELS[role], organization.name));
  }

  // A confirmation holds for the domain it was given for: the address may have changed since (a walk's review).
  if (confirmAddress !== domainOf(normalized)) await askAboutUnfamiliarDomain(user, organizationId, organization.name, normalized);

  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_TTL_SECONDS * 1000);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.organizationInvitation.create({
      data: { organizationId, email: normalized, role, tokenHash: hashToken(token), expiresAt, invitedByUserId: user.userId },
      select: { id: true },
    });
    // A new invitation to the same address and role replaces one still pending: its link stops
    // working and says it was replaced, and the organisation's list shows one invitation, not a pile.
    const now = new Date();
    const replaced = await tx.organizationInvitation.updateManyAndReturn({
      where: { organizationId, email: normalized, role, usedAt: null, revokedAt: null, expiresAt: { gt: now }, id: { not: invitation.id } },
      data: { expiresAt: now, replacedByInvitationId: invitation.id },
      select: { id: true },
    });
    const otherRoles = await tx.organizationInvitation.findMany({
      where: { organizationId, email: normalized, role: { not: role }, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { role: true },
    });
    await writeAudit(
      user,
      { action: "organization.invite", outcome: "SUCCESS", details: { organizationId, email: normalized, role, ...(replaced.length ? { replacedInvitationIds: replaced.map((r) => r.id) } : {}) } },
      tx,
    );
    const mail = organizationInvitationMail({
      inviterName: user.name,
      organizationName: organization.name,
      role,
      url: `${appBaseUrl()}/organisationsinbjudan/${token}`,
      expiresAt,
    });
    // The outbox takes subject and text today; pass mail.html too once it stores HTML.
    await sendMail({ to: normalized, subject: mail.subject, text: mail.text }, tx);
    return { id: invitation.id, email: normalized, replaced: replaced.length, alsoPendingAs: rolesInOrder(otherRoles.map((r) => r.role)) };
  });
}

/**
 * An address on a domain none of the organisation's active members uses is sent only once the
 * sender has confirmed it (the form's box): a walk found an invitation to another municipality's
 * address sent without a word. To a system admin, who may list every organisation, another
 * organisation whose active members use the domain is named; to an organisation admin it is not,
 * as the question would tell where the holder of a personal address is a member.
 */
async function askAboutUnfamiliarDomain(actor: Actor, organizationId: string, organizationName: string, email: string): Promise<void> {
  const members = await prisma.membership.findMany({ where: { organizationId, user: { deactivatedAt: null } }, select: { user: { select: { email: true } } }, distinct: ["userId"] });
  if (isFamiliarDomain(email, members.map((m) => m.user.email))) return;
  const domain = domainOf(email);
  const other = mayDo(actor, "organization.list")
    ? await prisma.membership.findFirst({
        where: { organizationId: { not: organizationId }, user: { deactivatedAt: null, OR: [{ email: { endsWith: `@${domain}` } }, { email: { endsWith: `.${domain}` } }] } },
        orderBy: { createdAt: "asc" },
        select: { organization: { select: { name: true } } },
      })
    : null;
  throw fieldError("confirmAddress", ORGANIZATION_MESSAGES.unfamiliarDomain(domain, organizationName, other?.organization.name));
}

/**
 * Withdraws a pending invitation: its link stops working at once and says it was withdrawn. The
 * same roles that may invite may withdraw, organisation admins only in their own organisation.
 * The row is kept with revokedAt and revokedByUserId set (its expiry is left as it was), in the
 * same transaction as the audit entry that says who withdrew it.
 */
export async function revokeOrganizationInvitation(actor: Actor, organizationId: string, invitationId: string): Promise<{ email: string; role: OrgRole }> {
  await findScopedOrganization(actor, organizationId, "organization.invitation.revoke");
  const admin = await authorizeUser(actor, "organization.invitation.revoke");
  // An id that is no invitation of this organisation gets the same answer as one no longer
  // pending, so nothing about other organisations' invitations can be learnt here.
  if (!isUuid(invitationId)) throw new AppError("NOT_FOUND", ORGANIZATION_MESSAGES.invitationNotPending);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.organizationInvitation.findFirst({
      where: { id: invitationId, organizationId },
      select: { email: true, role: true },
    });
    if (!invitation) throw new AppError("NOT_FOUND", ORGANIZATION_MESSAGES.invitationNotPending);
    // Conditional, as acceptance claims it: of a revocation and an acceptance at the same moment, one wins.
    const now = new Date();
    const ended = await tx.organizationInvitation.updateMany({
      where: { id: invitationId, organizationId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedByUserId: admin.userId },
    });
    if (ended.count !== 1) throw new AppError("CONFLICT", ORGANIZATION_MESSAGES.invitationNotPending);
    await writeAudit(
      admin,
      { action: "organization.invitation.revoke", outcome: "SUCCESS", details: { organizationId, invitationId, email: invitation.email, role: invitation.role } },
      tx,
    );
    return invitation;
  });
}

/** Sets a person's roles in the organisation. The last active admin keeps the admin role. */
export async function updateMemberRoles(actor: Actor, organizationId: string, userId: string, input: unknown): Promise<OrgRole[]> {
  await findScopedOrganization(actor, organizationId, "organization.member.update");
  const admin = await authorizeUser(actor, "organization.member.update");
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", ORGANIZATION_MESSAGES.notMember);
  const roles = parseInput(memberRolesSchema, input);
  return prisma.$transaction(async (tx) => {
    // Lock the organisation's memberships so two admins cannot both remove the last admin.
    await tx.$queryRaw`SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId}::uuid FOR UPDATE`;
    const current = await tx.membership.findMany({ where: { organizationId, userId }, select: { role: true, user: { select: { name: true } } } });
    if (!current.length) throw new AppError("NOT_FOUND", ORGANIZATION_MESSAGES.notMember);
    const before = current.map((m) => m.role);
    if (before.includes("ORG_ADMIN") && !roles.includes("ORG_ADMIN")) {
      const otherAdmins = await tx.membership.count({
        where: { organizationId, role: "ORG_ADMIN", userId: { not: userId }, user: { deactivatedAt: null } },
      });
      if (!otherAdmins) throw fieldError("ORG_ADMIN", ORGANIZATION_MESSAGES.lastAdmin);
    }
    const change = async () => {
      await tx.membership.deleteMany({ where: { organizationId, userId, role: { notIn: roles } } });
      for (const role of roles.filter((r) => !before.includes(r))) {
        await tx.membership.create({ data: { organizationId, userId, role } });
      }
    };
    if (before.includes("LEGAL_REVIEWER") && !roles.includes("LEGAL_REVIEWER")) {
      // Review requests named for the person for this organisation wait for its other jurists from now on: told by mail, after commit.
      await mailingRequestsLeftBy(tx, { userId, name: current[0]!.user.name, left: "roleRemoved" }, { organizationId }, change);
    } else {
      await change();
    }
    await writeAudit(admin, { action: "organization.member.update", outcome: "SUCCESS", details: { organizationId, userId, before, after: roles } }, tx);
    return roles;
  });
}

/** Changes an organisation's name and official code (system admins). */
export async function updateOrganization(actor: Actor, organizationId: string, input: unknown): Promise<void> {
  const organization = await findScopedOrganization(actor, organizationId, "organization.update");
  const admin = await authorizeUser(actor, "organization.update");
  const raw = typeof input === "object" && input ? (input as Record<string, unknown>) : {};
  const { name, officialCode } = parseInput(organizationUpdateSchema, { ...raw, type: organization.type });
  try {
    await prisma.$transaction(async (tx) => {
      await assertOrganizationFree(tx, { name, type: organization.type, officialCode }, organizationId);
      await tx.organization.update({ where: { id: organizationId }, data: { name, officialCode: officialCode ?? null } });
      await writeAudit(
        admin,
        {
          action: "organization.update",
          outcome: "SUCCESS",
          details: { organizationId, before: { name: organization.name, officialCode: organization.officialCode }, after: { name, officialCode: officialCode ?? null } },
        },
        tx,
      );
    });
  } catch (error) {
    mapPrismaError(error, { conflict: ORGANIZATION_MESSAGES.conflict });
  }
}

const roleName = (role: OrgRole) => ORG_ROLE_LABELS[role].toLowerCase();
/** Roles as words, each once, in the order the forms list them. */
const rolesInOrder = (roles: readonly OrgRole[]) => ORG_ROLES.filter((r) => roles.includes(r)).map(roleName);

function fieldError(path: string, message: string): AppError {
  return new AppError("VALIDATION", message, { fieldErrors: [{ path, message }] });
}

/**
 * The name and code are unique among organisations: the database holds the exact name per type and
 * the code; the same name in other letter case ("testköpings KOMMUN") would be a second row for the
 * same municipality, so it is refused here too, and each refusal names its field and the
 * organisation that has it.
 */
export async function assertOrganizationFree(
  tx: Prisma.TransactionClient,
  input: { name: string; type: keyof typeof ORGANIZATION_TYPE_LABELS; officialCode?: string | null },
  except?: string,
): Promise<void> {
  const others = except ? { id: { not: except } } : {};
  const sameName = await tx.organization.findFirst({ where: { ...others, type: input.type, name: { equals: input.name, mode: "insensitive" } }, select: { name: true } });
  if (sameName) throw fieldError("name", ORGANIZATION_MESSAGES.nameTaken(sameName.name, ORGANIZATION_TYPE_LABELS[input.type]));
  if (input.officialCode) {
    const sameCode = await tx.organization.findFirst({ where: { ...others, officialCode: input.officialCode }, select: { name: true } });
    if (sameCode) throw fieldError("officialCode", ORGANIZATION_MESSAGES.codeTaken(input.officialCode, sameCode.name));
  }
}
