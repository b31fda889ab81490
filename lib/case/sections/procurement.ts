import { z } from "zod";
import { PROCUREMENT_ROUTES, SERVICE_CATEGORIES } from "../enums";
import { amountKr, choice, freeText, isoDate, percent, yesNo } from "./common";

/** The four cumulative criteria of LOU 3 kap. 17 §, as answered by the user. */
export const hamburgSchema = z.strictObject({
  establishesCooperation: yesNo().optional(),
  publicServicesCommonGoals: yesNo().optional(),
  publicInterestOnly: yesNo().optional(),
  /** Highest open-market share among the participating authorities, in percent. */
  openMarketSharePercent: percent().optional(),
  /** How the share was measured: turnover or another activity-based measure over three years. */
  marketShareBasis: freeText().optional(),
});

export const procurementSchema = z.strictObject({
  serviceCategory: choice(SERVICE_CATEGORIES).optional(),
  /** When the agreement is to be concluded; the procurement limits of that date apply. */
  plannedAwardDate: isoDate().optional(),
  reliedOnRoutes: z.array(choice(PROCUREMENT_ROUTES)).max(6).default([]),
  /** Other direct awards of the same kind in the same financial year, in kronor. */
  otherDirectAwardsSameKindValue: amountKr().optional(),
  hamburg: hamburgSchema.prefault({}),
  notes: freeText().optional(),
});

export type Hamburg = z.infer<typeof hamburgSchema>;
export type Procurement = z.infer<typeof procurementSchema>;
