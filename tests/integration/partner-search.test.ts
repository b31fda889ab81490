import { beforeAll, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import { appBaseUrl } from "@/lib/auth/config";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { PARTNER_SEARCH_LIMIT, createInvitation, searchPartnerOrganizations } from "@/lib/cases/invitations";
import { prisma } from "@/lib/db/client";
import type { AppError } from "@/lib/errors/app-error";
import { GET } from "@/app/arenden/[id]/partnerorganisationer/route";
import { resetDatabase } from "./reset-db";
import { seedWorld, storedSessionCookie, type World } from "./helpers/world";
import { setRequest } from "./helpers/next-request";

// The invitation form's organisation search (issue 14: the case page listed every
// organisation), and the invitation that names its organisation in text instead of by id.

let world: World;
const editor = () => loadActor(world.users.ownerEditor, "test-session");
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);

beforeAll(async () => {
  await resetDatabase();
  world = await seedWorld();
  await prisma.organization.createMany({
    data: [
      { name: "Vikbolandets kommun", type: "KOMMUN" },
      { name: "Vikbolandet", type: "KOMMUNALFORBUND" },
      ...Array.from({ length: PARTNER_SEARCH_LIMIT + 5 }, (_, i) => ({ name: `Testbygdens kommun ${String(i + 1).padStart(2, "0")}`, type: "KOMMUN" as const })),
    ],
  });
});

describe("searching for a partner organisation", () => {
  it("finds names containing the query, in any case, never the case's owner, names beginning with it first", async () => {
    const { organizations, total } = await searchPartnerOrganizations(await editor(), world.caseId, "VIK");
    expect(organizations.map((o) => o.name)).toEqual(["Vikbolandet", "Vikbolandets kommun", "Fjällvikens kommun"]);
    expect(total).toBe(3);
    const owner = await searchPartnerOrganizations(await editor(), world.caseId, "Norrström");
    expect(owner).toEqual({ organizations: [], total: 0 });
  });

  it("takes %, _ and \\ as letters, not as SQL wildcards", async () => {
    expect(await searchPartnerOrganizations(await editor(), world.caseId, "%")).toEqual({ organizations: [], total: 0 });
    expect(await searchPartnerOrganizations(await editor(), world.caseId, "_")).toEqual({ organizations: [], total: 0 });
    const odd = await prisma.organization.create({ data: { name: "Förbund_100% \\ test", type: "KOMMUNALFORBUND" } });
    for (const q of ["_100%", "% \\ t", "förbund_"]) {
      expect(await searchPartnerOrganizations(await editor(), world.caseId, q)).toEqual({ organizations: [{ id: odd.id, name: odd.name }], total: 1 });
    }
    await prisma.organization.delete({ where: { id: odd.id } });
  });

  it("lists names beginning with the query first even when more than a page of names only contain it", async () => {
    // 15 names contain "bygd" (Testbygdens …); one begins with it and sorts after them all.
    await prisma.organization.create({ data: { name: "Bygdeå kommunalförbund", type: "KOMMUNALFORBUND" } });
    const { organizations, total } = await searchPartnerOrganizations(await editor(), world.caseId, "bygd");
    expect(organizations[0]!.name).toBe("Bygdeå kommunalförbund");
    expect(organizations).toHaveLength(PARTNER_SEARCH_LIMIT);
    expect(total).toBe(PARTNER_SEARCH_LIMIT + 6);
  });

  it("returns at most the limit and says how many there are", async () => {
    const { organizations, total } = await searchPartnerOrganizations(await editor(), world.caseId, "testbygd");
    expect(organizations).toHaveLength(PARTNER_SEARCH_LIMIT);
    expect(organizations[0]!.name).toBe("Testbygdens kommun 01");
    expect(total).toBe(PARTNER_SEARCH_LIMIT + 5);
  });

  it("answers an empty query with nothing, and names the field of a query that is too long", async () => {
    expect(await searchPartnerOrganizations(await editor(), world.caseId, "   ")).toEqual({ organizations: [], total: 0 });
    const error = await failure(searchPartnerOrganizations(await editor(), world.caseId, "x".repeat(101)));
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors).toEqual([{ path: "q", message: "Sök med högst 100 tecken." }]);
  });

  it("refuses, and audits, anyone who may not invite to the case, even with an empty query", async () => {
    for (const [user, caseId] of [
      [world.users.otherEditor, world.caseId],
      [world.users.legalReviewer, world.caseId],
      [world.users.ownerEditor, world.otherCaseId],
    ] as const) {
      const before = await prisma.auditLog.count({ where: { action: "case.invite", outcome: "DENIED", caseId } });
      const error = await failure(searchPartnerOrganizations(await loadActor(user, "test-session"), caseId, ""));
      expect(error?.code).toBe("NOT_FOUND");
      expect(await prisma.auditLog.count({ where: { action: "case.invite", outcome: "DENIED", caseId } })).toBe(before + 1);
    }
  });

  it("answers over HTTP as JSON, with the Swedish message and the field when the query is bad", async () => {
    setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
    const url = (q: string) => new Request(`${appBaseUrl()}/arenden/${world.caseId}/partnerorganisationer?q=${encodeURIComponent(q)}`);
    const params = { params: Promise.resolve({ id: world.caseId }) };
    const ok = await GET(url("fjäll"), params);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("private, no-store");
    expect(await ok.json()).toEqual({ organizations: [{ id: world.org.fjallviken, name: "Fjällvikens kommun" }], total: 1 });
    const bad = await GET(url("x".repeat(101)), params);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "VALIDATION", fields: [{ path: "q", message: "Sök med högst 100 tecken." }] });
    setRequest({});
    expect((await GET(url("fjäll"), params)).status).toBe(401);
  });
});

