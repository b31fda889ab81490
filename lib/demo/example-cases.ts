import { type ActivityArea, type Case, type CollaborationFormId, type ProcurementRoute, CASE_FORMAT_VERSION, caseSchema, upgrade } from "@/lib/case";
import { MUNICIPALITIES, REGIONS, type Municipality, type MunicipalityGroup } from "@/lib/reference/municipalities";
import { DEMO_ORGANIZATIONS } from "./organizations";
import bengtsforsMellerud from "@/examples/cases/bengtsfors-mellerud.json";
import danderyd from "@/examples/cases/danderyd-familjeratt.json";
import lundSocialJour from "@/examples/cases/lund-social-jour.json";
import lundUngaVuxna from "@/examples/cases/lund-unga-vuxna.json";
import norrstromFjallviken from "@/examples/cases/norrstrom-fjallviken.json";
import ostergotlandHvb from "@/examples/cases/ostergotland-hvb.json";

// Demo and test cases for the example catalogue and the statistics (issue 12). The same
// factories feed the demo seed (lib/demo/seed.ts) and the tests, so what a test proves
// holds for what a demo shows.

export interface DemoCaseSpec {
  /** Stable key; the demo seed upserts on it (via the title). */
  key: string;
  doc: Case;
  owner: { name: string; type: "KOMMUN" | "REGION" | "KOMMUNALFORBUND"; officialCode: string | null };
  /** Guide steps marked complete. */
  completedSteps: string[];
  /** When the case was started, and when step 4 was marked complete (if it was). */
  startedAt: string;
  step4DoneAt?: string;
  /** When a legal reviewer of the owning organisation approved the case (issue 10), if one has. */
  legalApprovalAt?: string;
  /** Published as an example in this area, with these lessons (approved unless "proposed"). */
  /** `title`: the editors' own wording of the example's title (anonymised like the rest), as under "Ändra texten". */
  example?: { area: string; lessonsLearned: string; status?: "APPROVED" | "PROPOSED"; title?: string };
}

// Stored example files may be in an older format version; they are upgraded like stored cases.
const parse = (raw: unknown): Case => caseSchema.parse(upgrade(raw));
/** A stored example with the step 1 answer on its area of activity, which the files predate. */
const inArea = (raw: unknown, area: ActivityArea): Case => {
  const doc = parse(raw);
  return { ...doc, needs: { ...doc.needs, activityArea: doc.needs.activityArea ?? area } };
};

/** The report's chapter 4 examples and the fictional chapter 5 case, from examples/cases. */
export function reportCases(): DemoCaseSpec[] {
  return [
    {
      key: "norrstrom-fjallviken",
      doc: inArea(norrstromFjallviken, "barn_och_unga"),
      owner: { name: "Norrströms kommun", type: "KOMMUN", officialCode: null },
      completedSteps: ["1", "2A", "2B"],
      startedAt: "2025-09-01",
    },
    {
      key: "danderyd-familjeratt",
      doc: inArea(danderyd, "familjeratt"),
      owner: { name: "Täby kommun", type: "KOMMUN", officialCode: "0160" },
      completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"],
      startedAt: "2024-02-01",
      step4DoneAt: "2024-09-15",
      legalApprovalAt: "2024-08-30",
      example: {
        area: "familjeratt",
        lessonsLearned: "Dela kostnaderna efter befolkning från början och låt en kommun vara värd. Täby har en egen jurist som granskade avtalet.",
        // The case's title lists all four parties, which would tell their number under "3–4".
        title: "Gemensam familjerätt med en värdkommun",
      },
    },
    {
      key: "lund-social-jour",
      doc: inArea(lundSocialJour, "socialjour"),
      owner: { name: "Lunds kommun", type: "KOMMUN", officialCode: "1281" },
      completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"],
      startedAt: "2024-01-10",
      step4DoneAt: "2024-05-20",
      legalApprovalAt: "2024-05-06",
      example: { area: "socialjour", lessonsLearned: "Skriv tydligt vilka beslut jouren får fatta på delegation och vem som tar över nästa vardag." },
    },
    {
      key: "lund-unga-vuxna",
      doc: inArea(lundUngaVuxna, "ovrigt"),
      owner: { name: "Lunds kommun", type: "KOMMUN", officialCode: "1281" },
      completedSteps: ["1", "2A", "2B", "2C"],
      startedAt: "2025-03-01",
    },
    {
      key: "ostergotland-hvb",
      doc: inArea(ostergotlandHvb, "hvb"),
      owner: { name: "Norrköpings kommun", type: "KOMMUN", officialCode: "0581" },
      completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"],
      startedAt: "2023-03-01",
      step4DoneAt: "2024-04-30",
      legalApprovalAt: "2024-03-18",
      example: { area: "hvb", lessonsLearned: "Fördela underskott i proportion till platserna och följ upp beläggningen varje kvartal." },
    },
    {
      key: "bengtsfors-mellerud",
      doc: inArea(bengtsforsMellerud, "ledning"),
      owner: { name: "Bengtsfors kommun", type: "KOMMUN", officialCode: "1460" },
      completedSteps: ["1", "2A"],
      startedAt: "2024-03-01",
    },
  ];
}

