import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";

import { appBaseUrl } from "@/lib/auth/config";
import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { type DemoCaseSpec, caseOfKind, demoExampleCases } from "@/lib/demo/example-cases";
import { TWO_PARTY_KIND, exampleVersion } from "./helpers/examples";
import { migrationSql, withPgClient } from "./helpers/raw-sql";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { approveExample, editExampleText, proposeExample } from "@/lib/examples/data";
import { getPublishedExample, searchCatalogue } from "@/lib/catalogue/data";
import { PARTIES_SECTION, maskOmitted, partyLettersBeyond, populationBeyond } from "@/lib/anonymisation";
import * as catalogueRoute from "@/app/api/katalog/route";
import * as exampleRoute from "@/app/api/katalog/[id]/route";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { EMAILS, type World, seedWorld, sessionCookie } from "./helpers/world";

// The anonymiser names the n:th party "Kommun <n:th letter>". With three parties among cases of
// two, the k-anonymity check publishes the number of parties as "2 eller fler"; "Kommun C" in the
// text would still say three or more. Nothing SKR staff can read or search may say so.

const AREA = "ekonomiskt_bistand";
const TWO = TWO_PARTY_KIND;
const THIRD = { id: "c", name: "Bengtsfors kommun", type: "kommun" as const, role: "uppdragsgivare" as const, officialCode: "1460" };
const LESSON = "Bengtsfors kommun kom in sent; Bengtsfors kommuns socialnämnd behövde mer tid för reglementet.";

/** A case of three parties whose text names the third. */
function threeParties(n: number, example?: DemoCaseSpec["example"]): DemoCaseSpec {
  const spec = caseOfKind(TWO, n);
  const doc = { ...spec.doc, parties: [...spec.doc.parties, THIRD], needs: { ...spec.doc.needs, problem: "Dals-Ed, Färgelanda och Bengtsfors saknar var för sig en socionom i jour." } };
  return { ...spec, doc, example };
}

/** Any lettered party after B: what "2 eller fler" does not allow. */
const BEYOND_B = /(?:Kommun|Region|Kommunalförbund|Part) [C-Z](?![\p{L}])/u;

const migration = () => migrationSql("_examples_without_party_letters");
const withClient = <T>(fn: (client: pg.Client) => Promise<T>) => withPgClient(process.env.DATABASE_URL!, fn);

/** The lexemes of an example's search index. */
async function lexemes(id: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ lexeme: string }>>`SELECT lexeme FROM "CaseExample" e, unnest(e."searchVector") WHERE e."id" = ${id}::uuid`;
  return rows.map((r) => r.lexeme);
}

