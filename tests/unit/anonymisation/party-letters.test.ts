import { describe, expect, it } from "vitest";
import { PARTIES_SECTION, type QuasiIdentifiers, maskOmitted, partiesKnown, placeholderSpans, prepareExample, quasiIdentifiersOf, withoutOmitted } from "@/lib/anonymisation";
import { type CaseKind, caseOfKind } from "@/lib/demo/example-cases";

// The anonymiser names the n:th party "Kommun <n:th letter>", so a letter tells how many parties
// there are at least. What an example publishes may not say more about its number of parties
// than its published field "antal parter" does: a band ("3–4"), generalised ("2 eller fler") or
// left out. Found on reading the anonymiser again: "Kommun C" under "2 eller fler".

const KIND: CaseKind = {
  contractor: { code: "1438", name: "Dals-Eds kommun" },
  partner: { code: "1439", name: "Färgelanda kommun" },
  area: "ekonomiskt_bistand",
  form: "avtalssamverkan",
  route: "hamburg",
  completedSteps: [],
};
const MORE = [
  { name: "Bengtsfors kommun", type: "kommun", officialCode: "1460" },
  { name: "Melleruds kommun", type: "kommun", officialCode: "1461" },
  { name: "Åmåls kommun", type: "kommun", officialCode: "1492" },
  { name: "Vänersborgs kommun", type: "kommun", officialCode: "1487" },
  { name: "Västra Götalandsregionen", type: "region", officialCode: "14" },
] as const;

/** A case with `count` parties (no population beyond the first two's), whose text names every one. */
function caseWithParties(count: number, n = 1) {
  const spec = caseOfKind(KIND, n);
  const parties = [...spec.doc.parties, ...MORE.slice(0, count - 2).map((p, i) => ({ ...p, id: `x${i}`, role: "uppdragsgivare" as const }))];
  const problem = `${parties.map((p) => p.name).join(", ")} delar ett behov. ${parties.at(-1)!.name}s socialnämnd har yttrat sig.`;
  // The agreement's parties clause lists them all, as it does in a real agreement.
  const agreement = { ...spec.doc.agreement, clauses: { ...spec.doc.agreement.clauses, parter: `${parties.map((p) => p.name).join(" och ")} är parter.` } };
  return { ...spec, doc: { ...spec.doc, parties, agreement, needs: { ...spec.doc.needs, problem } } };
}

function prepare(count: number, others: QuasiIdentifiers[]) {
  const spec = caseWithParties(count);
  return prepareExample({
    doc: spec.doc,
    caseTitle: "Bistånd",
    owner: spec.owner,
    area: "ekonomiskt_bistand",
    lessonsLearned: `Lärdom: ${spec.doc.parties.at(-1)!.name} kom med sent.`,
    routes: [],
    context: { parties: spec.doc.parties.map((p) => ({ name: p.name, type: p.type })) },
    otherCases: others,
    k: 3,
    createdAt: new Date("2025-01-01"),
  });
}

const othersWith = (count: number) => [2, 3, 4].map((n) => caseWithParties(count, n)).map((s) => quasiIdentifiersOf(s.doc, s.owner, "ekonomiskt_bistand"));
const published = (p: ReturnType<typeof prepare>) => [p.title, ...p.sections.map((s) => s.text)].join("\n");
/** The letters of every party placeholder in a text: the highest tells the least number of parties. */
const letters = (text: string) => [...text.matchAll(/(?:Kommun|Region|Kommunalförbund|Part) ([A-Z])(?![\p{L}])/gu)].map((m) => m[1]);
const PARTY_NAMES = /Dals-Ed|Färgelanda|Bengtsfors|Mellerud|Åmål|Vänersborg|Västra Götaland/;

describe("partiesKnown: how many parties the published field says there are at least", () => {
  it.each<[string | null, number]>([
    ["2", 2],
    ["3–4", 3],
    ["5 eller fler", 5],
    ["2 eller fler", 2],
    // Left out: a collaboration has two parties or more, which says nothing about this one.
    [null, 2],
  ])("%j → %d", (partyCount, least) => expect(partiesKnown(partyCount)).toBe(least));
});

