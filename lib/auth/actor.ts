import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { GlobalRole, OrgRole } from "@/lib/db/generated/enums";
import { seesNoCase } from "./permissions";
import { verifiedSessionToken } from "./session-token";
import { enforceSessionPolicy } from "./session-policy";

export interface OrgMembership {
  organizationId: string;
  organizationName: string;
  role: OrgRole;
}

export interface SignedInActor {
  kind: "user";
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  globalRoles: GlobalRole[];
  memberships: OrgMembership[];
}

export interface AnonymousActor {
  kind: "anonymous";
}

/** Who is making a request. Every permission check and audit entry starts from this. */
export type Actor = SignedInActor | AnonymousActor;

export const ANONYMOUS: AnonymousActor = { kind: "anonymous" };

/** What an actor is made of: the user, their global roles and their organisations. */
const ACTOR_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  deactivatedAt: true,
  globalRoles: { select: { role: true } },
  memberships: { select: { organizationId: true, role: true, organization: { select: { name: true } } } },
} as const satisfies Prisma.UserSelect;

function actorOf(user: Prisma.UserGetPayload<{ select: typeof ACTOR_USER_SELECT }> | null, sessionId: string): Actor {
  // A deactivated account has no sessions, but a request already under way must not act either.
  if (!user || user.deactivatedAt) return ANONYMOUS;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId,
    globalRoles: user.globalRoles.map((g) => g.role),
    // SKR staff see anonymised examples and statistics, never an identifiable case: an
    // organisation role would bring them its cases (and its admin pages), so they hold none,
    // even if a membership row exists (invitations refuse them; this holds if one slipped in).
    memberships: seesNoCase(user.globalRoles.map((g) => g.role)) ? [] : user.memberships.map((m) => ({
      organizationId: m.organizationId,
      organizationName: m.organization.name,
      role: m.role,
    })),
  };
}

/** Loads a user's roles. Exported so tests and scripts can build an actor without a request. */
export async function loadActor(userId: string, sessionId: string): Promise<Actor> {
  return actorOf(await prisma.user.findUnique({ where: { id: userId }, select: ACTOR_USER_SELECT }), sessionId);
}

/**
 * The actor behind a request's headers. The session cookie's signature is checked as
 * better-auth checks it (./session-token.ts); the session, its user and their roles are read
 * in one query; an expired session is deleted, as better-auth's getSession deletes it; then our
 * idle and absolute lifetime rules apply. A tampered, unknown or expired cookie yields the
 * anonymous actor.
 */
export async function resolveActor(requestHeaders: Headers, options: { touch?: boolean } = {}): Promise<Actor> {
  const token = verifiedSessionToken(requestHeaders);
  if (!token) return ANONYMOUS;
  const session = await prisma.session.findUnique({
    where: { token },
    select: { id: true, createdAt: true, expiresAt: true, user: { select: ACTOR_USER_SELECT } },
  });
  if (!session) return ANONYMOUS;
  if (session.expiresAt < new Date()) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return ANONYMOUS;
  }
  if (!(await enforceSessionPolicy(session, new Date(), options))) return ANONYMOUS;
  return actorOf(session.user, session.id);
}

/** The acting user of the current request (server components, server actions, route handlers). */
export const getActor = cache(async (): Promise<Actor> => resolveActor(await headers()));

/**
 * The acting user, for a request the page makes by itself (a step page checking for others'
 * saves): the session is checked as for any request but not kept alive, so a page left open
 * still signs out after the idle timeout (a review: the check every 20 s kept it alive for hours).
 */
export const getActorWithoutActivity = cache(async (): Promise<Actor> => resolveActor(await headers(), { touch: false }));
