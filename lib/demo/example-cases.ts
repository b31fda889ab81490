import { type Case, type CollaborationFormId, type ProcurementRoute, CASE_FORMAT_VERSION, caseSchema, upgrade } from "@/lib/case";
import { MUNICIPALITIES } from "@/lib/reference/municipalities";
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
  /** Published as an example in this area, with these lessons (approved unless "proposed"). */
  example?: { area: string; lessonsLearned: string; status?: "APPROVED" | "PROPOSED" };
}

// Stored example files may be in an older format version; they are upgraded like stored cases.
const parse = (raw: unknown): Case => caseSchema.parse(upgrade(raw));

/** The report's chapter 4 examples and the fictional chapter 5 case, from examples/cases. */
export function reportCases(): DemoCaseSpec[] {
  return [
    {
      key: "norrstrom-fjallviken",
      doc: parse(norrstromFjallviken),
      owner: { name: "Norrströms kommun", type: "KOMMUN", officialCode: null },
      completedSteps: ["1", "2A", "2B"],
      startedAt: "2025-09-01",
    },
    {
      key: "danderyd-familjeratt",
      doc: parse(danderyd),
      owner: { name: "Täby kommun", type: "KOMMUN", officialCode: "0160" },
      completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"],
      startedAt: "2024-02-01",
      step4DoneAt: "2024-09-15",
      example: { area: "familjeratt", lessonsLearned: "Dela kostnaderna efter befolkning från början och låt en kommun vara värd. Täby har en egen jurist som granskade avtalet." },
    },
    {
      key: "lund-social-jour",
      doc: parse(lundSocialJour),
      owner: { name: "Lunds kommun", type: "KOMMUN", officialCode: "1281" },
      completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"],
      startedAt: "2024-01-10",
      step4DoneAt: "2024-05-20",
      example: { area: "socialjour", lessonsLearned: "Skriv tydligt vilka beslut jouren får fatta på delegation och vem som tar över nästa vardag." },
    },
    {
      key: "lund-unga-vuxna",
      doc: parse(lundUngaVuxna),
      owner: { name: "Lunds kommun", type: "KOMMUN", officialCode: "1281" },
      completedSteps: ["1", "2A", "2B", "2C"],
      startedAt: "2025-03-01",
    },
    {
      key: "ostergotland-hvb",
      doc: parse(ostergotlandHvb),
      owner: { name: "Norrköpings kommun", type: "KOMMUN", officialCode: "0581" },
      completedSteps: ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"],
      startedAt: "2023-03-01",
      step4DoneAt: "2024-04-30",
      example: { area: "hvb", lessonsLearned: "Fördela underskott i proportion till platserna och följ upp beläggningen varje kvartal." },
    },
    {
      key: "bengtsfors-mellerud",
      doc: parse(bengtsforsMellerud),
      owner: { name: "Bengtsfors kommun", type: "KOMMUN", officialCode: "1460" },
      completedSteps: ["1", "2A"],
      startedAt: "2024-03-01",
    },
  ];
}

interface Template {
  area: string;
  title: string;
  problem: string;
  inScope: string;
  goal: { description: string; keyFigure: string; baseline: number; target: number; unit: string };
  task: { description: string; kind: "insats" | "myndighetsutovning"; governingLaw: string };
  form: CollaborationFormId;
  route: ProcurementRoute;
  clause: string;
  lessons: string;
}

const TEMPLATES: Template[] = [
  {
    area: "familjehem",
    title: "Gemensam rekrytering av familjehem",
    problem: "Kommunerna hittar för få familjehem, och placeringar sker ofta långt från hemorten. Varje kommun annonserar för sig.",
    inScope: "Rekrytering, utbildning och handledning av familjehem. Besluten om placering fattar varje kommun själv.",
    goal: { description: "Fler placeringar i egna familjehem nära hemorten", keyFigure: "Andel placeringar i egna familjehem", baseline: 40, target: 60, unit: "procent" },
    task: { description: "Rekrytera, utreda och utbilda familjehem åt parterna.", kind: "insats", governingLaw: "Socialtjänstlagen (2025:400)" },
    form: "avtalssamverkan",
    route: "hamburg",
    clause: "Uppdragstagaren rekryterar och utbildar familjehem. Varje uppdragsgivare beslutar själv om placeringar.",
    lessons: "En gemensam annonsering gav fler intresseanmälningar än tre kommuner var för sig.",
  },
  {
    area: "barn_och_unga",
    title: "Familjebehandling för unga i samverkan",
    problem: "Väntetiden till familjebehandling är lång och kompetensen är sårbar när en behandlare slutar.",
    inScope: "Strukturerad familjebehandling i öppenvård för unga 12–17 år.",
    goal: { description: "Kortare väntan på behandling", keyFigure: "Dagar från beslut till första behandlingstillfälle", baseline: 45, target: 14, unit: "dagar" },
    task: { description: "Familjebehandling i öppenvård enligt varje kommuns beslut.", kind: "insats", governingLaw: "Socialtjänstlagen (2025:400)" },
    form: "avtalssamverkan",
    route: "direktupphandling",
    clause: "Ersättningen följer självkostnaden och stäms av varje år.",
    lessons: "Räkna på avtalstiden tidigt: den avgör det uppskattade värdet och därmed om direktupphandling går.",
  },
  {
    area: "familjeratt",
    title: "Gemensam familjerätt",
    problem: "Små kommuner har för få ärenden om faderskap, vårdnad och adoption för att hålla kompetensen.",
    inScope: "Familjerättsliga utredningar och samarbetssamtal.",
    goal: { description: "Kortare handläggningstid för vårdnadsutredningar", keyFigure: "Median antal dagar per utredning", baseline: 180, target: 120, unit: "dagar" },
    task: { description: "Familjerättsliga utredningar och beslut på delegation.", kind: "myndighetsutovning", governingLaw: "Föräldrabalken; Socialtjänstlagen (2025:400)" },
    form: "avtalssamverkan",
    route: "myndighetsutovning",
    clause: "Beslut fattas av uppdragstagarens anställda på delegation från varje uppdragsgivares nämnd.",
    lessons: "Delegationsordningarna måste ändras i varje nämnd innan avtalet börjar gälla.",
  },
  {
    area: "missbruk",
    title: "Öppenvård för vuxna med missbruk",
    problem: "Kommunerna saknar var för sig underlag för en egen öppenvård med beprövade metoder.",
    inScope: "Öppenvårdsbehandling för vuxna med alkohol- eller narkotikaproblem.",
    goal: { description: "Fler fullföljda behandlingar", keyFigure: "Andel som fullföljer behandlingen", baseline: 50, target: 70, unit: "procent" },
    task: { description: "Behandling i öppenvård enligt varje kommuns beslut om insats.", kind: "insats", governingLaw: "Socialtjänstlagen (2025:400)" },
    form: "avtalssamverkan",
    route: "direktupphandling",
    clause: "Parterna följer upp verksamheten två gånger per år med nyckeltal.",
    lessons: "Bestäm nyckeltalen innan avtalet skrivs, annars blir uppföljningen en diskussion om siffror.",
  },
  {
    area: "vald_i_nara_relationer",
    title: "Stöd till våldsutsatta",
    problem: "Våldsutsatta får olika stöd beroende på kommun, och ingen kommun har egen specialistkompetens.",
    inScope: "Stödsamtal och rådgivning för våldsutsatta vuxna och barn som bevittnat våld.",
    goal: { description: "Snabbare första kontakt", keyFigure: "Dagar till första stödsamtal", baseline: 21, target: 7, unit: "dagar" },
    task: { description: "Stödsamtal och rådgivning enligt varje kommuns beslut.", kind: "insats", governingLaw: "Socialtjänstlagen (2025:400)" },
    form: "gemensam_namnd",
    route: "ordinarie_upphandling",
    clause: "Parterna är gemensamt personuppgiftsansvariga och har en skriftlig överenskommelse om det.",
    lessons: "Sekretessfrågorna tog längst tid: börja med dem.",
  },
];

