import { z } from "zod";
import { CONTRIBUTION_KINDS, PROCUREMENT_ROUTES, SERVICE_CATEGORIES } from "../enums";
import { amountKr, choice, freeText, identifier, isoDate, percent, yesNo } from "./common";

/** What one party contributes to the cooperation (C-429/19 Remondis). */
export const contributionSchema = z.strictObject({
  partyId: identifier(),
  kinds: z.array(choice(CONTRIBUTION_KINDS)).max(CONTRIBUTION_KINDS.length).default([]),
  description: freeText().optional(),
});

/** The four cumulative criteria of LOU 3 kap. 17 §, as answered by the user, and each party's contribution. */
export const hamburgSchema = z.strictObject({
  establishesCooperation: yesNo().optional(),
  publicServicesCommonGoals: yesNo().optional(),
  publicInterestOnly: yesNo().optional(),
  /** Highest open-market share among the participating authorities, in percent. */
  openMarketSharePercent: percent().optional(),
  /** How the share was measured: turnover or another activity-based measure over three years. */
  marketShareBasis: freeText().optional(),
  contributions: z.array(contributionSchema).max(400).default([]),
});

/**
 * Other direct awards of the same kind by one contracting authority (a nämnd of the party) in one
 * financial year. Only those of the planned award's financial year are counted with it.
 */
export const otherDirectAwardSchema = z.strictObject({
  partyId: identifier(),
  valueKr: amountKr().optional(),
  /** The nämnd that made the awards: the contracting authority is the nämnd, not the municipality. */
  committee: freeText().optional(),
  /** The financial year (calendar year for municipalities and regions) the awards were made in. */
  financialYear: z
    .number({ error: "Räkenskapsåret ska vara ett årtal" })
    .int({ error: "Räkenskapsåret ska vara ett årtal" })
    .min(2000, { error: "Räkenskapsåret ska vara ett årtal från 2000" })
    .max(2100, { error: "Räkenskapsåret ska vara ett årtal före 2100" })
    .optional(),
});

/** LOU 19 a kap.: direct award is a procedure with a duty to document and to have guidelines. */
export const directAwardSchema = z.strictObject({
  documented: yesNo().optional(),
  internalGuidelines: yesNo().optional(),
});

export const procurementSchema = z.strictObject({
  serviceCategory: choice(SERVICE_CATEGORIES).optional(),
  /**
   * When the procurement (or the direct award) starts: the contract value is estimated at that
   * time (LOU 5 kap.), and the direct-award limits of that date apply.
   */
  procurementStartDate: isoDate().optional(),
  reliedOnRoutes: z.array(choice(PROCUREMENT_ROUTES)).max(6).default([]),
  /** Each contracting authority's own figure, per financial year. */
  otherDirectAwards: z.array(otherDirectAwardSchema).max(400).default([]),
  directAward: directAwardSchema.prefault({}),
  hamburg: hamburgSchema.prefault({}),
  notes: freeText().optional(),
});

export type Hamburg = z.infer<typeof hamburgSchema>;
export type Contribution = z.infer<typeof contributionSchema>;
export type OtherDirectAward = z.infer<typeof otherDirectAwardSchema>;
export type Procurement = z.infer<typeof procurementSchema>;
