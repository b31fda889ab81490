// `npm run bench:catalogue`: seeds 10 000 published examples into a throwaway PostgreSQL
// database and prints the server time of a catalogue search (searchCatalogue: the
// permission check, the ranked Swedish full-text query with filters and ts_headline).
// Budget (issue 12): p95 at most 50 ms. Run with tsx's react-server condition so that
// "server-only" modules load outside Next.js.
import { performance } from "node:perf_hooks";
import { startTestDb } from "./lib/test-db.mjs";
import { createFreshDatabase } from "./lib/fresh-db.mjs";
import { migrate } from "./lib/migrate.mjs";

const COUNT = Number(process.env.BENCH_EXAMPLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 400);

const AREAS = ["barn_och_unga", "familjeratt", "familjehem", "hvb", "missbruk", "socialjour", "vald_i_nara_relationer", "ekonomiskt_bistand", "funktionsnedsattning", "ledning"];
const FORMS = ["avtalssamverkan", "gemensam_namnd", "kommunalforbund"];
const ROUTES = ["myndighetsutovning", "direktupphandling", "hamburg", "ordinarie_upphandling"];
const GROUPS = ["A1", "A2", "B3", "B4", "B5", "C6", "C7", "C8", "C9"];
// Each example draws most of its text from its own area's phrases, as real examples do; a
// query then matches the examples of one or two areas, not all of them.
const AREA_PHRASES: Record<string, string[]> = {
  barn_och_unga: ["Väntetiderna till familjebehandling för unga är långa.", "Strukturerad familjeterapi ges i öppenvård för ungdomar 12–17 år.", "Socionomer är svåra att rekrytera och behandlarna är överbelastade."],
  familjeratt: ["Familjerätten utreder vårdnad, boende och umgänge.", "Samarbetssamtal erbjuds föräldrar som inte är överens.", "Faderskap fastställs och adoptioner utreds av gemensam personal."],
  familjehem: ["Placeringar i familjehem långt från hemorten bryter barnens skolgång.", "Familjehem rekryteras, utbildas och handleds gemensamt.", "Andelen placeringar i egna familjehem ska öka."],
  hvb: ["Ett gemensamt HVB för ungdomar 13–17 år drivs av värdkommunen.", "Kostnaderna fördelas efter andel av personalkostnaden och underskott delas.", "Beläggningen följs upp varje kvartal."],
  missbruk: ["Öppenvård för vuxna med missbruk ges enligt varje kommuns beslut.", "Andelen som fullföljer behandlingen ska öka.", "Abstinens och återfall följs upp med nyckeltal."],
  socialjour: ["Socialjouren tar emot akuta ärenden under kvällar, nätter och helger.", "Beslut fattas på delegation av jourens anställda.", "Ärenden lämnas över till hemkommunen nästa vardag."],
  vald_i_nara_relationer: ["Stödsamtal för våldsutsatta och barn som bevittnat våld.", "Skyddat boende ordnas vid behov.", "Första kontakten ska ske inom en vecka."],
  ekonomiskt_bistand: ["Ekonomiskt bistånd handläggs av egen personal.", "Samverkan gäller utbildning och metodstöd för handläggare.", "Arbetsmarknadsinsatser samordnas."],
  funktionsnedsattning: ["Korttidsvistelse för barn med funktionsnedsättning delas.", "Boende med särskild service planeras gemensamt.", "Ledsagning samordnas över kommungränsen."],
  ledning: ["En gemensam socialchef leder båda förvaltningarna.", "Enhetschefer delas enligt en avsiktsförklaring.", "Ledningsgruppen möts varje vecka."],
};
const GENERAL = [
  "Uppföljning två gånger per år med nyckeltal om väntetid, kostnad och nöjdhet.",
  "Direktupphandling bedömdes möjlig eftersom värdet under avtalstiden understiger gränsen.",
  "Hamburgundantaget kräver verklig samverkan där båda parter bidrar med personal och kompetens.",
  "Avtalet kan sägas upp med tolv månaders uppsägningstid och uppgiften kan tas tillbaka.",
  "Kommun A och Kommun B delar på kostnaderna efter antal invånare.",
];
const QUERIES = ["placeringar", "familjehem", "socialjouren", "missbruk öppenvård", "väntetider", "hamburgundantaget", "rekrytering socionomer", "vårdnad umgänge", "uppsägningstid", "\"gemensamt HVB\"", "nyckeltal", "våldsutsatta barn", "korttidsvistelse", "gemensam socialchef"];

