import { z } from "zod";
import { ACTIVITY_AREAS } from "../enums";
import { amountKr, freeText, identifier, isoDate } from "./common";

export const goalSchema = z.strictObject({
  id: identifier(),
  description: freeText().optional(),
  /** The key figure (nyckeltal) that shows whether the goal is reached. */
  keyFigure: freeText().optional(),
  baseline: z.number().finite().optional(),
  target: z.number().finite().optional(),
  unit: freeText().optional(),
  targetDate: isoDate().optional(),
});

export const needsSchema = z.strictObject({
  /** The area of activity (verksamhetsområde): a quasi-identifier of examples and a statistics dimension. */
  activityArea: z.enum(ACTIVITY_AREAS, { error: "Välj ett verksamhetsområde i listan" }).optional(),
  problem: freeText().optional(),
  inScope: freeText().optional(),
  outOfScope: freeText().optional(),
  benefits: z.array(freeText()).max(100).default([]),
  goals: z.array(goalSchema).max(100).default([]),
  /** Optional estimate of what the problem costs today, used in the needs analysis. */
  currentCostEstimate: amountKr().optional(),
});

export type Goal = z.infer<typeof goalSchema>;
export type Needs = z.infer<typeof needsSchema>;
