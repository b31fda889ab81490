import { z } from "zod";
import { COMPENSATION_FORMS, COST_SPLIT_METHODS, TERM_KINDS } from "../enums";
import { amountKr, choice, freeText, identifier, percent, wholeMonths, yesNo } from "./common";

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

export const economySchema = z.strictObject({
  /** The contractor's yearly cost for the tasks covered by the compensation. */
  annualCost: amountKr().optional(),
  /** What the contractor receives per year under the agreement. */
  annualCompensation: amountKr().optional(),
  compensationForm: choice(COMPENSATION_FORMS).optional(),
  costSplitMethod: choice(COST_SPLIT_METHODS).optional(),
  costShares: z.array(costShareSchema).max(400).default([]),
  deficitSharing: freeText().optional(),
  /** Total payable over the whole term including options and extensions. */
  contractValue: amountKr().optional(),
  /** Value per month of the services under the agreement. */
  monthlyValue: amountKr().optional(),
  term: termSchema.prefault({}),
  /** True when the economic terms are prepared as a proposal for the committee and council. */
  preparedForDecision: yesNo().optional(),
});

export type CostShare = z.infer<typeof costShareSchema>;
export type Term = z.infer<typeof termSchema>;
export type Economy = z.infer<typeof economySchema>;