describe("an example's party letters say no more than its published number of parties", () => {
  it("with the count published as it is, the letters stay within the band's least number", () => {
    // Four parties, three other cases of four: "3–4" is published, so C may show but not D.
    const four = prepare(4, othersWith(4));
    expect(four.check.published.partyCount).toBe("3–4");
    expect(new Set(letters(published(four)))).toEqual(new Set(["A", "B", "C"]));
    expect(published(four)).toContain("Kommun A, Kommun B, Kommun C, [kommun] delar ett behov. [kommun] socialnämnd har yttrat sig.");
    expect(published(four)).not.toMatch(PARTY_NAMES);
    // The clause that lists every party would tell four: left out under a band.
    expect(four.sections.map((s) => s.id)).not.toContain(PARTIES_SECTION);
    // Three parties under the same band: every letter may stay.
    const three = prepare(3, othersWith(3));
    expect(three.check.published.partyCount).toBe("3–4");
    expect(published(three)).toContain("Kommun A, Kommun B, Kommun C delar ett behov. Kommun C:s socialnämnd");
    expect(three.sections.map((s) => s.id)).not.toContain(PARTIES_SECTION);
  });

  it("the parties clause is published only when the published number is exact: two", () => {
    const two = prepare(2, othersWith(2));
    expect(two.check.published.partyCount).toBe("2");
    expect(two.sections.find((s) => s.id === PARTIES_SECTION)?.text).toBe("Kommun A och Kommun B är parter.");
    const sections = two.sections;
    for (const partyCount of ["3–4", "5 eller fler", "2 eller fler", null]) {
      expect(withoutOmitted({ title: "T", sections }, { collaborationForm: "avtalssamverkan", procurementRoute: "hamburg", populationBand: "10000-24999", partyCount }).sections.map((s) => s.id)).toEqual(
        sections.map((s) => s.id).filter((id) => id !== PARTIES_SECTION),
      );
    }
  });

  it("with the count generalised to '2 eller fler', no letter after B", () => {
    // Three parties among cases of two: the check generalises the count.
    const p = prepare(3, othersWith(2));
    expect(p.check.published.partyCount).toBe("2 eller fler");
    expect(new Set(letters(published(p)))).toEqual(new Set(["A", "B"]));
    expect(published(p)).toContain("Kommun A, Kommun B, [kommun] delar ett behov. [kommun] socialnämnd");
    expect(p.sections.find((s) => s.id === "lardomar")!.text).toBe("Lärdom: [kommun] kom med sent.");
  });

  it("with seven parties under '5 eller fler', no letter after E, and a region keeps its kind", () => {
    const p = prepare(7, othersWith(7));
    expect(p.check.published.partyCount).toBe("5 eller fler");
    expect(new Set(letters(published(p)))).toEqual(new Set(["A", "B", "C", "D", "E"]));
    expect(published(p)).toContain("Kommun E, [kommun], [region] delar ett behov. [region] socialnämnd");
  });

  it("with the count left out, no letter after B", () => {
    const text = "Kommun A, Region B, Kommun C och Kommunalförbund D. Part E:s nämnd.";
    expect(maskOmitted(text, [], { collaborationForm: "avtalssamverkan", procurementRoute: "hamburg", populationBand: "10000-24999", partyCount: null }).text).toBe(
      "Kommun A, Region B, [kommun] och [kommunalförbund]. [namn] nämnd.",
    );
  });

  it("highlights each placeholder as a party's name, moves the other highlights, and changes nothing the second time", () => {
    const text = "Kommun A köper av Kommun D:s förvaltning, enligt [namn].";
    const once = maskOmitted(text, placeholderSpans(text), { collaborationForm: null, procurementRoute: null, populationBand: "10000-24999", partyCount: "3–4" });
    // Not "[kommun]:s": the anonymiser writes no genitive for a name it finds, so that would mark a masked party.
    expect(once.text).toBe("Kommun A köper av [kommun] förvaltning, enligt [namn].");
    expect(once.spans.map((s) => [once.text.slice(s.start, s.end), s.kind])).toEqual([
      ["Kommun A", "part"],
      ["[kommun]", "part"],
      ["[namn]", "person"],
    ]);
    const example = { title: "Kommun D:s stöd", sections: [{ id: "behov", heading: "Behov", text: once.text, spans: once.spans }] };
    const masked = withoutOmitted(example, { collaborationForm: null, procurementRoute: null, populationBand: "10000-24999", partyCount: "3–4" });
    expect(masked.title).toBe("[kommun] stöd");
    expect(withoutOmitted(masked, { collaborationForm: null, procurementRoute: null, populationBand: "10000-24999", partyCount: "3–4" })).toEqual(masked);
  });

  it("catches a letter as an editor may type it", () => {
    const published = { collaborationForm: "avtalssamverkan", procurementRoute: "hamburg", populationBand: "10000-24999", partyCount: "2 eller fler" };
    expect(maskOmitted("kommun D, Kommun\u00a0E, Kommun Fs nämnd, region C och part G.", [], published).text).toBe("[kommun], [kommun], [kommun] nämnd, [region] och [namn].");
  });

  it("leaves words that only look like a placeholder alone", () => {
    for (const text of ["Kommunen C-gruppen", "Region Skåne", "kommun i Norrbotten", "Kommun d", "Kommun DE", "Kommunalförbundet E", "Partier F", "Kommun Dss"]) {
      expect(maskOmitted(text, [], { collaborationForm: "avtalssamverkan", procurementRoute: "hamburg", populationBand: "10000-24999", partyCount: null }).text).toBe(text);
    }
  });
});
