import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { markAudited, writeAudit } from "@/lib/audit/write";
import type { Actor, SignedInActor } from "./actor";
import type { OrgRole } from "@/lib/db/generated/enums";
import { CASE_ROLE_CONDITIONS, type CaseRoleCondition, type CaseRoleRow, caseRolesOf, mayMeet } from "./case-roles";
import { type Action, type CaseRoleName, type Role, isCaseRole, rolesFor, seesNoCase } from "./permissions";
import type { AuditReason } from "@/lib/audit/reasons";

export const MESSAGES = {
  unauthenticated: "Du behöver logga in för att se det här.",
  forbidden: "Du har inte behörighet att göra det här.",
  caseNotFound: "Ärendet finns inte, eller så har du inte tillgång till det.",
} as const;

/** Whether the actor holds a role that does not depend on a particular case. */
export function holdsRole(actor: Actor, role: Role): boolean {
  if (role === "anyone") return true;
  // Someone not signed in may accept an invitation by creating an account (without any role).
  if (role === "mayJoin" && actor.kind !== "user") return true;
  if (actor.kind !== "user") return false;
  switch (role) {
    case "signedIn":
      return true;
    case "systemAdmin":
      return actor.globalRoles.includes("SYSTEM_ADMIN");
    case "skrStaff":
      return actor.globalRoles.includes("SKR_STAFF");
    case "mayJoin":
      return !seesNoCase(actor.globalRoles);
    case "caseWorker":
      // Cases are worked on for an organisation, or by people invited into them who hold no
      // role at all; a global role (SKR staff, system admin) alone never brings a case.
      return actor.memberships.length > 0 || actor.globalRoles.length === 0;
    case "orgCaseEditor":
      return actor.memberships.some((m) => m.role === "CASE_EDITOR");
    case "orgLegalReviewer":
      return actor.memberships.some((m) => m.role === "LEGAL_REVIEWER");
    case "orgAdmin":
      return actor.memberships.some((m) => m.role === "ORG_ADMIN");
    case "caseEditor":
    case "caseReviewer":
    case "caseOwnerApprover":
      // Case roles depend on a case: caseScope (the query) or mayOnLoadedCase (a loaded row).
      return false;
  }
}

/**
 * Records a refused access (audit table and log) and throws the error the user sees.
 * Anonymous callers get UNAUTHENTICATED so pages can send them to sign in.
 */
export async function deny(
  actor: Actor,
  action: Action,
  options: { caseId?: unknown; reason?: AuditReason; error?: AppError; target?: Record<string, unknown> } = {},
): Promise<never> {
  const reason = options.reason ?? "role";
  // `target`: what was asked for outside a case (an organisation, a person), so probes can be traced.
  const target = options.target ?? {};
  logger.warn({ action, caseId: options.caseId, userId: actor.kind === "user" ? actor.userId : null, reason, ...target }, "access denied");
  await writeAudit(actor, { action, outcome: "DENIED", caseId: options.caseId, details: { reason, ...target } }).catch((error) => {
    // The refusal itself must still happen even if the audit write fails.
    logger.error({ err: error, action }, "could not write audit entry for a denied access");
  });
  if (options.error) throw markAudited(options.error);
  if (actor.kind !== "user") throw markAudited(new AppError("UNAUTHENTICATED", MESSAGES.unauthenticated));
  throw markAudited(new AppError("FORBIDDEN", MESSAGES.forbidden));
}

/** Gate for actions whose roles do not depend on a case. Throws (after auditing) when refused. */
export async function authorize(actor: Actor, action: Action): Promise<void> {
  if (rolesFor(action).some((role) => holdsRole(actor, role))) return;
  await deny(actor, action);
}

/** Like authorize, and narrows the actor to a signed-in user. */
export async function authorizeUser(actor: Actor, action: Action): Promise<SignedInActor> {
  await authorize(actor, action);
  if (actor.kind !== "user") return deny(actor, action);
  return actor;
}

/** One condition of a case role (lib/auth/case-roles.ts) as a WHERE clause about the actor. */
function conditionWhere(actor: SignedInActor, condition: CaseRoleCondition): Prisma.CaseWhereInput {
  const membership = (roles: readonly OrgRole[]) => ({ memberships: { some: { userId: actor.userId, role: { in: [...roles] } } } });
  switch (condition.kind) {
    case "caseMember":
      return { members: { some: { userId: actor.userId, role: condition.role } } };
    case "ownerOrganizationRole":
      return { ownerOrganization: membership(condition.roles) };
    case "representedOrganizationRole":
      return { members: { some: { organization: membership(condition.roles) } } };
  }
}

/**
 * The WHERE clause that limits a case query to the cases the actor may perform `action`
 * on. Returns null when the actor can reach no case at all for it.
 */
export function caseScope(actor: Actor, action: Action): Prisma.CaseWhereInput | null {
  const alternatives: Prisma.CaseWhereInput[] = [];
  for (const role of rolesFor(action)) {
    if (isCaseRole(role)) {
      if (actor.kind === "user" && !seesNoCase(actor.globalRoles)) alternatives.push(...CASE_ROLE_CONDITIONS[role].filter((condition) => mayMeet(actor, condition)).map((condition) => conditionWhere(actor, condition)));
    } else if (holdsRole(actor, role)) {
      return {};
    }
  }
  return alternatives.length ? { OR: alternatives } : null;
}

/**
 * Whether to show a control for a case action, in a case the page has already loaded through
 * caseScope, from the loaded row (CASE_ROLE_SELECT): the same conditions, read in memory, so a
 * page does not ask the database once per control. Display only; every action is gated by
 * caseScope in its own query.
 */
export function mayOnLoadedCase(actor: Actor, action: Action, row: CaseRoleRow): boolean {
  const caseRoles = actor.kind === "user" && !seesNoCase(actor.globalRoles) ? caseRolesOf(actor, row) : new Set<CaseRoleName>();
  return rolesFor(action).some((role) => (isCaseRole(role) ? caseRoles.has(role) : holdsRole(actor, role)));
}

/**
 * The WHERE clause that limits an organisation query to the organisations the actor may
 * perform `action` on: every one for a system admin, the ones they administer for an
 * organisation admin. Null when there is none.
 */
export function organizationScope(actor: Actor, action: Action): Prisma.OrganizationWhereInput | null {
  const alternatives: Prisma.OrganizationWhereInput[] = [];
  for (const role of rolesFor(action)) {
    if (role === "orgAdmin" && actor.kind === "user") {
      alternatives.push({ memberships: { some: { userId: actor.userId, role: "ORG_ADMIN" } } });
    } else if (holdsRole(actor, role)) {
      return {};
    }
  }
  return alternatives.length ? { OR: alternatives } : null;
}

/** Refuses a case action in a way that does not reveal whether the case exists. */
/** `caseId` is whatever the caller sent (an object, even one String() cannot convert); the audit entry keeps a safe summary of it. */
export function denyCase(actor: Actor, action: Action, caseId: unknown): Promise<never> {
  return deny(actor, action, {
    caseId,
    reason: "no case role",
    error: actor.kind === "user" ? new AppError("NOT_FOUND", MESSAGES.caseNotFound) : undefined,
  });
}

/** Whether to show a link or button for a non-case action. Display only; the gate is authorize(). */
export function mayDo(actor: Actor, action: Action): boolean {
  return rolesFor(action).some((role) => holdsRole(actor, role));
}
