import type { Case } from "../case/schema";
import { COMPENSATION_FORM_LABELS, COST_SPLIT_METHOD_LABELS } from "../case/enums";
import { deriveEconomy } from "../case/economy";

// The only place the documents read the case's economy. Format version 2 (issue 9) types only the
// contractor's self-cost budget, the shares and an optional stated price; what each client pays,
// per year and over the term, and what the contractor carries for its own residents are derived
// by lib/case/economy.ts. Every document reads them from here.

export interface PartyEconomy {
  readonly partyId: string;
  readonly partyName: string;
  readonly isContractor: boolean;
  readonly sharePercent: number | undefined;
  /** True when the share follows from the parties' inhabitants rather than being typed. */
  readonly shareFromPopulation: boolean;
  /** The party's share of the yearly self-cost budget, in kronor. */
  readonly yearlyShareKr: number | undefined;
  /** What the party pays the contractor per year; undefined for a contractor, which carries its share. */
  readonly yearlyPaymentKr: number | undefined;
  /** What the party pays over the fixed term including extensions; undefined when open-ended or unknown. */
  readonly termPaymentKr: number | undefined;
  /** The party's share of the cost over the fixed term including extensions, paid or (the contractor's) carried; undefined when open-ended or unknown. */
  readonly termShareKr: number | undefined;
}

export interface EconomyFacts {
  /** The contractor's yearly cost of the joint service (the self-cost budget). */
  readonly selfCostBudgetKr: number | undefined;
  /** A fixed total price for the whole term, when the agreement states one. */
  readonly fixedTotalPriceKr: number | undefined;
  /** A price per month for all clients together, when the agreement states one. */
  readonly pricePerMonthKr: number | undefined;
  readonly compensationForm: string | undefined;
  readonly counterPerformance: { readonly description: string | undefined; readonly annualValueKr: number | undefined } | undefined;
  /** Phrased to follow "Kostnaden fördelas mellan parterna …". */
  readonly splitMethod: string | undefined;
  readonly parties: readonly PartyEconomy[];
  /** Sum of the shares given, in percent (unknown shares count as 0). */
  readonly sharesTotalPercent: number;
  /** What the clients together pay per year; undefined when any share is unknown. */
  readonly yearlyPaymentsTotalKr: number | undefined;
  /** What the contractor carries per year for its own residents. */
  readonly contractorCarriesKr: number | undefined;
  readonly deficitSharing: string | undefined;
  readonly termKind: "fast" | "tillsvidare" | undefined;
  readonly termMonths: number | undefined;
  readonly extensionMonths: number | undefined;
  readonly noticePeriodMonths: number | undefined;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A party's amount over the fixed term beside its amount per year: what a client pays, and what
 * the contractor carries for its own residents. "–" for the contractor read as nothing, where step
 * 2A shows its share (a walk).
 */
export function termAmount(p: PartyEconomy): number | undefined {
  return p.isContractor ? p.termShareKr : p.termPaymentKr;
}

const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value));

export function economyFacts(c: Case): EconomyFacts {
  const e = c.economy;
  const derived = deriveEconomy(c);
  const byParty = new Map(derived.parties.map((p) => [p.partyId, p]));
  const parties = c.parties.map((party): PartyEconomy => {
    const row = byParty.get(party.id);
    const isContractor = party.role === "uppdragstagare";
    return {
      partyId: party.id,
      partyName: text(party.name) ?? "Namnlös part",
      isContractor,
      sharePercent: row?.percent === undefined ? undefined : Math.round(row.percent * 100) / 100,
      shareFromPopulation: row?.percentSource === "invanare",
      yearlyShareKr: round(row?.annual),
      yearlyPaymentKr: row?.pays ? round(row.annual) : undefined,
      termPaymentKr: row?.pays ? round(row.overTerm) : undefined,
      termShareKr: round(row?.overTerm),
    };
  });
  return {
    selfCostBudgetKr: derived.budget,
    fixedTotalPriceKr: e.fixedTotalPrice,
    pricePerMonthKr: e.pricePerMonth,
    compensationForm: e.compensationForm ? COMPENSATION_FORM_LABELS[e.compensationForm] : undefined,
    counterPerformance:
      e.compensationForm === "motprestation" ? { description: text(e.counterPerformance.description), annualValueKr: e.counterPerformance.annualValue } : undefined,
    splitMethod: e.costSplitMethod ? (e.costSplitMethod === "fast" ? "i fasta andelar" : COST_SPLIT_METHOD_LABELS[e.costSplitMethod]) : undefined,
    parties,
    sharesTotalPercent: Math.round(parties.reduce((sum, p) => sum + (p.sharePercent ?? 0), 0) * 100) / 100,
    yearlyPaymentsTotalKr: round(derived.clientsAnnual),
    contractorCarriesKr: round(derived.contractorCarries),
    deficitSharing: text(e.deficitSharing),
    termKind: e.term.kind,
    termMonths: e.term.months,
    extensionMonths: e.term.extensionMonths,
    noticePeriodMonths: c.agreement.noticePeriodMonths,
  };
}
