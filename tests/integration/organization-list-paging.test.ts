import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { type Actor, loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { ORGANIZATIONS_PER_PAGE, listOrganizations } from "@/lib/organizations/data";
import OrganizationsPage from "@/app/admin/organisationer/page";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { databaseSnapshot } from "./helpers/snapshot";
import { type World, seedWorld, storedSessionCookie } from "./helpers/world";

// Found by a tester as system administrator: the organisation list was one page of every
// organisation (about 7 000 px for 312), with no search. It is searched by name or code now,
// and shown 50 at a time.
let world: World;
const actor = (name: keyof World["users"]): Promise<Actor> => loadActor(world.users[name], "test-session");
const EXTRA = 120;

/** The page as HTML, rendered as the signed-in system admin would get it. */
async function renderPage(searchParams: Record<string, string | string[] | undefined>): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(world.users.admin) });
  const element = (await OrganizationsPage({ searchParams: Promise.resolve(searchParams) })) as ReactElement;
  return renderToStaticMarkup(element);
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&nbsp;|\u00a0/g, " ").replace(/\s+/g, " ").trim();
const decode = (html: string) => html.replace(/&amp;/g, "&");

beforeAll(async () => {
  await resetDatabase();
  world = await seedWorld();
  // 120 municipalities "Provkommun 001" … "Provkommun 120" with the codes 5001 … 5120, besides the
  // world's three (Fjällviken, Lund 1281, Norrström).
  await prisma.organization.createMany({
    data: Array.from({ length: EXTRA }, (_, i) => ({ name: `Provkommun ${String(i + 1).padStart(3, "0")}`, type: "KOMMUN" as const, officialCode: String(5001 + i) })),
  });
});

