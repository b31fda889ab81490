import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("./helpers/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./helpers/next-request")).nextCacheMock);

import { type Action, PERMISSIONS, type Role } from "@/lib/auth/permissions";
import { appBaseUrl } from "@/lib/auth/config";
import { signInAction, signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { acceptInvitationAction, createCaseAction, createInvitationAction, updateCaseAction } from "@/lib/cases/actions";
import { createOrganizationAction } from "@/lib/organizations/actions";
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
import OutboxPage from "@/app/utveckling/utkorg/page";
import * as healthRoute from "@/app/api/health/route";
import * as authRoute from "@/app/api/auth/[...all]/route";
import { resetDatabase } from "./reset-db";
import { seedMatrixExamples } from "./helpers/examples";
import { setRequest } from "./helpers/next-request";
import { type Outcome, actionOutcome, nextSignal, pageOutcome } from "./helpers/outcome";
import { databaseSnapshot, deniedAuditCount } from "./helpers/snapshot";
import { ACTORS, type ActorName, EMAILS, PASSWORD, type World, createInvitationRow, seedWorld, sessionCookie } from "./helpers/world";

// The authorization matrix of issue 4: every page, route handler and server action, run
// as each of the seven actors. Whether a call may succeed is computed from PERMISSIONS
// and the roles each actor holds *in this fixture*, written out here by hand, so the
// test checks the runtime role resolution as well as the table.

const ACTOR_ROLES: Record<ActorName, { global: Role[]; onCase: Role[] }> = {
  anonymous: { global: ["anyone"], onCase: [] },
  ownerEditor: { global: ["anyone", "signedIn", "orgCaseEditor"], onCase: ["caseEditor"] },
  otherEditor: { global: ["anyone", "signedIn", "orgCaseEditor"], onCase: [] },
  partner: { global: ["anyone", "signedIn", "orgCaseEditor"], onCase: ["caseEditor"] },
  legalReviewer: { global: ["anyone", "signedIn", "orgLegalReviewer"], onCase: ["caseReviewer", "caseOwnerApprover"] },
  skrStaff: { global: ["anyone", "signedIn", "skrStaff"], onCase: [] },
  admin: { global: ["anyone", "signedIn", "systemAdmin"], onCase: [] },
};

interface Ctx {
  world: World;
  actor: ActorName;
  cookie: string | undefined;
}

interface Entry {
  /** "page app/…/page.tsx", "route app/…/route.ts#GET" or "action lib/…/actions.ts#name". */
  id: string;
  action: Action;
  /** "foreign": the call targets a case owned by another organisation that no actor belongs to. */
  target?: "own" | "foreign";
  run: (ctx: Ctx) => Promise<Outcome>;
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

const root = path.resolve(__dirname, "../..");
const exists = (file: string) => fs.existsSync(path.join(root, file));

const caseOf = (ctx: Ctx, target: "own" | "foreign" = "own") => (target === "own" ? ctx.world.caseId : ctx.world.otherCaseId);

// The own case has a proposed example and the foreign case a published one (issue 12).
// k = 1 so that approving in this small world is not refused for too few cases.
process.env.SAMVERKA_EXAMPLE_K = "1";
let publishedExampleId = "";
const withCookie = (ctx: Ctx, url: string) => new Request(`${appBaseUrl()}${url}`, { headers: ctx.cookie ? { cookie: ctx.cookie } : {} });

const ENTRIES: Entry[] = [
  { id: "page app/page.tsx", action: "page.public", run: () => pageOutcome(async () => HomePage()) },
  { id: "page app/tillganglighet/page.tsx", action: "page.public", run: () => pageOutcome(async () => AccessibilityPage()) },
  { id: "page app/logga-in/page.tsx", action: "page.public", run: () => pageOutcome(() => SignInPage(noSearch)) },
  { id: "page app/konto/page.tsx", action: "account.view", run: () => pageOutcome(() => AccountPage()) },
  { id: "page app/arenden/page.tsx", action: "case.list", run: () => pageOutcome(() => MyCasesPage()) },
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
  {
    id: "page app/inbjudan/[token]/page.tsx",
    action: "invitation.view",
    run: async (ctx) => {
      const token = await createInvitationRow(ctx.world, { email: "inbjuden@exempel.test" });
      return pageOutcome(() => InvitationPage({ params: Promise.resolve({ token }) }));
    },
  },
  { id: "page app/admin/page.tsx", action: "organization.list", run: () => pageOutcome(() => AdminPage()) },
  { id: "page app/admin/logg/page.tsx", action: "audit.readAll", run: () => pageOutcome(() => AuditLogPage()) },
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
      id: "action lib/wizard/actions.ts#setStepCompletionAction",
      action: "case.update",
      target,
      run: async (ctx) => {
        const { setStepCompletionAction } = await import("@/lib/wizard/actions");
        return actionOutcome(() => setStepCompletionAction(IDLE, form({ caseId: caseOf(ctx, target), step: "1", complete: "nej" })));
      },
    },
  ]),
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
        return actionOutcome(() => proposeExampleAction(caseOf(ctx, target), IDLE, form({ area: "familjeratt", lessonsLearned: "Börja tidigt.", markedNames: "", markedPersons: "" })));
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
  const roles = [...ACTOR_ROLES[actor].global, ...(entry.target === "foreign" ? [] : ACTOR_ROLES[actor].onCase)];
  return PERMISSIONS[entry.action].some((role) => roles.includes(role));
}

describe("authorization matrix", () => {
  let world: World;
  let cookies: Partial<Record<ActorName, string>> = {};
  let dirty = true;

  async function freshWorld() {
    await resetDatabase();
    world = await seedWorld();
    publishedExampleId = await seedMatrixExamples(world);
    cookies = {};
    for (const actor of ACTORS) if (actor !== "anonymous") cookies[actor] = await sessionCookie(EMAILS[actor]);
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
          const ctx: Ctx = { world, actor, cookie: cookies[actor] };
          if (allowed) {
            dirty = true;
            expect(await entry.run(ctx)).toEqual({ kind: "allowed" });
            return;
          }
          const deniedBefore = await deniedAuditCount();
          const snapshotBefore = await databaseSnapshot();
          const outcome = await entry.run(ctx);
          // Invitation rows written by the entry's own setup are not part of the call.
          const snapshotAfter = await databaseSnapshot();
          expect(outcome.kind, JSON.stringify(outcome)).toBe("denied");
          if (!entry.id.includes("acceptInvitation") && !entry.id.includes("inbjudan")) expect(snapshotAfter).toEqual(snapshotBefore);
          expect(await deniedAuditCount()).toBeGreaterThan(deniedBefore);
        });
      }
    });
  }

  it("SKR staff and admins see no case in their case list", async () => {
    await freshWorld();
    const { listMyCases } = await import("@/lib/cases/data");
    const { loadActor } = await import("@/lib/auth/actor");
    for (const who of ["skrStaff", "admin", "otherEditor"] as const) {
      expect(await listMyCases(await loadActor(world.users[who], "s"))).toEqual([]);
    }
    expect((await listMyCases(await loadActor(world.users.legalReviewer, "s"))).map((c) => c.id)).toEqual([world.caseId]);
  });

  it("a guessed, malformed case id is refused and audited like any other", async () => {
    await freshWorld();
    setRequest({ cookie: cookies.otherEditor });
    expect(await pageOutcome(() => CasePage({ params: Promise.resolve({ id: "1' OR '1'='1" }) }))).toMatchObject({ kind: "denied" });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { outcome: "DENIED", action: "case.view" } });
    expect(entry.details).toMatchObject({ requestedCaseId: "1' OR '1'='1" });
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
