import { z } from "zod";
import { UNION_CONSULTATION } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const anchoringSchema = z.strictObject({
  committeeDecisionPlanned: yesNo().optional(),
  councilDecisionPlanned: yesNo().optional(),
  /** Of principled character or otherwise of greater importance (KL 5 kap. 1 §). */
  principledCharacter: yesNo().optional(),
  staffAffected: yesNo().optional(),
  unionConsultation: choice(UNION_CONSULTATION).optional(),
  internalCommunication: freeText().optional(),
});

export type Anchoring = z.infer<typeof anchoringSchema>;
