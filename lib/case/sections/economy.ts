import * as z from "zod/mini";
import { COMPENSATION_FORMS, COST_SPLIT_METHODS, TERM_KINDS } from "../enums";
import { amountKr, choice, freeText, identifier, percent, wholeMonths, yesNo } from "./common";

/**
 * One party's share of the contractor's self-cost budget. With the population method the share is
 * derived from the parties' inhabitants and `percent` is left out; see lib/case/economy.ts.
 */
export const costShareSchema = z.strictObject({
  partyId: identifier(),
  percent: z.optional(percent()),
});

export const termSchema = z.strictObject({
  kind: z.optional(choice(TERM_KINDS)),
  /** Fixed term in months, excluding options to extend. */
  months: z.optional(wholeMonths()),
  /** Total months that options or extensions can add. */
  extensionMonths: z.optional(wholeMonths()),
});

/** Payment in kind: the client performs another task for the contractor instead of paying money. */
export const counterPerformanceSchema = z.strictObject({
  description: z.optional(freeText()),
  /** What the counter-performance is worth per year, in kronor. */
  annualValue: z.optional(amountKr()),
});

/**
 * Economy, format version 2: one model that cannot contradict itself. The only amounts typed are
 * the contractor's self-cost budget and, when the agreement states one, a fixed total price or a
 * price per month. What each client pays, per year and over the term, and what the contractor
 * carries for its own residents are derived (lib/case/economy.ts), never stored.
 */
export const economySchema = z.strictObject({
  /** The contractor's self-cost per year for the joint service (självkostnadsbudget). */
  selfCostBudget: z.optional(amountKr()),
  costSplitMethod: z.optional(choice(COST_SPLIT_METHODS)),
  costShares: z._default(z.array(costShareSchema).check(z.maxLength(400)), []),
  compensationForm: z.optional(choice(COMPENSATION_FORMS)),
  counterPerformance: z.prefault(counterPerformanceSchema, {}),
  /** A fixed total price for the whole term, options and extensions included, when the agreement states one. */
  fixedTotalPrice: z.optional(amountKr()),
  /** A price per month for all clients together, when the agreement states one. */
  pricePerMonth: z.optional(amountKr()),
  deficitSharing: z.optional(freeText()),
  term: z.prefault(termSchema, {}),
  /** True when the economic terms are prepared as a proposal for the committee and council. */
  preparedForDecision: z.optional(yesNo()),
});

export type CostShare = z.infer<typeof costShareSchema>;
export type Term = z.infer<typeof termSchema>;
export type Economy = z.infer<typeof economySchema>;
export type CounterPerformance = z.infer<typeof counterPerformanceSchema>;
