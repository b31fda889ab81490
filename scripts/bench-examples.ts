// `npm run bench:examples`: seeds the bench:load world (the demo data and 10 000 cases) into a
// throwaway PostgreSQL database and prints how long proposing a case as an example takes, most
// of it the k-anonymity check, which compares the case with every other case in the system:
// once from nothing, then after one other case changed (what a proposal costs while editors
// are at work), and with nothing changed. CASES and RUNS override the defaults. Run with tsx's
// react-server condition so that "server-only" modules load outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { startTestDb } from "./lib/test-db.mjs";
import { migrate } from "./lib/migrate.mjs";
import { seedLoadWorld } from "./lib/load-seed";

const CASES = Number(process.env.CASES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 6);
const say = (line: string) => console.log(`[bench:examples] ${line}`);

const pg = await startTestDb();
// The app's modules read DATABASE_URL when they load: set it before importing them.
process.env.DATABASE_URL = pg.url;
try {
  await migrate(pg.url, { log: () => {} });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
  const world = await seedLoadWorld(db, { totalCases: CASES, casesPerEditor: 25, saveEditors: 0, log: say });
  const { loadActor } = await import("../lib/auth/actor");
  const { proposeExample } = await import("../lib/examples/data");
  const editor = await loadActor(world.editor.id, "bench");
  const propose = async () => {
    const started = performance.now();
    await proposeExample(editor, world.caseId, { area: "ovrigt", lessonsLearned: "Uppföljningen kom i gång tidigt." });
    return performance.now() - started;
  };
  say(`${world.totalCases} cases, first proposal: ${(await propose()).toFixed(0)} ms`);
  const others = await db.case.findMany({ where: { id: { not: world.caseId } }, select: { id: true }, orderBy: { id: "asc" }, take: RUNS });
  const changed: number[] = [];
  const unchanged: number[] = [];
  for (const other of others) {
    // What a save does to the row: a new version and a new time of change.
    await db.case.update({ where: { id: other.id }, data: { version: { increment: 1 } } });
    changed.push(await propose());
    unchanged.push(await propose());
  }
  const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  say(`after one other case changed (${RUNS} runs): ${list(changed)} ms`);
  say(`nothing changed (${RUNS} runs): ${list(unchanged)} ms`);
  await db.$disconnect();
} finally {
  await pg.stop();
}
