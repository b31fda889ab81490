import { beforeAll, describe, expect, it } from "vitest";

import { type Actor, ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { mayOnLoadedCase } from "@/lib/auth/authorize";
import { CASE_ROLE_SELECT } from "@/lib/auth/case-roles";
import { type Action, type CaseRoleName, PERMISSIONS, isCaseRole, isCaseScoped } from "@/lib/auth/permissions";
import { listMyCases, mayOnCase } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import { resetDatabase } from "./reset-db";
import { type World, seedWorld } from "./helpers/world";

// Pages decide which controls to show from the case row they loaded (mayOnLoadedCase); every
// action is gated by the same case roles as a WHERE clause (caseScope, asked here through
// mayOnCase). The two must agree for every person, case and case action. The expected roles are
// written out by hand from the role descriptions in lib/auth/permissions.ts (ROLES), not taken
// from either reader.

let world: World;
const extra: Record<string, string> = {};

async function person(email: string, membership?: { organizationId: string; role: "CASE_EDITOR" | "LEGAL_REVIEWER" | "ORG_ADMIN" }) {
  const user = await prisma.user.create({ data: { email, name: email, emailVerified: true } });
  if (membership) await prisma.membership.create({ data: { userId: user.id, ...membership } });
  return user.id;
}

beforeAll(async () => {
  await resetDatabase();
  world = await seedWorld();
  // A jurist and an admin of Fjällviken, which the partner represents in the Norrström case.
  extra.partnerJurist = await person("jurist@fjallviken.test", { organizationId: world.org.fjallviken, role: "LEGAL_REVIEWER" });
  extra.partnerAdmin = await person("admin@fjallviken.test", { organizationId: world.org.fjallviken, role: "ORG_ADMIN" });
  // A jurist invited to the Norrström case as a reviewer, representing no organisation.
  extra.invitedReviewer = await person("granskare@byra.test");
  await prisma.caseMember.create({ data: { caseId: world.caseId, userId: extra.invitedReviewer, role: "REVIEWER" } });
  // A jurist of Lund, the owner of the other case, who takes part in no case.
  extra.lundJurist = await person("jurist@lund.test", { organizationId: world.org.lund, role: "LEGAL_REVIEWER" });
});

type Expected = { own: CaseRoleName[]; other: CaseRoleName[] };

/** From ROLES: editor = takes part as editor; reviewer = invited reviewer, or jurist of the owner or of a represented organisation; owner approver = admin or jurist of the owner. */
const EXPECTED: Record<string, Expected> = {
  anonymous: { own: [], other: [] },
  ownerEditor: { own: ["caseEditor"], other: [] },
  partner: { own: ["caseEditor"], other: [] },
  otherEditor: { own: [], other: [] },
  legalReviewer: { own: ["caseReviewer", "caseOwnerApprover"], other: [] },
  orgAdmin: { own: ["caseOwnerApprover"], other: [] },
  skrStaff: { own: [], other: [] },
  admin: { own: [], other: [] },
  lundEditor: { own: [], other: ["caseEditor"] },
  plain: { own: [], other: [] },
  partnerJurist: { own: ["caseReviewer"], other: [] },
  partnerAdmin: { own: [], other: [] },
  invitedReviewer: { own: ["caseReviewer"], other: [] },
  lundJurist: { own: [], other: ["caseReviewer", "caseOwnerApprover"] },
};

async function actorNamed(name: string): Promise<Actor> {
  if (name === "anonymous") return ANONYMOUS;
  const id = (world.users as Record<string, string>)[name] ?? extra[name];
  return loadActor(id!, "test-session");
}

/** What the table allows given the roles held, case roles taken from the hand-written list. */
function allowed(actor: Actor, action: Action, caseRoles: CaseRoleName[]): boolean {
  return PERMISSIONS[action].some((role) => {
    if (isCaseRole(role)) return caseRoles.includes(role);
    if (role === "anyone") return true;
    if (role === "mayJoin") return actor.kind !== "user" || !actor.globalRoles.includes("SKR_STAFF");
    if (actor.kind !== "user") return false;
    if (role === "signedIn") return true;
    if (role === "skrStaff") return actor.globalRoles.includes("SKR_STAFF");
    if (role === "systemAdmin") return actor.globalRoles.includes("SYSTEM_ADMIN");
    if (role === "caseWorker") return actor.memberships.length > 0 || actor.globalRoles.length === 0;
    const orgRole = { orgCaseEditor: "CASE_EDITOR", orgLegalReviewer: "LEGAL_REVIEWER", orgAdmin: "ORG_ADMIN" }[role];
    return actor.memberships.some((m) => m.role === orgRole);
  });
}

const CASE_ACTIONS = (Object.keys(PERMISSIONS) as Action[]).filter(isCaseScoped);

describe("case roles: the query and the loaded row agree", () => {
  it("covers every case action of the permission table", () => {
    expect(CASE_ACTIONS.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of Object.keys(EXPECTED)) {
    for (const which of ["own", "other"] as const) {
      it(`${name}, ${which === "own" ? "the Norrström case" : "Lund's case"}`, async () => {
        const actor = await actorNamed(name);
        const caseId = which === "own" ? world.caseId : world.otherCaseId;
        const row = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: CASE_ROLE_SELECT });
        for (const action of CASE_ACTIONS) {
          const expected = allowed(actor, action, EXPECTED[name]![which]);
          expect({ action, query: await mayOnCase(actor, action, caseId) }).toEqual({ action, query: expected });
          expect({ action, loaded: mayOnLoadedCase(actor, action, row) }).toEqual({ action, loaded: expected });
        }
      });
    }
  }
});

describe("case roles: the database decides, not the roles a request began with", () => {
  it("a jurist whose role is taken away while a request is under way is refused by the query", async () => {
    const jurist = await prisma.user.create({ data: { email: "avgar@fjallviken.test", name: "Avgående jurist", emailVerified: true } });
    const membership = await prisma.membership.create({ data: { userId: jurist.id, organizationId: world.org.fjallviken, role: "LEGAL_REVIEWER" } });
    const actor = await loadActor(jurist.id, "test-session");
    expect(await mayOnCase(actor, "case.view", world.caseId)).toBe(true);
    await prisma.membership.delete({ where: { id: membership.id } });
    // The actor still says jurist; the WHERE clause asks the database, which no longer does.
    expect(await mayOnCase(actor, "case.view", world.caseId)).toBe(false);
  });
});

describe("case lists: narrowed through indexes, the same cases as the scope", () => {
  for (const name of Object.keys(EXPECTED)) {
    it(`"Mina ärenden" of ${name} lists exactly the cases they may view`, async () => {
      const actor = await actorNamed(name);
      // case.view: editors and reviewers of the case (PERMISSIONS).
      const views = (roles: CaseRoleName[]) => roles.includes("caseEditor") || roles.includes("caseReviewer");
      const expected = [...(views(EXPECTED[name]!.own) ? [world.caseId] : []), ...(views(EXPECTED[name]!.other) ? [world.otherCaseId] : [])].sort();
      // Someone the table does not let list cases (SKR staff, a system admin: global roles only)
      // is refused the list, and must then have no case to miss.
      if (actor.kind !== "user" || !allowed(actor, "case.list", [])) {
        await expect(listMyCases(actor)).rejects.toMatchObject({ code: actor.kind === "user" ? "FORBIDDEN" : "UNAUTHENTICATED" });
        expect(expected).toEqual([]);
        return;
      }
      const listed = (await listMyCases(actor)).cases.map((c) => c.id).sort();
      expect(listed).toEqual(expected);
    });
  }
});