/** One kind of collaboration, modelled on the report's chapter 4 examples and DOMAIN.md. */
interface Template {
  area: ActivityArea;
  title: string;
  problem: string;
  inScope: string;
  goal: { description: string; keyFigure: string; baseline: number; target: number; unit: string };
  task: { description: string; kind: "insats" | "myndighetsutovning"; governingLaw: string };
  /** The usual form and route, and a less common alternative some cases choose. */
  form: CollaborationFormId;
  altForm?: CollaborationFormId;
  route: ProcurementRoute;
  altRoute?: ProcurementRoute;
  /** The region takes part, as in the report's Östergötland HVB and Mariamottagning. */
  withRegion?: boolean;
  clause: string;
  lessons: string;
}

const SOL = "Socialtjänstlagen (2025:400)";

const TEMPLATES: Template[] = [
  {
    // Report ch. 4: Danderyd, Lidingö, Täby and Vaxholm's joint family law organisation.
    area: "familjeratt",
    title: "Gemensam familjerätt",
    problem: "Varje kommun har för få ärenden om vårdnad, boende, umgänge, faderskap och adoption för att hålla specialistkompetens, och konsultkostnaderna ökar.",
    inScope: "Familjerättsliga utredningar, samarbetssamtal och faderskapsärenden för alla parter, med en gemensam tjänstemannaorganisation hos värdkommunen.",
    goal: { description: "Kortare handläggningstid för vårdnadsutredningar", keyFigure: "Median antal dagar per utredning", baseline: 180, target: 120, unit: "dagar" },
    task: { description: "Familjerättsliga utredningar och beslut på delegation från varje parts socialnämnd.", kind: "myndighetsutovning", governingLaw: `Föräldrabalken; ${SOL}` },
    form: "avtalssamverkan",
    altForm: "gemensam_namnd",
    route: "myndighetsutovning",
    clause: "Kostnaderna fördelas efter antal invånare. Beslut fattas av värdkommunens anställda på delegation från varje uppdragsgivares nämnd.",
    lessons: "Fördela kostnaderna efter befolkning från början och ändra delegationsordningarna i varje nämnd innan avtalet börjar gälla.",
  },
  {
    // Report ch. 4: Lund's social emergency service (Social Jour) with four neighbours.
    area: "socialjour",
    title: "Gemensam socialjour",
    problem: "Socialtjänsten är stängd kvällar och helger, och ingen kommun kan ensam bemanna en jour som kan fatta akuta beslut.",
    inScope: "Rådgivning, hänvisning, stödjande och utredande samtal och akuta beslut enligt socialtjänstlagen, LVU och LVM när parternas socialtjänst är stängd.",
    goal: { description: "Akuta ärenden hanteras samma kväll", keyFigure: "Andel akuta ärenden som hanteras inom två timmar", baseline: 70, target: 95, unit: "procent" },
    task: { description: "Akuta beslut om bistånd och omedelbara omhändertaganden på delegation när socialtjänsten är stängd.", kind: "myndighetsutovning", governingLaw: `${SOL}; LVU; LVM` },
    form: "avtalssamverkan",
    route: "myndighetsutovning",
    clause: "Jouren fattar beslut på delegation. Nästa vardag tar den kommun över där den enskilde bor.",
    lessons: "Skriv tydligt vilka beslut jouren får fatta på delegation och vem som tar över nästa vardag.",
  },
  {
    // Report ch. 4: Barnahus mellersta Skåne.
    area: "vald_i_nara_relationer",
    title: "Barnahus för barn som utsatts för våld",
    problem: "Barn som utsatts för våld eller övergrepp förhörs och undersöks på flera ställen, och samverkan med polis och åklagare ser olika ut i varje kommun.",
    inScope: "Samordnade samtal, krisstöd och familjebehandling för barn upp till 18 år. Myndighetsbeslut fattas av respektive kommun.",
    goal: { description: "Barnet får stöd snabbare", keyFigure: "Dagar från anmälan till första samtal", baseline: 21, target: 7, unit: "dagar" },
    task: { description: "Samordnat stöd och familjebehandling enligt varje kommuns beslut.", kind: "insats", governingLaw: SOL },
    form: "avtalssamverkan",
    route: "hamburg",
    clause: "Varje part bidrar med personal i proportion till antalet barn i målgruppen. Myndighetsbeslut fattas av respektive kommun.",
    lessons: "Bjud in polis och åklagare tidigt: det är deras arbetssätt som avgör hur barnahuset fungerar.",
  },
  {
    // Report ch. 4: Kriscentrum mellersta Skåne.
    area: "vald_i_nara_relationer",
    title: "Kriscentrum för våldsutsatta och våldsutövare",
    problem: "Våldsutsatta får olika stöd beroende på kommun, och ingen kommun har egen specialistkompetens för samtal med våldsutövare.",
    inScope: "Individuella samtal och grupper för vuxna som utsatts för, upplevt eller utövat våld i en nära relation.",
    goal: { description: "Snabbare första kontakt", keyFigure: "Dagar till första stödsamtal", baseline: 21, target: 7, unit: "dagar" },
    task: { description: "Stödsamtal och behandling enligt varje kommuns beslut.", kind: "insats", governingLaw: SOL },
    form: "avtalssamverkan",
    altForm: "gemensam_namnd",
    route: "hamburg",
    altRoute: "ordinarie_upphandling",
    clause: "Parterna är gemensamt personuppgiftsansvariga och har en skriftlig överenskommelse om det.",
    lessons: "Sekretessfrågorna tog längst tid: börja med dem.",
  },
  {
    // Report ch. 4: Mariamottagning mellersta Skåne, with the region.
    area: "missbruk",
    title: "Mariamottagning för unga med alkohol- eller drogproblem",
    problem: "Unga under 25 år med alkohol- eller drogproblem hamnar mellan socialtjänst och hälso- och sjukvård, och kommunerna saknar var för sig underlag för en egen mottagning.",
    inScope: "Öppenvård för unga under 25 år och stöd till deras föräldrar och närstående, tillsammans med regionens beroendevård.",
    goal: { description: "Fler unga fullföljer behandlingen", keyFigure: "Andel som fullföljer behandlingen", baseline: 55, target: 75, unit: "procent" },
    task: { description: "Behandling i öppenvård enligt varje kommuns beslut om insats.", kind: "insats", governingLaw: `${SOL}; Hälso- och sjukvårdslagen (2017:30)` },
    form: "avtalssamverkan",
    route: "hamburg",
    withRegion: true,
    clause: "Regionen står för hälso- och sjukvårdsinsatserna; kommunerna delar sina kostnader efter antalet unga invånare.",
    lessons: "Gör en gemensam journalrutin med regionen innan mottagningen öppnar.",
  },
  {
    area: "missbruk",
    title: "Öppenvård för vuxna med missbruk",
    problem: "Kommunerna saknar var för sig underlag för en egen öppenvård med beprövade metoder.",
    inScope: "Öppenvårdsbehandling för vuxna med alkohol- eller narkotikaproblem.",
    goal: { description: "Fler fullföljda behandlingar", keyFigure: "Andel som fullföljer behandlingen", baseline: 50, target: 70, unit: "procent" },
    task: { description: "Behandling i öppenvård enligt varje kommuns beslut om insats.", kind: "insats", governingLaw: SOL },
    form: "avtalssamverkan",
    route: "direktupphandling",
    altRoute: "hamburg",
    clause: "Parterna följer upp verksamheten två gånger per år med nyckeltal.",
    lessons: "Bestäm nyckeltalen innan avtalet skrivs, annars blir uppföljningen en diskussion om siffror.",
  },
  {
    // Report ch. 4: the regional HVB in Östergötland, 13 municipalities and the region.
    area: "hvb",
    title: "Gemensamt HVB för unga 13–17 år",
    problem: "De mest utsatta ungdomarna placeras långt bort på dyra privata HVB, och vården från barn- och ungdomspsykiatrin hänger inte ihop med socialtjänstens.",
    inScope: "Ett gemensamt hem för vård eller boende för ungdomar 13–17 år med samordnad vård från barn- och ungdomspsykiatrin.",
    goal: { description: "Färre placeringar långt från hemorten", keyFigure: "Antal externa HVB-placeringar per år", baseline: 30, target: 18, unit: "placeringar" },
    task: { description: "Vård och boende på HVB enligt varje kommuns beslut om placering.", kind: "insats", governingLaw: `${SOL}; LVU` },
    form: "avtalssamverkan",
    altForm: "kommunalforbund",
    route: "hamburg",
    withRegion: true,
    clause: "Underskott fördelas i proportion till parternas andel av platserna. En styrgrupp följer upp verksamheten minst två gånger per år.",
    lessons: "Fördela underskott i proportion till platserna och följ upp beläggningen varje kvartal.",
  },
  {
    area: "familjehem",
    title: "Gemensam rekrytering av familjehem",
    problem: "Kommunerna hittar för få familjehem, och placeringar sker ofta långt från hemorten. Varje kommun annonserar för sig.",
    inScope: "Rekrytering, utbildning och handledning av familjehem. Besluten om placering fattar varje kommun själv.",
    goal: { description: "Fler placeringar i egna familjehem nära hemorten", keyFigure: "Andel placeringar i egna familjehem", baseline: 40, target: 60, unit: "procent" },
    task: { description: "Rekrytera, utreda och utbilda familjehem åt parterna.", kind: "insats", governingLaw: SOL },
    form: "avtalssamverkan",
    route: "hamburg",
    altRoute: "direktupphandling",
    clause: "Uppdragstagaren rekryterar och utbildar familjehem. Varje uppdragsgivare beslutar själv om placeringar.",
    lessons: "En gemensam annonsering gav fler intresseanmälningar än kommunerna var för sig.",
  },
  {
    // The report's chapter 5 case (Norrström–Fjällviken) is of this kind.
    area: "barn_och_unga",
    title: "Familjebehandling för unga i samverkan",
    problem: "Väntetiden till familjebehandling är lång och kompetensen är sårbar när en behandlare slutar.",
    inScope: "Strukturerad familjebehandling i öppenvård för unga 12–17 år.",
    goal: { description: "Kortare väntan på behandling", keyFigure: "Dagar från beslut till första behandlingstillfälle", baseline: 45, target: 14, unit: "dagar" },
    task: { description: "Familjebehandling i öppenvård enligt varje kommuns beslut.", kind: "insats", governingLaw: SOL },
    form: "avtalssamverkan",
    route: "direktupphandling",
    altRoute: "hamburg",
    clause: "Ersättningen följer självkostnaden och stäms av varje år.",
    lessons: "Räkna på avtalstiden tidigt: den avgör det uppskattade värdet och därmed om direktupphandling går.",
  },
  {
    // Report ch. 4: Lund's family counselling (familjerådgivning) with five neighbours.
    area: "ovrigt",
    title: "Gemensam familjerådgivning",
    problem: "Par som söker stöd väntar länge, och en liten kommun kan inte erbjuda samtal hos någon den inte känner privat.",
    inScope: "Samtal för par och familjer som söker stöd i sina relationer.",
    goal: { description: "Kortare väntetid till första samtal", keyFigure: "Dagar till första samtal", baseline: 40, target: 14, unit: "dagar" },
    task: { description: "Familjerådgivning som serviceinsats utan biståndsbeslut.", kind: "insats", governingLaw: SOL },
    form: "avtalssamverkan",
    route: "icke_ekonomiska_tjanster",
    altRoute: "hamburg",
    clause: "Varje part betalar en fast andel per invånare. Samtalen är avgiftsfria för den enskilde.",
    lessons: "Boka ett gemensamt telefonnummer: invånarna ska inte behöva veta vilken kommun som är värd.",
  },
  {
    // DOMAIN.md: a shared head of social services, as in Bengtsfors–Mellerud.
    area: "ledning",
    title: "Gemensam socialchef och ledningsgrupp",
    problem: "Det är svårt att rekrytera och behålla en socialchef i en liten kommun, och ledningen blir sårbar vid sjukdom.",
    inScope: "En gemensam socialchef anställd av värdkommunen, som leder socialtjänsten i alla parter och är föredragande i varje nämnd.",
    goal: { description: "Stabil ledning", keyFigure: "Antal byten av socialchef per femårsperiod", baseline: 3, target: 1, unit: "byten" },
    task: { description: "Ledning av socialtjänsten på uppdrag av varje parts nämnd.", kind: "insats", governingLaw: "Kommunallagen (2017:725) 9 kap. 37 §" },
    form: "avtalssamverkan",
    route: "direktupphandling",
    clause: "Socialchefen är anställd av uppdragstagaren. Varje nämnd beslutar själv om delegation och budget.",
    lessons: "Klargör tidigt vem som är arbetsgivare och hur socialchefen rapporterar till varje nämnd.",
  },
  {
    area: "ekonomiskt_bistand",
    title: "Gemensam mottagning för ekonomiskt bistånd",
    problem: "Handläggningen av ekonomiskt bistånd är sårbar i små kommuner, och rättspraxis tillämpas olika.",
    inScope: "Mottagning, utredning och beslut om ekonomiskt bistånd på delegation från varje parts nämnd.",
    goal: { description: "Kortare handläggningstid", keyFigure: "Dagar från ansökan till beslut", baseline: 18, target: 10, unit: "dagar" },
    task: { description: "Utredning och beslut om ekonomiskt bistånd på delegation.", kind: "myndighetsutovning", governingLaw: SOL },
    form: "avtalssamverkan",
    altForm: "gemensam_namnd",
    route: "myndighetsutovning",
    clause: "Uppdragstagarens handläggare beslutar på delegation; varje uppdragsgivare betalar ut biståndet till sina invånare.",
    lessons: "Gör en gemensam riktlinje för bistånd innan starten, annars behandlas invånarna olika i samma handläggargrupp.",
  },
];

