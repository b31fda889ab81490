import * as z from "zod/mini";
import { isIsoDate, todayInStockholm } from "@/lib/format/date";

// One schema per form, shared by the forms (in the browser) and the server actions; zod/mini.

export const DECISION_BODIES = ["COMMITTEE", "COUNCIL", "EXECUTIVE_BOARD", "DELEGATE"] as const;
export const DECISION_OUTCOMES = ["ADOPTED", "REJECTED", "REFERRED_BACK", "TABLED"] as const;
export type DecisionBodyKind = (typeof DECISION_BODIES)[number];
export type DecisionOutcomeKind = (typeof DECISION_OUTCOMES)[number];

/** The longest name of a body or a person, and of a paragraph reference, the forms take. */
export const MAX_NAME = 120;
export const MAX_PARAGRAPH = 20;

/** A party of the case, as the form lists them (lib/decisions/parties.ts): "org:<id>" or "svar:<id>". */
const party = z.string().check(z.minLength(1, "Välj vilken part det gäller."), z.maxLength(200, "Välj vilken part det gäller."));

/** A date that has been: a decision or a signature is recorded after the fact. */
const pastDate = (what: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `Ange datumet då ${what}.`),
      z.refine((value) => value === "" || isIsoDate(value), "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24."),
      z.refine((value) => !isIsoDate(value) || value <= todayInStockholm(), "Datumet får inte ligga i framtiden."),
      z.refine((value) => !isIsoDate(value) || value >= "2000-01-01", "Datumet får inte vara tidigare än år 2000."),
    );

const name = (missing: string, tooLong: string) => z.string().check(z.trim(), z.minLength(2, missing), z.maxLength(MAX_NAME, tooLong));

/** The case version the decision or the signed agreement came from: one the case has had. */
const caseVersion = z.coerce
  .number({ error: "Ange vilken version av ärendet det gällde." })
  .check(z.int("Ange vilken version av ärendet det gällde."), z.positive("Ange vilken version av ärendet det gällde."));

export const decisionSchema = z.object({
  party,
  body: z.enum(DECISION_BODIES, { error: "Välj vem som beslutade." }),
  bodyName: name("Skriv beslutsorganets namn, till exempel Socialnämnden.", `Namnet får vara högst ${MAX_NAME} tecken.`),
  decidedOn: pastDate("beslutet fattades"),
  paragraph: z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(MAX_PARAGRAPH, `Paragrafen får vara högst ${MAX_PARAGRAPH} tecken, till exempel § 45.`))),
    z.transform((value: string | undefined) => (value ? value : undefined)),
  ),
  outcome: z.enum(DECISION_OUTCOMES, { error: "Välj vad beslutet blev." }),
  caseVersion,
});
export type DecisionInput = z.input<typeof decisionSchema>;

export const signatureSchema = z.object({
  party,
  signedOn: pastDate("avtalet undertecknades"),
  signatoryName: name("Skriv namnet på den som undertecknade.", `Namnet får vara högst ${MAX_NAME} tecken.`),
  signatoryTitle: name("Skriv titeln eller uppdraget, till exempel Socialnämndens ordförande.", `Titeln får vara högst ${MAX_NAME} tecken.`),
  caseVersion,
});
export type SignatureInput = z.input<typeof signatureSchema>;

/** Withdrawing a mistaken entry: which one. */
export const withdrawSchema = z.object({ id: z.uuid("Uppgiften finns inte. Ladda om sidan.") });
