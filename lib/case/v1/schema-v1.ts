/**
 * FROZEN: the economy and procurement sections of case format version 1, exactly as they were
 * stored before version 2. Only `upgrade` and its tests read this module; never change it, or
 * stored version-1 documents could no longer be converted faithfully. The other sections did not
 * change between version 1 and 2 and are shared. Like all of lib/case it is written with zod/mini;
 * moving from zod's classic API changed how the checks are spelled, not what they accept.
 */
import * as z from "zod/mini";
import { COMPENSATION_FORMS, COST_SPLIT_METHODS, PROCUREMENT_ROUTES, SERVICE_CATEGORIES, TERM_KINDS } from "../enums";
import { caseObjectSchema } from "../schema";
import { amountKr, choice, freeText, identifier, isoDate, percent, wholeMonths, yesNo } from "../sections/common";

export const costShareSchemaV1 = z.strictObject({ partyId: identifier(), percent: z.optional(percent()) });

export const termSchemaV1 = z.strictObject({
  kind: z.optional(choice(TERM_KINDS)),
  months: z.optional(wholeMonths()),
  extensionMonths: z.optional(wholeMonths()),
});

export const economySchemaV1 = z.strictObject({
  annualCost: z.optional(amountKr()),
  annualCompensation: z.optional(amountKr()),
  compensationForm: z.optional(choice(COMPENSATION_FORMS)),
  costSplitMethod: z.optional(choice(COST_SPLIT_METHODS)),
  costShares: z._default(z.array(costShareSchemaV1).check(z.maxLength(400)), []),
  deficitSharing: z.optional(freeText()),
  contractValue: z.optional(amountKr()),
  monthlyValue: z.optional(amountKr()),
  term: z.prefault(termSchemaV1, {}),
  preparedForDecision: z.optional(yesNo()),
});

export const hamburgSchemaV1 = z.strictObject({
  establishesCooperation: z.optional(yesNo()),
  publicServicesCommonGoals: z.optional(yesNo()),
  publicInterestOnly: z.optional(yesNo()),
  openMarketSharePercent: z.optional(percent()),
  marketShareBasis: z.optional(freeText()),
});

export const procurementSchemaV1 = z.strictObject({
  serviceCategory: z.optional(choice(SERVICE_CATEGORIES)),
  plannedAwardDate: z.optional(isoDate()),
  reliedOnRoutes: z._default(z.array(choice(PROCUREMENT_ROUTES)).check(z.maxLength(6)), []),
  otherDirectAwardsSameKindValue: z.optional(amountKr()),
  hamburg: z.prefault(hamburgSchemaV1, {}),
  notes: z.optional(freeText()),
});

export type EconomyV1 = z.infer<typeof economySchemaV1>;
export type ProcurementV1 = z.infer<typeof procurementSchemaV1>;

/**
 * A whole version-1 document, for reporting a stored version-1 document's own errors by its own
 * paths when it cannot be upgraded. Sections other than economy and procurement are shared with
 * version 2 (they did not change) and so are not frozen here.
 */
export const caseSchemaV1 = z.extend(caseObjectSchema, {
  formatVersion: z.literal(1),
  economy: z.prefault(economySchemaV1, {}),
  procurement: z.prefault(procurementSchemaV1, {}),
  needsAttention: z.optional(z.never()),
});