/** Deterministic pseudo-random numbers, so the demo data are the same on every machine. */
function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31);
}

// Small and mid-sized municipalities collaborate most; the weights say how often a case's
// contractor comes from each group, and the ranges how many inhabitants its parties have.
const GROUP_WEIGHTS: Array<[MunicipalityGroup, number]> = [
  ["C8", 5],
  ["B4", 4],
  ["C7", 3],
  ["A2", 3],
  ["C6", 3],
  ["C9", 2],
  ["B5", 1],
  ["B3", 1],
];
const POPULATION_RANGE: Record<MunicipalityGroup, [number, number]> = {
  A1: [500_000, 1_000_000],
  A2: [15_000, 90_000],
  B3: [60_000, 150_000],
  B4: [8_000, 40_000],
  B5: [10_000, 30_000],
  C6: [15_000, 45_000],
  C7: [5_000, 20_000],
  C8: [3_000, 12_000],
  C9: [2_500, 10_000],
};
// The demo organisations' own municipalities are left out, so no demo user can open these cases.
const DEMO_CODES = new Set(DEMO_ORGANIZATIONS.map((o) => o.officialCode));
const STEPS = ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"];
/** Nothing in the demo data happens after this day. */
const DEMO_TODAY = "2026-11-15";

const addMonths = (isoDate: string, months: number, days = 0): string => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
// The official form: "Danderyds kommun" but "Ale kommun" and "Kiruna kommun" (no genitive s
// after a vowel, s, x or z), and a few names of their own.
const OWN_NAMES: Record<string, string> = { Gotland: "Region Gotland", Falun: "Falu kommun", Orust: "Orust kommun" };
export const municipalName = (m: Pick<Municipality, "name">) => OWN_NAMES[m.name] ?? `${m.name}${/[aeiouyåäösxz]$/i.test(m.name) ? "" : "s"} kommun`;

