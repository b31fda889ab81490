import { beforeAll, describe, expect, it } from "vitest";

import { appBaseUrl } from "@/lib/auth/config";
import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { fictionalCases } from "@/lib/demo/example-cases";
import { CANARY_PERSON, MARKED_PERSON, canaryCase, expectNoCanary } from "./helpers/canary";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { approveExample, editExampleText, listExamplesAwaitingApproval, loadExampleWorkspace, proposeExample, withdrawExample } from "@/lib/examples/data";
import { PAGE_SIZE, getPublishedExample, searchCatalogue, searchCatalogueLeniently } from "@/lib/catalogue/data";
import { computeStatistics } from "@/lib/catalogue/statistics";
import * as catalogueRoute from "@/app/api/katalog/route";
import * as exampleRoute from "@/app/api/katalog/[id]/route";
import * as statisticsRoute from "@/app/api/statistik/route";
import * as csvRoute from "@/app/statistik/csv/[tabell]/route";
import { exampleVersion } from "./helpers/examples";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { type World, seedWorld, sessionCookie, EMAILS } from "./helpers/world";

// Issue 12's canary test: cases full of identifying values go through the whole flow
// (propose → approve), and nothing SKR staff can reach may contain any of them. The rendered
// pages are checked over HTTP in examples-canary-http.test.ts.

