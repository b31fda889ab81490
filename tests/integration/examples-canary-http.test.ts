import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { fictionalCases } from "@/lib/demo/example-cases";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { approveExample, proposeExample } from "@/lib/examples/data";
import { resetDatabase } from "./reset-db";
import { type ProductionServer, rawRequest, startProductionServer } from "./helpers/production-server";
import { CANARIES, CANARY_PERSON, MARKED_PERSON, canaryCase, expectNoCanary } from "./helpers/canary";
import { EMAILS, seedWorld, sessionCookie } from "./helpers/world";

// Issue 12's canary test over real HTTP: the pages SKR staff reach, as the production server
// (`npm start`) renders them – HTML and the React payload inside it – with the canary cases
// published through the whole flow. Nothing identifying may appear on any of them.

let server: ProductionServer;
let cookie = "";
let publishedCanaries: string[] = [];

beforeAll(async () => {
  server = await startProductionServer();
  await resetDatabase();
  const world = await seedWorld();
  const canaryUser = await prisma.user.create({ data: { email: "kanarie@kanarieby.se", name: CANARY_PERSON } });
  const specs = [canaryCase(1), canaryCase(2), canaryCase(3)];
  const { ids } = await seedExampleCases(prisma, [...specs, ...fictionalCases(30)], {
    editorUserId: Object.fromEntries(specs.map((s) => [s.key, world.users.ownerEditor])),
  });
  const editor = await loadActor(world.users.ownerEditor, "s");
  const jurist = await loadActor(world.users.legalReviewer, "s");
  for (const spec of specs) {
    const id = ids[spec.key]!;
    await prisma.caseMember.create({ data: { caseId: id, userId: canaryUser.id, role: "EDITOR" } });
    await prisma.case.update({ where: { id }, data: { ownerOrganizationId: world.org.norrstrom } });
    await proposeExample(editor, id, { area: "familjehem", lessonsLearned: `Lärdom från ${MARKED_PERSON} i Kanarieby.`, markedNames: "Tornedalen", markedPersons: MARKED_PERSON });
    const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } });
    await approveExample(jurist, id, { version: proposed.version });
  }
  publishedCanaries = (await prisma.caseExample.findMany({ where: { caseId: { in: specs.map((s) => ids[s.key]!) }, status: "APPROVED" }, select: { id: true } })).map((e) => e.id);
  expect(publishedCanaries).toHaveLength(3);
  cookie = await sessionCookie(EMAILS.skrStaff);
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

async function get(path: string): Promise<string> {
  const response = await rawRequest(`${server.origin}${path}`, { headers: { cookie } });
  expect(response.status, path).toBe(200);
  return response.body;
}

/** The example pages a result page links to. */
const exampleLinks = (html: string) => [...new Set([...html.matchAll(/href="\/katalog\/([0-9a-f-]{36})"/g)].map((m) => m[1]!))];

describe("no canary on any page SKR staff can reach, as rendered by the production server", () => {
  it("the start page, the account page, the catalogue, every search result and every example page", async () => {
    const pages: Array<[string, string]> = [];
    // "Mina ärenden" is not SKR staff's: they hold no case (case.list needs an organisation role).
    const myCases = await rawRequest(`${server.origin}/arenden`, { headers: { cookie } });
    expect(myCases.status, "/arenden").toBe(404);
    expectNoCanary("/arenden", myCases.body);
    for (const path of ["/", "/konto", "/katalog", "/katalog?area=familjehem", "/katalog?form=avtalssamverkan&route=hamburg", "/katalog?q=placering", "/katalog?q=familjehem&area=familjehem", "/katalog?q=kommun"]) {
      pages.push([path, await get(path)]);
    }
    const linked = new Set(pages.flatMap(([, html]) => exampleLinks(html)));
    // The canary examples are among those rendered, so the check below really looks at them.
    for (const id of publishedCanaries) expect(linked.has(id), `example ${id} reached from a search`).toBe(true);
    for (const id of linked) pages.push([`/katalog/${id}`, await get(`/katalog/${id}`)]);
    expect(pages.some(([path, html]) => path.startsWith("/katalog/") && html.includes("[personnummer]"))).toBe(true);
    for (const [path, html] of pages) expectNoCanary(path, html);
  });

  it("a search for a canary word finds nothing, and the page adds nothing beyond the words typed", async () => {
    for (const word of ["Kanarieby", "Fågelsdotter", "Tornedalen", "Kiruna"]) {
      const html = await get(`/katalog?q=${encodeURIComponent(word)}`);
      expect(exampleLinks(html), word).toEqual([]);
      // The search box and the heading echo the query; nothing else may contain a canary.
      expectNoCanary(`search ${word}`, html.split(word).join(""));
    }
  });

  it("the statistics page, each of its tables, and every CSV download", async () => {
    const html = await get("/statistik");
    expectNoCanary("/statistik", html);
    // One table a view: every table the page links to, and every CSV linked from those views.
    const views = [...new Set([...html.matchAll(/href="\/statistik\?tabell=([a-z]+)"/g)].map((m) => m[1]!))];
    expect(views).toEqual(["fynd", "upphandling", "samverkansform", "verksamhet", "stopp", "godkannande", "tid", "slut"]);
    const csv = new Set<string>();
    for (const view of views) {
      const table = await get(`/statistik?tabell=${view}`);
      expectNoCanary(`/statistik?tabell=${view}`, table);
      for (const m of table.matchAll(/href="\/statistik\/csv\/([a-z]+)"/g)) csv.add(m[1]!);
    }
    expect([...csv]).toEqual(views);
    for (const table of csv) expectNoCanary(`/statistik/csv/${table}`, await get(`/statistik/csv/${table}`));
  });

  it("the JSON API", async () => {
    const list = await get("/api/katalog?q=placeringar");
    expectNoCanary("/api/katalog", list);
    for (const id of publishedCanaries) expectNoCanary(`/api/katalog/${id}`, await get(`/api/katalog/${id}`));
    expectNoCanary("/api/statistik", await get("/api/statistik"));
    expect(CANARIES.length).toBeGreaterThan(10);
  });
});
