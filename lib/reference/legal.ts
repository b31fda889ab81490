/**
 * A reference to a legal source. `verify` marks references whose exact
 * provision or applicability has not been confirmed; the UI must show them as
 * items to check, never as settled law.
 */
export interface LegalBasis {
  readonly statute: string;
  readonly provision: string;
  readonly note?: string;
  readonly verify?: boolean;
}

export const STATUTES = {
  KL: "Kommunallagen (2017:725)",
  LOU: "Lagen (2016:1145) om offentlig upphandling (LOU)",
  DIRECTIVE: "Direktiv 2014/24/EU om offentlig upphandling",
  LAS: "Lagen (1982:80) om anställningsskydd (LAS)",
  GDPR: "Dataskyddsförordningen (EU) 2016/679 (GDPR)",
  SOL_2025: "Socialtjänstlagen (2025:400)",
  SOL_2001: "Socialtjänstlagen (2001:453)",
  OSL: "Offentlighets- och sekretesslagen (2009:400) (OSL)",
  MBL: "Lagen (1976:580) om medbestämmande i arbetslivet (MBL)",
  AML: "Arbetsmiljölagen (1977:1160)",
  URL: "Lagen (1960:729) om upphovsrätt till litterära och konstnärliga verk",
  SOU_2016_78: "SOU 2016:78 Ordning och reda i välfärden",
  EU_COURT: "EU-domstolen",
  DIRECTIVE_2001_23: "Direktiv 2001/23/EG om överlåtelse av företag",
  ARKIVLAGEN: "Arkivlagen (1990:782)",
  FINSAM: "Lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser",
} as const;

function ref(statute: string, provision: string, note?: string, verify?: boolean): LegalBasis {
  const basis: { statute: string; provision: string; note?: string; verify?: boolean } = { statute, provision };
  if (note !== undefined) basis.note = note;
  if (verify !== undefined) basis.verify = verify;
  return Object.freeze(basis);
}

