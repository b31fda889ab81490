import type { Case } from "@/lib/case";

import { deriveEconomy, overTermHeading } from "@/lib/case/economy";
import { PARTY_ROLE_LABELS, type PartyRole } from "@/lib/case/enums";

export interface CostSplitRow {
  partyId: string;
  partyName: string;
  role: PartyRole | undefined;
  /** A client pays; the contractor carries its share for its own residents. */
  pays: boolean;
  percent: number | undefined;
  /** True when the share follows from the parties' inhabitants. */
  fromPopulation: boolean;
  /** The party's part of the self-cost budget per year, in kronor. */
  perYear: number | undefined;
  /** The same over the fixed term, options included; undefined for an open-ended term. */
  overTerm: number | undefined;
}

export interface CostSplit {
  rows: CostSplitRow[];
  /** Sum of the shares that are known. */
  totalPercent: number;
  /** The contractor's self-cost budget per year. */
  budget: number | undefined;
  /** What the clients pay together per year. */
  clientsPerYear: number | undefined;
  /** What the contractor carries per year for its own residents. */
  contractorCarries: number | undefined;
  termMonths: number | undefined;
  /** The heading of the over-the-term column, naming its months (overTermHeading). */
  overTermHeading: string;
}

/**
 * The derived economy as the wizard and the agreement show it: one row per party in the split,
 * with what it pays (or, for the contractor, carries) per year and over the term.
 */
export function splitYearlyCost(c: Case): CostSplit {
  const derived = deriveEconomy(c);
  const rows = derived.parties.map((p) => {
    const party = c.parties[p.partyIndex];
    return {
      partyId: p.partyId,
      partyName: party?.name?.trim() || "Namnlös part",
      role: p.role,
      pays: p.pays,
      percent: p.percent === undefined ? undefined : round2(p.percent),
      fromPopulation: p.percentSource === "invanare",
      perYear: p.annual === undefined ? undefined : Math.round(p.annual),
      overTerm: p.overTerm === undefined ? undefined : Math.round(p.overTerm),
    };
  });
  const totalPercent = round2(derived.parties.reduce((sum, row) => sum + (row.percent ?? 0), 0));
  return {
    rows,
    totalPercent,
    budget: derived.budget,
    clientsPerYear: derived.clientsAnnual,
    contractorCarries: derived.contractorCarries,
    termMonths: derived.termMonths,
    overTermHeading: c.economy.term.kind === "fast" ? overTermHeading(c.economy.term) : "Över avtalstiden",
  };
}

/** "uppdragsgivare betalar" / "uppdragstagare, bär för egna invånare". */
export function rowRoleText(row: CostSplitRow): string {
  if (row.role === "uppdragstagare") return "uppdragstagare – bär sin andel för egna invånare";
  if (row.role === undefined) return "roll inte angiven";
  return `${PARTY_ROLE_LABELS[row.role]} – betalar`;
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
