import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { type Action, PERMISSIONS, type Role } from "@/lib/auth/permissions";
import { appBaseUrl } from "@/lib/auth/config";
import { completePasswordResetAction, requestPasswordResetAction, signInAction, signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { hashToken } from "@/lib/cases/invitations";
import ForgottenPasswordPage from "@/app/glomt-losenord/page";
import NewPasswordPage from "@/app/nytt-losenord/[token]/page";
import { acceptInvitationAction, createCaseAction, createInvitationAction, revokeCaseInvitationAction, updateCaseAction } from "@/lib/cases/actions";
import {
  acceptOrganizationInvitationAction,
  createOrganizationAction,
  inviteMemberAction,
  revokeOrganizationInvitationAction,
  updateMemberRolesAction,
  updateOrganizationAction,
} from "@/lib/organizations/actions";
import { listOrganizations } from "@/lib/organizations/data";
import { deactivateUserAction, reactivateUserAction } from "@/lib/users/actions";
import { getActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { IDLE } from "@/lib/forms/action-state";
import HomePage from "@/app/page";
import AccessibilityPage from "@/app/tillganglighet/page";
import SignInPage from "@/app/logga-in/page";
import AccountPage from "@/app/konto/page";
import MyCasesPage from "@/app/arenden/page";
import NewCasePage from "@/app/arenden/nytt/page";
import CasePage from "@/app/arenden/[id]/page";
import InvitationPage from "@/app/inbjudan/[token]/page";
import AdminPage from "@/app/admin/page";
import AuditLogPage from "@/app/admin/logg/page";
import UsersPage from "@/app/admin/anvandare/page";
import OrganizationsPage from "@/app/admin/organisationer/page";
import OrganizationAdminPage from "@/app/admin/organisationer/[id]/page";
import OrganizationInvitationPage from "@/app/organisationsinbjudan/[token]/page";
import OutboxPage from "@/app/utveckling/utkorg/page";
import DocumentsPage from "@/app/arenden/[id]/dokument/page";
import * as documentDownloadRoute from "@/app/arenden/[id]/dokument/[dokumentId]/route";
import * as documentPrintRoute from "@/app/arenden/[id]/dokument/utskrift/route";
import { generateDocumentsAction } from "@/lib/case-documents/actions";
import * as healthRoute from "@/app/api/health/route";
import * as authRoute from "@/app/api/auth/[...all]/route";
import { resetDatabase } from "./reset-db";
import { seedMatrixExamples } from "./helpers/examples";
import { setRequest } from "./helpers/next-request";
import { type Outcome, actionOutcome, nextSignal, pageOutcome } from "./helpers/outcome";
import { ONLY_AUDIT_LOG, databaseSnapshot, deniedAuditCount } from "./helpers/snapshot";
import {
  ACTORS,
  type ActorName,
  EMAILS,
  PASSWORD,
  type World,
  createInvitationRow,
  createOrganizationInvitationRow,
  seedWorld,
  sessionCookie,
  storedSessionCookie,
} from "./helpers/world";

// The authorization matrix of issue 4: every page, route handler and server action, run
// as each of the actors. Whether a call may succeed is computed from PERMISSIONS
// and the roles each actor holds *in this fixture*, written out here by hand, so the
// test checks the runtime role resolution as well as the table.

// onOrg: roles held in Norrström only; they count for an organisation-scoped entry
// (orgScoped) only when it targets Norrström ("own"), and for every other entry always.
const ACTOR_ROLES: Record<ActorName, { global: Role[]; onCase: Role[]; onOrg?: Role[] }> = {
  anonymous: { global: ["anyone", "mayJoin"], onCase: [] },
  ownerEditor: { global: ["anyone", "signedIn", "mayJoin", "caseWorker", "orgCaseEditor"], onCase: ["caseEditor"] },
  otherEditor: { global: ["anyone", "signedIn", "mayJoin", "caseWorker", "orgCaseEditor"], onCase: [] },
  partner: { global: ["anyone", "signedIn", "mayJoin", "caseWorker", "orgCaseEditor"], onCase: ["caseEditor"] },
  legalReviewer: { global: ["anyone", "signedIn", "mayJoin", "caseWorker", "orgLegalReviewer"], onCase: ["caseReviewer", "caseOwnerApprover"] },
  skrStaff: { global: ["anyone", "signedIn", "skrStaff"], onCase: [] },
  admin: { global: ["anyone", "signedIn", "mayJoin", "systemAdmin"], onCase: [] },
  orgAdmin: { global: ["anyone", "signedIn", "mayJoin", "caseWorker"], onCase: ["caseOwnerApprover"], onOrg: ["orgAdmin"] },
};

interface Ctx {
  world: World;
  actor: ActorName;
  cookie: string | undefined;
  /** Whether the permission table allows the call: only for preparing what an allowed call needs. */
  allowed: boolean;
}

interface Entry {
  /** "page app/…/page.tsx", "route app/…/route.ts#GET" or "action lib/…/actions.ts#name". */
  id: string;
  action: Action;
  /** "foreign": the call targets a case owned by another organisation that no actor belongs to. */
  target?: "own" | "foreign";
  /** The target is an organisation (own: Norrström; foreign: Lund) rather than a case. */
  orgScoped?: boolean;
  run: (ctx: Ctx) => Promise<Outcome>;
}

/** Runs a data-access function directly: a refusal is an AppError with an access code. */
async function dataOutcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return { kind: "allowed" };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED" || code === "NOT_FOUND") return { kind: "denied", how: String(code) };
    return { kind: "other", detail: String((error as Error)?.message ?? error) };
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const noSearch = { searchParams: Promise.resolve({}) };

async function routeOutcome(response: Response): Promise<Outcome> {
  if (response.status < 400 || response.status === 503) return { kind: "allowed" };
  if ([401, 403, 404].includes(response.status)) return { kind: "denied", how: String(response.status) };
  return { kind: "other", detail: `${response.status} ${await response.text()}` };
}

async function signOutOutcome(run: () => Promise<void>): Promise<Outcome> {
  const thrown = await run().then(() => null, (error: unknown) => error);
  const signal = nextSignal(thrown);
  if (signal?.type !== "redirect") return { kind: "other", detail: String(thrown) };
  return signal.url.startsWith("/logga-in?utloggad=") ? { kind: "allowed" } : { kind: "denied", how: signal.url };
}

/** A pending reset link for an account of the world, as requestPasswordReset makes one; returns its token. */
async function passwordResetRow(email: string): Promise<string> {
  const token = `matrix-${crypto.randomUUID()}`;
  const { id } = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await prisma.passwordReset.create({ data: { userId: id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } });
  return token;
}

const root = path.resolve(__dirname, "../..");
const exists = (file: string) => fs.existsSync(path.join(root, file));

const caseOf = (ctx: Ctx, target: "own" | "foreign" = "own") => (target === "own" ? ctx.world.caseId : ctx.world.otherCaseId);
const orgOf = (ctx: Ctx, target: "own" | "foreign") => (target === "own" ? ctx.world.org.norrstrom : ctx.world.org.lund);
/** A person the organisation's admin manages: Norrström's colleague, or Lund's editor. */
const personOf = (ctx: Ctx, target: "own" | "foreign") => (target === "own" ? ctx.world.users.colleague : ctx.world.users.lundEditor);
/** A deactivated person the organisation's admin manages, in Norrström or in Lund (freshWorld). */
const leavers: Record<"own" | "foreign", string> = { own: "", foreign: "" };

// The own case has a proposed example and the foreign case a published one (issue 12).
// k = 1 so that approving in this small world is not refused for too few cases.
process.env.SAMVERKA_EXAMPLE_K = "1";
let publishedExampleId = "";
/** Each fresh world has one pending organisation invitation to this address in Norrström and one in Lund, and one case invitation in each case. */
const PENDING_INVITEE = "vantar.pa.svar@exempel.test";
const withCookie = (ctx: Ctx, url: string) => new Request(`${appBaseUrl()}${url}`, { headers: ctx.cookie ? { cookie: ctx.cookie } : {} });

const ENTRIES: Entry[] = [
  { id: "page app/page.tsx", action: "page.public", run: () => pageOutcome(async () => HomePage(noSearch)) },
  { id: "page app/tillganglighet/page.tsx", action: "page.public", run: () => pageOutcome(async () => AccessibilityPage()) },
  { id: "page app/logga-in/page.tsx", action: "page.public", run: () => pageOutcome(() => SignInPage(noSearch)) },
  { id: "page app/konto/page.tsx", action: "account.view", run: () => pageOutcome(() => AccountPage()) },
  { id: "page app/arenden/page.tsx", action: "case.list", run: () => pageOutcome(() => MyCasesPage(noSearch)) },
  { id: "page app/arenden/nytt/page.tsx", action: "case.create", run: () => pageOutcome(() => NewCasePage()) },
  ...(["own", "foreign"] as const).map(
    (target): Entry => ({
      id: "page app/arenden/[id]/page.tsx",
      action: "case.view",
      target,
      run: (ctx) => pageOutcome(() => CasePage({ params: Promise.resolve({ id: caseOf(ctx, target) }) })),
    }),
  ),
  ...(["own", "foreign"] as const).filter(() => exists("app/arenden/[id]/steg/[steg]/page.tsx")).map(
    (target): Entry => ({
      id: "page app/arenden/[id]/steg/[steg]/page.tsx",
      action: "case.view",
      target,
      run: async (ctx) => {
        const { default: StepPage } = await import("@/app/arenden/[id]/steg/[steg]/page");
        const { STEP_SPECS } = await import("@/lib/wizard/steps");
        return pageOutcome(() => StepPage({ params: Promise.resolve({ id: caseOf(ctx, target), steg: STEP_SPECS[0]!.slug }) }));
      },
    }),
  ),
  // A topic of a step split into topics (step 2A: organisation, economy, law and procurement).
  ...(["own", "foreign"] as const).map(
    (target): Entry => ({
      id: "page app/arenden/[id]/steg/[steg]/[del]/page.tsx",
      action: "case.view",
      target,
      run: async (ctx) => {
        const { default: StepTopicPage } = await import("@/app/arenden/[id]/steg/[steg]/[del]/page");
        return pageOutcome(() => StepTopicPage({ params: Promise.resolve({ id: caseOf(ctx, target), steg: "2a", del: "ekonomi" }) }));
      },
    }),
  ),
  ...(["own", "foreign"] as const).filter(() => exists("app/arenden/[id]/granska/page.tsx")).map(
    (target): Entry => ({
      id: "page app/arenden/[id]/granska/page.tsx",
      action: "case.view",
      target,
      run: async (ctx) => {
        const { default: CheckAnswersPage } = await import("@/app/arenden/[id]/granska/page");
        return pageOutcome(() => CheckAnswersPage({ params: Promise.resolve({ id: caseOf(ctx, target) }) }));
      },
    }),
  ),
  // Documents (issue 11): the page, the print view, a stored file, and generation.
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => [
    {
      id: "page app/arenden/[id]/dokument/page.tsx",
      action: "case.document.download",
      target,
      run: (ctx) => pageOutcome(() => DocumentsPage({ params: Promise.resolve({ id: caseOf(ctx, target) }) })),
    },
    {
      id: "route app/arenden/[id]/dokument/utskrift/route.ts#GET",
      action: "case.document.download",
      target,
      run: async (ctx) =>
        routeOutcome(
          await documentPrintRoute.GET(new Request(`${appBaseUrl()}/arenden/${caseOf(ctx, target)}/dokument/utskrift?typ=avtal`), {
            params: Promise.resolve({ id: caseOf(ctx, target) }),
          }),
        ),
    },
    {
      id: "route app/arenden/[id]/dokument/[dokumentId]/route.ts#GET",
      action: "case.document.download",
      target,
      run: async (ctx) => {
        const id = caseOf(ctx, target);
        const document = await prisma.caseDocument.findFirstOrThrow({ where: { caseId: id }, select: { id: true } });
        return routeOutcome(
          await documentDownloadRoute.GET(new Request(`${appBaseUrl()}/arenden/${id}/dokument/${document.id}`), { params: Promise.resolve({ id, dokumentId: document.id }) }),
        );
      },
    },
    {
      id: "action lib/case-documents/actions.ts#generateDocumentsAction",
      action: "case.document.generate",
      target,
      run: (ctx) => actionOutcome(() => generateDocumentsAction(caseOf(ctx, target))),
    },
  ]),
  // The case's end: each party's decisions and signatures.
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => {
    const decisions = () => import("@/lib/decisions/actions");
    const party = (ctx: Ctx) => `org:${target === "own" ? ctx.world.org.norrstrom : ctx.world.org.lund}`;
    return [
      {
        id: "page app/arenden/[id]/beslut/page.tsx",
        action: "case.view",
        target,
        run: async (ctx) => {
          const { default: CaseDecisionsPage } = await import("@/app/arenden/[id]/beslut/page");
          return pageOutcome(() => CaseDecisionsPage({ params: Promise.resolve({ id: caseOf(ctx, target) }) }));
        },
      },
      {
        id: "action lib/decisions/actions.ts#recordDecisionAction",
        action: "case.decision.record",
        target,
        run: async (ctx) =>
          actionOutcome(async () =>
            (await decisions()).recordDecisionAction(
              caseOf(ctx, target),
              IDLE,
              form({ party: party(ctx), body: "COUNCIL", bodyName: "Kommunfullmäktige", decidedOn: "2026-11-30", paragraph: "§ 12", outcome: "ADOPTED", caseVersion: "1" }),
            ),
          ),
      },
      {
        id: "action lib/decisions/actions.ts#recordSignatureAction",
        action: "case.decision.record",
        target,
        run: async (ctx) =>
          actionOutcome(async () =>
            (await decisions()).recordSignatureAction(
              caseOf(ctx, target),
              IDLE,
              form({ party: party(ctx), signedOn: "2026-12-01", signatoryName: "Kim Kontrasignerar", signatoryTitle: "Socialchef", caseVersion: "1" }),
            ),
          ),
      },
      {
        id: "action lib/decisions/actions.ts#withdrawDecisionAction",
        action: "case.decision.withdraw",
        target,
        run: async (ctx) => {
          // The standing decision each fresh world has in each case (freshWorld).
          const { id } = await prisma.partyDecision.findFirstOrThrow({ where: { caseId: caseOf(ctx, target), withdrawnAt: null }, select: { id: true } });
          return actionOutcome(async () => (await decisions()).withdrawDecisionAction(caseOf(ctx, target), IDLE, form({ id, bekrafta: "ja" })));
        },
      },
      {
        id: "action lib/decisions/actions.ts#withdrawSignatureAction",
        action: "case.decision.withdraw",
        target,
        run: async (ctx) => {
          const { id } = await prisma.agreementSignature.findFirstOrThrow({ where: { caseId: caseOf(ctx, target), withdrawnAt: null }, select: { id: true } });
          return actionOutcome(async () => (await decisions()).withdrawSignatureAction(caseOf(ctx, target), IDLE, form({ id, bekrafta: "ja" })));
        },
      },
    ];
  }),
  {
    id: "page app/inbjudan/[token]/page.tsx",
    action: "invitation.view",
    run: async (ctx) => {
      const token = await createInvitationRow(ctx.world, { email: "inbjuden@exempel.test" });
      return pageOutcome(() => InvitationPage({ params: Promise.resolve({ token }) }));
    },
  },
  { id: "page app/admin/page.tsx", action: "admin.view", run: () => pageOutcome(() => AdminPage()) },
  {
    id: "data lib/organizations/data.ts#listOrganizations",
    action: "organization.list",
    run: () => dataOutcome(async () => listOrganizations(await getActor())),
  },
  {
    id: "page app/admin/organisationer/page.tsx",
    action: "organization.list",
    run: () => pageOutcome(() => OrganizationsPage({ searchParams: Promise.resolve({ q: "kommun", sida: "1" }) })),
  },
  { id: "page app/admin/logg/page.tsx", action: "audit.readAll", run: () => pageOutcome(() => AuditLogPage(noSearch)) },
  { id: "page app/admin/anvandare/page.tsx", action: "user.list", run: () => pageOutcome(() => UsersPage(noSearch)) },
  ...(["own", "foreign"] as const).map(
    (target): Entry => ({
      id: "page app/admin/organisationer/[id]/page.tsx",
      action: "organization.view",
      target,
      orgScoped: true,
      run: (ctx) => pageOutcome(() => OrganizationAdminPage({ params: Promise.resolve({ id: orgOf(ctx, target) }) })),
    }),
  ),
  {
    id: "page app/organisationsinbjudan/[token]/page.tsx",
    action: "organization.invitation.view",
    run: async (ctx) => {
      const token = await createOrganizationInvitationRow(ctx.world, { email: "ny.jurist@exempel.test" });
      return pageOutcome(() => OrganizationInvitationPage({ params: Promise.resolve({ token }) }));
    },
  },
  { id: "page app/utveckling/utkorg/page.tsx", action: "outbox.read", run: () => pageOutcome(() => OutboxPage()) },

  { id: "route app/api/health/route.ts#GET", action: "health.read", run: async () => routeOutcome(await healthRoute.GET()) },
  {
    id: "route app/api/auth/[...all]/route.ts#GET",
    action: "auth.api",
    run: async (ctx) =>
      routeOutcome(await authRoute.GET(new Request(`${appBaseUrl()}/api/auth/get-session`, { headers: ctx.cookie ? { cookie: ctx.cookie } : {} }))),
  },
  {
    id: "route app/api/auth/[...all]/route.ts#POST",
    action: "auth.api",
    run: async (ctx) =>
      routeOutcome(
        await authRoute.POST(
          new Request(`${appBaseUrl()}/api/auth/sign-out`, {
            method: "POST",
            headers: { origin: appBaseUrl(), "content-type": "application/json", ...(ctx.cookie ? { cookie: ctx.cookie } : {}) },
            body: "{}",
          }),
        ),
      ),
  },

  {
    id: "action lib/auth/actions.ts#signInAction",
    action: "auth.signIn",
    run: () => actionOutcome(() => signInAction(IDLE, form({ email: "utan-roll@exempel.test", password: PASSWORD }))),
  },
  { id: "action lib/auth/actions.ts#signOutAction", action: "auth.signOut", run: () => signOutOutcome(() => signOutAction()) },
  {
    id: "action lib/auth/actions.ts#signOutEverywhereAction",
    action: "auth.signOutEverywhere",
    run: () => signOutOutcome(() => signOutEverywhereAction()),
  },
  // "Glömt lösenordet?": anyone may ask, and the mailed link's token is the credential.
  { id: "page app/glomt-losenord/page.tsx", action: "auth.passwordReset.request", run: () => pageOutcome(() => ForgottenPasswordPage(noSearch)) },
  {
    id: "action lib/auth/actions.ts#requestPasswordResetAction",
    action: "auth.passwordReset.request",
    run: () => actionOutcome(() => requestPasswordResetAction(IDLE, form({ email: EMAILS.ownerEditor }))),
  },
  {
    id: "page app/nytt-losenord/[token]/page.tsx",
    action: "auth.passwordReset.complete",
    run: async () => pageOutcome(async () => NewPasswordPage({ params: Promise.resolve({ token: await passwordResetRow(EMAILS.otherEditor) }) })),
  },
  {
    id: "action lib/auth/actions.ts#completePasswordResetAction",
    action: "auth.passwordReset.complete",
    run: async () => {
      const token = await passwordResetRow(EMAILS.otherEditor);
      return actionOutcome(() => completePasswordResetAction(token, IDLE, form({ password: "ett-nytt-langt-losenord", passwordConfirm: "ett-nytt-langt-losenord" })));
    },
  },
  {
    id: "action lib/cases/actions.ts#createCaseAction",
    action: "case.create",
    run: () => actionOutcome(() => createCaseAction(IDLE, form({ title: "Gemensam familjerätt", diaryNumber: "SN 2026/1" }))),
  },
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => [
    {
      id: "action lib/cases/actions.ts#updateCaseAction",
      action: "case.update",
      target,
      run: (ctx) => actionOutcome(() => updateCaseAction(caseOf(ctx, target), IDLE, form({ title: "Ny titel på ärendet", diaryNumber: "", version: "1" }))),
    },
    {
      id: "action lib/cases/actions.ts#createInvitationAction",
      action: "case.invite",
      target,
      run: (ctx) =>
        actionOutcome(() =>
          createInvitationAction(caseOf(ctx, target), IDLE, form({ email: "ny.partner@exempel.test", role: "EDITOR", organizationId: ctx.world.org.fjallviken })),
        ),
    },
    {
      id: "action lib/cases/actions.ts#revokeCaseInvitationAction",
      action: "case.invitation.revoke",
      target,
      run: async (ctx) => {
        // The pending invitation each fresh world has in each case (freshWorld).
        const { id } = await prisma.caseInvitation.findFirstOrThrow({ where: { caseId: caseOf(ctx, target), email: PENDING_INVITEE }, select: { id: true } });
        return actionOutcome(() => revokeCaseInvitationAction(caseOf(ctx, target), IDLE, form({ invitationId: id })));
      },
    },
    {
      id: "route app/arenden/[id]/partnerorganisationer/route.ts#GET",
      action: "case.invite",
      target,
      run: async (ctx) => {
        const route = await import("@/app/arenden/[id]/partnerorganisationer/route");
        const id = caseOf(ctx, target);
        return routeOutcome(await route.GET(new Request(`${appBaseUrl()}/arenden/${id}/partnerorganisationer?q=kommun`), { params: Promise.resolve({ id }) }));
      },
    },
  ]),
  {
    id: "action lib/cases/actions.ts#acceptInvitationAction",
    action: "invitation.accept",
    run: async (ctx) => {
      // Each actor accepts an invitation addressed to them; anonymous creates an account.
      const email = ctx.actor === "anonymous" ? "ny@exempel.test" : EMAILS[ctx.actor];
      const token = await createInvitationRow(ctx.world, { email });
      const fields: Record<string, string> =
        ctx.actor === "anonymous" ? { name: "Ny Person", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" } : {};
      return actionOutcome(() => acceptInvitationAction(token, IDLE, form(fields)));
    },
  },
  // The wizard's entry points (lib/wizard) write case answers under "case.update". Imported
  // when run, so a wizard module that is mid-change fails only its own cells.
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => !exists("lib/wizard/actions.ts") ? [] : [
    {
      id: "action lib/wizard/actions.ts#saveAnswersAction",
      action: "case.update",
      target,
      run: async (ctx) => {
        const { saveAnswersAction } = await import("@/lib/wizard/actions");
        const result = await saveAnswersAction({
          caseId: caseOf(ctx, target),
          baseVersion: 1,
          changes: [{ path: "needs.problem", value: "Långa väntetider för familjebehandling.", base: undefined }],
        });
        if (result.ok) return { kind: "allowed" };
        if (["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"].includes(result.code)) return { kind: "denied", how: result.code };
        return { kind: "other", detail: JSON.stringify(result) };
      },
    },
    {
      id: "action lib/wizard/actions.ts#readAnswersAction",
      action: "case.update",
      target,
      run: async (ctx) => {
        const { readAnswersAction } = await import("@/lib/wizard/actions");
        const result = await readAnswersAction({ caseId: caseOf(ctx, target), knownVersion: 1 });
        if (result.ok) return { kind: "allowed" };
        if (["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"].includes(result.code)) return { kind: "denied", how: result.code };
        return { kind: "other", detail: JSON.stringify(result) };
      },
    },
    {
      id: "action lib/wizard/actions.ts#setStepCompletionAction",
      action: "case.update",
      target,
      run: async (ctx) => {
        const { setStepCompletionAction } = await import("@/lib/wizard/actions");
        return actionOutcome(() => setStepCompletionAction(IDLE, form({ caseId: caseOf(ctx, target), step: "1", complete: "nej" })));
      },
    },
  ]),
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => [
    {
      id: "action lib/organizations/actions.ts#updateOrganizationAction",
      action: "organization.update",
      target,
      orgScoped: true,
      run: (ctx) => actionOutcome(() => updateOrganizationAction(orgOf(ctx, target), IDLE, form({ name: "Nytt namn på kommunen", officialCode: "" }))),
    },
    {
      id: "action lib/organizations/actions.ts#inviteMemberAction",
      action: "organization.invite",
      target,
      orgScoped: true,
      run: (ctx) => actionOutcome(() => inviteMemberAction(orgOf(ctx, target), IDLE, form({ email: "ny.kollega@exempel.test", role: "LEGAL_REVIEWER", confirmAddress: "exempel.test" }))),
    },
    {
      id: "action lib/organizations/actions.ts#revokeOrganizationInvitationAction",
      action: "organization.invitation.revoke",
      target,
      orgScoped: true,
      run: async (ctx) => {
        // The pending invitation each fresh world has in Norrström and in Lund (freshWorld).
        const { id } = await prisma.organizationInvitation.findFirstOrThrow({ where: { organizationId: orgOf(ctx, target), email: PENDING_INVITEE }, select: { id: true } });
        return actionOutcome(() => revokeOrganizationInvitationAction(orgOf(ctx, target), IDLE, form({ invitationId: id })));
      },
    },
    {
      id: "action lib/organizations/actions.ts#updateMemberRolesAction",
      action: "organization.member.update",
      target,
      orgScoped: true,
      run: (ctx) =>
        actionOutcome(() => updateMemberRolesAction(orgOf(ctx, target), personOf(ctx, target), IDLE, form({ CASE_EDITOR: "ja", LEGAL_REVIEWER: "ja" }))),
    },
    {
      id: "action lib/users/actions.ts#deactivateUserAction",
      action: "user.deactivate",
      target,
      orgScoped: true,
      run: (ctx) => actionOutcome(() => deactivateUserAction(personOf(ctx, target), "/admin/anvandare", IDLE, form({ bekrafta: "ja" }))),
    },
    {
      id: "action lib/users/actions.ts#reactivateUserAction",
      action: "user.reactivate",
      target,
      orgScoped: true,
      run: () => actionOutcome(() => reactivateUserAction(leavers[target], "/admin/anvandare", IDLE, form({}))),
    },
  ]),
  {
    id: "action lib/organizations/actions.ts#acceptOrganizationInvitationAction",
    action: "organization.invitation.accept",
    run: async (ctx) => {
      // Each actor accepts an invitation addressed to them; anonymous creates an account.
      const email = ctx.actor === "anonymous" ? "ny.i.lund@exempel.test" : EMAILS[ctx.actor];
      const token = await createOrganizationInvitationRow(ctx.world, { email });
      const fields: Record<string, string> =
        ctx.actor === "anonymous" ? { name: "Ny Person", password: "ett-langt-losenord", passwordConfirm: "ett-langt-losenord" } : {};
      return actionOutcome(() => acceptOrganizationInvitationAction(token, IDLE, form(fields)));
    },
  },
  // Legal review (issue 10): the review page, the queue, and every review action.
  ...(["own", "foreign"] as const).map(
    (target): Entry => ({
      id: "page app/arenden/[id]/juridisk-granskning/page.tsx",
      action: "case.view",
      target,
      run: async (ctx) => {
        const { default: LegalReviewPage } = await import("@/app/arenden/[id]/juridisk-granskning/page");
        return pageOutcome(() => LegalReviewPage({ params: Promise.resolve({ id: caseOf(ctx, target) }) }));
      },
    }),
  ),
  {
    id: "page app/att-granska/page.tsx",
    action: "case.review.queue",
    run: async () => {
      const { default: ReviewQueuePage } = await import("@/app/att-granska/page");
      return pageOutcome(() => ReviewQueuePage(noSearch));
    },
  },
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => {
    const review = () => import("@/lib/review/actions");
    const thread = (ctx: Ctx) => (target === "own" ? ctx.world.threadId : ctx.world.otherThreadId);
    return [
      {
        id: "action lib/review/actions.ts#requestReviewAction",
        action: "case.review.request",
        target,
        run: async (ctx) =>
          actionOutcome(async () =>
            (await review()).requestReviewAction(IDLE, form({ caseId: caseOf(ctx, target), organizationId: target === "own" ? ctx.world.org.norrstrom : ctx.world.org.lund, message: "Granska gärna upphandlingen." })),
          ),
      },
      {
        id: "action lib/review/actions.ts#withdrawRequestAction",
        action: "case.review.withdraw",
        target,
        // The open request each fresh world has in each case (freshWorld).
        run: async (ctx) => actionOutcome(async () => (await review()).withdrawRequestAction(IDLE, form({ caseId: caseOf(ctx, target), organizationId: target === "own" ? ctx.world.org.fjallviken : ctx.world.org.lund }))),
      },
      {
        id: "action lib/review/actions.ts#startThreadAction",
        action: "case.review.comment",
        target,
        run: async (ctx) =>
          actionOutcome(async () => (await review()).startThreadAction(IDLE, form({ caseId: caseOf(ctx, target), anchorKind: "ANSWER", anchor: "needs.goals", body: "Målen saknar nyckeltal." }))),
      },
      {
        id: "action lib/review/actions.ts#replyAction",
        action: "case.review.comment",
        target,
        run: async (ctx) => actionOutcome(async () => (await review()).replyAction(IDLE, form({ caseId: caseOf(ctx, target), threadId: thread(ctx), body: "Nu är det beskrivet." }))),
      },
      {
        id: "action lib/review/actions.ts#resolveThreadAction",
        action: "case.review.dispose",
        target,
        run: async (ctx) => actionOutcome(async () => (await review()).resolveThreadAction(IDLE, form({ caseId: caseOf(ctx, target), threadId: thread(ctx) }))),
      },
      {
        id: "action lib/review/actions.ts#decideFindingAction",
        action: "case.review.decide",
        target,
        run: async (ctx) => {
          const { emptyCase } = await import("@/lib/case");
          const { evaluateCase } = await import("@/lib/rules");
          const { keyFindings } = await import("@/lib/review/findings");
          const findingKey = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings)[0]!.key;
          return actionOutcome(async () =>
            (await review()).decideFindingAction(IDLE, form({ caseId: caseOf(ctx, target), findingKey, kind: "ACCEPTED_RISK", motivation: "Risken är liten och hanteras i avtalet." })),
          );
        },
      },
      {
        id: "action lib/review/actions.ts#approveAction",
        action: "case.review.approve",
        target,
        run: async (ctx) => {
          // An approval waits for a decision on every blocker: one who may approve takes them first.
          if (ctx.allowed && ctx.actor !== "anonymous") {
            const { loadActor } = await import("@/lib/auth/actor");
            const { decideEveryOpenFinding } = await import("./helpers/review");
            await decideEveryOpenFinding(await loadActor(ctx.world.users[ctx.actor], "s"), caseOf(ctx, target));
          }
          // The empty case has no step marked finished: one who approves ticks "Jag godkänner ärendet ändå".
          const confirmed = ctx.allowed && ctx.actor !== "anonymous" ? await (await import("./helpers/review")).confirmedAsShown(await (await import("@/lib/auth/actor")).loadActor(ctx.world.users[ctx.actor], "s"), caseOf(ctx, target)) : { confirmIncomplete: "ja" };
          return actionOutcome(async () => (await review()).approveAction(IDLE, form({ caseId: caseOf(ctx, target), version: "1", ...confirmed })));
        },
      },
      {
        id: "action lib/review/actions.ts#returnAction",
        action: "case.review.approve",
        target,
        run: async (ctx) => actionOutcome(async () => (await review()).returnAction(IDLE, form({ caseId: caseOf(ctx, target), summary: "Målen behöver nyckeltal." }))),
      },
    ];
  }),
  // Issue 12: anonymised examples, the catalogue, statistics and the API.
  ...(["own", "foreign"] as const).flatMap((target): Entry[] => [
    {
      id: "page app/arenden/[id]/exempel/page.tsx",
      action: "case.example.view",
      target,
      run: async (ctx) => {
        const { default: ExamplePage } = await import("@/app/arenden/[id]/exempel/page");
        return pageOutcome(() => ExamplePage({ params: Promise.resolve({ id: caseOf(ctx, target) }) }));
      },
    },
    {
      id: "action lib/examples/actions.ts#proposeExampleAction",
      action: "case.example.propose",
      target,
      run: async (ctx) => {
        const { proposeExampleAction } = await import("@/lib/examples/actions");
        return actionOutcome(() => proposeExampleAction(caseOf(ctx, target), IDLE, form({ area: "familjeratt", lessonsLearned: "Börja tidigt.", markedNames: "", markedPersons: "", version: "1" })));
      },
    },
    {
      id: "action lib/examples/actions.ts#editExampleAction",
      action: "case.example.propose",
      target,
      run: async (ctx) => {
        const { editExampleAction } = await import("@/lib/examples/actions");
        return actionOutcome(() => editExampleAction(caseOf(ctx, target), IDLE, form({ version: "1", "section:behov": "Långa väntetider för familjebehandling." })));
      },
    },
    {
      id: "action lib/examples/actions.ts#approveExampleAction",
      action: "case.example.approve",
      target,
      run: async (ctx) => {
        const { approveExampleAction } = await import("@/lib/examples/actions");
        return actionOutcome(() => approveExampleAction(caseOf(ctx, target), IDLE, form({ version: "1" })));
      },
    },
    {
      id: "action lib/examples/actions.ts#withdrawExampleAction",
      action: "case.example.withdraw",
      target,
      run: async (ctx) => {
        const { withdrawExampleAction } = await import("@/lib/examples/actions");
        return actionOutcome(() => withdrawExampleAction(caseOf(ctx, target), IDLE, form({})));
      },
    },
  ]),
  {
    id: "page app/katalog/page.tsx",
    action: "catalogue.read",
    run: async () => {
      const { default: CataloguePage } = await import("@/app/katalog/page");
      return pageOutcome(() => CataloguePage({ searchParams: Promise.resolve({ q: "familjebehandling" }) }));
    },
  },
  {
    id: "page app/katalog/[id]/page.tsx",
    action: "catalogue.read",
    run: async () => {
      const { default: PublishedExamplePage } = await import("@/app/katalog/[id]/page");
      return pageOutcome(() => PublishedExamplePage({ params: Promise.resolve({ id: publishedExampleId }) }));
    },
  },
  {
    id: "page app/statistik/page.tsx",
    action: "statistics.read",
    run: async () => {
      const { default: StatisticsPage } = await import("@/app/statistik/page");
      return pageOutcome(() => StatisticsPage());
    },
  },
  {
    id: "route app/statistik/csv/[tabell]/route.ts#GET",
    action: "statistics.read",
    run: async (ctx) => {
      const route = await import("@/app/statistik/csv/[tabell]/route");
      return routeOutcome(await route.GET(withCookie(ctx, "/statistik/csv/fynd"), { params: Promise.resolve({ tabell: "fynd" }) }));
    },
  },
  {
    id: "route app/api/katalog/route.ts#GET",
    action: "api.catalogue",
    run: async (ctx) => {
      const route = await import("@/app/api/katalog/route");
      return routeOutcome(await route.GET(withCookie(ctx, "/api/katalog?q=familj")));
    },
  },
  {
    id: "route app/api/katalog/[id]/route.ts#GET",
    action: "api.catalogue",
    run: async (ctx) => {
      const route = await import("@/app/api/katalog/[id]/route");
      return routeOutcome(await route.GET(withCookie(ctx, `/api/katalog/${publishedExampleId}`), { params: Promise.resolve({ id: publishedExampleId }) }));
    },
  },
  {
    id: "route app/api/statistik/route.ts#GET",
    action: "api.catalogue",
    run: async (ctx) => {
      const route = await import("@/app/api/statistik/route");
      return routeOutcome(await route.GET(withCookie(ctx, "/api/statistik")));
    },
  },
  {
    id: "action lib/organizations/actions.ts#createOrganizationAction",
    action: "organization.create",
    run: () => actionOutcome(() => createOrganizationAction(IDLE, form({ name: "Kommunalförbundet Sydväst", type: "KOMMUNALFORBUND", officialCode: "222000-1234" }))),
  },
];