describe("anonymised examples: the whole flow, and nothing identifying reaches SKR", () => {
  let world: World;
  let caseIds: string[] = [];
  let skrCookie = "";

  beforeAll(async () => {
    await resetDatabase();
    world = await seedWorld();
    const canaryUser = await prisma.user.create({ data: { email: "kanarie@kanarieby.se", name: CANARY_PERSON } });
    const specs = [canaryCase(1), canaryCase(2), canaryCase(3)];
    const { ids } = await seedExampleCases(prisma, [...specs, ...fictionalCases(30)], {
      editorUserId: { "kanarie-1": world.users.ownerEditor, "kanarie-2": world.users.ownerEditor, "kanarie-3": world.users.ownerEditor },
    });
    caseIds = specs.map((s) => ids[s.key]!);
    // The canary person works on the cases; the owning organisation is Norrström (the world's), so its jurist approves.
    for (const id of caseIds) {
      await prisma.caseMember.create({ data: { caseId: id, userId: canaryUser.id, role: "EDITOR" } });
      await prisma.case.update({ where: { id }, data: { ownerOrganizationId: world.org.norrstrom } });
    }
    skrCookie = await sessionCookie(EMAILS.skrStaff);
  });

  it("publishes through propose → approve, with every step audited", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    const jurist = await loadActor(world.users.legalReviewer, "s");
    for (const id of caseIds) {
      await proposeExample(editor, id, { area: "familjehem", lessonsLearned: `Lärdom från ${MARKED_PERSON} i Kanarieby.`, markedNames: "Tornedalen", markedPersons: MARKED_PERSON });
      const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } });
      expect(proposed.status).toBe("PROPOSED");
      expectNoCanary("proposed sections", JSON.stringify(proposed.sections) + proposed.title);
      await approveExample(jurist, id, { version: proposed.version });
    }
    expect(await prisma.caseExample.count({ where: { caseId: { in: caseIds }, status: "APPROVED" } })).toBe(3);
    // Those who may approve were told of each proposal, the proposer not (a walk: nothing led an
    // organisation admin to a proposal); approved, the example no longer waits on their start page.
    const told = await prisma.outboxMail.findMany({ where: { subject: { startsWith: "Ett exempel från ärendet" } }, select: { to: true, text: true } });
    expect(told.map((m) => m.to).sort()).toEqual([...Array(3).fill(EMAILS.legalReviewer), ...Array(3).fill(EMAILS.orgAdmin)].sort());
    expect(told.some((m) => m.text.includes(`/arenden/${caseIds[0]}/exempel`))).toBe(true);
    expect(await listExamplesAwaitingApproval(jurist)).toEqual([]);
  });

  it("lists a proposal on the start page of those who may approve it, and of nobody else", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    const [id] = caseIds;
    await withdrawExample(editor, id!);
    await proposeExample(editor, id!, { area: "familjehem", lessonsLearned: `Lärdom från ${MARKED_PERSON} i Kanarieby.`, markedNames: "Tornedalen", markedPersons: MARKED_PERSON, version: await exampleVersion(id!) });
    for (const who of ["legalReviewer", "orgAdmin"] as const) {
      expect((await listExamplesAwaitingApproval(await loadActor(world.users[who], "s"))).map((w) => w.caseId), who).toEqual([id]);
    }
    for (const who of ["ownerEditor", "otherEditor", "skrStaff", "admin"] as const) {
      expect(await listExamplesAwaitingApproval(await loadActor(world.users[who], "s")), who).toEqual([]);
    }
    // The organisation admin approves without a part in the case: the page offers no link to the case's overview (a walk: "Sidan finns inte").
    expect((await loadExampleWorkspace(await loadActor(world.users.orgAdmin, "s"), id!)).canViewCase).toBe(false);
    expect((await loadExampleWorkspace(editor, id!)).canViewCase).toBe(true);
    // The one who proposed it does not approve it too, with whatever role (a walk: an editor made jurist approved her own).
    await prisma.membership.create({ data: { userId: world.users.ownerEditor, organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } });
    const editorAsJurist = await loadActor(world.users.ownerEditor, "s");
    expect((await loadExampleWorkspace(editorAsJurist, id!)).canApprove).toBe(false);
    await expect(approveExample(editorAsJurist, id!, { version: await exampleVersion(id!) })).rejects.toMatchObject({ code: "VALIDATION", userMessage: expect.stringContaining("Du har själv föreslagit eller ändrat den här texten") });
    expect(await listExamplesAwaitingApproval(editorAsJurist)).toEqual([]);
    // A colleague's proposal that this person then rewrites is theirs too (a review: edit, then approve one's own text).
    await prisma.caseExample.update({ where: { caseId: id! }, data: { proposedByUserId: world.users.partner } });
    expect((await listExamplesAwaitingApproval(editorAsJurist)).map((w) => w.caseId)).toEqual([id]);
    const before = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id! } });
    const firstSection = (before.sections as unknown as { id: string; text: string }[])[0]!;
    expect(await editExampleText(editorAsJurist, id!, { version: String(before.version), [`section:${firstSection.id}`]: `${firstSection.text} Tillägg.` })).toBe("saved");
    await expect(approveExample(editorAsJurist, id!, { version: await exampleVersion(id!) })).rejects.toMatchObject({ code: "VALIDATION", userMessage: expect.stringContaining("Du har själv föreslagit eller ändrat den här texten") });
    await prisma.membership.deleteMany({ where: { userId: world.users.ownerEditor, role: "LEGAL_REVIEWER" } });
    expect((await loadExampleWorkspace(await loadActor(world.users.legalReviewer, "s"), id!)).canApprove).toBe(true);
    await approveExample(await loadActor(world.users.legalReviewer, "s"), id!, { version: await exampleVersion(id!) });
    const actions = (await prisma.auditLog.findMany({ where: { caseId: caseIds[0] }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["case.example.propose", "case.example.approve"]));
  });

  it("no canary in the catalogue, the example pages' data, the statistics, the API or the CSV files", async () => {
    const skr = await loadActor(world.users.skrStaff, "s");
    const outputs: Array<[string, string]> = [];
    for (const q of ["", "placering", "familjehem", "Kanarieby", "kommun"]) {
      const result = await searchCatalogue(skr, { q });
      // The searcher's own words are echoed back; only what the app adds is checked.
      outputs.push([`search "${q}"`, JSON.stringify(result.hits)]);
      for (const hit of result.hits) outputs.push([`example ${hit.id}`, JSON.stringify(await getPublishedExample(skr, hit.id))]);
    }
    outputs.push(["statistics", JSON.stringify(await computeStatistics(skr), (_k, v) => (v instanceof Map ? [...v] : v))]);
    const request = (path: string) => new Request(`${appBaseUrl()}${path}`, { headers: { cookie: skrCookie } });
    setRequest({ cookie: skrCookie });
    const list = await catalogueRoute.GET(request("/api/katalog?q=placeringar"));
    expect(list.status).toBe(200);
    const listBody = await list.text();
    outputs.push(["GET /api/katalog", listBody]);
    const hits = (JSON.parse(listBody) as { examples: Array<{ id: string }> }).examples;
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (const hit of hits) {
      const res = await exampleRoute.GET(request(`/api/katalog/${hit.id}`), { params: Promise.resolve({ id: hit.id }) });
      outputs.push([`GET /api/katalog/${hit.id}`, await res.text()]);
    }
    outputs.push(["GET /api/statistik", await (await statisticsRoute.GET(request("/api/statistik"))).text()]);
    for (const table of ["fynd", "upphandling", "samverkansform", "verksamhet", "stopp", "godkannande", "tid", "slut"]) {
      const res = await csvRoute.GET(request(`/statistik/csv/${table}`), { params: Promise.resolve({ tabell: table }) });
      expect(res.status).toBe(200);
      outputs.push([`CSV ${table}`, await res.text()]);
    }
    // Make sure the canary cases really are among what was checked.
    expect(outputs.some(([, text]) => text.includes("[personnummer]"))).toBe(true);
    for (const [label, text] of outputs) expectNoCanary(label, text);
  });

  it("search uses Swedish stemming and ranks a title hit above a passing mention", async () => {
    const skr = await loadActor(world.users.skrStaff, "s");
    const plural = await searchCatalogue(skr, { q: "placeringar" });
    const singular = await searchCatalogue(skr, { q: "placering" });
    expect(plural.total).toBeGreaterThan(0);
    expect(plural.hits.map((h) => h.id).sort()).toEqual(singular.hits.map((h) => h.id).sort());
    expect(plural.hits[0]!.headline).toMatch(/\u0002[Pp]lacering\w*\u0003/);
    // "familjehem" is in the title of the familjehem examples (weight A) and only in the body of none else.
    const ranked = await searchCatalogue(skr, { q: "familjehem" });
    expect(ranked.hits[0]!.title).toMatch(/familjehem/i);
    // A word's start finds the words it begins, as Swedish joins words (a walk: "Hamburg" found no "Hamburgundantaget").
    const started = await searchCatalogue(skr, { q: "familjeh" });
    expect(ranked.total).toBeGreaterThan(0);
    expect(started.total).toBeGreaterThanOrEqual(ranked.total);
    // A word with a quote in it (a URL's path keeps one in its lexeme) is searched for, not an error.
    for (const q of ["x.se/a'b", "o'neill", "''", "'familjehem'"]) await expect(searchCatalogue(skr, { q }), q).resolves.toMatchObject({ total: expect.any(Number) });
    expect(started.hits.map((h) => h.id)).toEqual(expect.arrayContaining(ranked.hits.map((h) => h.id)));
    const begun = await searchCatalogue(skr, { q: "placer" });
    expect(begun.hits.map((h) => h.id).sort()).toEqual(singular.hits.map((h) => h.id).sort());
    expect(begun.hits[0]!.headline).toMatch(/\u0002[Pp]lacering\w*\u0003/);
    const ranks = ranked.hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    // Filters narrow the result; an unknown filter value is refused with a Swedish message naming it.
    const filtered = await searchCatalogue(skr, { q: "placering", area: "missbruk" });
    expect(filtered.total).toBe(0);
    await expect(searchCatalogue(skr, { area: "nope" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "area" }] });
    // The page leaves the wrong filter out and keeps the words and the other filters (a walk: one bad
    // value showed every example); a row carries no count of its own (the API listed one per row).
    const lenient = await searchCatalogueLeniently(skr, { q: "familjehem", area: "familjerätt", group: "Z" });
    expect(lenient.refused).toEqual(["Ogiltigt val för verksamhetsområde", "Ogiltig kommungrupp"]);
    expect([lenient.query.q, lenient.query.area, lenient.query.group]).toEqual(["familjehem", undefined, undefined]);
    expect(lenient.hits.map((h) => h.id)).toEqual(ranked.hits.map((h) => h.id));
    expect(ranked.hits[0]).not.toHaveProperty("total");
    expect((await searchCatalogueLeniently(skr, { q: "familjehem" })).refused).toEqual([]);
  });

  it("an editor's own wording is checked again, and withdrawal hides the example from SKR", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    const skr = await loadActor(world.users.skrStaff, "s");
    const id = caseIds[0]!;
    const current = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } });
    // Pasting an e-mail address back in is refused, naming the section, and nothing changes.
    await expect(editExampleText(editor, id, { version: String(current.version), "section:behov": "Ring oss på kanarie@kanarieby.se" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "section:behov" }],
    });
    expect((await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } })).version).toBe(current.version);
    // So is an exact population or date, which the anonymiser would have rounded: 12 437
    // inhabitants, or the day a committee met, tells the municipality as well as its name.
    for (const [text, said] of [
      ["Kommun A har 12 437 invånare.", /exakt invånarantal/],
      ["Nämnden beslutade den 12 mars 2024.", /exakt datum/],
      ["Avtalet gäller från 2024-03-12.", /exakt datum/],
    ] as const) {
      await expect(editExampleText(editor, id, { version: String(current.version), "section:behov": text }), text).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringMatching(said),
        fieldErrors: [{ path: "section:behov" }],
      });
    }
    expect(await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } })).toEqual(current);
    // "Spara texten" with nothing changed saves nothing: the approved text stays published (a walk
    // saw the version rise and the example wait for approval again).
    const behov = (current.sections as unknown as { id: string; text: string }[]).find((s) => s.id === "behov")!.text;
    expect(await editExampleText(editor, id, { version: String(current.version), title: current.title, "section:behov": behov })).toBe("unchanged");
    expect(await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } })).toEqual(current);
    // A clean edit un-publishes the example until it is approved again.
    await editExampleText(editor, id, { version: String(current.version), "section:behov": "Placeringar långt bort från hemmet. [namn] ansvarar i Kommun A sedan år 2024, cirka 2,5 MSEK per år." });
    const edited = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } });
    expect(edited.status).toBe("PROPOSED");
    await expect(getPublishedExample(skr, edited.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A stale version is a conflict, never a silent overwrite.
    await expect(editExampleText(editor, id, { version: String(current.version), "section:behov": "Annan text." })).rejects.toMatchObject({ code: "CONFLICT" });
    await withdrawExample(editor, id);
    expect((await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } })).status).toBe("WITHDRAWN");
    expect((await searchCatalogue(skr, { q: "" })).hits.map((h) => h.id)).not.toContain(edited.id);
  });

  it("refuses to approve when fewer than k cases share the example's characteristics", async () => {
    process.env.SAMVERKA_EXAMPLE_K = "1000";
    try {
      const jurist = await loadActor(world.users.legalReviewer, "s");
      const editor = await loadActor(world.users.ownerEditor, "s");
      const id = caseIds[1]!;
      await proposeExample(editor, id, { area: "familjehem", lessonsLearned: "", version: await exampleVersion(id) });
      const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } });
      await expect(approveExample(jurist, id, { version: proposed.version })).rejects.toMatchObject({ code: "VALIDATION" });
      expect((await prisma.caseExample.findUniqueOrThrow({ where: { caseId: id } })).status).toBe("PROPOSED");
    } finally {
      delete process.env.SAMVERKA_EXAMPLE_K;
    }
  });

  // Found by trying the catalogue as SKR: "75 exempel" and only the 20 newest could be reached.
  it("every published example can be reached page by page, with or without a search, and a page past the end is the last", async () => {
    const skr = await loadActor(world.users.skrStaff, "s");
    // More examples than the world's: the seed recognises the cases it has already made.
    await seedExampleCases(prisma, fictionalCases(120));
    const published = await prisma.caseExample.count({ where: { status: "APPROVED" } });
    expect(published, "more examples than one page holds").toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(published / PAGE_SIZE);
    const seen: string[] = [];
    for (let sida = 1; sida <= pages; sida++) {
      const result = await searchCatalogue(skr, { sida: String(sida) });
      expect(result).toMatchObject({ total: published, page: sida, pages });
      seen.push(...result.hits.map((h) => h.id));
    }
    expect(new Set(seen).size).toBe(published);
    expect(seen).toHaveLength(published);
    expect(await searchCatalogue(skr, { sida: "999" })).toMatchObject({ page: pages, pages, total: published });
    expect((await searchCatalogue(skr, { sida: "abc" })).page).toBe(1);
    // The JSON API pages the same way.
    setRequest({ cookie: skrCookie });
    const api = await catalogueRoute.GET(new Request(`${appBaseUrl()}/api/katalog?sida=2`, { headers: { cookie: skrCookie } }));
    expect(await api.json()).toMatchObject({ page: 2, pages, total: published });
    // A text search pages the same way, best ranked first across pages.
    const matching = await searchCatalogue(skr, { q: "avtal" });
    expect(matching.pages, "a search with more than one page of hits").toBeGreaterThan(1);
    const second = await searchCatalogue(skr, { q: "avtal", sida: "2" });
    expect(second.page).toBe(2);
    expect(second.hits.some((h) => matching.hits.some((m) => m.id === h.id))).toBe(false);
    expect(Math.max(...second.hits.map((h) => h.rank))).toBeLessThanOrEqual(Math.min(...matching.hits.map((h) => h.rank)));
  });
});
