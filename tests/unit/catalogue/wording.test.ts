import { describe, expect, it } from "vitest";
import { checkKAnonymity } from "@/lib/anonymisation/k-anonymity";
import { chosenFilters, emptyCatalogueMessage, hiddenCountRange, plainGeneralisations, separateKeyFigure } from "@/lib/catalogue/wording";

describe("the catalogue's message when nothing is found", () => {
  it("says nothing is published only when no word and no filter narrowed the search", () => {
    expect(emptyCatalogueMessage({ q: "" })).toEqual({ narrowed: false, text: "Inga exempel är publicerade än." });
  });

  it("names the filters of a filter-only search that found nothing, and does not claim nothing is published", () => {
    const { narrowed, text } = emptyCatalogueMessage({ q: "", group: "C9", band: "under-10000" });
    expect(narrowed).toBe(true);
    expect(text).not.toContain("publicerade än");
    expect(text).toContain("Kommungrupp: C9");
    expect(text).toContain("Invånare: färre än 10 000 invånare");
  });

  it("names the search words and the filters together", () => {
    const { text } = emptyCatalogueMessage({ q: "hemtjänst", year: 2024 });
    expect(text).toBe("Inga publicerade exempel matchar sökningen ”hemtjänst” med filtret Ärendets år: 2024. Pröva ett annat ord eller färre filter.");
  });

  it("lists chosen filters in the order of the form, with their Swedish labels", () => {
    expect(chosenFilters({ year: 2025, form: "gemensam_namnd", area: undefined })).toEqual(["Samverkansform: gemensam nämnd", "Ärendets år: 2025"]);
  });
});

describe("the k-anonymity note on an example's page", () => {
  const population = [
    { municipalityGroup: "C9", populationBand: "under-10000", partyCount: "2", area: "familjehem", collaborationForm: null, procurementRoute: null },
    { municipalityGroup: "C8", populationBand: "under-10000", partyCount: "2", area: "familjehem", collaborationForm: null, procurementRoute: null },
    { municipalityGroup: "C7", populationBand: "10000-24999", partyCount: "2", area: "familjehem", collaborationForm: null, procurementRoute: null },
  ];
  const { steps } = checkKAnonymity(population[0]!, population, 3);

  it("says in plain words what was made less precise, without k or the small counts", () => {
    expect(steps.length).toBeGreaterThan(0);
    const plain = plainGeneralisations(steps);
    expect(plain[0]).toBe("Kommungruppen anges bara som huvudgrupp (A, B eller C).");
    for (const line of plain) {
      expect(line).not.toMatch(/k =|färre än|ärenden? delade|\b[0-9] ärend/);
    }
  });

  it("keeps a step it does not know, without its counts", () => {
    expect(plainGeneralisations(["Regionen utelämnades: 1 ärende delade kombinationen, färre än k = 3. Efter ändringen: 4 ärenden."])).toEqual(["Regionen utelämnades."]);
    // Coarsened, then left out: only left out (a walk read both on one example).
    expect(
      plainGeneralisations([
        "Kommungruppen ersattes av huvudgruppen (A, B eller C): 2 ärenden delade kombinationen, färre än k = 3. Efter ändringen: 2 ärenden.",
        "Befolkningsintervallet gjordes bredare: 2 ärenden delade kombinationen, färre än k = 3. Efter ändringen: 2 ärenden.",
        "Kommungruppen utelämnades: 2 ärenden delade kombinationen, färre än k = 3. Efter ändringen: 4 ärenden.",
      ]),
    ).toEqual(["Antalet invånare anges i ett bredare intervall.", "Kommungruppen anges inte."]);
  });
});

describe("a goal and its key figure", () => {
  it("are separated by a full stop", () => {
    expect(separateKeyFigure("• Fler fullföljda behandlingar Nyckeltal: andel fullföljda, från 40 till 60 %.")).toBe(
      "• Fler fullföljda behandlingar. Nyckeltal: andel fullföljda, från 40 till 60 %.",
    );
  });

  it("gets no second full stop, and a line without a key figure stays as it is", () => {
    expect(separateKeyFigure("• Färre placeringar. Nyckeltal: antal.")).toBe("• Färre placeringar. Nyckeltal: antal.");
    expect(separateKeyFigure("• Färre placeringar Senast 2026-12-31.")).toBe("• Färre placeringar Senast 2026-12-31.");
    expect(separateKeyFigure("•  Nyckeltal: antal.")).toBe("•  Nyckeltal: antal.");
  });
});

describe("the counts SKR's statistics hide, in words", () => {
  it("reads as a range with its noun, or the range alone, and stays Swedish at a minimum of 2", () => {
    expect([hiddenCountRange(5), hiddenCountRange(5, false), hiddenCountRange(2), hiddenCountRange(2, false)]).toEqual(["1–4 ärenden", "1–4", "1 ärende", "1"]);
  });
});
