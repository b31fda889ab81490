// The world of the data benchmarks (bench:statistics, bench:examples): a throwaway PostgreSQL,
// migrated, with the bench:load world seeded (the demo data and CASES cases), and timings of a
// piece of work from nothing, after one case changed as a save changes it, and with nothing
// changed. Run with tsx's react-server condition so that "server-only" modules load outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { startTestDb } from "./test-db.mjs";
import { migrate } from "./migrate.mjs";
import { type LoadWorld, seedLoadWorld } from "./load-seed";

const CASES = Number(process.env.CASES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 6);

/** Seeds the world, lets `prepare` import the app's modules and return the work to time, and prints the timings. */
export async function benchAfterChanges(
  name: string,
  prepare: (world: LoadWorld) => Promise<{ what: string; work: () => Promise<unknown>; /** A case the runs do not change. */ notChanged?: string }>,
): Promise<void> {
  const say = (line: string) => console.log(`[${name}] ${line}`);
  const pg = await startTestDb();
  // The app's modules read DATABASE_URL when they load: `prepare` imports them after this.
  process.env.DATABASE_URL = pg.url;
  try {
    await migrate(pg.url, { log: () => {} });
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
    const world = await seedLoadWorld(db, { totalCases: CASES, casesPerEditor: 25, saveEditors: 0, log: say });
    const { what, work, notChanged } = await prepare(world);
    const timed = async () => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    say(`${world.totalCases} cases, ${what} from nothing: ${(await timed()).toFixed(0)} ms`);
    const cases = await db.case.findMany({ where: notChanged ? { id: { not: notChanged } } : {}, select: { id: true }, orderBy: { id: "asc" }, take: RUNS });
    const changed: number[] = [];
    const unchanged: number[] = [];
    for (const row of cases) {
      // What a save does to the row: a new version and a new time of change.
      await db.case.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
      changed.push(await timed());
      unchanged.push(await timed());
    }
    const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
    say(`after one case changed (${RUNS} runs): ${list(changed)} ms`);
    say(`nothing changed (${RUNS} runs): ${list(unchanged)} ms`);
    await db.$disconnect();
  } finally {
    await pg.stop();
  }
}