describe("the system admin's organisation list", () => {
  it("shows 50 at a time, in order, every organisation exactly once over the pages", async () => {
    const admin = await actor("admin");
    const first = await listOrganizations(admin);
    expect(first).toMatchObject({ q: "", total: EXTRA + 3, page: 1, pages: 3, perPage: ORGANIZATIONS_PER_PAGE });
    expect(ORGANIZATIONS_PER_PAGE).toBe(50);
    const pages = [first, await listOrganizations(admin, { sida: "2" }), await listOrganizations(admin, { sida: "3" })];
    expect(pages.map((p) => p.organizations.length)).toEqual([50, 50, 23]);
    const names = pages.flatMap((p) => p.organizations.map((o) => o.name));
    expect(new Set(names).size).toBe(EXTRA + 3);
    expect(names.slice(0, 3)).toEqual(["Fjällvikens kommun", "Lunds kommun", "Norrströms kommun"]);
    expect(names.at(-1)).toBe("Provkommun 120");
    // Counts come with each row, as before.
    expect(first.organizations.find((o) => o.name === "Fjällvikens kommun")).toMatchObject({ owned: 0, participating: 1 });
  });

  it("finds by part of the name in any letter case, and by kommunkod", async () => {
    const admin = await actor("admin");
    const byName = await listOrganizations(admin, { q: "  NORRSTRÖM " });
    expect(byName).toMatchObject({ q: "NORRSTRÖM", total: 1, page: 1, pages: 1 });
    expect(byName.organizations.map((o) => o.name)).toEqual(["Norrströms kommun"]);
    expect((await listOrganizations(admin, { q: "1281" })).organizations.map((o) => o.name)).toEqual(["Lunds kommun"]);
    // Part of a code: "511" is in 5110 … 5119 only.
    const partial = await listOrganizations(admin, { q: "511" });
    expect(partial.organizations.map((o) => o.officialCode)).toEqual(["5110", "5111", "5112", "5113", "5114", "5115", "5116", "5117", "5118", "5119"]);
    const paged = await listOrganizations(admin, { q: "provkommun", sida: "3" });
    expect(paged).toMatchObject({ total: EXTRA, page: 3, pages: 3 });
    expect(paged.organizations.map((o) => o.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Provkommun ${101 + i}`));
    // "%" and "_" are characters to find, not wildcards.
    expect((await listOrganizations(admin, { q: "%" })).total).toBe(0);
    expect((await listOrganizations(admin, { q: "_" })).total).toBe(0);
  });

  it("shows page 1 for anything that is not a page number, and the last page past the end", async () => {
    const admin = await actor("admin");
    const first = await listOrganizations(admin);
    for (const sida of ["0", "-2", "1.5", "tre", "", "1e9", ["2", "3"], undefined, { toString: 0 }]) {
      expect(await listOrganizations(admin, { sida })).toEqual(first);
    }
    const last = await listOrganizations(admin, { sida: "3" });
    expect(await listOrganizations(admin, { sida: "99" })).toEqual(last);
  });

  it("is for system admins only: everyone else is refused, audited, with nothing changed", async () => {
    for (const who of ["orgAdmin", "ownerEditor", "skrStaff"] as const) {
      const before = await databaseSnapshot();
      const denied = await prisma.auditLog.count({ where: { outcome: "DENIED", action: "organization.list" } });
      await expect(listOrganizations(await actor(who), { q: "lund" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await databaseSnapshot()).toEqual(before);
      expect(await prisma.auditLog.count({ where: { outcome: "DENIED", action: "organization.list" } })).toBe(denied + 1);
    }
  });
});

describe("the page /admin/organisationer", () => {
  it("has a labelled search that works without JavaScript, says which rows it shows, and pages with the search kept", async () => {
    const html = await renderPage({ q: "provkommun", sida: "2" });
    // A GET form to the page itself with a labelled field and its own button.
    const form = /<form[^>]*>/.exec(html)?.[0] ?? "";
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/admin/organisationer"');
    expect(form).toContain('role="search"');
    expect(html).toMatch(/<label[^>]*for="sok-organisation"[^>]*>Sök på namn eller kommunkod<\/label>/);
    const input = /<input[^>]*id="sok-organisation"[^>]*>/.exec(html)?.[0] ?? "";
    expect(input).toContain('name="q"');
    expect(input).toContain('value="provkommun"');
    expect(html).toMatch(/<button type="submit"[^>]*>Sök<\/button><\/form>/);
    expect(text(html)).toContain("Visar 51–100 av 120 organisationer som matchar ”provkommun”.");
    expect(decode(html)).toContain('href="/admin/organisationer?q=provkommun&sida=1"');
    expect(decode(html)).toContain('href="/admin/organisationer?q=provkommun&sida=3"');
    expect(text(html)).toContain("Föregående");
    expect(text(html)).toContain("Nästa");
    expect(text(html)).toContain("Provkommun 051");
    expect(text(html)).not.toContain("Provkommun 050 ");
  });

  it("without a search shows the first 50 of all, and a clear message naming a search that finds nothing", async () => {
    expect(text(await renderPage({}))).toContain("Visar 1–50 av 123 organisationer.");
    const none = text(await renderPage({ q: "Ingenstans" }));
    expect(none).toContain("Ingen organisation matchar ”Ingenstans”.");
    expect(none).toContain("Visa alla organisationer");
    expect(none).not.toContain("Visar");
  });

  it("never fails on a crafted address: a bad page is page 1, a repeated or overlong search is cut down", async () => {
    expect(text(await renderPage({ sida: "abc" }))).toContain("Visar 1–50 av 123 organisationer.");
    expect(text(await renderPage({ sida: ["2", "x"] }))).toContain("Visar 51–100 av 123 organisationer.");
    expect(text(await renderPage({ q: ["lund", "norr"] }))).toContain("Visar 1 av 1 organisation som matchar ”lund”.");
    expect(text(await renderPage({ q: "x".repeat(500) }))).toContain("Ingen organisation matchar");
    // Characters PostgreSQL refuses in text: a NUL, and a pair of surrogates cut in two at 100.
    expect(text(await renderPage({ q: "lu\u0000nd" }))).toContain("Ingen organisation matchar");
    expect(text(await renderPage({ q: `${"x".repeat(99)}😀` }))).toContain("Ingen organisation matchar");
    await expect(listOrganizations(await actor("admin"), { q: "lu\u0000nd" })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
