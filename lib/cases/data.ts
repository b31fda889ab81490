import "server-only";
import { CASE_END_SELECT } from "@/lib/decisions/selects";
import { cache } from "react";
import { emptyCase } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { caseCandidates } from "@/lib/auth/case-roles";
import { type Action, isCaseRole, rolesFor } from "@/lib/auth/permissions";
import { authorize, authorizeUser, caseScope, deny, denyCase, mayOnLoadedCase } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import type { NoticedInvitation } from "@/lib/invitations/notice";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { pageQuerySchema, readClampedPage } from "@/lib/forms/page-query";
import { PARTY_REVIEWERS_SELECT, REVIEW_CASE_SELECT, REVIEW_TABLES_SELECT } from "@/lib/review/access";
import { reviewDocument } from "@/lib/review/document";
import { recordRevision } from "@/lib/review/revisions";
import { isUuid } from "./ids";
import { CASE_MESSAGES } from "./messages";
import { createCaseSchema, updateCaseSchema } from "./schemas";

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/** Cases per page of "Mina ärenden". */
export const MY_CASES_PER_PAGE = 20;

const MY_CASE_SELECT = {
  id: true,
  title: true,
  diaryNumber: true,
  version: true,
  updatedAt: true,
  completedSteps: true,
  ownerOrganizationId: true,
  ownerOrganization: { select: { name: true } },
} as const satisfies Prisma.CaseSelect;

/**
 * One page of the cases the actor may open, newest first, and how many there are in all.
 * Without their documents: a list needs a summary of each, which lib/wizard/case-list.ts derives
 * once per stored version. Paged, because a legal reviewer or an owner organisation's editor
 * can see every case of their organisation: hundreds, in a large municipality. A page past the
 * end shows the last one.
 */
export async function listMyCases(actor: Actor, input: unknown = {}) {
  await authorize(actor, "case.list");
  const { sida } = parseInput(pageQuerySchema, input);
  const scope = caseScope(actor, "case.view");
  if (!scope || actor.kind !== "user") return { total: 0, page: 1, pages: 1, perPage: MY_CASES_PER_PAGE, cases: [] };
  const where: Prisma.CaseWhereInput = { AND: [await narrowToCandidates(actor, "case.view"), scope] };
  const select = {
    ...MY_CASE_SELECT,
    // Only what this person was last shown: another person's visit says nothing about theirs.
    assessmentShown: { where: { userId: actor.userId }, select: { snapshot: true }, take: 1 },
  } satisfies Prisma.CaseSelect;
  const read = (page: number) =>
    prisma.case.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip: (page - 1) * MY_CASES_PER_PAGE, take: MY_CASES_PER_PAGE, select });
  const { items: cases, ...paging } = await readClampedPage(sida, MY_CASES_PER_PAGE, () => prisma.case.count({ where }), read);
  return { ...paging, perPage: MY_CASES_PER_PAGE, cases };
}

/** More ids than this and a list tests the scope on every case instead (a query has at most 65 535 parameters). */
const MAX_CANDIDATES = 10_000;

/**
 * A filter to the cases in which the actor may hold a case role for `action`, found through
 * indexes (lib/auth/case-roles.ts, caseCandidates), for list queries: without it, PostgreSQL
 * reads every case in the database to test caseScope on each. Not a gate; the list still
 * applies caseScope.
 */
async function narrowToCandidates(actor: SignedInActor, action: Action): Promise<Prisma.CaseWhereInput> {
  const { memberRoles, representedOrganizationIds, ownerOrganizationIds } = caseCandidates(actor, rolesFor(action).filter(isCaseRole));
  const memberFilters: Prisma.CaseMemberWhereInput[] = [
    ...(memberRoles.length ? [{ userId: actor.userId, role: { in: memberRoles } }] : []),
    ...(representedOrganizationIds.length ? [{ organizationId: { in: representedOrganizationIds } }] : []),
  ];
  const [viaMembers, owned] = await Promise.all([
    memberFilters.length ? prisma.caseMember.findMany({ where: { OR: memberFilters }, select: { caseId: true } }) : [],
    ownerOrganizationIds.length ? prisma.case.findMany({ where: { ownerOrganizationId: { in: ownerOrganizationIds } }, select: { id: true } }) : [],
  ]);
  const ids = new Set([...viaMembers.map((m) => m.caseId), ...owned.map((c) => c.id)]);
  return ids.size > MAX_CANDIDATES ? {} : { id: { in: [...ids] } };
}