/** Deterministic pseudo-random numbers, so the demo data are the same on every machine. */
function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31);
}

/**
 * Varied fictional cases built from the templates, with real municipalities as parties so
 * that municipality groups and population bands vary. `count` cases, spread over templates.
 */
export function fictionalCases(count = 40, seed = 12): DemoCaseSpec[] {
  const rand = seeded(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const specs: DemoCaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length]!;
    const partyCount = 2 + Math.floor(rand() * 3);
    const parties = Array.from({ length: partyCount }, () => pick(MUNICIPALITIES)).filter((m, j, all) => all.findIndex((x) => x.code === m.code) === j);
    const owner = parties[0]!;
    const steps = ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"].slice(0, Math.floor(rand() * 9));
    const startMonth = 1 + Math.floor(rand() * 24);
    const startedAt = `${2023 + Math.floor((startMonth - 1) / 12)}-${String(((startMonth - 1) % 12) + 1).padStart(2, "0")}-01`;
    const doneAfterMonths = 2 + Math.floor(rand() * 14);
    const done = new Date(`${startedAt}T12:00:00Z`);
    done.setUTCMonth(done.getUTCMonth() + doneAfterMonths);
    const name = (m: (typeof MUNICIPALITIES)[number]) => `${m.name}${/[sxz]$/.test(m.name) ? "" : "s"} kommun`;
    const doc = parse({
      formatVersion: CASE_FORMAT_VERSION,
      title: `${t.title}, ${parties.map((p) => p.name).join(" och ")}`,
      parties: parties.map((p, j) => ({
        id: `p${j}`,
        name: name(p),
        type: "kommun",
        role: j === 0 ? "uppdragstagare" : "uppdragsgivare",
        officialCode: p.code,
        population: 3_000 + Math.floor(rand() * 60_000),
      })),
      needs: { problem: `${t.problem} Kontaktperson i ${owner.name}: socialchef ${pick(["Anna", "Erik", "Karin", "Lars"])} ${pick(["Berg", "Lind", "Holm", "Sjöberg"])}.`, inScope: t.inScope, goals: [{ id: "mal1", ...t.goal, targetDate: "2026-12-31" }] },
      tasks: [{ id: "uppgift1", ...t.task, withinOwnCompetence: true }],
      collaborationForm: { chosen: t.form, motivation: `Formen passar eftersom ${owner.name} redan har verksamheten och de andra vill köpa in sig utan en ny organisation.` },
      procurement: { reliedOnRoutes: [t.route], procurementStartDate: `${startedAt.slice(0, 4)}-10-01`, serviceCategory: "sociala_och_andra_sarskilda_tjanster" },
      agreement: { clauses: { ekonomi: `${t.clause} Ersättningen är ${1 + Math.floor(rand() * 8)} 200 000 kr per år.` } },
    });
    specs.push({
      key: `fiktivt-${i + 1}`,
      doc,
      owner: { name: name(owner), type: "KOMMUN", officialCode: owner.code },
      completedSteps: steps,
      startedAt,
      step4DoneAt: steps.length === 8 ? done.toISOString().slice(0, 10) : undefined,
      example: i % 3 === 0 || i % 5 === 1 ? { area: t.area, lessonsLearned: t.lessons } : undefined,
    });
  }
  return specs;
}

export function demoExampleCases(): DemoCaseSpec[] {
  return [...reportCases(), ...fictionalCases()];
}
