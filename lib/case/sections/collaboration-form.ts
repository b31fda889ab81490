import * as z from "zod/mini";
import { COLLABORATION_FORMS } from "../enums";
import { choice, freeText, yesNo } from "./common";

/** Answers to the step 2C decision aid (lib/wizard/form-advice.ts), kept so the advice can be shown again. */
export const formDecisionAidSchema = z.strictObject({
  ownLegalPerson: z.optional(yesNo()),
  stateAgencies: z.optional(yesNo()),
  privateActors: z.optional(yesNo()),
  bindingAgreement: z.optional(yesNo()),
});

export const collaborationFormSchema = z.strictObject({
  decisionAid: z.prefault(formDecisionAidSchema, {}),
  chosen: z.optional(choice(COLLABORATION_FORMS)),
  motivation: z.optional(freeText()),
  alternativesConsidered: z._default(z.array(choice(COLLABORATION_FORMS)).check(z.maxLength(6)), []),
});

export type CollaborationForm = z.infer<typeof collaborationFormSchema>;
