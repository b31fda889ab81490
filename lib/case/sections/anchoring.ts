import * as z from "zod/mini";
import { UNION_CONSULTATION } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const anchoringSchema = z.strictObject({
  committeeDecisionPlanned: z.optional(yesNo()),
  councilDecisionPlanned: z.optional(yesNo()),
  /** Of principled character or otherwise of greater importance (KL 5 kap. 1 §). */
  principledCharacter: z.optional(yesNo()),
  /**
   * The contractor's nämnd may perform the task for other municipalities under its reglemente (set
   * by fullmäktige); otherwise its fullmäktige decides (a jurist's review of the texts).
   */
  contractorMandate: z.optional(yesNo()),
  staffAffected: z.optional(yesNo()),
  unionConsultation: z.optional(choice(UNION_CONSULTATION)),
  internalCommunication: z.optional(freeText()),
});

export type Anchoring = z.infer<typeof anchoringSchema>;
