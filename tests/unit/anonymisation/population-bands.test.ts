import { describe, expect, it } from "vitest";
import { type QuasiIdentifiers, maskOmitted, populationBandsWithin, prepareExample, quasiIdentifiersOf, withoutOmitted } from "@/lib/anonymisation";
import { type CaseKind, caseOfKind } from "@/lib/demo/example-cases";
import { POPULATION_FILTER_OPTIONS } from "@/lib/catalogue/labels";

// The anonymiser writes a population as its band. Where the k-anonymity check publishes the
// example's band broader or leaves it out, the text may not say more: a published
// "färre än 25 000 invånare" with "10 000–24 999 invånare" in the text undoes the check.

const published = (populationBand: string | null) => ({ collaborationForm: "avtalssamverkan", procurementRoute: "hamburg", partyCount: "2", populationBand });
const TEXT = "Kommun A har färre än 10 000 invånare och Kommun B 10 000–24 999 invånare; grannen har 50 000–99 999 invånare.";

describe("population bands in an example's text say no more than its published band", () => {
  it("a band published as it is leaves the text alone", () => {
    expect(maskOmitted(TEXT, [], published("10000-24999")).text).toBe(TEXT);
  });

  it("under a broader band each finer band becomes the broader one it falls in", () => {
    expect(maskOmitted(TEXT, [], published("under-25000")).text).toBe(
      "Kommun A har färre än 25 000 invånare och Kommun B färre än 25 000 invånare; grannen har 25 000–99 999 invånare.",
    );
    expect(maskOmitted("100 000–199 999 invånare och 200 000 invånare eller fler", [], published("100000-")).text).toBe(
      "100 000 invånare eller fler och 100 000 invånare eller fler",
    );
    // Already broad, or written with non-breaking spaces.
    expect(maskOmitted("färre än 25 000 invånare", [], published("under-25000")).text).toBe("färre än 25 000 invånare");
    expect(maskOmitted("10\u00a0000–24\u00a0999 invånare", [], published("under-25000")).text).toBe("färre än 25 000 invånare");
  });

  it("with the band left out, every band goes", () => {
    expect(maskOmitted(`${TEXT} Tillsammans färre än 25 000 invånare.`, [], published(null)).text).toBe(
      "Kommun A har [invånarantal] och Kommun B [invånarantal]; grannen har [invånarantal]. Tillsammans [invånarantal].",
    );
  });

  it("highlights the new band as generalised, and changes nothing the second time", () => {
    const once = maskOmitted("Kommun B har 10 000–24 999 invånare.", [{ start: 0, end: 8, kind: "part", action: "removed" }], published("under-25000"));
    expect(once.spans.map((s) => [once.text.slice(s.start, s.end), s.kind, s.action])).toEqual([
      ["Kommun B", "part", "removed"],
      ["färre än 25 000 invånare", "invanare", "generalised"],
    ]);
    const example = { title: "T", sections: [{ id: "behov", heading: "Behov", text: once.text, spans: once.spans }] };
    expect(withoutOmitted(example, published("under-25000"))).toEqual(example);
  });

  it("a proposal whose band the check broadens states the broader band in its text", () => {
    const kind: CaseKind = { contractor: { code: "1438", name: "Dals-Eds kommun" }, partner: { code: "1439", name: "Färgelanda kommun" }, area: "ekonomiskt_bistand", form: "avtalssamverkan", route: "hamburg", completedSteps: [] };
    const spec = caseOfKind(kind, 1);
    // 12 000 + 4 000 inhabitants: "10 000–24 999"; the other cases 5 000 + 4 000: "färre än 10 000".
    const doc = { ...spec.doc, parties: spec.doc.parties.map((p, i) => (i === 0 ? { ...p, population: 12_000 } : p)), needs: { ...spec.doc.needs, problem: "Dals-Ed har 12 437 invånare." } };
    const others: QuasiIdentifiers[] = [2, 3].map((n) => caseOfKind(kind, n)).map((s) => quasiIdentifiersOf(s.doc, s.owner, "ekonomiskt_bistand"));
    const prepared = prepareExample({ doc, caseTitle: "T", owner: spec.owner, area: "ekonomiskt_bistand", lessonsLearned: "", routes: [], context: { parties: doc.parties.map((p) => ({ name: p.name, type: p.type })) }, otherCases: others, k: 3, createdAt: new Date("2025-01-01") });
    expect(prepared.check.published.populationBand).toBe("under-25000");
    expect(prepared.sections.find((s) => s.id === "behov")!.text).toBe("Kommun A har färre än 25 000 invånare.");
  });
});

describe("the catalogue's population filter", () => {
  it("finds a broad band's finer bands too, and lists each broad band before its own", () => {
    expect(populationBandsWithin("under-25000").sort()).toEqual(["10000-24999", "under-10000", "under-25000"]);
    expect(populationBandsWithin("under-10000")).toEqual(["under-10000"]);
    const ids = POPULATION_FILTER_OPTIONS.map(([id]) => id);
    expect(ids).toEqual(["under-25000", "under-10000", "10000-24999", "25000-99999", "25000-49999", "50000-99999", "100000-", "100000-199999", "200000-"]);
    expect(POPULATION_FILTER_OPTIONS[0]![1]).toBe("färre än 25 000 invånare (hela intervallet)");
  });
});
