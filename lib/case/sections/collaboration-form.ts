import { z } from "zod";
import { COLLABORATION_FORMS } from "../enums";
import { choice, freeText } from "./common";

export const collaborationFormSchema = z.strictObject({
  chosen: choice(COLLABORATION_FORMS).optional(),
  motivation: freeText().optional(),
  alternativesConsidered: z.array(choice(COLLABORATION_FORMS)).max(6).default([]),
});

export type CollaborationForm = z.infer<typeof collaborationFormSchema>;
