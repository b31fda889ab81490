import { z } from "zod";
import { COLLABORATION_FORMS } from "../enums";
import { choice, freeText, yesNo } from "./common";

/** Answers to the step 2C decision aid (lib/wizard/form-advice.ts), kept so the advice can be shown again. */
export const formDecisionAidSchema = z.strictObject({
  ownLegalPerson: yesNo().optional(),
  stateAgencies: yesNo().optional(),
  privateActors: yesNo().optional(),
  bindingAgreement: yesNo().optional(),
});

export const collaborationFormSchema = z.strictObject({
  decisionAid: formDecisionAidSchema.prefault({}),
  chosen: choice(COLLABORATION_FORMS).optional(),
  motivation: freeText().optional(),
  alternativesConsidered: z.array(choice(COLLABORATION_FORMS)).max(6).default([]),
});

export type CollaborationForm = z.infer<typeof collaborationFormSchema>;
