import { describe, expect, it } from "vitest";
import { type QuasiIdentifiers, checkKAnonymity, isGeneralisationOf } from "@/lib/anonymisation";

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
    expect(r.steps).toEqual(["Kommungruppen ersattes av huvudgruppen (A, B eller C): 2 ärenden delade kombinationen, färre än 3. Efter ändringen: 3 ärenden."]);
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

// Approving an example publishes the fields its editors saw only if they hide as much as the
// check run again at approval asks (lib/examples/data.ts, approveExample).
describe("isGeneralisationOf", () => {
  const four = { ...base, partyCount: "3–4", populationBand: "10000-24999" };
  it.each<[string, Partial<QuasiIdentifiers>, boolean]>([
    ["the same values", {}, true],
    ["the main group for the group", { municipalityGroup: "C" }, true],
    ["a broader population band", { populationBand: "under-25000" }, true],
    ["'2 eller fler' for '3–4'", { partyCount: "2 eller fler" }, true],
    ["fields left out", { municipalityGroup: null, populationBand: null, partyCount: null, collaborationForm: null, procurementRoute: null }, true],
    ["another count of parties", { partyCount: "2" }, false],
    ["another main group", { municipalityGroup: "B" }, false],
    ["another route", { procurementRoute: "hamburg" }, false],
    ["a narrower band than the case's", { populationBand: "under-10000" }, false],
  ])("%s: %s", (_, coarse, expected) => {
    expect(isGeneralisationOf({ ...four, ...coarse }, four)).toBe(expected);
  });

  it("the check's own result always generalises the case, and a stricter check's generalises a laxer one's", () => {
    const population = [...copies(2, { partyCount: "3–4", populationBand: "10000-24999" }), ...copies(4)];
    const lax = checkKAnonymity(four, [four, ...population], 3);
    const strict = checkKAnonymity(four, [four, ...population], 6);
    expect(lax.published.partyCount).toBe("3–4");
    expect(strict.published.partyCount).toBe("2 eller fler");
    expect(isGeneralisationOf(lax.published, four)).toBe(true);
    expect(isGeneralisationOf(strict.published, lax.published)).toBe(true);
    // The fields of the laxer check say more than the stricter one allows.
    expect(isGeneralisationOf(lax.published, strict.published)).toBe(false);
  });
});
