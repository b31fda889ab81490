import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { sharesFromPopulation, splitYearlyCost } from "@/lib/wizard/cost-split";

describe("splitYearlyCost", () => {
  it("shows each party's part of the yearly compensation in kronor", () => {
    const c = emptyCase();
    c.parties = [
      { id: "n", name: "Norrströms kommun" },
      { id: "f", name: "Fjällvikens kommun" },
    ];
    c.economy.annualCompensation = 1_250_000;
    c.economy.costShares = [
      { partyId: "n", percent: 60 },
      { partyId: "f", percent: 40 },
    ];
    const split = splitYearlyCost(c);
    expect(split.basis).toBe("ersattning");
    expect(split.totalPercent).toBe(100);
    expect(split.rows.map((r) => [r.partyName, r.kronor])).toEqual([
      ["Norrströms kommun", 750_000],
      ["Fjällvikens kommun", 500_000],
    ]);
  });

  it("falls back to the cost and leaves unknown shares empty", () => {
    const c = emptyCase();
    c.parties = [{ id: "a" }, { id: "b", name: "B" }];
    c.economy.annualCost = 100_000;
    c.economy.costShares = [{ partyId: "a", percent: 25 }];
    const split = splitYearlyCost(c);
    expect(split.basis).toBe("kostnad");
    expect(split.totalPercent).toBe(25);
    expect(split.rows).toEqual([
      { partyId: "a", partyName: "Namnlös part", percent: 25, kronor: 25_000 },
      { partyId: "b", partyName: "B", percent: undefined, kronor: undefined },
    ]);
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