function expectedAllowed(entry: Entry, actor: ActorName): boolean {
  const { global, onCase, onOrg = [] } = ACTOR_ROLES[actor];
  const foreign = entry.target === "foreign";
  const roles = [...global, ...(foreign ? [] : onCase), ...(entry.orgScoped && foreign ? [] : onOrg)];
  return PERMISSIONS[entry.action].some((role) => roles.includes(role));
}

describe("authorization matrix", () => {
  let world: World;
  let cookies: Partial<Record<ActorName, string>> = {};
  let dirty = true;
  let signedIn = false;
  // The world as freshWorld left it, sessions and limiters included. An allowed call that left it
  // so (a page or a download read) leaves it to the next test: building a world is most of an
  // allowed test's time.
  let worldAsBuilt: Record<string, string> = {};

  async function freshWorld() {
    await resetDatabase();
    world = await seedWorld();
    // One stored document per case, so the download route has something to refuse or hand out.
    for (const caseId of [world.caseId, world.otherCaseId]) {
      const bytes = new TextEncoder().encode("%PDF-1.7 matris");
      await prisma.caseDocument.create({
        data: { caseId, kind: "avtal", format: "pdf", caseVersion: 1, fileName: "avtal-om-avtalssamverkan-v1.pdf", mimeType: "application/pdf", size: bytes.length, sha256: "0".repeat(64), bytes },
      });
    }
    // One standing decision and signature per case, so withdrawing has something to refuse or do. For a
    // party named only in step 2B, which any of the case's editors may take off: the matrix tests the
    // role's permission; which party's entries an editor may take off is case-decisions.test.ts's.
    for (const caseId of [world.caseId, world.otherCaseId]) {
      const recorded = { caseId, organizationId: null, partyKey: "svar:matris", partyName: "Parten", caseVersion: 1, recordedByUserId: world.users.ownerEditor, recordedByName: "Matrisen" };
      await prisma.partyDecision.create({ data: { ...recorded, body: "COMMITTEE", bodyName: "Socialnämnden", decidedOn: new Date("2026-11-20T00:00:00Z"), outcome: "ADOPTED" } });
      await prisma.agreementSignature.create({ data: { ...recorded, signedOn: new Date("2026-11-25T00:00:00Z"), signatoryName: "Olle Ordförande", signatoryTitle: "Socialnämndens ordförande" } });
    }
    // One open review request per case, for a party the request rows do not ask, so taking one back has something to refuse or do.
    for (const [caseId, organizationId] of [[world.caseId, world.org.fjallviken], [world.otherCaseId, world.org.lund]] as const) {
      await prisma.reviewRequest.create({ data: { caseId, organizationId, message: "", caseVersion: 1, requestedById: world.users.ownerEditor, requestedByName: "Matrisen" } });
    }
    publishedExampleId = await seedMatrixExamples(world);
    for (const organizationId of [world.org.norrstrom, world.org.lund]) await createOrganizationInvitationRow(world, { email: PENDING_INVITEE, organizationId });
    for (const caseId of [world.caseId, world.otherCaseId]) await createInvitationRow(world, { email: PENDING_INVITEE, caseId });
    for (const [target, organizationId, email] of [["own", world.org.norrstrom, "slutat@norrstrom.test"], ["foreign", world.org.lund, "slutat@lund.test"]] as const) {
      const leaver = await prisma.user.create({ data: { email, name: "Lea Slutat", deactivatedAt: new Date("2026-11-30T08:00:00Z"), memberships: { create: { organizationId, role: "CASE_EDITOR" } } } });
      leavers[target] = leaver.id;
    }
    cookies = {};
    // Sessions as sign-in leaves them, without hashing seven passwords for every fresh world
    // (the matrix needs hundreds); the first world signs in for real.
    for (const actor of ACTORS) {
      if (actor !== "anonymous") cookies[actor] = signedIn ? await storedSessionCookie(world.users[actor]) : await sessionCookie(EMAILS[actor]);
    }
    signedIn = true;
    worldAsBuilt = await databaseSnapshot(ONLY_AUDIT_LOG);
    dirty = false;
  }

  beforeAll(freshWorld);

  for (const entry of ENTRIES) {
    describe(`${entry.id}${entry.target === "foreign" ? " (another organisation's case)" : ""} – ${entry.action}`, () => {
      for (const actor of ACTORS) {
        const allowed = expectedAllowed(entry, actor);
        it(`${actor}: ${allowed ? "allowed" : "denied"}`, async () => {
          if (dirty) await freshWorld();
          setRequest({ cookie: cookies[actor] });
          const ctx: Ctx = { world, actor, cookie: cookies[actor], allowed };
          if (allowed) {
            dirty = true;
            expect(await entry.run(ctx)).toEqual({ kind: "allowed" });
            dirty = JSON.stringify(await databaseSnapshot(ONLY_AUDIT_LOG)) !== JSON.stringify(worldAsBuilt);
            return;
          }
          const deniedBefore = await deniedAuditCount();
          const snapshotBefore = await databaseSnapshot();
          const outcome = await entry.run(ctx);
          // Invitation rows written by the entry's own setup are not part of the call.
          const snapshotAfter = await databaseSnapshot();
          expect(outcome.kind, JSON.stringify(outcome)).toBe("denied");
          if (!/accept(Organization)?InvitationAction/.test(entry.id) && !entry.id.includes("inbjudan")) expect(snapshotAfter).toEqual(snapshotBefore);
          expect(await deniedAuditCount()).toBeGreaterThan(deniedBefore);
        });
      }
    });
  }

  it("SKR staff and admins are not offered a case list; an editor without cases sees an empty one", async () => {
    await freshWorld();
    const { listMyCases } = await import("@/lib/cases/data");
    const { loadActor } = await import("@/lib/auth/actor");
    // A global role alone never brings a case (caseWorker), so the list is refused, not empty.
    for (const who of ["skrStaff", "admin"] as const) {
      await expect(listMyCases(await loadActor(world.users[who], "s"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await listMyCases(await loadActor(world.users.otherEditor, "s"))).cases).toEqual([]);
    expect((await listMyCases(await loadActor(world.users.legalReviewer, "s"))).cases.map((c) => c.id)).toEqual([world.caseId]);
  });

  it("a guessed, malformed case id is refused and audited like any other", async () => {
    await freshWorld();
    setRequest({ cookie: cookies.otherEditor });
    expect(await pageOutcome(() => CasePage({ params: Promise.resolve({ id: "1' OR '1'='1" }) }))).toMatchObject({ kind: "denied" });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { outcome: "DENIED", action: "case.view" } });
    expect(entry.details).toMatchObject({ requestedCaseId: "1' OR '1'='1" });
  });

  // Found by the action fuzz: fast-check's objects may carry keys like "toString" with a
  // value that is not a function, so String(id) throws a TypeError, which reached the log
  // as an unexpected error with no refusal audited.
  it("a case id that cannot be turned into text is refused and audited, not a crash", async () => {
    await freshWorld();
    const { loadActor } = await import("@/lib/auth/actor");
    const { saveAnswers, setStepCompletion } = await import("@/lib/wizard/data");
    const { requestReview } = await import("@/lib/review/data");
    const actor = await loadActor(world.users.otherEditor, "s");
    const id = { toString: 0, valueOf: 0 };
    const calls = [() => saveAnswers(actor, { caseId: id, baseVersion: 1, changes: [] }), () => setStepCompletion(actor, { caseId: id, step: "1", complete: true }), () => requestReview(actor, { caseId: id })];
    for (const call of calls) {
      const snapshotBefore = await databaseSnapshot();
      const deniedBefore = await deniedAuditCount();
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await databaseSnapshot()).toEqual(snapshotBefore);
      expect(await deniedAuditCount()).toBe(deniedBefore + 1);
    }
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { outcome: "DENIED", action: "case.update" }, orderBy: { at: "desc" } });
    expect(entry.details).toMatchObject({ requestedCaseId: 'object: {"toString":0,"valueOf":0}' });
  });
});

