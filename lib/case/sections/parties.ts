import { z } from "zod";
import { PARTY_ROLES, PARTY_TYPES } from "../enums";
import { choice, freeText, identifier } from "./common";

// Kommunkod (4 digits), länskod (2 digits) or organisationsnummer (NNNNNN-NNNN).
const OFFICIAL_CODE = /^(\d{2}|\d{4}|\d{6}-\d{4})$/;

export const partySchema = z.strictObject({
  id: identifier(),
  name: freeText().optional(),
  type: choice(PARTY_TYPES).optional(),
  role: choice(PARTY_ROLES).optional(),
  /** Number of inhabitants; lets the cost be split by population. */
  population: z
    .number({ error: "Antalet invånare ska vara ett heltal" })
    .int({ error: "Antalet invånare ska vara ett heltal" })
    .min(0, { error: "Antalet invånare får inte vara negativt" })
    .max(10_000_000, { error: "Antalet invånare verkar orimligt stort" })
    .optional(),
  officialCode: z
    .string()
    .regex(OFFICIAL_CODE, {
      error: "Koden ska vara en kommunkod (4 siffror), länskod (2 siffror) eller ett organisationsnummer (NNNNNN-NNNN)",
    })
    .optional(),
  /** The party's own diary number for the matter (each party registers it in its own diary). */
  diaryNumber: freeText().optional(),
  /** The party's committee (nämnd) that decides on the matter, e.g. "Socialnämnden". */
  committee: freeText().optional(),
});

export const partiesSchema = z.array(partySchema).max(400, { error: "Högst 400 parter" });

export type Party = z.infer<typeof partySchema>;
