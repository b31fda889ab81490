/**
 * Gazetteer of Sweden's 290 kommuner and 21 regioner with SCB's codes, and SKR's
 * municipality groups (kommungruppsindelning). Used to remove place names from published
 * examples and to generalise a municipality to its group.
 *
 * The codes and names are SCB's (kommunkoder and länskoder, unchanged since Knivsta 0330
 * was formed in 2003). The kommungrupp of each municipality was written from memory of
 * SKR's classification and has NOT been checked against SKR's published list: every
 * assignment is marked "verifiera" until someone does, and the UI says so.
 */

export const MUNICIPALITY_GROUPS = {
  A1: "Storstäder",
  A2: "Pendlingskommun nära storstad",
  B3: "Större stad",
  B4: "Pendlingskommun nära större stad",
  B5: "Lågpendlingskommun nära större stad",
  C6: "Mindre stad/tätort",
  C7: "Pendlingskommun nära mindre stad/tätort",
  C8: "Landsbygdskommun",
  C9: "Landsbygdskommun med besöksnäring",
} as const;
export type MunicipalityGroup = keyof typeof MUNICIPALITY_GROUPS;
export const MUNICIPALITY_GROUP_IDS = Object.keys(MUNICIPALITY_GROUPS) as MunicipalityGroup[];

/** The three main groups, used when a group must be generalised further. */
export const MAIN_GROUPS = {
  A: "Storstäder och storstadsnära kommuner",
  B: "Större städer och kommuner nära större stad",
  C: "Mindre städer/tätorter och landsbygdskommuner",
} as const;
export type MainGroup = keyof typeof MAIN_GROUPS;
export const mainGroupOf = (group: MunicipalityGroup): MainGroup => group[0] as MainGroup;

export const MUNICIPALITY_GROUP_SOURCE = {
  name: "SKR: Kommungruppsindelning 2023",
  url: "https://skr.se/skr/tjanster/kommunerochregioner/faktakommunerochregioner/kommungruppsindelning.2051.html",
  validFrom: "2023-01-01",
  validTo: null as string | null,
  /** Every per-municipality assignment below is unconfirmed. */
  status: "verifiera" as const,
};

/**
 * Shown wherever a kommungrupp reaches a user (statistics, CSV, API, example pages) until the
 * per-municipality assignments below are checked against SKR's list.
 */
export const MUNICIPALITY_GROUP_NOTE =
  "Kommungrupp per kommun: verifiera. Indelningen följer SKR:s kommungruppsindelning men är inte kontrollerad mot SKR:s lista för varje kommun.";

export const CODES_SOURCE = {
  name: "SCB: Kommuner och län, koder (kommunkoder och länskoder)",
  url: "https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/",
  validFrom: "2003-01-01",
  validTo: null as string | null,
  status: "källa" as const,
};

export interface Municipality {
  code: string;
  /** The name without "kommun"/"stad", e.g. "Upplands Väsby". */
  name: string;
  countyCode: string;
  group: MunicipalityGroup;
  groupStatus: "verifiera";
}

export interface Region {
  code: string;
  /** The official name, e.g. "Region Östergötland". */
  officialName: string;
  /** Other names that identify it: the county and landscape names. */
  aliases: string[];
}