function rand(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31);
}

async function main() {
  const server = await startTestDb();
  try {
    const url = await createFreshDatabase(server.url, "samverka_bench_catalogue");
    await migrate(url);
    process.env.DATABASE_URL = url;
    const { prisma } = await import("../lib/db/client");
    const { searchCatalogue } = await import("../lib/catalogue/data");

    const r = rand(42);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
    const org = await prisma.organization.create({ data: { name: "Benchkommun", type: "KOMMUN" } });
    const user = await prisma.user.create({ data: { name: "Bench", email: "bench@bench.test" } });
    const seedStart = performance.now();
    for (let offset = 0; offset < COUNT; offset += 1000) {
      const n = Math.min(1000, COUNT - offset);
      const cases = await prisma.case.createManyAndReturn({ data: Array.from({ length: n }, (_, i) => ({ title: `Bench ${offset + i}`, ownerOrganizationId: org.id })), select: { id: true } });
      await prisma.caseExample.createMany({
        data: cases.map((c, i) => {
          const area = pick(AREAS);
          const sections = ["behov", "mal", "uppgifter", "form", "upphandling", "lardomar"].map((id) => ({
            id,
            heading: id,
            text: Array.from({ length: 3 + Math.floor(r() * 4) }, () => (r() < 0.7 ? pick(AREA_PHRASES[area]!) : pick(GENERAL))).join(" "),
            spans: [],
          }));
          return {
            caseId: c.id,
            status: "APPROVED" as const,
            title: `${pick(["Gemensam", "Samverkan om", "Delad"])} ${pick(["familjerätt", "socialjour", "familjehemsrekrytering", "öppenvård", "HVB", "familjebehandling"])} ${offset + i}`,
            sections,
            area,
            municipalityGroup: pick(GROUPS),
            populationBand: pick(["under-10000", "10000-24999", "25000-49999", "50000-99999"]),
            partyCount: pick(["2", "3–4", "5 eller fler"]),
            collaborationForm: pick(FORMS),
            procurementRoute: pick(ROUTES),
            year: 2020 + Math.floor(r() * 7),
            proposedByUserId: user.id,
            approvedAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 7e10)),
          };
        }),
      });
    }
    // The same expression approveExample writes.
    await prisma.$executeRawUnsafe(`
      UPDATE "CaseExample" e SET "searchVector" = setweight(to_tsvector('swedish', e."title"), 'A') ||
        setweight(to_tsvector('swedish', (SELECT string_agg((s->>'heading') || ' ' || (s->>'text'), ' ') FROM jsonb_array_elements(e."sections") s)), 'B')`);
    await prisma.$executeRawUnsafe(`ANALYZE "CaseExample"`);
    console.log(`Seeded ${COUNT} published examples in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`);

    const actor = { kind: "user" as const, userId: user.id, email: "bench@bench.test", name: "Bench", sessionId: "bench", globalRoles: ["SKR_STAFF" as const], memberships: [] };
    const inputs = QUERIES.flatMap((q) => [{ q }, { q, area: pick(AREAS) }, { q, route: pick(ROUTES), group: pick(GROUPS) }]);
    for (let i = 0; i < 30; i++) await searchCatalogue(actor, inputs[i % inputs.length]);
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const input = inputs[i % inputs.length]!;
      const start = performance.now();
      const result = await searchCatalogue(actor, input);
      times.push(performance.now() - start);
      hits += result.total;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!.toFixed(1);
    console.log(`Catalogue search over ${COUNT} published examples, ${RUNS} searches (${inputs.length} query/filter combinations, mean ${Math.round(hits / RUNS)} hits each):`);
    console.log(`  p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms   max ${times.at(-1)!.toFixed(1)} ms   (budget: p95 ≤ 50 ms)`);
    if (process.env.BENCH_EXPLAIN) {
      const plan = await prisma.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN (ANALYZE, BUFFERS)
        SELECT e."id", ts_rank(e."searchVector", q) AS r FROM "CaseExample" e, websearch_to_tsquery('swedish', 'placeringar') q
        WHERE e."status" = 'APPROVED' AND e."searchVector" @@ q ORDER BY r DESC LIMIT 20`);
      console.log(plan.map((p) => p["QUERY PLAN"]).join("\n"));
    }
    await prisma.$disconnect();
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