describe("an invitation that names its organisation", () => {
  it("takes a name typed in full, in any case, as that organisation", async () => {
    const { id } = await createInvitation(await editor(), world.caseId, { email: "per@fjallviken.test", role: "EDITOR", organizationName: "  fjällvikens KOMMUN " });
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id } })).organizationId).toBe(world.org.fjallviken);
  });

  it("finds a typed name with %, _ or \\ in it", async () => {
    const odd = await prisma.organization.create({ data: { name: "Förbund_100% \\ test", type: "KOMMUNALFORBUND" } });
    const { id } = await createInvitation(await editor(), world.caseId, { email: "udda@exempel.test", role: "EDITOR", organizationName: "FÖRBUND_100% \\ TEST" });
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id } })).organizationId).toBe(odd.id);
  });

  it("prefers the picked organisation to the typed text", async () => {
    const { id } = await createInvitation(await editor(), world.caseId, {
      email: "eva@lund.test",
      role: "EDITOR",
      organizationId: world.org.lund,
      organizationName: "Lu",
    });
    expect((await prisma.caseInvitation.findUniqueOrThrow({ where: { id } })).organizationId).toBe(world.org.lund);
  });

  it("names the field, and writes nothing, when no organisation, the owner, or several have that name", async () => {
    await prisma.organization.create({ data: { name: "Vikbolandet", type: "REGION" } });
    const before = await prisma.caseInvitation.count();
    for (const [name, message] of [
      ["Fjällvik", CASE_MESSAGES.organizationNotFound],
      ["Fjällvikens kommu_", CASE_MESSAGES.organizationNotFound],
      ["%", CASE_MESSAGES.organizationNotFound],
      ["Norrströms kommun", CASE_MESSAGES.organizationNotFound],
      ["vikbolandet", CASE_MESSAGES.organizationAmbiguous],
    ] as const) {
      const error = await failure(createInvitation(await editor(), world.caseId, { email: "ny@exempel.test", role: "EDITOR", organizationName: name }));
      expect(error?.code).toBe("VALIDATION");
      expect(error?.fieldErrors).toEqual([{ path: "organizationName", message }]);
    }
    expect(await prisma.caseInvitation.count()).toBe(before);
  });
});