/** The organisations the actor may start a case for (where they are case editor). */
export async function organizationsForNewCase(actor: Actor) {
  const user = await authorizeUser(actor, "case.create");
  return user.memberships
    .filter((m) => m.role === "CASE_EDITOR")
    .map((m) => ({ id: m.organizationId, name: m.organizationName }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** Starts a case owned by the actor's organisation, with the actor as its first editor. */
export async function createCase(actor: Actor, input: unknown): Promise<{ id: string }> {
  const user = await authorizeUser(actor, "case.create");
  const { title, diaryNumber, organizationId } = parseInput(createCaseSchema, input);
  const choices = await organizationsForNewCase(user);
  if (!choices.length) throw new AppError("FORBIDDEN", CASE_MESSAGES.noEditorOrganization);
  // A person who edits for several organisations says which one owns the case.
  const owner = organizationId ? choices.find((org) => org.id === organizationId) : choices.length === 1 ? choices[0] : undefined;
  if (organizationId && !owner) return deny(user, "case.create", { reason: "not case editor in the chosen organisation" });
  if (!owner) throw new AppError("VALIDATION", CASE_MESSAGES.chooseOwner, { fieldErrors: [{ path: "organizationId", message: CASE_MESSAGES.chooseOwner }] });
  return prisma.$transaction(async (tx) => {
    const created = await tx.case.create({
      data: {
        title,
        diaryNumber: diaryNumber ?? null,
        ownerOrganizationId: owner.id,
        // A valid, empty case document from the start, so the wizard never meets a blank one.
        data: { ...emptyCase(), title } as unknown as Prisma.InputJsonValue,
        members: { create: { userId: user.userId, role: "EDITOR", organizationId: owner.id } },
      },
      select: { id: true },
    });
    await writeAudit(user, { action: "case.create", outcome: "SUCCESS", caseId: created.id, details: { title, diaryNumber: diaryNumber ?? null } }, tx);
    return created;
  });
}

/**
 * One case the actor may perform `action` on, with the fields in `select`; otherwise a
 * refusal that does not reveal whether the case exists. The permission is in the query.
 */
export async function findScopedCase<S extends Prisma.CaseSelect>(
  actor: Actor,
  caseId: string,
  action: Action,
  select: S,
): Promise<Prisma.CaseGetPayload<{ select: S }>> {
  const scope = caseScope(actor, action);
  if (!scope || !isUuid(caseId)) return denyCase(actor, action, caseId);
  const found = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select });
  if (!found) return denyCase(actor, action, caseId);
  return found as Prisma.CaseGetPayload<{ select: S }>;
}

/**
 * The case row the case's pages start from: the document, the parties and who takes part (the
 * step pages and the review panel), the review's rows, and the overview's participants and open
 * invitations, so a page and its review panel share one read.
 */
const CASE_PAGE_SELECT = {
  ...REVIEW_CASE_SELECT,
  ...REVIEW_TABLES_SELECT,
  diaryNumber: true,
  completedSteps: true,
  stepCompletedBy: true,
  createdAt: true,
  updatedAt: true,
  // With who reviews for each party (PARTY_REVIEWERS_SELECT), so the review panel asks nothing more.
  ownerOrganization: { select: { ...PARTY_REVIEWERS_SELECT.ownerOrganization.select, type: true } },
  members: {
    orderBy: { createdAt: "asc" },
    // The organisation's type says whether it has a fullmäktige (the overview's case end, lib/decisions).
    select: { ...PARTY_REVIEWERS_SELECT.members.select, organization: { select: { ...PARTY_REVIEWERS_SELECT.members.select.organization.select, type: true } }, id: true, createdAt: true },
  },
  // The standing decisions and signatures: where the case's end stands, on the overview.
  ...CASE_END_SELECT,
  // Not taken, withdrawn or replaced; the overview leaves out those whose time ran out (getCaseOverview).
  invitations: {
    where: { usedAt: null, revokedAt: null, replacedByInvitationId: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, organization: { select: { name: true } } },
  },
} as const satisfies Prisma.CaseSelect;

/**
 * The case for the pages that show its answers and its review, read once per request while a
 * page renders (React cache): the wizard's loader and the review's share one query, one copy of
 * the document, and one audited refusal. Outside rendering, every call asks.
 */
export const readCasePageRow = cache((actor: Actor, caseId: string) =>
  findScopedCase(actor, caseId, "case.view", {
    ...CASE_PAGE_SELECT,
    // What this person was shown last time (recordAssessmentShown); no one else's. Only a
    // signed-in person holds a case role, so the nil id (no one) is never read.
    assessmentShown: { where: { userId: actor.kind === "user" ? actor.userId : NIL_UUID }, select: { snapshot: true }, take: 1 },
  }),
);

/**
 * What the overview page shows, or a refusal that does not reveal whether the case exists.
 * `noticedInvitationId` is the invitation a no-JavaScript notice names (?inbjudan=…): it is named
 * (noticedInvitation) only if it is one of this case's own and the actor sees the case's
 * invitation section, where the notice stands.
 */
export async function getCaseOverview(actor: Actor, caseId: string, noticedInvitationId: string | null = null) {
  const found = await readCasePageRow(actor, caseId);
  const now = new Date();
  const canInvite = mayOnLoadedCase(actor, "case.invite", found);
  return {
    ...found,
    // Pending: not taken, withdrawn or replaced (the query) and not expired.
    invitations: found.invitations.filter((invitation) => invitation.expiresAt > now),
    canEdit: mayOnLoadedCase(actor, "case.update", found),
    canInvite,
    canRevokeInvitations: mayOnLoadedCase(actor, "case.invitation.revoke", found),
    canRecordDecisions: mayOnLoadedCase(actor, "case.decision.record", found),
    noticedInvitation: canInvite && isUuid(noticedInvitationId) ? await noticedCaseInvitation(found.id, noticedInvitationId) : null,
  };
}

/** A notice's invitation among the case's own (a withdrawn or replaced one too, which the page's row leaves out), or null. */
async function noticedCaseInvitation(caseId: string, invitationId: string): Promise<NoticedInvitation | null> {
  const [invitation, replaced] = await Promise.all([
    prisma.caseInvitation.findFirst({ where: { id: invitationId, caseId }, select: { email: true, revokedAt: true } }),
    prisma.caseInvitation.count({ where: { caseId, replacedByInvitationId: invitationId } }),
  ]);
  return invitation ? { email: invitation.email, revoked: Boolean(invitation.revokedAt), replaced } : null;
}

/**
 * Whether the actor may perform a case action, asked of the database: the check an action makes
 * before it validates its input. Pages that have loaded the case use mayOnLoadedCase instead.
 * Asked once per request and question while a page renders; outside rendering, every call asks.
 */
export const mayOnCase = cache(async (actor: Actor, action: Action, caseId: string): Promise<boolean> => {
  const scope = caseScope(actor, action);
  if (!scope) return false;
  return (await prisma.case.count({ where: { AND: [{ id: caseId }, scope] } })) === 1;
});

/** Changes title and diary number, if nobody else changed the case since `version` was read. */
export async function updateCase(actor: Actor, caseId: string, input: unknown): Promise<{ version: number }> {
  const scope = caseScope(actor, "case.update");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.update", caseId);
  // Access before validation, so an outsider learns nothing from the error they get.
  if (!(await mayOnCase(actor, "case.update", caseId))) return denyCase(actor, "case.update", caseId);
  const { title, diaryNumber, version } = parseInput(updateCaseSchema, input);
  return prisma.$transaction(async (tx) => {
    const current = await tx.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { title: true, diaryNumber: true, data: true } });
    if (!current) return denyCase(actor, "case.update", caseId);
    // The title is also the step 1 answer; both change together so neither overwrites the other later.
    // A row without a document (the column's default {}, cases created before documents were
    // written at creation) is a case nobody has answered: {title} alone would be no document at all.
    const stored = current.data as Prisma.JsonObject;
    const data = { ...(Object.keys(stored).length === 0 ? emptyCase() : stored), title } as Prisma.InputJsonValue;
    const { count } = await tx.case.updateMany({
      where: { AND: [{ id: caseId, version }, scope] },
      data: { title, diaryNumber: diaryNumber ?? null, data, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", CASE_MESSAGES.versionConflict);
    // Read as the review reads it (upgraded from an older format), so the revision's hash is the one approvals compare.
    const before = reviewDocument(current);
    await recordRevision(tx, actor, { caseId, version: version + 1, before, after: { ...before, title } });
    await writeAudit(
      actor,
      {
        action: "case.update",
        outcome: "SUCCESS",
        caseId,
        details: { before: { title: current.title, diaryNumber: current.diaryNumber }, after: { title, diaryNumber: diaryNumber ?? null }, version: version + 1 },
      },
      tx,
    );
    return { version: version + 1 };
  });
}
