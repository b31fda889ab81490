import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { sharesFromPopulation, splitYearlyCost } from "@/lib/wizard/cost-split";

// Issue 9 §1: the issue's own example — self-cost 5 000 000 kr, shares 60/40. The split applies to the
// self-cost budget (not to a "compensation"), the client pays its share, the contractor carries its own.
describe("splitYearlyCost", () => {
  it("derives what the client pays and what the contractor carries from the self-cost budget", () => {
    const c = emptyCase();
    c.parties = [
      { id: "n", name: "Norrströms kommun", role: "uppdragstagare" },
      { id: "f", name: "Fjällvikens kommun", role: "uppdragsgivare" },
    ];
    c.economy.selfCostBudget = 5_000_000;
    c.economy.costShares = [
      { partyId: "n", percent: 60 },
      { partyId: "f", percent: 40 },
    ];
    c.economy.term = { kind: "fast", months: 36 };
    const split = splitYearlyCost(c);
    expect(split.totalPercent).toBe(100);
    expect(split.rows.map((r) => [r.partyName, r.perYear, r.overTerm])).toEqual([
      ["Norrströms kommun", 3_000_000, 9_000_000],
      ["Fjällvikens kommun", 2_000_000, 6_000_000],
    ]);
    expect(split.clientsPerYear).toBe(2_000_000);
    expect(split.contractorCarries).toBe(3_000_000);
  });

  it("derives shares from inhabitants when split by population, never typed twice", () => {
    const c = emptyCase();
    c.parties = [
      { id: "a", role: "uppdragstagare", population: 30_000 },
      { id: "b", name: "B", role: "uppdragsgivare", population: 10_000 },
    ];
    c.economy.selfCostBudget = 100_000;
    c.economy.costSplitMethod = "befolkning";
    c.economy.costShares = [{ partyId: "a" }, { partyId: "b", percent: 99 }];
    const split = splitYearlyCost(c);
    expect(split.rows.map((r) => [r.percent, r.fromPopulation, r.perYear])).toEqual([
      [75, true, 75_000],
      [25, true, 25_000],
    ]);
  });

  it("leaves unknown shares empty instead of guessing", () => {
    const c = emptyCase();
    c.parties = [{ id: "a" }, { id: "b", name: "B" }];
    c.economy.selfCostBudget = 100_000;
    c.economy.costShares = [{ partyId: "a", percent: 25 }, { partyId: "b" }];
    const split = splitYearlyCost(c);
    expect(split.totalPercent).toBe(25);
    expect(split.rows.map((r) => r.perYear)).toEqual([25_000, undefined]);
  });
});

describe("sharesFromPopulation", () => {
  it("splits by population (Danderyd, Lidingö, Täby, Vaxholm style)", () => {
    const shares = sharesFromPopulation([
      { partyId: "d", population: 33_000 },
      { partyId: "l", population: 48_000 },
      { partyId: "t", population: 74_000 },
      { partyId: "v", population: 12_000 },
    ]);
    expect(shares.map((s) => s.percent)).toEqual([19.76, 28.74, 44.31, 7.19]);
  });

  it("always adds up to exactly 100 % (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (pops) => {
        const shares = sharesFromPopulation(pops.map((population, i) => ({ partyId: String(i), population })));
        const hundredths = shares.reduce((sum, s) => sum + Math.round(s.percent * 100), 0);
        return hundredths === 10_000 && shares.every((s) => s.percent >= 0);
      }),
    );
  });

  it("gives nothing when nobody has a population", () => {
    expect(sharesFromPopulation([{ partyId: "a", population: 0 }])).toEqual([]);
  });
});
