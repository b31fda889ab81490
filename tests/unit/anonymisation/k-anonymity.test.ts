import { describe, expect, it } from "vitest";
import { type QuasiIdentifiers, checkKAnonymity } from "@/lib/anonymisation";

const base: QuasiIdentifiers = {
  municipalityGroup: "C8",
  populationBand: "under-10000",
  partyCount: "2",
  area: "familjeratt",
  collaborationForm: "avtalssamverkan",
  procurementRoute: "myndighetsutovning",
};
const copies = (n: number, q: Partial<QuasiIdentifiers> = {}) => Array.from({ length: n }, () => ({ ...base, ...q }));

describe("k-anonymity", () => {
  it("k = 3 exactly met: published unchanged", () => {
    const r = checkKAnonymity(base, copies(3), 3);
    expect(r).toMatchObject({ satisfied: true, matches: 3, steps: [] });
    expect(r.published).toEqual(base);
  });

  it("one short of k: the municipality group is generalised to its main group, and says why", () => {
    const population = [...copies(2), ...copies(1, { municipalityGroup: "C9" })];
    const r = checkKAnonymity(base, population, 3);
    expect(r.satisfied).toBe(true);
    expect(r.published.municipalityGroup).toBe("C");
    expect(r.steps).toEqual(["Kommungruppen ersattes av huvudgruppen (A, B eller C): 2 ärenden delade kombinationen, färre än k = 3. Efter ändringen: 3 ärenden."]);
  });

  it("leaves fields out when coarser values are not enough", () => {
    const population = [...copies(1), ...copies(1, { procurementRoute: "direktupphandling", municipalityGroup: "A1", populationBand: "200000-" }), ...copies(1, { procurementRoute: "hamburg", partyCount: "5 eller fler" })];
    const r = checkKAnonymity(base, population, 3);
    expect(r.satisfied).toBe(true);
    expect(r.published.procurementRoute).toBeNull();
    expect(r.published.municipalityGroup).toBeNull();
    expect(r.published.area).toBe("familjeratt");
    expect(r.steps.length).toBeGreaterThan(2);
  });

  it("cannot be met with fewer than k cases in the system", () => {
    const r = checkKAnonymity(base, copies(2), 3);
    expect(r.satisfied).toBe(false);
    expect(r.matches).toBe(2);
    expect(r.published).toEqual({ ...Object.fromEntries(Object.keys(base).map((f) => [f, null])), area: "familjeratt" });
  });

  it("k is configurable", () => {
    expect(checkKAnonymity(base, copies(4), 5).satisfied).toBe(false);
    expect(checkKAnonymity(base, copies(5), 5).satisfied).toBe(true);
    expect(() => checkKAnonymity(base, copies(5), 0)).toThrow();
  });
});

describe("k-anonymity with unknown values", () => {
  it("a field the example leaves out matches every case; an unknown value in another case does not match a published one", () => {
    const unknownGroup = { ...base, municipalityGroup: null };
    expect(checkKAnonymity(unknownGroup, [unknownGroup, ...copies(2, { municipalityGroup: "A1" })], 3)).toMatchObject({ satisfied: true, matches: 3, steps: [] });
    expect(checkKAnonymity(base, [base, ...copies(2, { municipalityGroup: null })], 3).published.municipalityGroup).toBeNull();
  });
});
