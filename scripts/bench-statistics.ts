// `npm run bench:statistics`: seeds the bench:load world (the demo data and 10 000 cases) into a
// throwaway PostgreSQL database and prints how long SKR's statistics take to compute: once from
// nothing, then after one case changed (what an SKR view costs while editors are at work), and
// with nothing changed (the query that says so). CASES and RUNS override the defaults. Run with
// tsx's react-server condition so that "server-only" modules load outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { startTestDb } from "./lib/test-db.mjs";
import { migrate } from "./lib/migrate.mjs";
import { seedLoadWorld } from "./lib/load-seed";

const CASES = Number(process.env.CASES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 6);

const pg = await startTestDb();
// The app's modules read DATABASE_URL when they load: set it before importing them.
process.env.DATABASE_URL = pg.url;
try {
  await migrate(pg.url, { log: () => {} });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
  const world = await seedLoadWorld(db, { totalCases: CASES, casesPerEditor: 25, saveEditors: 0, log: (line) => console.log(`[bench:statistics] ${line}`) });
  const { loadActor } = await import("../lib/auth/actor");
  const { computeStatistics } = await import("../lib/catalogue/statistics");
  const skr = await loadActor(world.skr.id, "bench");
  const some = await db.case.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: RUNS });
  const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;
  let started = performance.now();
  await computeStatistics(skr);
  console.log(`[bench:statistics] ${world.totalCases} cases, first computation: ${ms(started)}`);
  const changed: number[] = [];
  const unchanged: number[] = [];
  for (const row of some) {
    // What a save does to the row: a new version and a new time of change.
    await db.case.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    started = performance.now();
    await computeStatistics(skr);
    changed.push(performance.now() - started);
    started = performance.now();
    await computeStatistics(skr);
    unchanged.push(performance.now() - started);
  }
  const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  console.log(`[bench:statistics] after one case changed (${RUNS} runs): ${list(changed)} ms`);
  console.log(`[bench:statistics] nothing changed (${RUNS} runs): ${list(unchanged)} ms`);
  await db.$disconnect();
} finally {
  await pg.stop();
}
