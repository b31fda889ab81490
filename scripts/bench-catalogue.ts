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
const PHRASES = [
  "Kommun A och Kommun B har svårt att rekrytera socionomer och väntetiderna till familjebehandling är långa.",
  "Placeringar i familjehem långt från hemorten kostar mycket och bryter barnens skolgång.",
  "Socialjouren tar emot akuta ärenden under kvällar, nätter och helger åt alla parter.",
  "Familjerätten utreder vårdnad, boende och umgänge samt fastställer faderskap.",
  "Ett gemensamt HVB för ungdomar 13–17 år drivs av värdkommunen; kostnaderna fördelas efter personalkostnad.",
  "Öppenvård för vuxna med missbruk ges enligt beslut från varje kommuns socialnämnd.",
  "Stödsamtal för våldsutsatta och barn som bevittnat våld, med skyddat boende vid behov.",
  "Ekonomiskt bistånd handläggs av egen personal; samverkan gäller utbildning och metodstöd.",
  "Uppföljning två gånger per år med nyckeltal om väntetid, kostnad och nöjdhet.",
  "Direktupphandling bedömdes möjlig eftersom värdet under avtalstiden understiger gränsen.",
  "Hamburgundantaget kräver verklig samverkan där båda parter bidrar med personal och kompetens.",
  "Avtalet kan sägas upp med tolv månaders uppsägningstid och uppgiften kan tas tillbaka.",
];
const QUERIES = ["placeringar", "familjehem", "socialjour", "missbruk öppenvård", "väntetider", "hamburgundantaget", "rekrytering socionomer", "vårdnad umgänge", "uppsägningstid", "\"gemensamt HVB\"", "nyckeltal", "våldsutsatta barn"];

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
          const sections = ["behov", "mal", "uppgifter", "form", "upphandling", "lardomar"].map((id) => ({
            id,
            heading: id,
            text: Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(PHRASES)).join(" "),
            spans: [],
          }));
          return {
            caseId: c.id,
            status: "APPROVED" as const,
            title: `${pick(["Gemensam", "Samverkan om", "Delad"])} ${pick(["familjerätt", "socialjour", "familjehemsrekrytering", "öppenvård", "HVB", "familjebehandling"])} ${offset + i}`,
            sections,
            area: pick(AREAS),
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
    await prisma.$disconnect();
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