// ---------------------------------------------------------------------------------------
// Completeness: a page, route handler or server action that is not in ENTRIES fails here.
// ---------------------------------------------------------------------------------------

function filesUnder(dir: string, test: (file: string) => boolean): string[] {
  const base = path.join(root, dir);
  if (!fs.existsSync(base)) return [];
  return (fs.readdirSync(base, { recursive: true }) as string[])
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .filter((file) => !file.includes("node_modules") && !file.includes("/generated/") && test(file));
}

function useServerExports(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  if (!/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source)) return [];
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+)(\w+)/g)) names.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  if (/export\s+default/.test(source)) names.add("default");
  return [...names];
}

describe("the matrix covers every entry point", () => {
  const covered = new Set(ENTRIES.map((entry) => entry.id));

  it("every page", () => {
    const pages = filesUnder("app", (file) => /\/page\.(tsx|ts|jsx|js)$/.test(file)).map((file) => `page ${file}`);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("every route handler method", async () => {
    const routes = filesUnder("app", (file) => /\/route\.(ts|js)$/.test(file));
    const ids: string[] = [];
    for (const file of routes) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) if (typeof mod[method] === "function") ids.push(`route ${file}#${method}`);
    }
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("every exported function of every \"use server\" file", () => {
    const sources = ["app", "lib", "components"].flatMap((dir) => filesUnder(dir, (file) => /\.(ts|tsx|js|mjs)$/.test(file)));
    const ids = sources.flatMap((file) => useServerExports(file).map((name) => `action ${file}#${name}`));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("every action of the permission table", () => {
    const used = new Set(ENTRIES.map((entry) => entry.action));
    // Read-only case actions that are exercised through a page rather than on their own.
    const viaPages: Action[] = ["case.audit.read"];
    expect((Object.keys(PERMISSIONS) as Action[]).filter((action) => !used.has(action) && !viaPages.includes(action))).toEqual([]);
  });

  it("README.md lists the permission table as it is", async () => {
    const { permissionTableMarkdown } = await import("@/lib/auth/permission-table");
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const documented = /<!-- permission-table:start -->\n([\s\S]*?)\n<!-- permission-table:end -->/.exec(readme)?.[1];
    expect(documented).toBe(permissionTableMarkdown());
  });

  it("recognises a \"use server\" file it has not seen", () => {
    const dir = fs.mkdtempSync(path.join(root, ".data", "matrix-"));
    try {
      const file = path.join(dir, "actions.ts");
      fs.writeFileSync(file, '"use server";\n\nexport async function sneakyAction() {}\nexport const other = async () => {};\n');
      expect(useServerExports(path.relative(root, file))).toEqual(["sneakyAction", "other"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
