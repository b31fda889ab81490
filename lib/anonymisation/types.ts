/** What was removed or generalised in a published text. */
export const SPAN_KINDS = {
  kommun: "Kommunnamn",
  region: "Regionnamn",
  kommunalforbund: "Kommunalförbund",
  part: "Partens namn",
  person: "Personnamn",
  epost: "E-postadress",
  telefon: "Telefonnummer",
  personnummer: "Personnummer",
  samordningsnummer: "Samordningsnummer",
  organisationsnummer: "Organisationsnummer",
  diarienummer: "Diarienummer",
  adress: "Gatuadress",
  belopp: "Belopp avrundat",
  datum: "Datum till år",
  invanare: "Invånarantal i intervall",
  // A collaboration form or procurement route the k-anonymity check left out (omitted.ts).
  samverkansform: "Samverkansform",
  upphandlingsvag: "Upphandlingsväg",
} as const;
export type SpanKind = keyof typeof SPAN_KINDS;

export interface Span {
  /** Offsets in the anonymised text (UTF-16 code units, as String.slice uses). */
  start: number;
  end: number;
  kind: SpanKind;
  action: "removed" | "generalised";
}

export interface AnonymisedText {
  text: string;
  spans: Span[];
}

/** What the anonymiser knows about one case beyond the gazetteer. */
export interface AnonymisationContext {
  /** The case's parties, in order; each becomes "Kommun A", "Region B" and so on. */
  parties?: ReadonlyArray<{ name?: string; type?: string }>;
  /** Names of people: the case's users and any the editors mark. */
  personNames?: readonly string[];
  /** Other names of places or organisations the editors mark for removal. */
  extraNames?: readonly string[];
}