/** Shared, frozen references so findings can point at them without copying. */
export const LEGAL = {
  // First paragraph (SFS 2018:569): the agreement "hindras inte av kravet i 2 kap. 1 § på anknytning
  // till kommunens … område eller dess medlemmar" (lokaliseringsprincipen).
  KL_9_37: ref(STATUTES.KL, "9 kap. 37 §", "Avtalssamverkan och extern delegering (gäller sedan 2018-07-01). Samverkan hindras inte av lokaliseringsprincipen i 2 kap. 1 §."),
  KL_5_1: ref(
    STATUTES.KL,
    "5 kap. 1 §",
    "Fullmäktige beslutar i ärenden av principiell beskaffenhet eller annars av större vikt.",
  ),
  KL_2_6: ref(STATUTES.KL, "2 kap. 6 §", "Självkostnadsprincipen."),
  // SFS 2018:569 added the second sentence on avtalssamverkan to the first paragraph.
  KL_6_1: ref(STATUTES.KL, "6 kap. 1 §", "Kommunstyrelsens uppsiktsplikt: över nämndernas verksamhet och över avtalssamverkan enligt 9 kap. 37 §."),
  // Fullmäktige's reglementen for the nämnder: 6 kap. 44 § of the 2017 act, as municipal guidance
  // written under it cites it ("Enligt 6 kap 44 § kommunallagen ska kommunfullmäktige anta
  // reglementen om nämndernas verksamhet och arbetsformer").
  KL_6_44: ref(STATUTES.KL, "6 kap. 44 §", "Fullmäktige ska utfärda reglementen om nämndernas verksamhet och arbetsformer."),
  // The general competence (KL 2017:725 2 kap. 1 §, in force 2018-01-01). Tasks regulated in special
  // legislation (e.g. SoL 2025:400) add to it; avtalssamverkan only covers the client's own tasks.
  KL_2_1: ref(
    STATUTES.KL,
    "2 kap. 1 §",
    "Kommunens allmänna kompetens: angelägenheter av allmänt intresse med anknytning till kommunens område eller medlemmar. Uppgifter enligt speciallagstiftning tillkommer.",
  ),
  // A nämnd's delegation within the municipality: what it may delegate (37 §) and what it may not (38 §).
  KL_6_37_38: ref(STATUTES.KL, "6 kap. 37–38 §§", "Vad en nämnd får delegera (37 §) och vad som inte får delegeras (38 §), bland annat verksamhetens mål, inriktning, omfattning eller kvalitet."),
  // External delegation: KL 9 kap. 37 § andra stycket allows it "med de begränsningar som följer av
  // 6 kap. 38 §" and says that "7 kap. 4–8 §§" then apply. The product cited 6 kap. 37–38 §§ and
  // 7 kap. 5–6 §§ as unconfirmed; a jurist's review of the rules read the narrower references off
  // the paragraph (SFS 2018:569).
  KL_6_38: ref(STATUTES.KL, "6 kap. 38 §", "Vad som inte får delegeras, bland annat verksamhetens mål, inriktning, omfattning eller kvalitet och ärenden om myndighetsutövning mot enskilda som är av principiell beskaffenhet eller annars av större vikt. Gäller även extern delegering (9 kap. 37 § andra stycket)."),
  KL_7_4_8: ref(STATUTES.KL, "7 kap. 4–8 §§", "Delegering till anställda: vidaredelegering genom förvaltningschef och anmälan av beslut till nämnden. Tillämpas vid extern delegering (9 kap. 37 § andra stycket)."),
  // Read off the statute: SFS 2018:569 put in 9 kap. 38 §, "Styrelsen ska årligen till fullmäktige
  // rapportera om kommunens eller landstingets avtalssamverkan enligt 37 § eller enligt annan lag
  // eller författning"; SFS 2019:835 amended it with the rest of 9 kap. ("landsting" became
  // "region"). The domain brief's "a recommendation, not a duty in law" is wrong, and SKR's report
  // (2.1.2, "krävs") is right.
  KL_9_38: ref(
    STATUTES.KL,
    "9 kap. 38 §",
    "Styrelsen ska varje år rapportera till fullmäktige om kommunens eller regionens avtalssamverkan (infördes genom SFS 2018:569).",
  ),
  LAS_6B: ref(STATUTES.LAS, "6 b §", "Vid verksamhetsövergång övergår anställningsavtalen till den nya arbetsgivaren."),
  GDPR_26: ref(STATUTES.GDPR, "artikel 26", "Gemensamt personuppgiftsansvar kräver ett inbördes arrangemang."),
  GDPR_9: ref(STATUTES.GDPR, "artikel 9", "Behandling av särskilda kategorier av personuppgifter (känsliga personuppgifter)."),
  GDPR_32: ref(STATUTES.GDPR, "artikel 32", "Säkerhet i samband med behandlingen: lämpliga tekniska och organisatoriska åtgärder."),
  // The social services' own data-processing rules. Whether this act still applies in this wording
  // alongside SoL 2025:400, and which of its provisions bear on the case, is not confirmed.
  SOCIAL_SERVICES_DATA: ref(
    "Lagen (2001:454) om behandling av personuppgifter inom socialtjänsten",
    "hela lagen",
    "Socialtjänstens särskilda regler för behandling av personuppgifter, utöver dataskyddsförordningen. Om lagen gäller i denna lydelse efter socialtjänstlagen (2025:400) och vilka bestämmelser som berör samverkan är inte kontrollerat.",
    true,
  ),
  GDPR_28: ref(STATUTES.GDPR, "artikel 28", "Ett personuppgiftsbiträde ska regleras genom avtal eller annan rättsakt."),
  GDPR_4_1_2: ref(STATUTES.GDPR, "artikel 4.1–4.2", "Personuppgifter är varje upplysning som avser en identifierad eller identifierbar fysisk person; behandling är varje åtgärd med sådana uppgifter, som insamling, registrering och lagring."),
  GDPR_4_7: ref(STATUTES.GDPR, "artikel 4.7", "Personuppgiftsansvarig är den som ensam eller tillsammans med andra bestämmer ändamålen och medlen för behandlingen."),
  LOU_19A: ref(STATUTES.LOU, "19 a kap.", "Direktupphandling (regleras här sedan 2022-02-01)."),
  // The chapter is certain (LOU 1 kap. 1 § lists "direktupphandling (19 a kap.)"), and only the
  // chapter is cited: the paragraphs of the documentation duty and the guidelines are not, as they
  // are not checked against the statute. So the reference is not "verifiera": marked, it also
  // marked the chapter in every ground that merges it with LOU_19A (citeOnce), and one finding's
  // ground read "19 a kap." where the route's read "19 a kap. (verifiera)" (the walk).
  LOU_19A_DOCUMENTATION: ref(
    STATUTES.LOU,
    "19 a kap.",
    "Direktupphandling är ett förfarande: myndigheten ska dokumentera en direktupphandling vars värde uppgår till minst 100\u00a0000 kronor och vid behov besluta om riktlinjer för när den används. Kapitlet följer lagens innehållsförteckning (1 kap. 1 §); paragraferna för dokumentationen och riktlinjerna är inte kontrollerade mot lagtexten och anges därför inte.",
  ),
  // The main rule of valuation: the directive's article 5.1, which prop. 2015/16:195 (part 4, its
  // table of how the directive is implemented) puts in LOU 5 kap. 3 §. Cited as that paragraph,
  // not the chapter: beside 5 kap. 13 § (services without a total price) the chapter read as the
  // same reference twice. Still "verifiera": checked against the bill's table, not the statute
  // as in force, and the time of the estimate (article 5.4) is in a paragraph not checked.
  LOU_5_MAIN_RULE: ref(
    STATUTES.LOU,
    "5 kap. 3 §",
    "Huvudregeln: det uppskattade värdet är det totala belopp som ska betalas, inklusive optioner och förlängningar, uppskattat när upphandlingen påbörjas. Paragrafen följer propositionens jämförelsetabell (prop. 2015/16:195) och är inte kontrollerad mot gällande lagtext.",
    true,
  ),
  REMONDIS: ref(
    STATUTES.EU_COURT,
    "dom C-429/19 Remondis",
    "Samarbete kräver att parterna bidrar till en gemensam strategi; att en myndighet bara köper en tjänst av en annan är inte samarbete.",
  ),
  KL_6_6: ref(STATUTES.KL, "6 kap. 6 §", "Nämndernas interna kontroll."),
  TUPE_PUBLIC_ADMIN: ref(
    STATUTES.DIRECTIVE_2001_23,
    "artikel 1.1 c",
    "En administrativ omorganisation eller överföring av administrativa funktioner mellan offentliga myndigheter är inte en överlåtelse enligt direktivet. Om samverkan omfattas ska bedömas.",
    true,
  ),
  // The act's scope: it applies to procurement by a contracting authority. Paragraph not checked
  // against the statute text (2026-12-02).
  LOU_1_2: ref(
    STATUTES.LOU,
    "1 kap. 2 §",
    "Lagen gäller för upphandling som genomförs av en upphandlande myndighet; utan ett undantag ska tjänster som köps upphandlas enligt lagen. Paragrafhänvisningen är inte kontrollerad mot lagtexten.",
    true,
  ),
  LOU_5_13: ref(STATUTES.LOU, "5 kap. 13 §", "Beräkning av det uppskattade värdet av tjänstekontrakt."),
  LOU_3_17_18: ref(STATUTES.LOU, "3 kap. 17–18 §§", "Samarbete mellan upphandlande myndigheter (Hamburgundantaget)."),
  DIRECTIVE_12_4: ref(STATUTES.DIRECTIVE, "artikel 12.4", "Direktivets motsvarighet till Hamburgundantaget."),
  LOU_3_11_16: ref(STATUTES.LOU, "3 kap. 11–16 §§", "Kontrakt med egna bolag och andra kontrollerade enheter (Teckalundantaget)."),
  LOU_SCOPE_AUTHORITY: ref(
    STATUTES.LOU,
    "lagens tillämpningsområde",
    "Uppgifter som bara en myndighet får utföra kan inte köpas på marknaden och upphandlas därför inte.",
  ),
  SOU_2016_78: ref(
    STATUTES.SOU_2016_78,
    "s. 400 ff.",
    "Icke-ekonomiska tjänster av allmänt intresse: rättspraxis saknas och rättsläget är oklart.",
    true,
  ),
  SOL_2025: ref(
    STATUTES.SOL_2025,
    "hela lagen",
    "Gäller från 2025-07-01 och ersätter socialtjänstlagen (2001:453); för förhållanden före den dagen gäller den äldre lagen.",
  ),
  OSL_VERIFY: ref(
    STATUTES.OSL,
    "bestämmelse ej fastställd",
    "Vilken bestämmelse som tillåter att sekretessbelagda uppgifter lämnas mellan kommuner i avtalssamverkan är inte bekräftat.",
    true,
  ),
  OSL_8_1: ref(
    STATUTES.OSL,
    "8 kap. 1 §",
    "En uppgift som omfattas av sekretess får inte röjas för enskilda eller för andra myndigheter, om inte annat anges i offentlighets- och sekretesslagen eller i lag eller förordning som den lagen hänvisar till. Det gäller också mellan kommunerna i avtalssamverkan.",
  ),
  OSL_5_1: ref(
    STATUTES.OSL,
    "5 kap. 1 §",
    "Allmänna handlingar ska registreras när de kommer in eller upprättas. Hos vilken part handlingar i avtalssamverkan kommer in eller upprättas ska bedömas.",
  ),
  ARKIVLAGEN: ref(
    STATUTES.ARKIVLAGEN,
    "hela lagen",
    "Varje myndighet ska vårda sitt arkiv. Vilken paragraf som bär och hos vilken part handlingarna i samverkan ingår i arkivet är inte kontrollerat.",
    true,
  ),
  FINSAM: ref(
    STATUTES.FINSAM,
    "hela lagen",
    "Samordningsförbundets ändamål: finansiell samordning av rehabiliteringsinsatser. Paragrafhänvisningen är inte kontrollerad mot lagtexten.",
    true,
  ),
  // The employer's primary duty to negotiate, as the labour-law literature and guidance cite it
  // (11 § first paragraph; the second allows deferral for "synnerliga skäl").
  MBL: ref(
    STATUTES.MBL,
    "11 §",
    "En arbetsgivare som är bunden av kollektivavtal ska på eget initiativ förhandla med arbetstagarorganisationen innan arbetsgivaren beslutar om viktigare förändringar av verksamheten eller av arbets- eller anställningsförhållandena för arbetstagare som tillhör organisationen.",
  ),
  AML: ref(
    STATUTES.AML,
    "3 kap.",
    "Arbetsgivarens arbetsmiljöansvar. Paragrafhänvisningen är inte kontrollerad mot lagtexten.",
    true,
  ),
  URL: ref(
    STATUTES.URL,
    "hela lagen",
    "Rätten till material som skapas i samarbetet. Tillämpligheten är inte kontrollerad mot lagtexten.",
    true,
  ),
} as const satisfies Record<string, LegalBasis>;

