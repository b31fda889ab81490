import * as z from "zod/mini";
import { CONTRIBUTION_KINDS, PROCUREMENT_ROUTES, SERVICE_CATEGORIES } from "../enums";
import { amountKr, choice, freeText, identifier, isoDate, percent, yesNo } from "./common";

/** What one party contributes to the cooperation (C-429/19 Remondis). */
export const contributionSchema = z.strictObject({
  partyId: identifier(),
  kinds: z._default(z.array(choice(CONTRIBUTION_KINDS)).check(z.maxLength(CONTRIBUTION_KINDS.length)), []),
  description: z.optional(freeText()),
});

/** The four cumulative criteria of LOU 3 kap. 17 §, as answered by the user, and each party's contribution. */
export const hamburgSchema = z.strictObject({
  establishesCooperation: z.optional(yesNo()),
  publicServicesCommonGoals: z.optional(yesNo()),
  publicInterestOnly: z.optional(yesNo()),
  /** Highest open-market share among the participating authorities, in percent. */
  openMarketSharePercent: z.optional(percent()),
  /** How the share was measured: turnover or another activity-based measure over three years. */
  marketShareBasis: z.optional(freeText()),
  contributions: z._default(z.array(contributionSchema).check(z.maxLength(400)), []),
});

/**
 * Other direct awards of the same kind by one contracting authority (a nämnd of the party) in one
 * financial year. Only those of the planned award's financial year are counted with it.
 */
export const otherDirectAwardSchema = z.strictObject({
  partyId: identifier(),
  valueKr: z.optional(amountKr()),
  /** The nämnd that made the awards: the contracting authority is the nämnd, not the municipality. */
  committee: z.optional(freeText()),
  /** The financial year (calendar year for municipalities and regions) the awards were made in. */
  financialYear: z.optional(
    z.number({ error: "Räkenskapsåret ska vara ett årtal" }).check(
      z.int({ error: "Räkenskapsåret ska vara ett årtal" }),
      z.minimum(2000, { error: "Räkenskapsåret ska vara ett årtal från 2000" }),
      z.maximum(2100, { error: "Räkenskapsåret ska vara ett årtal före 2100" }),
    ),
  ),
});

/** LOU 19 a kap.: direct award is a procedure with a duty to document and to have guidelines. */
export const directAwardSchema = z.strictObject({
  documented: z.optional(yesNo()),
  internalGuidelines: z.optional(yesNo()),
});

export const procurementSchema = z.strictObject({
  serviceCategory: z.optional(choice(SERVICE_CATEGORIES)),
  /**
   * When the procurement (or the direct award) starts: the contract value is estimated at that
   * time (LOU 5 kap.), and the direct-award limits of that date apply.
   */
  procurementStartDate: z.optional(isoDate()),
  reliedOnRoutes: z._default(z.array(choice(PROCUREMENT_ROUTES)).check(z.maxLength(6)), []),
  /** Each contracting authority's own figure, per financial year. */
  otherDirectAwards: z._default(z.array(otherDirectAwardSchema).check(z.maxLength(400)), []),
  directAward: z.prefault(directAwardSchema, {}),
  hamburg: z.prefault(hamburgSchema, {}),
  notes: z.optional(freeText()),
});

export type Hamburg = z.infer<typeof hamburgSchema>;
export type Contribution = z.infer<typeof contributionSchema>;
export type OtherDirectAward = z.infer<typeof otherDirectAwardSchema>;
export type Procurement = z.infer<typeof procurementSchema>;
