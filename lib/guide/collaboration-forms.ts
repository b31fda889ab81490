import type { CollaborationFormId } from "../case/enums";

/** One column of report Table 1, rewritten in fresh Swedish. */
export interface CollaborationFormComparison {
  readonly id: CollaborationFormId;
  readonly name: string;
  readonly actors: string;
  readonly taskScope: string;
  readonly ownLegalPerson: "ja" | "nej" | "ja_men_ingen_myndighet";
  readonly huvudmannaskap: string;
  readonly responsibility: string;
  readonly advantages: string;
  readonly disadvantages: string;
  readonly suitableFor: string;
  readonly legalBasis: string;
}

export const LEGAL_PERSON_LABELS: Record<CollaborationFormComparison["ownLegalPerson"], string> = {
  ja: "Ja",
  nej: "Nej",
  ja_men_ingen_myndighet: "Ja, men inte en myndighet",
};

export const COLLABORATION_FORM_TABLE: readonly CollaborationFormComparison[] = [
  {
    id: "kommunalforbund",
    name: "Kommunalförbund",
    actors: "Kommuner och regioner.",
    taskScope: "Alla kommunala uppgifter, under förutsättning att de ligger inom den överlämnande kommunens kompetens.",
    ownLegalPerson: "ja",
    huvudmannaskap: "Förbundet blir huvudman för uppgifterna.",
    responsibility: "Förbundet bär ansvaret.",
    advantages: "Snabbare beslut, egen ekonomi och möjlighet till specialisering i kompetenskrävande verksamhet.",
    disadvantages: "Kan bli för självständigt; passar sämre den som vill ha stort eget inflytande.",
    suitableFor: "Regelstyrd och specialiserad verksamhet samt myndighetsutövning.",
    legalBasis: "Kommunallagen 3 kap. 8 § och 9 kap. 1–18 §§",
  },
  {
    id: "gemensam_namnd",
    name: "Gemensam nämnd",
    actors: "Kommuner och regioner.",
    taskScope: "Alla kommunala uppgifter utom sådana som bara fullmäktige får besluta om.",
    ownLegalPerson: "nej",
    huvudmannaskap: "Varje kommun behåller huvudmannaskapet för sina uppgifter.",
    responsibility: "Varje kommun ansvarar för sina uppgifter.",
    advantages: "Goda möjligheter att styra, utan stor administrativ överbyggnad.",
    disadvantages: "Kräver administration och kan bli tungrodd när många kommuner deltar.",
    suitableFor: "Till exempel plan- och byggfrågor, miljö och hälsa, IT och HR, gymnasieskola och överförmyndare.",
    legalBasis: "Kommunallagen 3 kap. 9 § och 9 kap. 19–35 §§",
  },
  {
    id: "avtalssamverkan",
    name: "Avtalssamverkan",
    actors: "Kommuner och regioner.",
    taskScope: "Alla kommunala uppgifter som ligger inom kommunens ansvar.",
    ownLegalPerson: "nej",
    huvudmannaskap: "Varje kommun behåller huvudmannaskapet för de uppgifter avtalet gäller.",
    responsibility: "Varje kommun behåller ansvaret för sina uppgifter.",
    advantages: "Ingen ny organisation behövs och samverkan kan starta snabbt.",
    disadvantages: "Uppdragsgivaren har små möjligheter att styra verksamheten löpande.",
    suitableFor: "Uppgifter och tjänster, myndighetsutövning och specialistfunktioner.",
    legalBasis: "Kommunallagen 9 kap. 37 §",
  },
  {
    id: "samordningsforbund",
    name: "Samordningsförbund",
    actors: "Kommuner, regioner och staten genom Arbetsförmedlingen och Försäkringskassan.",
    taskScope: "Att samordna och finansiera rehabilitering för individer.",
    ownLegalPerson: "ja",
    huvudmannaskap: "Kommunen eller regionen behåller huvudmannaskapet; förbundet regleras av egen lagstiftning.",
    responsibility: "Förbundet ansvarar inom ramen för sin särskilda lagstiftning.",
    advantages: "Fristående organ som kan hjälpa individer att förbättra sin förmåga att arbeta.",
    disadvantages: "Kräver en del administration och har ett snävt användningsområde.",
    suitableFor: "Endast finansiering av insatser som stärker individers arbetsförmåga.",
    legalBasis: "Egen lagstiftning om finansiell samordning av rehabilitering",
  },
  {
    id: "privatrattslig",
    name: "Privaträttsliga samverkansformer",
    actors: "Kommuner och regioner, ofta tillsammans med privata aktörer.",
    taskScope: "Uppgifter som kan drivas i interkommunala bolag.",
    ownLegalPerson: "ja_men_ingen_myndighet",
    huvudmannaskap: "Det interkommunala företaget räknas som huvudman.",
    responsibility: "Företaget bär ansvaret.",
    advantages: "Gör samverkan mellan offentliga och privata aktörer möjlig.",
    disadvantages: "Begränsat omfång och mindre befogenheter; kan inte utöva myndighet.",
    suitableFor: "När kommunen behöver samverka med privata aktörer, till exempel i större infrastrukturprojekt.",
    legalBasis: "Associationsrätt; köp från egna bolag kan omfattas av Teckalundantaget (LOU 3 kap. 11–16 §§)",
  },
  {
    id: "natverk",
    name: "Nätverk och informella överenskommelser",
    actors: "Kommuner.",
    taskScope: "Uppgifter som inte kräver ett juridiskt bindande avtal.",
    ownLegalPerson: "nej",
    huvudmannaskap: "Varje kommun behåller huvudmannaskapet.",
    responsibility: "Varje kommun behåller ansvaret.",
    advantages: "Enkelt att administrera och passar samverkan i liten skala.",
    disadvantages: "Inget bindande avtal, vilket begränsar vad samverkan kan omfatta.",
    suitableFor: "Informellt samarbete om mindre uppgifter, till exempel samrådsgrupper.",
    legalBasis: "Ingen särskild reglering",
  },
];
