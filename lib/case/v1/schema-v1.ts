/**
 * FROZEN: the economy and procurement sections of case format version 1, exactly as they were
 * stored before version 2. Only `upgrade` and its tests read this module; never change it, or
 * stored version-1 documents could no longer be converted faithfully. The other sections did not
 * change between version 1 and 2 and are shared.
 */
import { z } from "zod";
import { COMPENSATION_FORMS, COST_SPLIT_METHODS, PROCUREMENT_ROUTES, SERVICE_CATEGORIES, TERM_KINDS } from "../enums";
import { caseObjectSchema } from "../schema";
import { amountKr, choice, freeText, identifier, isoDate, percent, wholeMonths, yesNo } from "../sections/common";

export const costShareSchemaV1 = z.strictObject({ partyId: identifier(), percent: percent().optional() });

export const termSchemaV1 = z.strictObject({
  kind: choice(TERM_KINDS).optional(),
  months: wholeMonths().optional(),
  extensionMonths: wholeMonths().optional(),
});

export const economySchemaV1 = z.strictObject({
  annualCost: amountKr().optional(),
  annualCompensation: amountKr().optional(),
  compensationForm: choice(COMPENSATION_FORMS).optional(),
  costSplitMethod: choice(COST_SPLIT_METHODS).optional(),
  costShares: z.array(costShareSchemaV1).max(400).default([]),
  deficitSharing: freeText().optional(),
  contractValue: amountKr().optional(),
  monthlyValue: amountKr().optional(),
  term: termSchemaV1.prefault({}),
  preparedForDecision: yesNo().optional(),
});

export const hamburgSchemaV1 = z.strictObject({
  establishesCooperation: yesNo().optional(),
  publicServicesCommonGoals: yesNo().optional(),
  publicInterestOnly: yesNo().optional(),
  openMarketSharePercent: percent().optional(),
  marketShareBasis: freeText().optional(),
});

export const procurementSchemaV1 = z.strictObject({
  serviceCategory: choice(SERVICE_CATEGORIES).optional(),
  plannedAwardDate: isoDate().optional(),
  reliedOnRoutes: z.array(choice(PROCUREMENT_ROUTES)).max(6).default([]),
  otherDirectAwardsSameKindValue: amountKr().optional(),
  hamburg: hamburgSchemaV1.prefault({}),
  notes: freeText().optional(),
});

export type EconomyV1 = z.infer<typeof economySchemaV1>;
export type ProcurementV1 = z.infer<typeof procurementSchemaV1>;

/**
 * A whole version-1 document, for reporting a stored version-1 document's own errors by its own
 * paths when it cannot be upgraded. Sections other than economy and procurement are shared with
 * version 2 (they did not change) and so are not frozen here.
 */
export const caseSchemaV1 = caseObjectSchema.extend({
  formatVersion: z.literal(1),
  economy: economySchemaV1.prefault({}),
  procurement: procurementSchemaV1.prefault({}),
  needsAttention: z.never().optional(),
});
