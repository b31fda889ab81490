import type { Case } from "@/lib/case";

export interface CostSplitRow {
  partyId: string;
  partyName: string;
  percent: number | undefined;
  /** The party's part of the yearly amount, in kronor; undefined while its share is unknown. */
  kronor: number | undefined;
}

export interface CostSplit {
  rows: CostSplitRow[];
  /** Sum of the shares that are filled in. */
  totalPercent: number;
  /** The yearly amount being split: the compensation, or the cost when no compensation is given. */
  yearlyAmount: number | undefined;
  basis: "ersattning" | "kostnad" | null;
}

/** Each party's share of the yearly amount, in kronor, from the shares in the case. */
export function splitYearlyCost(c: Case): CostSplit {
  const { economy } = c;
  const yearlyAmount = economy.annualCompensation ?? economy.annualCost;
  const basis = economy.annualCompensation !== undefined ? "ersattning" : economy.annualCost !== undefined ? "kostnad" : null;
  const shareByParty = new Map(economy.costShares.map((share) => [share.partyId, share.percent]));
  const rows = c.parties.map((party) => {
    const percent = shareByParty.get(party.id);
    return {
      partyId: party.id,
      partyName: party.name?.trim() || "Namnlös part",
      percent,
      kronor: percent !== undefined && yearlyAmount !== undefined ? Math.round((yearlyAmount * percent) / 100) : undefined,
    };
  });
  const totalPercent = round2(rows.reduce((sum, row) => sum + (row.percent ?? 0), 0));
  return { rows, totalPercent, yearlyAmount, basis };
}

/**
 * Shares in percent, proportional to population, rounded to two decimals so that they
 * add up to exactly 100 (the largest remainder gets the rounding difference).
 */
export function sharesFromPopulation(populations: ReadonlyArray<{ partyId: string; population: number }>) {
  const total = populations.reduce((sum, p) => sum + p.population, 0);
  if (total <= 0) return [];
  const exact = populations.map((p) => ({ partyId: p.partyId, raw: (p.population * 10_000) / total }));
  const floored = exact.map((e) => ({ ...e, hundredths: Math.floor(e.raw) }));
  let left = 10_000 - floored.reduce((sum, e) => sum + e.hundredths, 0);
  const byRemainder = [...floored].sort((a, b) => b.raw - b.hundredths - (a.raw - a.hundredths));
  for (const entry of byRemainder) {
    if (left <= 0) break;
    entry.hundredths += 1;
    left -= 1;
  }
  return floored.map((e) => ({ partyId: e.partyId, percent: e.hundredths / 100 }));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
