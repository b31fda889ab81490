import * as z from "zod/mini";
import { formatCharacterLimit } from "../../format/count";
import { formatKronor } from "../../format/money";
import { isIsoDate } from "../../format/date";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../../format/safe-text";
import { MAX_AMOUNT_KR, MAX_TEXT, MAX_TITLE } from "../limits";

// The case schema runs in the browser too (the step form's field errors and live findings), so it
// is written with zod/mini: the same checks as zod's classic API, in a fraction of the bundle.

// The limits themselves live in ../limits.ts, so that a form field can show them without zod.
export { MAX_AMOUNT_KR, MAX_TEXT };

export const freeText = () =>
  z.string().check(
    z.maxLength(MAX_TEXT, { error: `Texten får vara ${formatCharacterLimit(MAX_TEXT)}` }),
    z.refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE }),
  );

/** A title as it may be answered now (caseInputSchema); stored documents keep freeText's limit. */
export const titleText = () =>
  z.string().check(
    z.maxLength(MAX_TITLE, { error: `Titeln får vara ${formatCharacterLimit(MAX_TITLE)}` }),
    z.refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE }),
  );

export const identifier = () =>
  z.string().check(
    z.minLength(1, { error: "Id får inte vara tomt" }),
    z.maxLength(100, { error: "Id får vara högst 100 tecken" }),
    z.refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE }),
  );

// zod 4's number() accepts finite numbers only (classic's .finite() does nothing), so there is no finiteness check.
export const amountKr = () =>
  z.number({ error: "Beloppet ska vara ett tal i kronor" }).check(
    z.minimum(0, { error: "Beloppet får inte vara negativt" }),
    z.maximum(MAX_AMOUNT_KR, { error: `Beloppet får vara högst ${formatKronor(MAX_AMOUNT_KR)}` }),
  );

/** A new amount is answered in whole kronor (caseInputSchema); every page shows it so. */
export const WHOLE_KRONOR_MESSAGE = "Ange beloppet i hela kronor, utan ören";

export const percent = () =>
  z.number({ error: "Andelen ska vara ett tal i procent" }).check(
    z.minimum(0, { error: "Andelen får inte vara mindre än 0 %" }),
    z.maximum(100, { error: "Andelen får inte vara större än 100 %" }),
  );

export const wholeMonths = () =>
  z.number({ error: "Antalet månader ska vara ett heltal" }).check(
    z.int({ error: "Antalet månader ska vara ett heltal" }),
    z.minimum(0, { error: "Antalet månader får inte vara negativt" }),
    z.maximum(1200, { error: "Antalet månader får vara högst 1200" }),
  );

export const isoDate = () =>
  z.string().check(z.refine(isIsoDate, { error: "Datum ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD" }));

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "Välj ett av alternativen" });

export const yesNo = () => z.boolean({ error: "Svara ja eller nej" });