// code|name|group – one municipality per line, ordered by code.
const MUNICIPALITY_ROWS = `
0114|Upplands Väsby|A2
0115|Vallentuna|A2
0117|Österåker|A2
0120|Värmdö|A2
0123|Järfälla|A2
0125|Ekerö|A2
0126|Huddinge|A2
0127|Botkyrka|A2
0128|Salem|A2
0136|Haninge|A2
0138|Tyresö|A2
0139|Upplands-Bro|A2
0140|Nykvarn|A2
0160|Täby|A2
0162|Danderyd|A2
0163|Sollentuna|A2
0180|Stockholm|A1
0181|Södertälje|A2
0182|Nacka|A2
0183|Sundbyberg|A2
0184|Solna|A2
0186|Lidingö|A2
0187|Vaxholm|A2
0188|Norrtälje|A2
0191|Sigtuna|A2
0192|Nynäshamn|A2
0305|Håbo|A2
0319|Älvkarleby|B4
0330|Knivsta|A2
0331|Heby|B4
0360|Tierp|C7
0380|Uppsala|B3
0381|Enköping|B4
0382|Östhammar|C8
0428|Vingåker|C7
0461|Gnesta|A2
0480|Nyköping|B3
0481|Oxelösund|B4
0482|Flen|C7
0483|Katrineholm|C6
0484|Eskilstuna|B3
0486|Strängnäs|B4
0488|Trosa|A2
0509|Ödeshög|C8
0512|Ydre|C8
0513|Kinda|B4
0560|Boxholm|B4
0561|Åtvidaberg|B4
0562|Finspång|B5
0563|Valdemarsvik|C8
0580|Linköping|B3
0581|Norrköping|B3
0582|Söderköping|B4
0583|Motala|B5
0584|Vadstena|B4
0586|Mjölby|B5
0604|Aneby|B4
0617|Gnosjö|C6
0642|Mullsjö|B4
0643|Habo|B4
0662|Gislaved|C6
0665|Vaggeryd|B4
0680|Jönköping|B3
0682|Nässjö|B5
0683|Värnamo|C6
0684|Sävsjö|C7
0685|Vetlanda|C6
0686|Eksjö|C6
0687|Tranås|C6
0760|Uppvidinge|B4
0761|Lessebo|B4
0763|Tingsryd|B4
0764|Alvesta|B4
0765|Älmhult|C6
0767|Markaryd|C7
0780|Växjö|B3
0781|Ljungby|C6
0821|Högsby|C8
0834|Torsås|C8
0840|Mörbylånga|B4
0860|Hultsfred|C8
0861|Mönsterås|B5
0862|Emmaboda|B5
0880|Kalmar|B3
0881|Nybro|B4
0882|Oskarshamn|C6
0883|Västervik|C6
0884|Vimmerby|C6
0885|Borgholm|C9
0980|Gotland|C9
1060|Olofström|C7
1080|Karlskrona|B3
1081|Ronneby|B5
1082|Karlshamn|C6
1083|Sölvesborg|C6
1214|Svalöv|B4
1230|Staffanstorp|A2
1231|Burlöv|A2
1233|Vellinge|A2
1256|Östra Göinge|B4
1257|Örkelljunga|B4
1260|Bjuv|B4
1261|Kävlinge|A2
1262|Lomma|A2
1263|Svedala|A2
1264|Skurup|A2
1265|Sjöbo|B4
1266|Hörby|B4
1267|Höör|B4
1270|Tomelilla|C7
1272|Bromölla|B4
1273|Osby|C7
1275|Perstorp|B4
1276|Klippan|B4
1277|Åstorp|B4
1278|Båstad|C9
1280|Malmö|A1
1281|Lund|B3
1282|Landskrona|B3
1283|Helsingborg|B3
1284|Höganäs|B4
1285|Eslöv|B4
1286|Ystad|C6
1287|Trelleborg|A2
1290|Kristianstad|B3
1291|Simrishamn|C9
1292|Ängelholm|B4
1293|Hässleholm|C6
1315|Hylte|C8
1380|Halmstad|B3
1381|Laholm|B4
1382|Falkenberg|C6
1383|Varberg|C6
1384|Kungsbacka|A2
1401|Härryda|A2
1402|Partille|A2
1407|Öckerö|A2
1415|Stenungsund|A2
1419|Tjörn|A2
1421|Orust|C9
1427|Sotenäs|C9
1430|Munkedal|C7
1435|Tanum|C9
1438|Dals-Ed|C8
1439|Färgelanda|C7
1440|Ale|A2
1441|Lerum|A2
1442|Vårgårda|B4
1443|Bollebygd|B4
1444|Grästorp|C7
1445|Essunga|C7
1446|Karlsborg|C7
1447|Gullspång|C8
1452|Tranemo|C7
1460|Bengtsfors|C8
1461|Mellerud|C8
1462|Lilla Edet|A2
1463|Mark|B4
1465|Svenljunga|B4
1466|Herrljunga|C7
1470|Vara|C7
1471|Götene|C7
1472|Tibro|C7
1473|Töreboda|C7
1480|Göteborg|A1
1481|Mölndal|A2
1482|Kungälv|A2
1484|Lysekil|C7
1485|Uddevalla|C6
1486|Strömstad|C9
1487|Vänersborg|C6
1488|Trollhättan|B3
1489|Alingsås|A2
1490|Borås|B3
1491|Ulricehamn|B4
1492|Åmål|C6
1493|Mariestad|C6
1494|Lidköping|C6
1495|Skara|C7
1496|Skövde|C6
1497|Hjo|C7
1498|Tidaholm|C7
1499|Falköping|C6
1715|Kil|B4
1730|Eda|C8
1737|Torsby|C9
1760|Storfors|C8
1761|Hammarö|B4
1762|Munkfors|C8
1763|Forshaga|B4
1764|Grums|B4
1765|Årjäng|C8
1766|Sunne|C9
1780|Karlstad|B3
1781|Kristinehamn|C6
1782|Filipstad|C8
1783|Hagfors|C8
1784|Arvika|C6
1785|Säffle|C7
1814|Lekeberg|B4
1860|Laxå|C8
1861|Hallsberg|B4
1862|Degerfors|C7
1863|Hällefors|C8
1864|Ljusnarsberg|C8
1880|Örebro|B3
1881|Kumla|B4
1882|Askersund|B4
1883|Karlskoga|C6
1884|Nora|B4
1885|Lindesberg|B5
1904|Skinnskatteberg|C8
1907|Surahammar|B4
1960|Kungsör|B4
1961|Hallstahammar|B4
1962|Norberg|C7
1980|Västerås|B3
1981|Sala|B5
1982|Fagersta|C6
1983|Köping|B5
1984|Arboga|B5
2021|Vansbro|C8
2023|Malung-Sälen|C9
2026|Gagnef|B4
2029|Leksand|C9
2031|Rättvik|C9
2034|Orsa|C9
2039|Älvdalen|C9
2061|Smedjebacken|C7
2062|Mora|C6
2080|Falun|B3
2081|Borlänge|B3
2082|Säter|B4
2083|Hedemora|B5
2084|Avesta|C6
2085|Ludvika|C6
2101|Ockelbo|B4
2104|Hofors|C7
2121|Ovanåker|C8
2132|Nordanstig|C8
2161|Ljusdal|C8
2180|Gävle|B3
2181|Sandviken|B4
2182|Söderhamn|C6
2183|Bollnäs|C6
2184|Hudiksvall|C6
2260|Ånge|C8
2262|Timrå|B4
2280|Härnösand|B5
2281|Sundsvall|B3
2282|Kramfors|C8
2283|Sollefteå|C8
2284|Örnsköldsvik|C6
2303|Ragunda|C8
2305|Bräcke|C8
2309|Krokom|B4
2313|Strömsund|C8
2321|Åre|C9
2326|Berg|C9
2361|Härjedalen|C9
2380|Östersund|B3
2401|Nordmaling|B4
2403|Bjurholm|C8
2404|Vindeln|B4
2409|Robertsfors|B4
2417|Norsjö|C8
2418|Malå|C8
2421|Storuman|C9
2422|Sorsele|C9
2425|Dorotea|C8
2460|Vännäs|B4
2462|Vilhelmina|C8
2463|Åsele|C8
2480|Umeå|B3
2481|Lycksele|C6
2482|Skellefteå|C6
2505|Arvidsjaur|C9
2506|Arjeplog|C9
2510|Jokkmokk|C8
2513|Överkalix|C8
2514|Kalix|C6
2518|Övertorneå|C8
2521|Pajala|C8
2523|Gällivare|C6
2560|Älvsbyn|B4
2580|Luleå|B3
2581|Piteå|B5
2582|Boden|B4
2583|Haparanda|C8
2584|Kiruna|C6
`;