/**
 * Varied fictional cases built from the templates, with real municipalities of one county as
 * parties, so that municipality groups, population bands and party counts vary realistically.
 * Most contractors are small or mid-sized municipalities; about a third of the cases are
 * finished and legally approved, the rest stall at different steps; about half are shared as
 * examples. `count` cases, spread evenly over the templates.
 */
export function fictionalCases(count = 160, seed = 12): DemoCaseSpec[] {
  const rand = seeded(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const weighted = GROUP_WEIGHTS.flatMap(([g, w]) => Array.from({ length: w }, () => g));
  const available = MUNICIPALITIES.filter((m) => !DEMO_CODES.has(m.code));
  const specs: DemoCaseSpec[] = [];
  // The seed recognises a case by title and owner, so one municipality runs each kind once.
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length]!;
    const group = pick(weighted);
    const contractor = pick(available.filter((m) => m.group === group && !taken.has(`${t.title}|${m.code}`)));
    taken.add(`${t.title}|${contractor.code}`);
    const neighbours = available.filter((m) => m.countyCode === contractor.countyCode && m.code !== contractor.code);
    const partnerCount = Math.min(neighbours.length, t.withRegion ? 2 + Math.floor(rand() * 5) : 1 + Math.floor(rand() * 3));
    const partners: Municipality[] = [];
    while (partners.length < partnerCount) {
      const next = pick(neighbours);
      if (!partners.includes(next)) partners.push(next);
    }
    const municipalities = [contractor, ...partners];
    const region = t.withRegion ? REGIONS.find((r) => r.code === contractor.countyCode) : undefined;
    const population = (m: Municipality) => {
      const [low, high] = POPULATION_RANGE[m.group];
      return Math.round((low + rand() * (high - low)) / 100) * 100;
    };

    const startedAt = addMonths("2023-01-01", Math.floor(rand() * 36), Math.floor(rand() * 27));
    let stepsDone = rand() < 0.4 ? 8 : Math.floor(rand() * 8);
    let step4DoneAt = stepsDone === 8 ? addMonths(startedAt, 4 + Math.floor(rand() * 12)) : undefined;
    if (step4DoneAt && step4DoneAt > DEMO_TODAY) {
      stepsDone = 7;
      step4DoneAt = undefined;
    }
    // A jurist approves once steps 1–3C are done: before the agreement is marked complete, or
    // some months into the work when step 4 is still open.
    let legalApprovalAt: string | undefined;
    if (stepsDone >= 7 && rand() < 0.85) {
      legalApprovalAt = step4DoneAt ? addMonths(step4DoneAt, 0, -(7 + Math.floor(rand() * 40))) : addMonths(startedAt, 2 + Math.floor(rand() * 12));
      if (legalApprovalAt > DEMO_TODAY || legalApprovalAt <= startedAt) legalApprovalAt = undefined;
    }
    const form = t.altForm && rand() < 0.2 ? t.altForm : t.form;
    const route = t.altRoute && rand() < 0.25 ? t.altRoute : t.route;
    const contact = `${pick(["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Per"])} ${pick(["Berg", "Lind", "Holm", "Sjöberg", "Nyström", "Ek", "Wallin"])}`;
    const doc = parse({
      formatVersion: CASE_FORMAT_VERSION,
      // No party names in the title: replaced by "Kommun A, Kommun B …" they would show the party count.
      title: t.title,
      parties: [
        ...municipalities.map((m, j) => ({
          id: `p${j}`,
          name: municipalName(m),
          type: "kommun",
          role: j === 0 ? "uppdragstagare" : "uppdragsgivare",
          officialCode: m.code,
          population: population(m),
        })),
        ...(region ? [{ id: "region", name: region.officialName, type: "region", role: "uppdragsgivare", officialCode: region.code }] : []),
      ],
      needs: {
        activityArea: t.area,
        problem: `${t.problem} Kontaktperson i ${contractor.name}: socialchef ${contact}, ${contact.toLowerCase().replace(/[^a-z]+/g, ".")}@${contractor.name.toLowerCase().replace(/[^a-z]+/g, "")}.se.`,
        inScope: t.inScope,
        goals: [{ id: "mal1", ...t.goal, targetDate: `${Number(startedAt.slice(0, 4)) + 3}-12-31` }],
      },
      tasks: [{ id: "uppgift1", ...t.task, withinOwnCompetence: true }],
      collaborationForm: { chosen: form, motivation: `Formen passar eftersom ${contractor.name} redan har verksamheten och de andra vill köpa in sig utan en ny organisation.` },
      procurement: { reliedOnRoutes: [route], procurementStartDate: addMonths(startedAt, 3), serviceCategory: "sociala_och_andra_sarskilda_tjanster" },
      agreement: { clauses: { ekonomi: `${t.clause} Ersättningen är ${1 + Math.floor(rand() * 8)} ${String(100 + Math.floor(rand() * 900))} 000 kr per år.` } },
    });
    const shared = rand() < 0.5;
    specs.push({
      key: `fiktivt-${i + 1}`,
      doc,
      owner: { name: municipalName(contractor), type: "KOMMUN", officialCode: contractor.code },
      completedSteps: STEPS.slice(0, stepsDone),
      startedAt,
      step4DoneAt,
      legalApprovalAt,
      example: shared ? { area: t.area, lessonsLearned: t.lessons, status: i % 9 === 4 ? "PROPOSED" : "APPROVED" } : undefined,
    });
  }
  return specs;
}

