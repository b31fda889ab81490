import { z } from "zod";
import { formatCharacterLimit } from "../../format/count";
import { formatKronor } from "../../format/money";
import { isIsoDate } from "../../format/date";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../../format/safe-text";

// Free text is capped so a pasted document cannot bloat the case or the scans over it.
export const MAX_TEXT = 20_000;

export const freeText = () =>
  z
    .string()
    .max(MAX_TEXT, { error: `Texten får vara ${formatCharacterLimit(MAX_TEXT)}` })
    .refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE });

export const identifier = () =>
  z
    .string()
    .min(1, { error: "Id får inte vara tomt" })
    .max(100, { error: "Id får vara högst 100 tecken" })
    .refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE });

// No answer in a municipal collaboration comes near 100 billion kronor (Sweden's largest
// municipality turns over about 80 billion a year); a larger number is a typing slip, such as
// a pasted row of digits, and would also lose precision as a JavaScript number.
export const MAX_AMOUNT_KR = 100_000_000_000;

export const amountKr = () =>
  z
    .number({ error: "Beloppet ska vara ett tal i kronor" })
    .finite({ error: "Beloppet ska vara ett ändligt tal" })
    .min(0, { error: "Beloppet får inte vara negativt" })
    .max(MAX_AMOUNT_KR, { error: `Beloppet får vara högst ${formatKronor(MAX_AMOUNT_KR)}` });

export const percent = () =>
  z
    .number({ error: "Andelen ska vara ett tal i procent" })
    .min(0, { error: "Andelen får inte vara mindre än 0 %" })
    .max(100, { error: "Andelen får inte vara större än 100 %" });

export const wholeMonths = () =>
  z
    .number({ error: "Antalet månader ska vara ett heltal" })
    .int({ error: "Antalet månader ska vara ett heltal" })
    .min(0, { error: "Antalet månader får inte vara negativt" })
    .max(1200, { error: "Antalet månader får vara högst 1200" });

export const isoDate = () =>
  z.string().refine(isIsoDate, { error: "Datum ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD" });

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "Välj ett av alternativen" });

export const yesNo = () => z.boolean({ error: "Svara ja eller nej" });