export const MUNICIPALITIES: readonly Municipality[] = Object.freeze(
  MUNICIPALITY_ROWS.trim()
    .split("\n")
    .map((row) => {
      const [code, name, group] = row.split("|") as [string, string, MunicipalityGroup];
      return { code, name, countyCode: code.slice(0, 2), group, groupStatus: "verifiera" as const };
    }),
);

export const REGIONS: readonly Region[] = Object.freeze([
  { code: "01", officialName: "Region Stockholm", aliases: ["Stockholms län", "Stockholmsregionen"] },
  { code: "03", officialName: "Region Uppsala", aliases: ["Uppsala län", "Uppland"] },
  { code: "04", officialName: "Region Sörmland", aliases: ["Södermanlands län", "Södermanland", "Sörmland"] },
  { code: "05", officialName: "Region Östergötland", aliases: ["Östergötlands län", "Östergötland"] },
  { code: "06", officialName: "Region Jönköpings län", aliases: ["Jönköpings län", "Småland"] },
  { code: "07", officialName: "Region Kronoberg", aliases: ["Kronobergs län", "Kronoberg"] },
  { code: "08", officialName: "Region Kalmar län", aliases: ["Kalmar län", "Öland"] },
  { code: "09", officialName: "Region Gotland", aliases: ["Gotlands län"] },
  { code: "10", officialName: "Region Blekinge", aliases: ["Blekinge län", "Blekinge"] },
  { code: "12", officialName: "Region Skåne", aliases: ["Skåne län", "Skåne"] },
  { code: "13", officialName: "Region Halland", aliases: ["Hallands län", "Halland"] },
  { code: "14", officialName: "Västra Götalandsregionen", aliases: ["Region Västra Götaland", "Västra Götalands län", "Västra Götaland", "Västergötland", "Bohuslän", "Dalsland"] },
  { code: "17", officialName: "Region Värmland", aliases: ["Värmlands län", "Värmland"] },
  { code: "18", officialName: "Region Örebro län", aliases: ["Örebro län", "Närke"] },
  { code: "19", officialName: "Region Västmanland", aliases: ["Västmanlands län", "Västmanland"] },
  { code: "20", officialName: "Region Dalarna", aliases: ["Dalarnas län", "Dalarna"] },
  { code: "21", officialName: "Region Gävleborg", aliases: ["Gävleborgs län", "Gävleborg", "Hälsingland", "Gästrikland"] },
  { code: "22", officialName: "Region Västernorrland", aliases: ["Västernorrlands län", "Västernorrland", "Medelpad", "Ångermanland"] },
  { code: "23", officialName: "Region Jämtland Härjedalen", aliases: ["Jämtlands län", "Jämtland"] },
  { code: "24", officialName: "Region Västerbotten", aliases: ["Västerbottens län", "Västerbotten"] },
  { code: "25", officialName: "Region Norrbotten", aliases: ["Norrbottens län", "Norrbotten"] },
]);

const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const BY_NAME = new Map(MUNICIPALITIES.map((m) => [m.name.toLocaleLowerCase("sv"), m]));

export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code);
}

/** Finds a municipality from a name such as "Norrköpings kommun", "Lidingö stad" or "Ale". */
export function municipalityByName(name: string): Municipality | undefined {
  const base = name.trim().replace(/\s+(kommun|stad)$/i, "");
  const lower = base.toLocaleLowerCase("sv");
  return BY_NAME.get(lower) ?? (lower.endsWith("s") ? BY_NAME.get(lower.slice(0, -1)) : undefined);
}
