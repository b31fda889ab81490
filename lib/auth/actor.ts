import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { GlobalRole, OrgRole } from "@/lib/db/generated/enums";
import { auth } from "./auth";
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

/** Loads a user's roles. Exported so tests and scripts can build an actor without a request. */
export async function loadActor(userId: string, sessionId: string): Promise<Actor> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      deactivatedAt: true,
      globalRoles: { select: { role: true } },
      memberships: { select: { organizationId: true, role: true, organization: { select: { name: true } } } },
    },
  });
  // A deactivated account has no sessions, but a request already under way must not act either.
  if (!user || user.deactivatedAt) return ANONYMOUS;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId,
    globalRoles: user.globalRoles.map((g) => g.role),
    memberships: user.memberships.map((m) => ({
      organizationId: m.organizationId,
      organizationName: m.organization.name,
      role: m.role,
    })),
  };
}

/**
 * The actor behind a request's headers. better-auth verifies the signed session cookie
 * and its expiry; we then apply the idle and absolute lifetime rules. A tampered,
 * unknown or expired cookie yields the anonymous actor.
 */
export async function resolveActor(requestHeaders: Headers): Promise<Actor> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return ANONYMOUS;
  const alive = await enforceSessionPolicy(session.session);
  if (!alive) return ANONYMOUS;
  return loadActor(session.user.id, session.session.id);
}

/** The acting user of the current request (server components, server actions, route handlers). */
export const getActor = cache(async (): Promise<Actor> => resolveActor(await headers()));