describe("an example's party letters say no more than its published number of parties", () => {
  let world: World;
  let proposedCase = "";
  const exampleIds: Record<"proposed" | "seeded" | "storedBefore", string> = { proposed: "", seeded: "", storedBefore: "" };

  beforeAll(async () => {
    await resetDatabase();
    world = await seedWorld();
    const fillers = [11, 12, 13].map((n) => caseOfKind(TWO, n));
    const proposed = threeParties(1);
    const seeded = threeParties(2, { area: AREA, lessonsLearned: LESSON });
    const { ids } = await seedExampleCases(prisma, [proposed, seeded, ...fillers], { editorUserId: { [proposed.key]: world.users.ownerEditor } });
    proposedCase = ids[proposed.key]!;
    await prisma.case.update({ where: { id: proposedCase }, data: { ownerOrganizationId: world.org.norrstrom } });
    const seededExample = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: ids[seeded.key]! } });
    expect(seededExample).toMatchObject({ status: "APPROVED", partyCount: "2 eller fler" });
    exampleIds.seeded = seededExample.id;

    const editor = await loadActor(world.users.ownerEditor, "s");
    await proposeExample(editor, proposedCase, { area: AREA, lessonsLearned: LESSON, version: await exampleVersion(proposedCase) });
    const proposedExample = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: proposedCase } });
    expect(proposedExample.partyCount).toBe("2 eller fler");
    exampleIds.proposed = proposedExample.id;

    // An example published before this was fixed: "2 eller fler" in its field, "Kommun C" and
    // "Kommun D:s" in its text and its search index.
    const title = "Jour i ekonomiskt bistånd";
    const sections = [
      { id: "avtal.parter", heading: "Avtal: Avtalets parter", text: "Kommun A är värdkommun; Kommun B och Kommun C köper.", spans: [] },
      { id: "lardomar", heading: "Lärdomar", text: "Kommun A och Kommun C delade jouren; Kommun D:s nämnd beslutade sist om reglementet.", spans: [] },
    ];
    const old = await prisma.caseExample.create({
      data: { caseId: ids[fillers[0]!.key]!, status: "APPROVED", title, sections, area: AREA, partyCount: "2 eller fler", collaborationForm: "avtalssamverkan", procurementRoute: "hamburg", year: 2025, kSteps: [], proposedByUserId: world.users.ownerEditor, approvedAt: new Date() },
    });
    const searchText = [title, ...sections.map((s) => `${s.heading}\n${s.text}`)].join("\n\n");
    await prisma.$executeRaw`UPDATE "CaseExample" SET "searchVector" = setweight(to_tsvector('swedish', ${title}), 'A') || setweight(to_tsvector('swedish', ${searchText}), 'B') WHERE "id" = ${old.id}::uuid`;
    exampleIds.storedBefore = old.id;
    expect(await lexemes(old.id)).toEqual(expect.arrayContaining(["c", "d"]));
  });

  it("the proposal the editors review names the third party without a letter", async () => {
    const stored = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: proposedCase } });
    const text = JSON.stringify([stored.title, stored.sections]);
    expect(text).not.toMatch(BEYOND_B);
    expect(text).not.toMatch(/Bengtsfors|Dals-Ed|Färgelanda/);
    expect(text).toContain("Kommun A, Kommun B och [kommun] saknar");
    expect(text).toContain("[kommun] kom in sent; [kommun] socialnämnd");
  });

  it("an editor cannot write a letter back that tells the count, and the example stays as it was", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    const before = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: proposedCase } });
    const attempt = editExampleText(editor, proposedCase, { version: String(before.version), "section:lardomar": "Kommun C kom in sent." });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "section:lardomar" }] });
    await expect(attempt).rejects.toThrow(/Kommun C.*minst 3.*2 eller fler.*\[kommun\]/);
    expect(await prisma.caseExample.findUniqueOrThrow({ where: { caseId: proposedCase } })).toEqual(before);
    // The title is the editors' to reword too (a title listing every party tells their number),
    // with the same checks: a letter beyond the count, a name the anonymiser would remove, an empty one.
    for (const [title, message] of [
      ["Jour för Kommun A, Kommun B och Kommun C", /Rubriken nämner Kommun C/],
      ["Jour för Bengtsfors och Dals-Ed", /Rubriken innehåller fortfarande/],
      ["  ", /Skriv en rubrik/],
    ] as const) {
      const error = await editExampleText(editor, proposedCase, { version: String(before.version), title, "section:lardomar": "[kommun] kom in sent." }).catch((e: unknown) => e);
      expect(error, title).toMatchObject({ code: "VALIDATION", fieldErrors: [expect.objectContaining({ path: "title" })] });
      const { message: said, fieldErrors } = error as { message: string; fieldErrors: Array<{ message: string }> };
      expect([said, ...fieldErrors.map((e) => e.message)].join(" "), title).toMatch(message);
    }
    expect(await prisma.caseExample.findUniqueOrThrow({ where: { caseId: proposedCase } })).toEqual(before);
    // Letters the count allows are still the editors' to write.
    await editExampleText(editor, proposedCase, { version: String(before.version), title: "Jour i ekonomiskt bistånd för flera kommuner", "section:lardomar": "Kommun B kom in sent; [kommun] ännu senare." });
    const after = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: proposedCase } });
    expect(after).toMatchObject({ version: before.version + 1, title: "Jour i ekonomiskt bistånd för flera kommuner" });
    const jurist = await loadActor(world.users.legalReviewer, "s");
    await approveExample(jurist, proposedCase, { version: after.version });
  });

  it("the example pages, the search and the JSON API say no more, for examples published before the fix too", async () => {
    const skr = await loadActor(world.users.skrStaff, "s");
    const outputs: Array<[string, string]> = [];
    for (const [which, id] of Object.entries(exampleIds)) {
      const example = await getPublishedExample(skr, id);
      expect(example.partyCount).toBe("2 eller fler");
      expect(example.sections.map((s) => s.text).join(" ")).toMatch(/reglementet|sent/);
      outputs.push([`${which} example`, JSON.stringify(example)]);
    }
    // The clause that lists the parties is left out: it would tell their number.
    expect((await getPublishedExample(skr, exampleIds.storedBefore)).sections.map((s) => [s.id, s.text])).toEqual([
      ["lardomar", "Kommun A och [kommun] delade jouren; [kommun] nämnd beslutade sist om reglementet."],
    ]);
    for (const q of ["", "reglementet", "jouren", "sent"]) outputs.push([`search "${q}"`, JSON.stringify((await searchCatalogue(skr, { q, area: AREA })).hits)]);
    const cookie = await sessionCookie(EMAILS.skrStaff);
    setRequest({ cookie });
    const request = (url: string) => new Request(`${appBaseUrl()}${url}`, { headers: { cookie } });
    for (const q of ["", "reglementet"]) {
      const res = await catalogueRoute.GET(request(`/api/katalog?area=${AREA}&q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(200);
      outputs.push([`GET /api/katalog?q=${q}`, await res.text()]);
    }
    for (const id of Object.values(exampleIds)) {
      const res = await exampleRoute.GET(request(`/api/katalog/${id}`), { params: Promise.resolve({ id }) });
      expect(res.status).toBe(200);
      outputs.push([`GET /api/katalog/${id}`, await res.text()]);
    }
    for (const [label, text] of outputs) expect(text, label).not.toMatch(BEYOND_B);
    // Both routes give the year of approval, never its instant.
    for (const [label, text] of outputs.filter(([l]) => l.startsWith("GET "))) {
      expect(text, label).not.toContain('"approvedAt"');
      expect(text, label).toContain('"approvedYear":');
    }
  });

  it("the search index holds no letter the published text does not, once the migration has rebuilt the old example's", async () => {
    for (const id of [exampleIds.proposed, exampleIds.seeded]) expect(await lexemes(id)).not.toEqual(expect.arrayContaining(["c"]));
    const skr = await loadActor(world.users.skrStaff, "s");
    // Before: the old example is found by a word only its parties clause holds.
    expect((await searchCatalogue(skr, { q: "värdkommun" })).hits.map((h) => h.id)).toContain(exampleIds.storedBefore);
    await withClient((client) => client.query(migration()));
    const rebuilt = await lexemes(exampleIds.storedBefore);
    expect(rebuilt).not.toContain("c");
    expect(rebuilt).not.toContain("d");
    expect(rebuilt).toEqual(expect.arrayContaining(["reglementet", "jour"]));
    expect((await searchCatalogue(skr, { q: "värdkommun" })).hits.map((h) => h.id)).not.toContain(exampleIds.storedBefore);
    expect((await searchCatalogue(skr, { q: "Kommun D" })).hits.map((h) => h.id)).not.toContain(exampleIds.storedBefore);
    expect((await searchCatalogue(skr, { q: "reglementet" })).hits.map((h) => h.id)).toContain(exampleIds.storedBefore);
  });

  it("the migration masks stored text as the app does", async () => {
    const functions = migration().match(/CREATE OR REPLACE FUNCTION pg_temp\.[\s\S]*?\$fn\$;/g)!;
    expect(functions).toHaveLength(3);
    const samples = [
      "Kommun A, Region B, Kommun C, Kommunalförbund D, Part E:s nämnd, Kommun F och Region G:s.",
      "Kommun C:s socialnämnd och Kommunalförbund C beslutar; en gemensam nämnd valdes, Hamburgundantaget gäller.",
      "kommun D, Kommun\u00a0E, Kommun Fs nämnd, region C och part G; kommun i Norrbotten.",
      "Annonserad upphandling enligt LOU krävdes inte; en ordinarie upphandling, upphandlingen.",
      "Kommunen C-gruppen, Region Skåne, kommun D, Kommun DE, Kommunalförbundet E och [kommun].",
      "Kommun A har färre än 10 000 invånare, Kommun B 10 000–24 999 invånare och [kommun] 25 000–49 999 invånare.",
      "50 000–99 999 invånare, 100 000–199 999 invånare, 200 000 invånare eller fler, 10\u00a0000–24\u00a0999 invånare.",
      "Tillsammans färre än 25 000 invånare; 25 000–99 999 invånare; 100 000 invånare eller fler; 12 000 invånare.",
    ];
    await withClient(async (client) => {
      for (const fn of functions) await client.query(fn);
      for (const partyCount of ["2", "3–4", "5 eller fler", "2 eller fler", null]) {
        for (const populationBand of ["10000-24999", "under-25000", "25000-99999", "100000-", null]) {
          for (const [form, route] of [["avtalssamverkan", "hamburg"], [null, null]] as const) {
            for (const text of samples) {
              const { rows } = await client.query<{ masked: string }>(
                "SELECT pg_temp.without_fine_population(pg_temp.without_party_letters(pg_temp.without_omitted($1, $2, $3), $4), $5) AS masked",
                [text, form === null, route === null, partyCount, populationBand],
              );
              const published = { collaborationForm: form, procurementRoute: route, populationBand, partyCount };
              expect(rows[0]!.masked, `${text} (${JSON.stringify(published)})`).toBe(maskOmitted(text, [], published).text);
            }
          }
        }
      }
    });
  });
});

// Found in review: approval ran the check again but published the proposal's fields unless the
// check now left a field out, so a count generalised only since the proposal ("3–4" → "2 eller
// fler") was published as "3–4", with "Kommun C" in the text.
describe("approval publishes what the check asks at approval, not only what it asked at the proposal", () => {
  let world: World;
  let caseId = "";
  let peerId = "";

  beforeAll(async () => {
    await resetDatabase();
    world = await seedWorld();
    const own = threeParties(21);
    const peers = [22, 23].map((n) => threeParties(n));
    const fillers = [31, 32, 33].map((n) => caseOfKind(TWO, n));
    const { ids } = await seedExampleCases(prisma, [own, ...peers, ...fillers], { editorUserId: { [own.key]: world.users.ownerEditor } });
    caseId = ids[own.key]!;
    peerId = ids[peers[0]!.key]!;
    await prisma.case.update({ where: { id: caseId }, data: { ownerOrganizationId: world.org.norrstrom } });
  });

  it("a count of parties generalised since the proposal is published generalised, and the text with it", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    await proposeExample(editor, caseId, { area: AREA, lessonsLearned: LESSON, version: await exampleVersion(caseId) });
    const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId } });
    // Three cases of three parties: "3–4" is enough at the proposal, and Kommun C may show.
    expect(proposed.partyCount).toBe("3–4");
    expect(JSON.stringify(proposed.sections)).toContain("Kommun C kom in sent");
    // One of the other two cases now has two parties: "3–4" is shared by two cases, fewer than k.
    const peer = await prisma.case.findUniqueOrThrow({ where: { id: peerId } });
    const doc = peer.data as { parties: unknown[] };
    await prisma.case.update({ where: { id: peerId }, data: { data: { ...doc, parties: doc.parties.slice(0, 2) } as object, version: { increment: 1 } } });
    const jurist = await loadActor(world.users.legalReviewer, "s");
    await approveExample(jurist, caseId, { version: proposed.version });
    const approved = await prisma.caseExample.findUniqueOrThrow({ where: { caseId } });
    expect(approved).toMatchObject({ status: "APPROVED", partyCount: "2 eller fler" });
    expect(approved.kSteps.join(" ")).toMatch(/Antalet parter anges som 2 eller fler/);
    expect(JSON.stringify([approved.title, approved.sections])).not.toMatch(BEYOND_B);
    expect(JSON.stringify(approved.sections)).toContain("[kommun] kom in sent");
    const skr = await loadActor(world.users.skrStaff, "s");
    expect(JSON.stringify(await getPublishedExample(skr, approved.id))).not.toMatch(BEYOND_B);
    // What was generalised reaches SKR staff in plain words, in the page and in the JSON API
    // alike: the stored step says how few cases shared the count, a small number about few cases.
    expect(approved.kSteps.join(" ")).toMatch(/\d+ ärenden/);
    const cookie = await sessionCookie(EMAILS.skrStaff);
    setRequest({ cookie });
    const res = await exampleRoute.GET(new Request(`${appBaseUrl()}/api/katalog/${approved.id}`, { headers: { cookie } }), { params: Promise.resolve({ id: approved.id }) });
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("kSteps");
    // The year of approval, as the page says it, not the instant.
    expect(body).not.toHaveProperty("approvedAt");
    expect(body.approvedYear).toBe(approved.approvedAt!.getFullYear());
    expect(body.generalisations).toEqual((await getPublishedExample(skr, approved.id)).generalisations);
    expect(body.generalisations).toEqual(expect.arrayContaining([expect.stringMatching(/^Antalet parter/)]));
    expect(JSON.stringify(body)).not.toMatch(/\d+ ärenden|k = \d/);
  });

  it("an example whose case changed since the proposal is not approved: it must be made again", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    await proposeExample(editor, caseId, { area: AREA, lessonsLearned: LESSON, version: await exampleVersion(caseId) });
    const before = await prisma.caseExample.findUniqueOrThrow({ where: { caseId } });
    expect(before.procurementRoute).toBe("hamburg");
    // The case now relies on another route than the one the proposal states.
    const row = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    const doc = row.data as { procurement: object };
    await prisma.case.update({ where: { id: caseId }, data: { data: { ...doc, procurement: { ...doc.procurement, reliedOnRoutes: ["teckal"] } } as object, version: { increment: 1 } } });
    const jurist = await loadActor(world.users.legalReviewer, "s");
    await expect(approveExample(jurist, caseId, { version: before.version })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/anonymiseras på nytt/) });
    expect(await prisma.caseExample.findUniqueOrThrow({ where: { caseId } })).toEqual(before);
  });
});

// The demo data shows SKR's catalogue as municipalities would fill it: no example in it may say
// more about its number of parties than its published field.
describe("the demo catalogue", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedWorld();
    await seedExampleCases(prisma, demoExampleCases());
  });

  it("no published example names a party letter beyond its count, a finer population band, or its parties' clause under a band", async () => {
    const skrUser = await prisma.user.findUniqueOrThrow({ where: { email: EMAILS.skrStaff } });
    const skr = await loadActor(skrUser.id, "s");
    const rows = await prisma.caseExample.findMany({ where: { status: "APPROVED" }, select: { id: true } });
    expect(rows.length).toBeGreaterThan(50);
    for (const { id } of rows) {
      const example = await getPublishedExample(skr, id);
      for (const text of [example.title, ...example.sections.map((s) => s.text)]) {
        expect(partyLettersBeyond(text, example.partyCount), `${example.title}: ${text}`).toEqual([]);
        expect(populationBeyond(text, example.populationBand), `${example.title}: ${text}`).toEqual([]);
      }
      if (example.partyCount !== "2") expect(example.sections.map((s) => s.id)).not.toContain(PARTIES_SECTION);
    }
    // The report's family law example: its case title names all four parties; its example's does not.
    const familyLaw = await prisma.caseExample.findFirstOrThrow({ where: { status: "APPROVED", area: "familjeratt", case: { title: { startsWith: "Gemensam familjerätt för" } } } });
    expect(familyLaw.title).toBe("Gemensam familjerätt med en värdkommun");
  });
});
