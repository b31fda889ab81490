import crypto from "node:crypto";
import { emptyCase } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { auth } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/auth/password";
import { IDLE_TIMEOUT_SECONDS } from "@/lib/auth/config";
import { authSecret } from "@/lib/auth/secret";
import { serializeSignedCookie } from "better-call";
import { hashToken } from "@/lib/cases/invitations";
import type { CaseRole, GlobalRole, OrgRole } from "@/lib/db/generated/enums";

export const PASSWORD = "korrekt-hast-batteri-1";
/** better-auth's cookie prefix (lib/auth/auth.ts, advanced.cookiePrefix); the tests run over http. */
const SESSION_COOKIE_PREFIX = "samverka";

/** The seven actors of the authorization matrix (issue 4). */
export const ACTORS = ["anonymous", "ownerEditor", "otherEditor", "partner", "legalReviewer", "skrStaff", "admin", "orgAdmin"] as const;
export type ActorName = (typeof ACTORS)[number];
export type SignedInName = Exclude<ActorName, "anonymous">;

export const EMAILS: Record<SignedInName, string> = {
  ownerEditor: "handlaggare@norrstrom.test",
  otherEditor: "handlaggare@fjallviken.test",
  partner: "partner@fjallviken.test",
  legalReviewer: "jurist@norrstrom.test",
  skrStaff: "analys@skr.test",
  admin: "admin@samverka.test",
  orgAdmin: "orgadmin@norrstrom.test",
};

export interface World {
  org: { norrstrom: string; fjallviken: string; lund: string };
  /** colleague: a Norrström case editor and nothing else, whom Norrström's admin may manage. */
  users: Record<SignedInName, string> & { lundEditor: string; plain: string; colleague: string };
  /** Owned by Norrström; ownerEditor and partner are editors. */
  caseId: string;
  /** Owned by Lund; none of the seven actors is in it. */
  otherCaseId: string;
  /** A comment thread on each case, started by the case's legal reviewer (legal review, issue 10). */
  threadId: string;
  otherThreadId: string;
}

let cachedHash: string | null = null;

async function createUser(email: string, name: string, roles: { org?: [string, OrgRole]; global?: GlobalRole } = {}) {
  cachedHash ??= await hashPassword(PASSWORD);
  const user = await prisma.user.create({ data: { email, name, emailVerified: true } });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: cachedHash } });
  if (roles.org) await prisma.membership.create({ data: { userId: user.id, organizationId: roles.org[0], role: roles.org[1] } });
  if (roles.global) await prisma.userGlobalRole.create({ data: { userId: user.id, role: roles.global } });
  return user.id;
}

