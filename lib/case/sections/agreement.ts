import * as z from "zod/mini";
import { CLAUSE_IDS } from "../enums";
import { freeText, wholeMonths, yesNo } from "./common";

export const clausesSchema = z.partialRecord(
  z.enum(CLAUSE_IDS, { error: "Okänd klausul" }),
  freeText(),
);

export const agreementSchema = z.strictObject({
  clauses: z._default(clausesSchema, {}),
  noticePeriodMonths: z.optional(wholeMonths()),
  /** True when the collaboration produces material that someone may hold rights to. */
  createsWorkResults: z.optional(yesNo()),
});

export type Clauses = z.infer<typeof clausesSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
