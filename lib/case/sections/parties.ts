import * as z from "zod/mini";
import { PARTY_ROLES, PARTY_TYPES } from "../enums";
import { choice, freeText, identifier } from "./common";

// Kommunkod (4 digits), länskod (2 digits) or organisationsnummer (NNNNNN-NNNN).
const OFFICIAL_CODE = /^(\d{2}|\d{4}|\d{6}-\d{4})$/;

export const partySchema = z.strictObject({
  id: identifier(),
  name: z.optional(freeText()),
  type: z.optional(choice(PARTY_TYPES)),
  role: z.optional(choice(PARTY_ROLES)),
  /** Number of inhabitants; lets the cost be split by population. */
  population: z.optional(
    z.number({ error: "Antalet invånare ska vara ett heltal" }).check(
      z.int({ error: "Antalet invånare ska vara ett heltal" }),
      z.minimum(0, { error: "Antalet invånare får inte vara negativt" }),
      z.maximum(10_000_000, { error: "Antalet invånare verkar orimligt stort" }),
    ),
  ),
  officialCode: z.optional(
    z.string().check(
      z.regex(OFFICIAL_CODE, {
        error: "Koden ska vara en kommunkod (4 siffror), länskod (2 siffror) eller ett organisationsnummer (NNNNNN-NNNN)",
      }),
    ),
  ),
  /** The party's own diary number for the matter (each party registers it in its own diary). */
  diaryNumber: z.optional(freeText()),
  /** The party's committee (nämnd) that decides on the matter, e.g. "Socialnämnden". */
  committee: z.optional(freeText()),
});

export const partiesSchema = z.array(partySchema).check(z.maxLength(400, { error: "Högst 400 parter" }));

export type Party = z.infer<typeof partySchema>;
