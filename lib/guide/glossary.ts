import type { ReportSection } from "../reference/report";

export interface GlossarySource {
  readonly title: string;
  /** Provision, page or section, e.g. "9 kap. 37 §". */
  readonly reference?: string;
}

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  readonly sources: readonly GlossarySource[];
  readonly reportChapter?: ReportSection;
  readonly related?: readonly string[];
}

const KL = "Kommunallagen (2017:725)";
const LOU = "Lagen (2016:1145) om offentlig upphandling";
const GDPR = "Dataskyddsförordningen (EU) 2016/679";
const REPORT = "SKR: Avtalssamverkan inom socialtjänsten (2023)";

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "avtalssamverkan",
    term: "Avtalssamverkan",
    definition: "Ett avtal där en kommun eller region låter en annan kommun eller region utföra en av dess uppgifter, helt eller delvis. Huvudmannaskapet stannar hos den som lämnar över uppgiften. Att uppdragstagaren då arbetar för en annan kommuns invånare hindras inte av kravet på anknytning till det egna området (lokaliseringsprincipen).",
    sources: [{ title: KL, reference: "9 kap. 37 §" }, { title: REPORT, reference: "kapitel 2" }],
    reportChapter: "2.1",
    related: ["uppdragsgivare", "uppdragstagare", "huvudmannaskap"],
  },
  {
    id: "uppdragsgivare",
    term: "Uppdragsgivare",
    definition: "Den part som lämnar över utförandet av en uppgift och behåller ansvaret för den.",
    sources: [{ title: REPORT, reference: "kapitel 2 och 5" }],
    reportChapter: "2.1.2",
    related: ["uppdragstagare"],
  },
  {
    id: "uppdragstagare",
    term: "Uppdragstagare",
    definition: "Den part som utför uppgiften åt uppdragsgivaren enligt avtalet och får ersättning för det.",
    sources: [{ title: REPORT, reference: "kapitel 2 och 5" }],
    reportChapter: "2.1.2",
    related: ["uppdragsgivare", "sjalvkostnadsprincipen"],
  },
  {
    id: "huvudmannaskap",
    term: "Huvudmannaskap",
    definition: "Det yttersta ansvaret för att en uppgift utförs enligt lag och fullmäktiges riktlinjer. Vid avtalssamverkan flyttas det aldrig; uppdragsgivaren ska kunna ta tillbaka uppgiften.",
    sources: [{ title: REPORT, reference: "kapitel 1 och 2" }, { title: "Prop. 2017/18:151", reference: "s. 29" }],
    reportChapter: "2.1.2",
  },
  {
    id: "extern-delegering",
    term: "Extern delegering",
    definition: "När en nämnd delegerar beslutanderätt till anställda hos en annan kommun eller region som utför uppgiften. Gäller bara anställda, inte konsulter, och bara uppgifter som ingår i samverkan.",
    sources: [{ title: KL, reference: "9 kap. 37 §" }],
    reportChapter: "2.1.2",
    related: ["vidaredelegering"],
  },
  {
    id: "vidaredelegering",
    term: "Vidaredelegering",
    definition: "När den som fått beslutanderätt på delegation i sin tur delegerar den vidare. Överenskommelsen om extern delegering bör ange om det är tillåtet.",
    sources: [{ title: REPORT, reference: "kapitel 2" }],
    reportChapter: "2.1.2",
  },
  {
    id: "sjalvkostnadsprincipen",
    term: "Självkostnadsprincipen",
    definition: "Kommuner och regioner får inte ta ut högre avgifter än vad tjänsten kostar. I avtalssamverkan får ersättningen inte överstiga uppdragstagarens kostnad; enligt SKR:s rapport bör den täcka kostnaden.",
    sources: [{ title: KL, reference: "2 kap. 6 §" }],
    reportChapter: "2.1.2",
  },
  {
    id: "myndighetsutovning",
    term: "Myndighetsutövning",
    definition: "Beslut eller åtgärder som ytterst ger uttryck för samhällets makt över enskilda, till exempel beslut om ekonomiskt bistånd, familjerättsliga beslut och beslut enligt LSS. Kan bara utföras av myndigheter och upphandlas därför inte.",
    sources: [{ title: REPORT, reference: "kapitel 3, Offentlig maktutövning" }],
    reportChapter: "3.1",
    related: ["insats", "utforande-av-tjanster"],
  },
  {
    id: "insats",
    term: "Insats",
    definition: "I socialtjänstlagen (2025:400) samlingsordet för all hjälp socialtjänsten ger, både efter beslut och utan individuell behovsprövning. Ordet avgör därför inte om samverkan omfattas av upphandlingsreglerna; det gör skillnaden mellan myndighetsutövning (utredning och beslut) och utförande av tjänster som skulle kunna köpas.",
    sources: [{ title: "Socialtjänstlagen (2025:400)", reference: "prop. 2024/25:89" }],
    reportChapter: "4.1",
    related: ["myndighetsutovning", "utforande-av-tjanster"],
  },
  {
    id: "utforande-av-tjanster",
    term: "Utförande av tjänster",
    definition: "Att utföra en tjänst som en privat utförare skulle kunna utföra, till exempel familjebehandling eller HVB. Till skillnad från myndighetsutövning (utredning och beslut) kan samverkan om sådana tjänster omfattas av upphandlingsreglerna.",
    sources: [{ title: REPORT, reference: "kapitel 3" }],
    reportChapter: "3.1",
    related: ["myndighetsutovning"],
  },
  {
    id: "direktupphandling",
    term: "Direktupphandling",
    definition: "Upphandling utan krav på anbud i viss form, tillåten bland annat när kontraktets uppskattade värde understiger direktupphandlingsgränsen. Gränsen är högre för sociala tjänster och andra särskilda tjänster.",
    sources: [{ title: LOU, reference: "19 a kap." }, { title: LOU, reference: "5 kap. 13 §" }],
    reportChapter: "3.2",
  },
  {
    id: "hamburgundantaget",
    term: "Hamburgundantaget",
    definition: "Undantag från upphandlingsreglerna för samarbete mellan upphandlande myndigheter. Kräver att fyra villkor är uppfyllda, bland annat att myndigheterna utför mindre än 20 % av verksamheten på den öppna marknaden. Undantag från upphandlingsreglerna tolkas restriktivt enligt EU-domstolens praxis.",
    sources: [{ title: LOU, reference: "3 kap. 17–18 §§" }, { title: "Direktiv 2014/24/EU", reference: "artikel 12.4" }],
    reportChapter: "3.4",
  },
  {
    id: "teckalundantaget",
    term: "Teckalundantaget",
    definition: "Undantag från upphandlingsreglerna för köp från enheter som myndigheten själv kontrollerar, till exempel egna bolag. Används inte vid avtalssamverkan mellan kommuner.",
    sources: [{ title: LOU, reference: "3 kap. 11–16 §§" }],
    reportChapter: "3.3",
  },
  {
    id: "icke-ekonomiska-tjanster",
    term: "Icke-ekonomiska tjänster av allmänt intresse",
    definition: "Tjänster som inte anses vara ekonomisk verksamhet och därför kan falla utanför upphandlingsreglerna. Rättspraxis saknas och rättsläget är oklart.",
    sources: [{ title: "SOU 2016:78 Ordning och reda i välfärden", reference: "s. 400 ff." }],
    reportChapter: "3.3",
  },
  {
    id: "kommunalforbund",
    term: "Kommunalförbund",
    definition: "En egen juridisk person som kommuner och regioner bildar för att sköta gemensamma uppgifter. Förbundet blir huvudman för de uppgifter det tar över.",
    sources: [{ title: KL, reference: "3 kap. 8 § och 9 kap. 1–18 §§" }],
    reportChapter: "2.2",
  },
  {
    id: "gemensam-namnd",
    term: "Gemensam nämnd",
    definition: "En nämnd som två eller flera kommuner eller regioner inrättar tillsammans och som ingår i en av dem. Den är ingen egen juridisk person; varje kommun behåller ansvaret för sina uppgifter.",
    sources: [{ title: KL, reference: "3 kap. 9 § och 9 kap. 19–35 §§" }],
    reportChapter: "2.2",
  },
  {
    id: "samordningsforbund",
    term: "Samordningsförbund",
    definition: "Ett fristående organ där kommuner, regioner, Arbetsförmedlingen och Försäkringskassan samordnar och finansierar rehabilitering så att individer kan komma tillbaka till arbete. Kan inte användas för andra ändamål.",
    sources: [{ title: REPORT, reference: "kapitel 2" }],
    reportChapter: "2.2",
  },
  {
    id: "verksamhetsovergang",
    term: "Verksamhetsövergång",
    definition: "När en verksamhet går över till en ny arbetsgivare. Anställningsavtal och anställningsvillkor följer då automatiskt med till den nya arbetsgivaren.",
    sources: [{ title: "Lagen (1982:80) om anställningsskydd", reference: "6 b §" }],
    reportChapter: "2.1.2",
  },
  {
    id: "personuppgiftsansvarig",
    term: "Personuppgiftsansvarig",
    definition: "Den som bestämmer ändamålen och medlen för behandlingen av personuppgifter.",
    sources: [{ title: GDPR, reference: "artikel 4.7" }],
    reportChapter: "2.1.2",
  },
  {
    id: "gemensamt-personuppgiftsansvar",
    term: "Gemensamt personuppgiftsansvar",
    definition: "När två eller flera parter tillsammans bestämmer ändamål och medel för en behandling. Parterna ska genom ett arrangemang sinsemellan bestämma hur ansvaret fördelas; lagen kräver ingen viss form, men arrangemanget bör dokumenteras. SKR, Adda och Inera publicerade en mall 2025.",
    sources: [{ title: GDPR, reference: "artikel 26" }],
    reportChapter: "2.1.2",
  },
  {
    id: "personuppgiftsbitrade",
    term: "Personuppgiftsbiträde",
    definition: "Den som behandlar personuppgifter för den personuppgiftsansvariges räkning. Förhållandet ska regleras i ett avtal eller en annan bindande rättsakt.",
    sources: [{ title: GDPR, reference: "artikel 28" }],
    reportChapter: "2.1.2",
  },
  {
    id: "uppsiktsplikt",
    term: "Uppsiktsplikt",
    definition: "Kommunstyrelsens skyldighet att ha uppsikt över nämndernas verksamhet och över samverkan, och att agera när något brister.",
    sources: [{ title: KL, reference: "6 kap. 1 §" }],
    reportChapter: "2.1.2",
  },
  {
    id: "intern-kontroll",
    term: "Intern kontroll",
    definition: "Nämndens arbete för att säkerställa att verksamheten bedrivs effektivt, säkert och enligt mål, riktlinjer och lagar. Ansvaret finns kvar hos uppdragsgivarens nämnd.",
    sources: [{ title: REPORT, reference: "kapitel 2" }],
    reportChapter: "2.1.2",
  },
  {
    id: "avsiktsforklaring",
    term: "Avsiktsförklaring",
    definition: "Ett dokument där parterna beskriver att de avser att samarbeta och i vilken riktning, innan ett bindande avtal finns. Det ersätter inte avtalet.",
    sources: [{ title: "Melleruds kommun, socialnämnden, Dnr SN 2024/32" }],
    reportChapter: "5.1",
  },
  {
    id: "nyckeltal",
    term: "Nyckeltal",
    definition: "Ett mått som visar hur verksamheten utvecklas och om ett mål nås, till exempel väntetid i dagar eller kostnad per ärende.",
    sources: [{ title: "Melleruds kommun, socialnämnden, Dnr SN 2024/32" }],
    reportChapter: "5.1",
  },
  {
    id: "principiell-beskaffenhet",
    term: "Principiell beskaffenhet eller större vikt",
    // "kan inte delegeras till nämnd" was too broad: fullmäktige may delegate some such matters to a
    // nämnd (5 kap. 2 §), not those it lists; a nämnd may delegate none to its officials (6 kap. 38 §).
    definition:
      "Fullmäktige beslutar i ärenden av principiell beskaffenhet eller annars av större vikt för kommunen. Vissa sådana ärenden får fullmäktige lämna till en nämnd att besluta, andra inte. En nämnd får i sin tur inte lämna till ett utskott, en ledamot eller en anställd att besluta om verksamhetens mål, inriktning, omfattning eller kvalitet, eller i principiellt viktiga ärenden om myndighetsutövning mot enskilda.",
    sources: [{ title: KL, reference: "5 kap. 1–2 §§" }, { title: KL, reference: "6 kap. 38 §" }],
    reportChapter: "5.3",
  },
  {
    id: "uppskattat-kontraktsvarde",
    term: "Uppskattat kontraktsvärde",
    definition: "Det totala belopp som ska betalas enligt kontraktet, med optioner och förlängningar. Saknas totalpris räknas hela avtalstiden om den är högst 48 månader, annars månadsvärdet gånger 48.",
    sources: [{ title: LOU, reference: "5 kap. 13 §" }],
    reportChapter: "3.2",
  },
  {
    id: "socialtjanstlagen",
    term: "Socialtjänstlagen",
    definition: "Socialtjänstlagen (2025:400) gäller från 2025-07-01 och ersätter socialtjänstlagen (2001:453). Hänvisningar bör ange vilken av lagarna som avses.",
    sources: [{ title: "Socialtjänstlagen (2025:400)" }],
    reportChapter: "2.1.2",
  },
  {
    id: "mbl",
    term: "Facklig samverkan (MBL)",
    definition: "Arbetsgivarens skyldighet att informera och förhandla med arbetstagarorganisationerna innan viktigare förändringar av verksamheten beslutas.",
    sources: [{ title: "Lagen (1976:580) om medbestämmande i arbetslivet" }],
    reportChapter: "2.1.2",
  },
];
