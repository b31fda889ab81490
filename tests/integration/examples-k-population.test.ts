import { beforeAll, describe, expect, it, vi } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { type CaseKind, caseOfKind } from "@/lib/demo/example-cases";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { editExampleText, proposeExample } from "@/lib/examples/data";
import { exampleVersion } from "./helpers/examples";
import { resetDatabase } from "./reset-db";
import { type World, seedWorld } from "./helpers/world";

// Issue 12: an example's quasi-identifiers must match at least k cases among ALL cases in the
// system, not only among cases proposed as examples. The area of activity is the step 1 answer.

const KIND: CaseKind = {
  contractor: { code: "1438", name: "Dals-Eds kommun" }, // C8 (verifiera)
  partner: { code: "1439", name: "Färgelanda kommun" },
  area: "familjeratt",
  form: "avtalssamverkan",
  route: "myndighetsutovning",
  completedSteps: ["1", "2A"],
};
const QUASI = { municipalityGroup: "C8", populationBand: "under-10000", partyCount: "2", area: "familjeratt", collaborationForm: "avtalssamverkan", procurementRoute: "myndighetsutovning" };

describe("k-anonymity counts every case, with or without an example", () => {
  let world: World;
  let candidate = "";

  beforeAll(async () => {
    await resetDatabase();
    world = await seedWorld();
    // The candidate, one other case of the same kind (no example), and one of the same kind
    // that has not answered the area question: it may not count as a match.
    const { ids } = await seedExampleCases(prisma, [caseOfKind(KIND, 1), caseOfKind(KIND, 2), caseOfKind({ ...KIND, area: undefined }, 3)], {
      editorUserId: { [caseOfKind(KIND, 1).key]: world.users.ownerEditor },
    });
    candidate = ids[caseOfKind(KIND, 1).key]!;
    expect(await prisma.caseExample.count()).toBe(0);
  });

  it("k − 1 matching cases: the example is generalised, and says why", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    await proposeExample(editor, candidate, { area: "familjeratt", lessonsLearned: "", version: await exampleVersion(candidate) });
    const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: candidate } });
    expect(proposed.kSteps[0]).toMatch(/^Kommungruppen ersattes av huvudgruppen \(A, B eller C\): 2 ärenden delade kombinationen, färre än 3\./);
    expect(proposed.municipalityGroup).not.toBe("C8");
  });

  it("exactly k matching cases, none of them examples: published unchanged", async () => {
    await seedExampleCases(prisma, [caseOfKind(KIND, 4)]);
    const editor = await loadActor(world.users.ownerEditor, "s");
    await proposeExample(editor, candidate, { area: "familjeratt", lessonsLearned: "", version: await exampleVersion(candidate) });
    const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: candidate } });
    expect(proposed.kSteps).toEqual([]);
    expect(proposed.kMatches).toBe(3);
    expect({
      municipalityGroup: proposed.municipalityGroup,
      populationBand: proposed.populationBand,
      partyCount: proposed.partyCount,
      area: proposed.area,
      collaborationForm: proposed.collaborationForm,
      procurementRoute: proposed.procurementRoute,
    }).toEqual(QUASI);
    expect(await prisma.caseExample.count()).toBe(1);
  });

  it("reads again only the documents that changed since the last check, and counts them as they are now", async () => {
    const editor = await loadActor(world.users.ownerEditor, "s");
    // Continues from the test above: its proposal (same area) left every case's facts known.
    const reads = vi.spyOn(prisma.case, "findMany");
    const documentReads = () => reads.mock.calls.filter(([args]) => (args?.select as { data?: boolean } | undefined)?.data).map(([args]) => (args?.where?.id as { in: string[] }).in);
    try {
      // Nothing changed since the last proposal: no document is read to count the others.
      await proposeExample(editor, candidate, { area: "familjeratt", lessonsLearned: "", version: await exampleVersion(candidate) });
      expect(documentReads()).toEqual([]);
      // One of the two other matching cases chooses another form, as a save would write it.
      const other = await prisma.case.findFirstOrThrow({ where: { title: caseOfKind(KIND, 4).doc.title! }, select: { id: true, data: true } });
      const doc = other.data as { collaborationForm: Record<string, unknown> };
      await prisma.case.update({ where: { id: other.id }, data: { data: { ...doc, collaborationForm: { ...doc.collaborationForm, chosen: "gemensam_namnd" } }, version: { increment: 1 } } });
      reads.mockClear();
      await proposeExample(editor, candidate, { area: "familjeratt", lessonsLearned: "", version: await exampleVersion(candidate) });
      expect(documentReads()).toEqual([[other.id]]);
    } finally {
      reads.mockRestore();
    }
    // Two cases share the combination again, fewer than k = 3: generalised as in the first test.
    const proposed = await prisma.caseExample.findUniqueOrThrow({ where: { caseId: candidate } });
    expect(proposed.kSteps[0]).toMatch(/^Kommungruppen ersattes av huvudgruppen \(A, B eller C\): 2 ärenden delade kombinationen, färre än 3\./);
  });
});

describe("anonymising again replaces only the text the proposer saw", () => {
  it("refuses a proposal made from a page older than the example, and a second first proposal", async () => {
    // Found in a review: "Anonymisera på nytt" replaced a colleague's edited text without warning.
    await resetDatabase();
    const world = await seedWorld();
    const { ids } = await seedExampleCases(prisma, [caseOfKind(KIND, 1), caseOfKind(KIND, 2), caseOfKind(KIND, 3)], { editorUserId: { [caseOfKind(KIND, 1).key]: world.users.ownerEditor } });
    const caseId = ids[caseOfKind(KIND, 1).key]!;
    const editor = await loadActor(world.users.ownerEditor, "s");
    await proposeExample(editor, caseId, { area: "familjeratt", lessonsLearned: "" });
    // Two editors opened the page before any example existed: the second proposal is refused.
    const first = await prisma.caseExample.findUniqueOrThrow({ where: { caseId } });
    await expect(proposeExample(editor, caseId, { area: "familjeratt", lessonsLearned: "Annan lärdom" })).rejects.toMatchObject({ code: "CONFLICT" });
    // A colleague edits the text (version 2); a proposal from a page showing version 1 is refused.
    // (A section the example has: a save that changes nothing is no edit and raises no version.)
    const section = (first.sections as unknown as { id: string; text: string }[])[0]!;
    expect(await editExampleText(editor, caseId, { version: String(first.version), [`section:${section.id}`]: `${section.text} Redigerad.` })).toBe("saved");
    const edited = await prisma.caseExample.findUniqueOrThrow({ where: { caseId } });
    await expect(proposeExample(editor, caseId, { area: "familjeratt", lessonsLearned: "", version: String(first.version) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.caseExample.findUniqueOrThrow({ where: { caseId } })).toEqual(edited);
    // From the page as it is now, it is anonymised again.
    await proposeExample(editor, caseId, { area: "familjeratt", lessonsLearned: "", version: String(edited.version) });
    expect((await prisma.caseExample.findUniqueOrThrow({ where: { caseId } })).version).toBe(edited.version + 1);
  });
});
