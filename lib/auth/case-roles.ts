import type { CaseRole, OrgRole } from "@/lib/db/generated/enums";
import type { CaseRoleName } from "./permissions";

/**
 * What makes someone hold a case role: one of these about the actor and the case.
 * - `caseMember`: they take part in the case with that case role;
 * - `ownerOrganizationRole`: they hold one of the organisation roles in the case's owner organisation;
 * - `representedOrganizationRole`: they hold one of the organisation roles in an organisation
 *   someone represents in the case.
 */
export type CaseRoleCondition =
  | { kind: "caseMember"; role: CaseRole }
  | { kind: "ownerOrganizationRole"; roles: readonly OrgRole[] }
  | { kind: "representedOrganizationRole"; roles: readonly OrgRole[] };

/**
 * The case roles of the permission table (ROLES in ./permissions), written once. Two readers:
 * caseScope (lib/auth/authorize.ts) turns them into the WHERE clause of every case query, which
 * is the gate; caseRolesOf below reads them against a case row a page has already loaded through
 * that gate, to decide which controls to show without asking the database again.
 */
export const CASE_ROLE_CONDITIONS: Record<CaseRoleName, readonly CaseRoleCondition[]> = {
  caseEditor: [{ kind: "caseMember", role: "EDITOR" }],
  caseReviewer: [
    { kind: "caseMember", role: "REVIEWER" },
    { kind: "ownerOrganizationRole", roles: ["LEGAL_REVIEWER"] },
    // Each party organisation reviews for itself (legal review, issue 10).
    { kind: "representedOrganizationRole", roles: ["LEGAL_REVIEWER"] },
  ],
  caseOwnerApprover: [{ kind: "ownerOrganizationRole", roles: ["ORG_ADMIN", "LEGAL_REVIEWER"] }],
};

/** The fields of a case row that decide its case roles (select them with CASE_ROLE_SELECT). */
export interface CaseRoleRow {
  ownerOrganizationId: string;
  members: readonly { userId: string; role: CaseRole; organizationId: string | null }[];
}

/** The actor's side: who they are and their organisation roles (a SignedInActor has both). */
export interface CaseRoleActor {
  userId: string;
  memberships: readonly { organizationId: string; role: OrgRole }[];
}

/** Prisma select for CaseRoleRow; spread into a loader's select. Every member, never a filtered list: caseRolesOf looks for the actor's organisations among all of them. */
export const CASE_ROLE_SELECT = {
  ownerOrganizationId: true,
  members: { select: { userId: true, role: true, organizationId: true } },
} as const;

function holds(actor: CaseRoleActor, row: CaseRoleRow, condition: CaseRoleCondition): boolean {
  switch (condition.kind) {
    case "caseMember":
      return row.members.some((m) => m.userId === actor.userId && m.role === condition.role);
    case "ownerOrganizationRole":
      return actor.memberships.some((m) => m.organizationId === row.ownerOrganizationId && condition.roles.includes(m.role));
    case "representedOrganizationRole":
      return actor.memberships.some((m) => condition.roles.includes(m.role) && row.members.some((member) => member.organizationId === m.organizationId));
  }
}

/**
 * Whether the actor, as loaded for this request, can meet the condition at all: an organisation
 * role condition needs one of its roles in some organisation. caseScope leaves the others out of
 * its WHERE clause, where each was an EXISTS that PostgreSQL tested on every candidate case (a
 * fifth of "Mina ärenden"'s database time, for an editor who is a jurist nowhere). Only ever
 * narrower: a role granted since the actor was loaded counts from the next request, and a role
 * revoked meanwhile is still tested in the query, against the database.
 */
export function mayMeet(actor: CaseRoleActor, condition: CaseRoleCondition): boolean {
  return condition.kind === "caseMember" || actor.memberships.some((m) => condition.roles.includes(m.role));
}

/** The case roles the actor holds in a loaded case. */
export function caseRolesOf(actor: CaseRoleActor, row: CaseRoleRow): Set<CaseRoleName> {
  const roles = new Set<CaseRoleName>();
  for (const [role, conditions] of Object.entries(CASE_ROLE_CONDITIONS) as [CaseRoleName, readonly CaseRoleCondition[]][]) {
    if (conditions.some((condition) => holds(actor, row, condition))) roles.add(role);
  }
  return roles;
}

/**
 * Where to look for the cases in which the actor may hold any of `roles`, through indexes: their
 * own case memberships with one of `memberRoles`, the cases someone takes part in for one of
 * `representedOrganizationIds`, and the cases owned by one of `ownerOrganizationIds`. A list
 * query narrows to those ids before it applies caseScope, so that it does not read every case in
 * the database to test the scope on each (an OR of EXISTS that PostgreSQL cannot answer from an
 * index). Never a gate: caseScope still decides; a stale membership can only leave a case out.
 */
export interface CaseCandidates {
  memberRoles: CaseRole[];
  representedOrganizationIds: string[];
  ownerOrganizationIds: string[];
}

export function caseCandidates(actor: CaseRoleActor, roles: readonly CaseRoleName[]): CaseCandidates {
  const conditions = roles.flatMap((role) => CASE_ROLE_CONDITIONS[role]);
  const organizationsWith = (kind: "ownerOrganizationRole" | "representedOrganizationRole") => {
    const orgRoles = new Set(conditions.flatMap((c) => (c.kind === kind ? c.roles : [])));
    return [...new Set(actor.memberships.filter((m) => orgRoles.has(m.role)).map((m) => m.organizationId))];
  };
  return {
    memberRoles: [...new Set(conditions.flatMap((c) => (c.kind === "caseMember" ? [c.role] : [])))],
    representedOrganizationIds: organizationsWith("representedOrganizationRole"),
    ownerOrganizationIds: organizationsWith("ownerOrganizationRole"),
  };
}
