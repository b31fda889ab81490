import * as z from "zod/mini";
import { freeText, yesNo } from "./common";

export const controlSchema = z.strictObject({
  followUpRoutine: z.optional(freeText()),
  annualReportToCouncil: z.optional(yesNo()),
  internalControl: z.optional(freeText()),
  /** True when it is described how the executive board exercises its oversight duty. */
  executiveBoardOversight: z.optional(yesNo()),
});

export type Control = z.infer<typeof controlSchema>;
