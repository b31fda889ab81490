import * as z from "zod/mini";
import { ACTIVITY_AREAS } from "../enums";
import { amountKr, freeText, identifier, isoDate } from "./common";

export const goalSchema = z.strictObject({
  id: identifier(),
  description: z.optional(freeText()),
  /** The key figure (nyckeltal) that shows whether the goal is reached. */
  keyFigure: z.optional(freeText()),
  baseline: z.optional(z.number()),
  target: z.optional(z.number()),
  unit: z.optional(freeText()),
  targetDate: z.optional(isoDate()),
});

export const needsSchema = z.strictObject({
  /** The area of activity (verksamhetsområde): a quasi-identifier of examples and a statistics dimension. */
  activityArea: z.optional(z.enum(ACTIVITY_AREAS, { error: "Välj ett verksamhetsområde i listan" })),
  problem: z.optional(freeText()),
  inScope: z.optional(freeText()),
  outOfScope: z.optional(freeText()),
  benefits: z._default(z.array(freeText()).check(z.maxLength(100)), []),
  goals: z._default(z.array(goalSchema).check(z.maxLength(100)), []),
  /** Optional estimate of what the problem costs today, used in the needs analysis. */
  currentCostEstimate: z.optional(amountKr()),
});

export type Goal = z.infer<typeof goalSchema>;
export type Needs = z.infer<typeof needsSchema>;
