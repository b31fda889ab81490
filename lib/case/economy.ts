/**
 * The derived side of the economy model (format version 2). Nothing here is stored: what each
 * client pays, per year and over the term, and what the contractor carries for its own residents
 * follow from the self-cost budget (or a price the agreement states) and the shares.
 */
import type { PartyRole } from "./enums";
import type { Case } from "./schema";

export type ShareSource = "angiven" | "invanare";

export interface PartyEconomy {
  readonly partyId: string;
  /** Index in `parties`, or -1 when the share names no party (a schema error). */
  readonly partyIndex: number;
  readonly role: PartyRole | undefined;
  /** A client pays; the contractor carries its share for its own residents. */
  readonly pays: boolean;
  readonly percent: number | undefined;
  readonly percentSource: ShareSource | undefined;
  /** Per year, from the self-cost budget (or the stated price for a client). */
  readonly annual: number | undefined;
  /** Over the fixed term including extensions; undefined for an open-ended term. */
  readonly overTerm: number | undefined;
}

export interface DerivedEconomy {
  readonly budget: number | undefined;
  /** Months of the fixed term including extensions; undefined when open-ended or unknown. */
  readonly termMonths: number | undefined;
  readonly parties: readonly PartyEconomy[];
  /** Sum of the shares when every share is known. */
  readonly sharesTotal: number | undefined;
  /** What the clients together pay per year. */
  readonly clientsAnnual: number | undefined;
  /** What the contractor parties carry per year for their own residents. */
  readonly contractorCarries: number | undefined;
}

export function isPayingRole(role: PartyRole | undefined): boolean {
  return role === "uppdragsgivare" || role === "bada";
}

function sum(values: readonly (number | undefined)[]): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** Months counted for a fixed term, options and extensions included. */
export function fixedTermMonths(c: Case): number | undefined {
  const term = c.economy.term;
  if (term.kind !== "fast" || term.months === undefined) return undefined;
  return term.months + (term.extensionMonths ?? 0);
}

/**
 * What "over the term" covers, as a column heading: a fixed term's amounts include its possible
 * extension (as the contract value does, LOU 5 kap.), which a reader of "under avtalstiden" would
 * not expect, so the months are named: "Under avtalstiden (48 mån.)", "Under 72 mån. (48 + 24
 * mån. förlängning)".
 */
export function overTermHeading(term: { months?: number | undefined; extensionMonths?: number | undefined }): string {
  if (term.months === undefined) return "Under avtalstiden";
  const extension = term.extensionMonths ?? 0;
  return extension > 0 ? `Under ${term.months + extension} mån. (${term.months} + ${extension} mån. förlängning)` : `Under avtalstiden (${term.months} mån.)`;
}

export function deriveEconomy(c: Case): DerivedEconomy {
  const { economy } = c;
  const budget = economy.selfCostBudget;
  const termMonths = fixedTermMonths(c);
  const byPopulation = economy.costSplitMethod === "befolkning";
  const rows = economy.costShares.map((share) => {
    const partyIndex = c.parties.findIndex((p) => p.id === share.partyId);
    return { share, partyIndex, party: c.parties[partyIndex] };
  });
  const populations = rows.map((r) => r.party?.population);
  const totalPopulation = byPopulation ? sum(populations) : undefined;
  const parties: PartyEconomy[] = rows.map(({ share, partyIndex, party }) => {
    let percent = share.percent;
    let percentSource: ShareSource | undefined = percent === undefined ? undefined : "angiven";
    // By inhabitants, the share follows from the population figures and is never typed twice.
    if (byPopulation && totalPopulation !== undefined && totalPopulation > 0 && party?.population !== undefined) {
      percent = (party.population / totalPopulation) * 100;
      percentSource = "invanare";
    }
    const annual = budget !== undefined && percent !== undefined ? (budget * percent) / 100 : undefined;
    return {
      partyId: share.partyId,
      partyIndex,
      role: party?.role,
      pays: isPayingRole(party?.role),
      percent,
      percentSource,
      annual,
      overTerm: annual !== undefined && termMonths !== undefined ? (annual * termMonths) / 12 : undefined,
    };
  });
  const sharesTotal = parties.length === 0 ? undefined : sum(parties.map((p) => p.percent));
  return {
    budget,
    termMonths,
    parties,
    sharesTotal,
    clientsAnnual: parties.some((p) => p.pays) ? sum(parties.filter((p) => p.pays).map((p) => p.annual)) : undefined,
    contractorCarries: sum(parties.filter((p) => p.role === "uppdragstagare").map((p) => p.annual)),
  };
}

/**
 * What all parties pay together per year, when the agreement states a price or the payment is a
 * counter-performance: the clients' stated price and the value of the counter-performance, plus
 * what the contractor carries for its own residents. Without either, the payments are derived
 * from the self-cost budget and equal it by construction. A counter-performance without a stated
 * value cannot be compared (ECON_COUNTER_PERFORMANCE_UNVALUED says so) and is never taken as money.
 */
export function compensationAgainstCost(c: Case): { cost: number; payments: number; period: string } | undefined {
  const e = c.economy;
  if (e.selfCostBudget === undefined) return undefined;
  const inKind = e.compensationForm === "motprestation";
  if (inKind && e.counterPerformance.annualValue === undefined) return undefined;
  const derived = deriveEconomy(c);
  let clientsPerYear: number | undefined;
  let period = "per år";
  if (e.pricePerMonth !== undefined) clientsPerYear = e.pricePerMonth * 12;
  else if (e.fixedTotalPrice !== undefined && derived.termMonths !== undefined && derived.termMonths > 0) {
    clientsPerYear = (e.fixedTotalPrice * 12) / derived.termMonths;
    period = "per år i genomsnitt över avtalstiden";
  }
  if (inKind) clientsPerYear = (clientsPerYear ?? 0) + (e.counterPerformance.annualValue ?? 0);
  if (clientsPerYear === undefined) return undefined;
  const contractor = derived.parties.some((p) => p.role === "uppdragstagare") ? derived.contractorCarries : 0;
  if (contractor === undefined) return undefined;
  return { cost: e.selfCostBudget, payments: clientsPerYear + contractor, period };
}

