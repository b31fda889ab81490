// The Swedish messages of the decisions page and its actions.

export const DECISION_MESSAGES = {
  notParty: "Det är ingen part i ärendet. Välj en av parterna i listan.",
  noSuchVersion: (asked: number, latest: number) => `Ärendet har ingen version ${asked}. Den senaste är version ${latest}.`,
  duplicateDecision: (party: string, paragraph: string | null) =>
    `Ett beslut av samma beslutsorgan samma dag${paragraph ? `, ${paragraph} eller utan paragraf,` : ""} är redan registrerat för ${party}. Om något i det är fel: ta bort registreringen och registrera beslutet igen.`,
  duplicateSignature: (party: string, name: string) =>
    `${name} är redan registrerad som undertecknare för ${party} samma dag och av samma version. Om något i uppgiften är fel: ta bort registreringen och registrera den igen.`,
  /** A decision or signature dated before the version it names was saved: that version did not exist yet. */
  beforeVersion: (what: "Beslutet" | "Underskriften", date: string, version: number, savedOn: string) =>
    `${what} är ${what === "Beslutet" ? "daterat" : "daterad"} ${date}, men version ${version} sparades ${savedOn}. Kontrollera datumet, eller välj den version som ${what === "Beslutet" ? "beslutet gällde" : "undertecknades"}.`,
  alreadyWithdrawn: "Registreringen är redan borttagen eller finns inte längre. Ladda om sidan.",
  /** Another party's entry, recorded by someone else: that party's editors, or the one who recorded it, take it off. */
  notYourEntry: (party: string) => `Registreringen gäller ${party} och har registrerats av någon annan. Den kan tas bort av den som registrerade den eller av en redigerare för ${party}.`,
  /** A withdrawal posted without the second press ("Ja, ta bort registreringen"). */
  confirmWithdraw: "Bekräfta att du vill ta bort registreringen: tryck på Ta bort registreringen och sedan på Ja, ta bort registreringen.",
} as const;
