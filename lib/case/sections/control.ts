import { z } from "zod";
import { freeText, yesNo } from "./common";

export const controlSchema = z.strictObject({
  followUpRoutine: freeText().optional(),
  annualReportToCouncil: yesNo().optional(),
  internalControl: freeText().optional(),
  /** True when it is described how the executive board exercises its oversight duty. */
  executiveBoardOversight: yesNo().optional(),
});

export type Control = z.infer<typeof controlSchema>;
