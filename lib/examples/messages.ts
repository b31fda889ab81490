export const EXAMPLE_MESSAGES = {
  notProposed: "Ärendet är inte föreslaget som exempel.",
  staleVersion: "Exemplet har ändrats av någon annan sedan du öppnade sidan. Ladda om sidan och granska texten igen.",
  notApprovable: "Bara ett föreslaget exempel kan godkännas.",
  /** Two people read a text before SKR does: the one who proposed it and the one who approves it. */
  ownProposal:
    "Du har själv föreslagit eller ändrat den här texten, så någon annan behöver godkänna den: en annan organisationsadministratör eller jurist i ägarkommunen.",
  kNotMet: (k: number, matches: number) =>
    `Exemplet kan inte publiceras: bara ${matches} ärenden i Samverka delar dess kännetecken, och minst ${k} krävs. Det går att publicera när fler ärenden finns.`,
  // `where` names the part: 'Avsnittet "Behov"', or "Rubriken".
  remaining: (where: string, what: string) => `${where} innehåller fortfarande ${what}. Ta bort uppgiften innan exemplet godkänns.`,
  omittedNamed: (where: string, what: string) => `${where} nämner ${what}, som exemplet utelämnar så att det inte kan pekas ut. Ta bort det ur texten.`,
  partiesBeyondCount: (where: string, named: string, partyCount: string | null, least: number, instead: string) =>
    `${where} nämner ${named}, och bokstaven visar att parterna är minst ${least}. ${partyCount ? `Exemplet anger bara antalet parter som ${partyCount}` : "Exemplet utelämnar antalet parter"}, så att ärendet inte kan pekas ut. Skriv till exempel ${instead} i stället.`,
  populationBeyondBand: (where: string, named: string, populationBand: string | null, instead: string) =>
    `${where} anger ${named}, men ${populationBand ? `exemplet anger bara invånarantalet som ${populationBand}` : "exemplet utelämnar invånarantalet"}, så att ärendet inte kan pekas ut. Skriv ${instead} i stället.`,
  caseChanged:
    "Ärendets kännetecken har ändrats sedan exemplet föreslogs, till exempel parterna, invånarantalet, samverkansformen eller upphandlingsvägen. Exemplet behöver anonymiseras på nytt från ärendets svar innan det kan godkännas.",
  alreadyWithdrawn: "Exemplet är redan återkallat.",
} as const;