/** Organisations, the seven actors' accounts and two cases, in an empty database. */
export async function seedWorld(): Promise<World> {
  const norrstrom = (await prisma.organization.create({ data: { name: "Norrströms kommun", type: "KOMMUN" } })).id;
  const fjallviken = (await prisma.organization.create({ data: { name: "Fjällvikens kommun", type: "KOMMUN" } })).id;
  const lund = (await prisma.organization.create({ data: { name: "Lunds kommun", type: "KOMMUN", officialCode: "1281" } })).id;
  const users = {
    ownerEditor: await createUser(EMAILS.ownerEditor, "Nora Ägare", { org: [norrstrom, "CASE_EDITOR"] }),
    otherEditor: await createUser(EMAILS.otherEditor, "Fia Annan", { org: [fjallviken, "CASE_EDITOR"] }),
    partner: await createUser(EMAILS.partner, "Per Partner", { org: [fjallviken, "CASE_EDITOR"] }),
    legalReviewer: await createUser(EMAILS.legalReviewer, "Julia Jurist", { org: [norrstrom, "LEGAL_REVIEWER"] }),
    skrStaff: await createUser(EMAILS.skrStaff, "Sam SKR", { global: "SKR_STAFF" }),
    admin: await createUser(EMAILS.admin, "Ada Admin", { global: "SYSTEM_ADMIN" }),
    lundEditor: await createUser("handlaggare@lund.test", "Lars Lund", { org: [lund, "CASE_EDITOR"] }),
    plain: await createUser("utan-roll@exempel.test", "Utan Roll"),
    orgAdmin: await createUser(EMAILS.orgAdmin, "Olle Organisationsadmin", { org: [norrstrom, "ORG_ADMIN"] }),
    colleague: await createUser("kollega@norrstrom.test", "Karin Kollega", { org: [norrstrom, "CASE_EDITOR"] }),
  };
  const caseId = (
    await prisma.case.create({
      data: {
        title: "Familjeterapi för unga",
        ownerOrganizationId: norrstrom,
        data: emptyCase() as unknown as Prisma.InputJsonValue,
        members: {
          create: [
            { userId: users.ownerEditor, role: "EDITOR", organizationId: norrstrom },
            { userId: users.partner, role: "EDITOR", organizationId: fjallviken },
          ],
        },
      },
    })
  ).id;
  const otherCaseId = (
    await prisma.case.create({
      data: { title: "Lunds ärende", ownerOrganizationId: lund, data: emptyCase() as unknown as Prisma.InputJsonValue, members: { create: { userId: users.lundEditor, role: "EDITOR", organizationId: lund } } },
    })
  ).id;
  const thread = (onCase: string, by: string) =>
    prisma.reviewThread
      .create({ data: { caseId: onCase, anchorKind: "ANSWER", anchor: "needs.problem", caseVersion: 1, createdById: by, comments: { create: { authorId: by, authorName: "Granskare", body: "Beskriv problemet närmare." } } } })
      .then((t) => t.id);
  const threadId = await thread(caseId, users.legalReviewer);
  const otherThreadId = await thread(otherCaseId, users.lundEditor);
  return { org: { norrstrom, fjallviken, lund }, users, caseId, otherCaseId, threadId, otherThreadId };
}

/** Signs in through better-auth and returns the Cookie header value a browser would send. */
export async function sessionCookie(email: string, password = PASSWORD): Promise<string> {
  const result = await auth.api.signInEmail({ body: { email, password }, headers: new Headers(), returnHeaders: true });
  return cookieHeaderFrom(result.headers.getSetCookie());
}

/**
 * The Cookie header of a session written straight to the database and signed as better-auth
 * signs it: what a sign-in leaves behind, without the password hashing. For tests that need
 * many sessions over and over (the authorization matrix); sign-in itself is tested with
 * sessionCookie.
 */
export async function storedSessionCookie(userId: string): Promise<string> {
  const token = crypto.randomBytes(24).toString("base64url");
  await prisma.session.create({ data: { token, userId, expiresAt: new Date(Date.now() + IDLE_TIMEOUT_SECONDS * 1000) } });
  const header = await serializeSignedCookie(`${SESSION_COOKIE_PREFIX}.session_token`, token, authSecret());
  return header.split(";")[0]!;
}

export function cookieHeaderFrom(setCookies: string[]): string {
  return setCookies
    .map((header) => header.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** An organisation invitation with a known token, written straight to the database. */
export async function createOrganizationInvitationRow(world: World, options: { email: string; organizationId?: string; role?: OrgRole }): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.organizationInvitation.create({
    data: {
      organizationId: options.organizationId ?? world.org.lund,
      email: options.email.toLowerCase(),
      role: options.role ?? "LEGAL_REVIEWER",
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedByUserId: world.users.lundEditor,
    },
  });
  return token;
}

/** An invitation with a known token, written straight to the database. */
export async function createInvitationRow(
  world: World,
  options: { caseId?: string; email: string; role?: CaseRole; expiresAt?: Date; usedAt?: Date | null; organizationId?: string | null },
): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.caseInvitation.create({
    data: {
      caseId: options.caseId ?? world.otherCaseId,
      email: options.email.toLowerCase(),
      role: options.role ?? "EDITOR",
      organizationId: options.organizationId ?? null,
      tokenHash: hashToken(token),
      expiresAt: options.expiresAt ?? new Date(Date.now() + 86_400_000),
      usedAt: options.usedAt ?? null,
      invitedByUserId: world.users.lundEditor,
    },
  });
  return token;
}