/** Human-readable citation, e.g. "Kommunallagen (2017:725) 9 kap. 37 §". */
export function citeLegalBasis(basis: LegalBasis): string {
  const head = `${basis.statute} ${basis.provision}`;
  return basis.verify ? `${head} (verifiera)` : head;
}

/** What the UI says when a finding rests on SKR's report alone and cites no statute. */
export const REPORT_ONLY_GROUNDS = "SKR:s rapport (rekommendation, inget krav i lag)";

/**
 * The legal grounds of a finding, route or clause as one Swedish phrase, as every surface shows them
 * (the wizard's and the review's "Grund:", the plain-text report, the tjänsteskrivelse and its
 * attachments): each statute named once in full, its provisions after it, repeated provisions left out
 * ("Lagen (2016:1145) om offentlig upphandling (LOU) 19 a kap. (verifiera) och 5 kap. 13 §;
 * Kommunallagen (2017:725) 9 kap. 37 §"). Unconfirmed provisions stay marked "verifiera". When no
 * statute is cited, that the point is the report's recommendation.
 */
export function describeLegalGrounds(bases: readonly LegalBasis[]): string {
  if (bases.length === 0) return REPORT_ONLY_GROUNDS;
  const byStatute = new Map<string, string[]>();
  for (const basis of bases) {
    const provision = basis.verify ? `${basis.provision} (verifiera)` : basis.provision;
    const list = byStatute.get(basis.statute) ?? [];
    if (!list.includes(provision)) list.push(provision);
    byStatute.set(basis.statute, list);
  }
  const join = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`);
  // A provision in words ("hela lagen", "lagens tillämpningsområde") is set off by a comma: run on
  // after the statute's name it read as one phrase ("… (LOU) lagens tillämpningsområde").
  const inWords = (provision: string) => !/^(\d|artikel|art\.|dom|punkt|bilaga|skäl)/i.test(provision);
  return [...byStatute].map(([statute, provisions]) => `${statute}${inWords(provisions[0]!) ? ", " : " "}${join(provisions)}`).join("; ");
}
