import type { Case } from "../case/schema";
import { COMPENSATION_FORM_LABELS, COST_SPLIT_METHOD_LABELS } from "../case/enums";

// The only place the documents read the case's economy. The case format is moving to an economy
// model where payments are derived from the self-cost budget and the shares (issue 9); when it
// lands, this module is the one to adapt, and every document follows.

export interface PartyEconomy {
  readonly partyId: string;
  readonly partyName: string;
  readonly isContractor: boolean;
  readonly sharePercent: number | undefined;
  /** The party's share of the yearly self-cost budget, in kronor. */
  readonly yearlyShareKr: number | undefined;
  /** What the party pays the contractor per year; undefined for the contractor itself. */
  readonly yearlyPaymentKr: number | undefined;
  /** What the party pays over the fixed term; undefined when the term is not fixed or unknown. */
  readonly termPaymentKr: number | undefined;
}

export interface EconomyFacts {
  /** The contractor's yearly cost of the joint service (the self-cost budget). */
  readonly selfCostBudgetKr: number | undefined;
  /** What the agreement states as the yearly compensation, when it states one. */
  readonly statedYearlyCompensationKr: number | undefined;
  readonly compensationForm: string | undefined;
  readonly counterPerformance: boolean;
  readonly splitMethod: string | undefined;
  readonly parties: readonly PartyEconomy[];
  /** Sum of the shares given, in percent. */
  readonly sharesTotalPercent: number;
  /** Sum of every client's yearly payment; undefined when any is unknown. */
  readonly yearlyPaymentsTotalKr: number | undefined;
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

export function economyFacts(c: Case): EconomyFacts {
  const e = c.economy;
  const budget = e.annualCost ?? e.annualCompensation;
  const shareByParty = new Map(e.costShares.map((share) => [share.partyId, share.percent]));
  const termMonths = e.term.kind === "fast" ? e.term.months : undefined;
  const parties = c.parties.map((party): PartyEconomy => {
    const sharePercent = shareByParty.get(party.id);
    const isContractor = party.role === "uppdragstagare";
    const yearlyShareKr = sharePercent !== undefined && budget !== undefined ? Math.round((budget * sharePercent) / 100) : undefined;
    const yearlyPaymentKr = isContractor ? undefined : yearlyShareKr;
    return {
      partyId: party.id,
      partyName: text(party.name) ?? "Namnlös part",
      isContractor,
      sharePercent,
      yearlyShareKr,
      yearlyPaymentKr,
      termPaymentKr: yearlyPaymentKr !== undefined && termMonths !== undefined ? Math.round((yearlyPaymentKr * termMonths) / 12) : undefined,
    };
  });
  const clients = parties.filter((p) => !p.isContractor);
  const payments = clients.map((p) => p.yearlyPaymentKr);
  return {
    selfCostBudgetKr: budget,
    statedYearlyCompensationKr: e.annualCompensation,
    compensationForm: e.compensationForm ? COMPENSATION_FORM_LABELS[e.compensationForm] : undefined,
    counterPerformance: e.compensationForm === "motprestation",
    // Phrased to follow "Kostnaden fördelas mellan parterna …".
    splitMethod: e.costSplitMethod ? (e.costSplitMethod === "fast" ? "i fasta andelar" : COST_SPLIT_METHOD_LABELS[e.costSplitMethod]) : undefined,
    parties,
    sharesTotalPercent: Math.round(parties.reduce((sum, p) => sum + (p.sharePercent ?? 0), 0) * 100) / 100,
    yearlyPaymentsTotalKr: clients.length && payments.every((p) => p !== undefined) ? payments.reduce((a, b) => a + (b ?? 0), 0) : undefined,
    deficitSharing: text(e.deficitSharing),
    termKind: e.term.kind,
    termMonths: e.term.months,
    extensionMonths: e.term.extensionMonths,
    noticePeriodMonths: c.agreement.noticePeriodMonths,
  };
}
