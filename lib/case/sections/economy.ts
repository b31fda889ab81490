import { z } from "zod";
import { COMPENSATION_FORMS, COST_SPLIT_METHODS, TERM_KINDS } from "../enums";
import { amountKr, choice, freeText, identifier, percent, wholeMonths, yesNo } from "./common";

/**
 * One party's share of the contractor's self-cost budget. With the population method the share is
 * derived from the parties' inhabitants and `percent` is left out; see lib/case/economy.ts.
 */
export const costShareSchema = z.strictObject({
  partyId: identifier(),
  percent: percent().optional(),
});

export const termSchema = z.strictObject({
  kind: choice(TERM_KINDS).optional(),
  /** Fixed term in months, excluding options to extend. */
  months: wholeMonths().optional(),
  /** Total months that options or extensions can add. */
  extensionMonths: wholeMonths().optional(),
});

/** Payment in kind: the client performs another task for the contractor instead of paying money. */
export const counterPerformanceSchema = z.strictObject({
  description: freeText().optional(),
  /** What the counter-performance is worth per year, in kronor. */
  annualValue: amountKr().optional(),
});

/**
 * Economy, format version 2: one model that cannot contradict itself. The only amounts typed are
 * the contractor's self-cost budget and, when the agreement states one, a fixed total price or a
 * price per month. What each client pays, per year and over the term, and what the contractor
 * carries for its own residents are derived (lib/case/economy.ts), never stored.
 */
export const economySchema = z.strictObject({
  /** The contractor's self-cost per year for the joint service (självkostnadsbudget). */
  selfCostBudget: amountKr().optional(),
  costSplitMethod: choice(COST_SPLIT_METHODS).optional(),
  costShares: z.array(costShareSchema).max(400).default([]),
  compensationForm: choice(COMPENSATION_FORMS).optional(),
  counterPerformance: counterPerformanceSchema.prefault({}),
  /** A fixed total price for the whole term, options and extensions included, when the agreement states one. */
  fixedTotalPrice: amountKr().optional(),
  /** A price per month for all clients together, when the agreement states one. */
  pricePerMonth: amountKr().optional(),
  deficitSharing: freeText().optional(),
  term: termSchema.prefault({}),
  /** True when the economic terms are prepared as a proposal for the committee and council. */
  preparedForDecision: yesNo().optional(),
});

export type CostShare = z.infer<typeof costShareSchema>;
export type Term = z.infer<typeof termSchema>;
export type Economy = z.infer<typeof economySchema>;
export type CounterPerformance = z.infer<typeof counterPerformanceSchema>;