export function demoExampleCases(): DemoCaseSpec[] {
  return [...reportCases(), ...fictionalCases()];
}

/** One small case of a given kind, for tests that need every count known. */
export interface CaseKind {
  contractor: { code: string; name: string };
  partner: { code: string; name: string };
  area?: ActivityArea;
  form: CollaborationFormId;
  route: ProcurementRoute;
  completedSteps: string[];
  startedAt?: string;
  step4AfterDays?: number;
  approvalAfterDays?: number;
}

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Case n of a kind: two municipalities with 5 000 and 4 000 inhabitants, titled `<area> <n>`. */
export function caseOfKind(kind: CaseKind, n: number): DemoCaseSpec {
  const startedAt = kind.startedAt ?? "2025-01-10";
  const doc = parse({
    formatVersion: CASE_FORMAT_VERSION,
    title: `${kind.area ?? "okänt område"} ${n}`,
    parties: [
      { id: "a", name: kind.contractor.name, type: "kommun", role: "uppdragstagare", officialCode: kind.contractor.code, population: 5_000 },
      { id: "b", name: kind.partner.name, type: "kommun", role: "uppdragsgivare", officialCode: kind.partner.code, population: 4_000 },
    ],
    needs: { ...(kind.area ? { activityArea: kind.area } : {}), problem: "Svårt att rekrytera." },
    collaborationForm: { chosen: kind.form },
    procurement: { reliedOnRoutes: [kind.route], procurementStartDate: "2025-03-01" },
  });
  return {
    key: `${kind.area ?? "okant"}-${kind.contractor.code}-${n}`,
    doc,
    owner: { name: kind.contractor.name, type: "KOMMUN", officialCode: kind.contractor.code },
    completedSteps: kind.completedSteps,
    startedAt,
    step4DoneAt: kind.step4AfterDays ? addDays(startedAt, kind.step4AfterDays) : undefined,
    legalApprovalAt: kind.approvalAfterDays ? addDays(startedAt, kind.approvalAfterDays) : undefined,
  };
}
