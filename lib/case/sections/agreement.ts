import { z } from "zod";
import { CLAUSE_IDS } from "../enums";
import { freeText, wholeMonths, yesNo } from "./common";

/** Marks a place in a clause draft that the answers did not settle; the engine flags it until replaced. */
export const CLAUSE_GAP = "[…]";

export const clausesSchema = z.partialRecord(
  z.enum(CLAUSE_IDS, { error: "Okänd klausul" }),
  freeText(),
);

export const agreementSchema = z.strictObject({
  clauses: clausesSchema.default({}),
  noticePeriodMonths: wholeMonths().optional(),
  /** True when the collaboration produces material that someone may hold rights to. */
  createsWorkResults: yesNo().optional(),
});

export type Clauses = z.infer<typeof clausesSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
