/**
 * Load benchmark of the signed-in pages and the autosave action: npm run bench:load
 *
 * Starts a throwaway embedded PostgreSQL, migrates it, loads the demo data and 10 000 cases
 * (scripts/lib/load-seed.ts), starts the production server on it as `npm start` does (builds
 * when the build is stale), then, for each page, drives CONNECTIONS concurrent connections
 * with autocannon for DURATION seconds (after an unmeasured pass over every page, and 2 s of
 * warm-up per page) and prints req/s and p97.5 latency as ratios to the floor: the same
 * server's public `/tillganglighet`, measured first and last. Last, SAVERS editors each save
 * their own case, paced as the page's autosave paces them and then with no pause (stress),
 * and it prints the save action's latency.
 *
 * Environment: CASES (10000), CONNECTIONS (20), DURATION (10 s), SAVERS (20), SAVE_DURATION (30 s
 * for the paced editors), WARMUP (3 s per page),
 * SERVER_NODE_ARGS (flags for the server's Node processes), SERVER_LOG=<file> to keep what the
 * server prints (with SERVER_NODE_ARGS=--trace-gc, its garbage collections; with LOG_SQL=1, its queries),
 * PAGES (comma-separated names to measure only some), PROFILE=<folder> for a CPU profile of the server,
 * FLOOR=each to measure the floor again just before each page and take that page's ratio to it,
 * FLOOR=alternate to measure each page and the floor in turns (ROUNDS turns each, 4 by default),
 * HTML_DIR=<folder> to keep each measured page's HTML, DB_STATS=1 for the statements each page
 * asks PostgreSQL, timed by PostgreSQL (scripts/lib/statement-stats.ts),
 * BROWSER_VIEWS (3; 0 skips): views of each page in headless Chromium, with the requests a view
 * sets off once its scripts run (prefetches) and the app's CPU per view.
 *
 * Goal (issue 14 §1): every signed-in page within 3× the floor at p97.5 and at 150 req/s or
 * more; the save action under 100 ms at p95 with 20 concurrent editors.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import autocannon from "autocannon";
import { serializeSignedCookie } from "better-call";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { migrate } from "./lib/migrate.mjs";
import { startTestDb } from "./lib/test-db.mjs";
import { type LoadWorld, seedLoadWorld } from "./lib/load-seed";
import { treeCpuMs } from "./lib/process-cpu";
import { type Turn, type TurnResult, cpuRatio, percentile, poolTurns, ratioText, turnOrder } from "./lib/floor-turns";
import { type PageStatements, STATEMENT_STATS_ENV, printStatementStats, resetStatementStats, startStatementStats, statementsSinceReset } from "./lib/statement-stats";
import { type ViewFigures, measureBrowserViews } from "./lib/browser-views";
import { AUTOSAVE_DEBOUNCE_MS } from "../lib/wizard/autosave-state";
import { type ProductionServer, startProductionServer, serverActions } from "../tests/integration/helpers/production-server";
import { encodeArgs } from "../tests/integration/helpers/server-actions";

const CASES = Number(process.env.CASES ?? 10_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const DURATION = Number(process.env.DURATION ?? 10);
const SAVERS = Number(process.env.SAVERS ?? 20);
// Paced editors save about 10 times a second in all: 10 s gave some 80 saves, so the p95 rested
// on the slowest four and moved by half from run to run (100 ms, then 63 ms over 30 s).
const SAVE_DURATION = Number(process.env.SAVE_DURATION ?? 30);
/** Seconds each page is loaded, unmeasured, before any page is measured: a cold server is slower. */
const WARMUP = Number(process.env.WARMUP ?? 3);
/** Views per page in headless Chromium, counting what a real view sets off (0: skip). */
const BROWSER_VIEWS = Number(process.env.BROWSER_VIEWS ?? 3);
const ONLY = process.env.PAGES?.split(",").map((p) => p.trim()).filter(Boolean);
/**
 * FLOOR=each: the floor is measured again just before each page, and that page's ratio is to
 * the floor next to it. A shared machine's speed drifts within a run (by 40–50 % within an hour
 * here), and a page measured in a slow minute against a floor from a fast one, or the other way
 * round, says more about the minute than the page. It doubles the run's length.
 */
const FLOOR_EACH = process.env.FLOOR === "each";
/**
 * FLOOR=alternate: each page and the floor take turns, ROUNDS turns of DURATION / ROUNDS seconds
 * each, in the order floor, page, page, floor, floor, page, … (so that a speed that drifts one way
 * during the page's turns weighs on both alike), and a page's p50 and p97.5 are read off all its
 * turns' responses together, as are its floor's. The machine's speed moves from one 10-s window
 * to the next (the floor's p97.5 ranged 48–115 ms over one FLOOR=each run here): taken in turns,
 * the page and its floor are measured in the same minutes, as the goal's "under the same
 * conditions" asks. It doubles the run's length, as FLOOR=each does.
 */
const FLOOR_ALTERNATE = process.env.FLOOR === "alternate";
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const DB_STATS = process.env.DB_STATS === "1";
const SECRET = crypto.randomBytes(48).toString("base64url");
const say = (line: string) => console.log(`[bench:load] ${line}`);

interface PageSpec {
  name: string;
  path: (world: LoadWorld) => string;
  as: "anonymous" | "editor" | "jurist" | "skr" | "orgAdmin";
}

const PAGES: PageSpec[] = [
  { name: "floor: /tillganglighet", path: () => "/tillganglighet", as: "anonymous" },
  { name: "/konto (session only)", path: () => "/konto", as: "editor" },
  { name: "start page", path: () => "/", as: "editor" },
  { name: "my cases", path: () => "/arenden", as: "editor" },
  { name: "case overview", path: (w) => `/arenden/${w.caseId}`, as: "editor" },
  { name: "step 1", path: (w) => `/arenden/${w.caseId}/steg/1`, as: "editor" },
  { name: "step 2A organisation", path: (w) => `/arenden/${w.caseId}/steg/2a/organisation`, as: "editor" },
  { name: "step 2A economy", path: (w) => `/arenden/${w.caseId}/steg/2a/ekonomi`, as: "editor" },
  { name: "step 2A law", path: (w) => `/arenden/${w.caseId}/steg/2a/juridik`, as: "editor" },
  { name: "step 2B", path: (w) => `/arenden/${w.caseId}/steg/2b`, as: "editor" },
  { name: "step 4", path: (w) => `/arenden/${w.caseId}/steg/4`, as: "editor" },
  // "Kontrollera svaren": the case in brief, and a page of answers at a time (lib/wizard/check-answers.ts).
  { name: "check answers", path: (w) => `/arenden/${w.caseId}/granska`, as: "editor" },
  { name: "check answers: step 2A economy", path: (w) => `/arenden/${w.caseId}/granska?steg=2a&avsnitt=ekonomi`, as: "editor" },
  { name: "check answers: step 3B", path: (w) => `/arenden/${w.caseId}/granska?steg=3b`, as: "editor" },
  { name: "documents", path: (w) => `/arenden/${w.caseId}/dokument`, as: "editor" },
  { name: "decisions and signatures", path: (w) => `/arenden/${w.caseId}/beslut`, as: "editor" },
  { name: "review queue (jurist)", path: () => "/att-granska", as: "jurist" },
  { name: "legal review (jurist)", path: (w) => `/arenden/${w.caseId}/juridisk-granskning`, as: "jurist" },
  // The review page's other parts (lib/review/components/review-parts.ts), each a view of its own.
  { name: "legal review: economy (jurist)", path: (w) => `/arenden/${w.caseId}/juridisk-granskning?del=ekonomi`, as: "jurist" },
  { name: "legal review: clauses (jurist)", path: (w) => `/arenden/${w.caseId}/juridisk-granskning?del=avtal`, as: "jurist" },
  { name: "legal review: answers, step 1 (jurist)", path: (w) => `/arenden/${w.caseId}/juridisk-granskning?del=svar`, as: "jurist" },
  { name: "legal review: answers, step 2A (jurist)", path: (w) => `/arenden/${w.caseId}/juridisk-granskning?del=svar&steg=2a`, as: "jurist" },
  { name: "catalogue (SKR)", path: () => "/katalog", as: "skr" },
  { name: "statistics (SKR)", path: () => "/statistik", as: "skr" },
  // The table with the most rows (one a view, ?tabell=).
  { name: "statistics: areas (SKR)", path: () => "/statistik?tabell=verksamhet", as: "skr" },
  { name: "organisation admin", path: () => "/admin", as: "orgAdmin" },
];

async function sessionCookie(db: PrismaClient, userId: string): Promise<string> {
  const token = crypto.randomBytes(24).toString("base64url");
  // A long idle expiry, so that the benchmark measures reading a session, not ending one.
  await db.session.create({ data: { token, userId, expiresAt: new Date(Date.now() + 30 * 60_000), userAgent: "bench-load" } });
  const header = await serializeSignedCookie("samverka.session_token", token, SECRET);
  return `samverka.session_token=${header.slice(header.indexOf("=") + 1).split(";")[0]}`;
}

interface PageFigures {
  name: string;
  rps: number;
  p975: number;
  p50: number;
  failures: number;
  requests: number;
  bytes: number;
  /** CPU per request: the app's processes, and PostgreSQL's. */
  appCpu: number | null;
  dbCpu: number | null;
}

/** CPU used so far by the app (the server's process tree) and by PostgreSQL (our other children). */
function cpuNow(server: ProductionServer) {
  return { app: treeCpuMs(server.pid), db: treeCpuMs(process.pid, [server.pid]) };
}

function cpuPer(before: ReturnType<typeof cpuNow>, after: ReturnType<typeof cpuNow>, count: number) {
  const per = (a: number | null, b: number | null) => (a === null || b === null || count === 0 ? null : (b - a) / count);
  return { appCpu: per(before.app, after.app), dbCpu: per(before.db, after.db) };
}

/** A page's first request (it must answer 200) and 2 s of warm-up; its HTML's size in bytes. */
async function checkAndWarm(server: ProductionServer, name: string, path: string, cookie?: string): Promise<number> {
  const url = `${server.origin}${path}`;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  // One request first: a page that answers with an error or a redirect is not measured as fast.
  const first = await fetch(url, { headers, redirect: "manual" });
  const body = await first.text();
  if (first.status !== 200) throw new Error(`${name}: ${path} answered ${first.status}, not 200.`);
  // HTML_DIR=<folder>: each measured page's HTML is kept there, to see what a page sends.
  if (process.env.HTML_DIR) {
    fs.mkdirSync(process.env.HTML_DIR, { recursive: true });
    fs.writeFileSync(`${process.env.HTML_DIR}/${name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.html`, body);
  }
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  return Buffer.byteLength(body);
}

async function loadPage(server: ProductionServer, name: string, path: string, cookie?: string, beforeMeasure?: () => Promise<void>): Promise<PageFigures> {
  const url = `${server.origin}${path}`;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const bytes = await checkAndWarm(server, name, path, cookie);
  await beforeMeasure?.();
  const before = cpuNow(server);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const cpu = cpuPer(before, cpuNow(server), result.requests.total);
  return {
    ...cpu,
    name,
    rps: result.requests.average,
    p975: result.latency.p97_5,
    p50: result.latency.p50,
    failures: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    bytes,
  };
}

interface Target {
  name: string;
  path: string;
  cookie?: string;
}

/** One autocannon run, keeping every response's latency (ms) so that turns can be read together. */
function drive(url: string, headers: Record<string, string>, seconds: number) {
  const latencies: number[] = [];
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  });
}

/** FLOOR=alternate: the page and the floor in turns (scripts/lib/floor-turns.ts); each one's figures from all its turns. */
async function loadAlternating(server: ProductionServer, page: Target, floor: Target & { bytes: number }, beforeMeasure?: () => Promise<void>) {
  const bytes = await checkAndWarm(server, page.name, page.path, page.cookie);
  await beforeMeasure?.();
  const turns: Record<Turn, TurnResult[]> = { floor: [], page: [] };
  for (const turn of turnOrder(ROUNDS)) {
    const target = turn === "page" ? page : floor;
    // The requests the last turn left in flight finish first: else they would land on the
    // first responses of this one, the floor's as often as the page's.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = cpuNow(server);
    const { result, latencies } = await drive(`${server.origin}${target.path}`, target.cookie ? { cookie: target.cookie } : {}, DURATION / ROUNDS);
    const after = cpuNow(server);
    const spent = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
    turns[turn].push({
      latencies,
      requests: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx,
      appCpuMs: spent(before.app, after.app),
      dbCpuMs: spent(before.db, after.db),
    });
  }
  return {
    page: { name: page.name, bytes, ...poolTurns(turns.page, DURATION) },
    floor: { name: `${floor.name} (in turns with ${page.name})`, bytes: floor.bytes, ...poolTurns(turns.floor, DURATION) },
  };
}

/**
 * SAVERS editors, each saving their own case in a loop for `seconds`, waiting `pauseMs`
 * between an answer and the next save: the page's autosave debounce, as an editor typing
 * without stopping produces, or 0 for a stress test.
 */
async function loadSaves(server: ProductionServer, world: LoadWorld, cookies: string[], pauseMs: number, seconds: number, state: Array<{ version: number; previous: unknown }>) {
  const action = serverActions().get("lib/wizard/actions.ts#saveAnswersAction");
  if (!action) throw new Error("saveAnswersAction is not in the build's server action manifest.");
  const latencies: number[] = [];
  let refused = 0;
  const until = Date.now() + seconds * 1000;
  const warmUntil = performance.now() + 2000;
  let before: ReturnType<typeof cpuNow> | undefined;
  setTimeout(() => (before = cpuNow(server)), 2000);
  await Promise.all(
    world.saveEditors.map(async (editor, n) => {
      let { version, previous } = state[n]!;
      const page = `/arenden/${editor.caseId}/steg/1`;
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, Math.random() * pauseMs));
      while (Date.now() < until) {
        const value = `Behovet beskrivet av redaktör ${n + 1}, version ${version + 1}.`;
        const { body, contentType } = await encodeArgs([{ caseId: editor.caseId, baseVersion: version, changes: [{ path: "needs.problem", value, base: previous }] }]);
        const started = performance.now();
        const response = await fetch(`${server.origin}${page}`, {
          method: "POST",
          headers: { "next-action": action.id, accept: "text/x-component", "content-type": contentType, origin: server.origin, cookie: cookies[n]! },
          body: new Uint8Array(body),
        });
        const text = await response.text();
        const elapsed = performance.now() - started;
        const saved = /"ok":true,"version":(\d+)/.exec(text);
        if (response.status !== 200 || !saved || !text.includes('"applied":["needs.problem"]')) {
          if (refused++ === 0) say(`A save was not applied (HTTP ${response.status}): ${text.slice(0, 1500)}`);
          continue;
        }
        version = Number(saved[1]);
        previous = value;
        state[n] = { version, previous };
        if (started > warmUntil) latencies.push(elapsed);
        // Editors do not type in step: each waits the debounce plus up to as long again.
        if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs + Math.random() * pauseMs));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const measured = seconds - 2;
  const cpu = before ? cpuPer(before, cpuNow(server), latencies.length) : { appCpu: null, dbCpu: null };
  return {
    ...cpu, saves: latencies.length, perSecond: latencies.length / measured, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), refused };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const cpuText = (row: { appCpu: number | null; dbCpu: number | null }) =>
  row.appCpu === null || row.dbCpu === null ? "n/a" : `${row.appCpu.toFixed(1)} + ${row.dbCpu.toFixed(1)} ms`;

/** A misspelt FLOOR or a ROUNDS that is not a whole number would measure something else without saying so. */
function checkOptions() {
  if (process.env.FLOOR !== undefined && !["each", "alternate"].includes(process.env.FLOOR)) {
    throw new Error(`FLOOR=${process.env.FLOOR}: use FLOOR=each or FLOOR=alternate, or leave FLOOR out.`);
  }
  if (FLOOR_ALTERNATE && (!Number.isInteger(ROUNDS) || ROUNDS < 1 || DURATION / ROUNDS < 1)) {
    throw new Error(`ROUNDS=${process.env.ROUNDS}: a whole number from 1 up to DURATION (${DURATION}), so that each turn lasts a second or more.`);
  }
}

async function main() {
  checkOptions();
  const started = Date.now();
  say("Starting a throwaway PostgreSQL …");
  if (DB_STATS) process.env[STATEMENT_STATS_ENV] = "1";
  const pg = await startTestDb();
  let server: ProductionServer | undefined;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
  try {
    await migrate(pg.url, { log: () => {} });
    if (DB_STATS) await startStatementStats(db);
    const world = await seedLoadWorld(db, { totalCases: CASES, casesPerEditor: 25, saveEditors: SAVERS, log: say });
    say(`${world.totalCases} cases in the database (${Math.round((Date.now() - started) / 1000)} s).`);
    say("Starting the production server (builds first when the build is stale) …");
    // PROFILE=<folder>: the server writes a V8 CPU profile there when it stops (for finding hot spots).
    const profile = process.env.PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE}`] : [];
    // SERVER_NODE_ARGS: flags for the server's Node processes, to compare settings (e.g. the GC's).
    const nodeArgs = [...profile, ...(process.env.SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [])];
    server = await startProductionServer({ DATABASE_URL: pg.url, BETTER_AUTH_SECRET: SECRET, LOG_LEVEL: "warn" }, nodeArgs, { logFile: process.env.SERVER_LOG });
    const cookies = {
      anonymous: undefined,
      editor: await sessionCookie(db, world.editor.id),
      jurist: await sessionCookie(db, world.jurist.id),
      skr: await sessionCookie(db, world.skr.id),
      orgAdmin: await sessionCookie(db, world.orgAdmin.id),
    };
    const pages = PAGES.filter((p, i) => i === 0 || !ONLY || ONLY.some((o) => p.name.includes(o)));
    say(`Measuring ${pages.length} pages: ${CONNECTIONS} connections, ${DURATION} s each after 2 s warm-up.`);
    // The JIT compiles and the caches fill while the first pages are measured; a pass over every
    // page first keeps the early pages (the floor above all) from being measured colder than the rest.
    if (WARMUP > 0) {
      say(`Warming up: every page for ${WARMUP} s, not measured …`);
      for (const page of pages) {
        const cookie = cookies[page.as];
        await autocannon({ url: `${server.origin}${page.path(world)}`, connections: CONNECTIONS, duration: WARMUP, headers: cookie ? { cookie } : {} });
      }
    }
    const rows: PageFigures[] = [];
    /** FLOOR=each: each page's own floor, measured just before it. */
    const nearFloors = new Map<PageFigures, PageFigures>();
    const statements: PageStatements[] = [];
    const floorTarget = { name: pages[0]!.name, path: pages[0]!.path(world), cookie: cookies[pages[0]!.as] };
    for (const page of pages) {
      const target = { name: page.name, path: page.path(world), cookie: cookies[page.as] };
      const reset = DB_STATS ? () => resetStatementStats(db) : undefined;
      let near: PageFigures | undefined;
      let row: PageFigures;
      if (FLOOR_ALTERNATE && page !== pages[0]) {
        ({ page: row, floor: near } = await loadAlternating(server, target, { ...floorTarget, bytes: rows[0]!.bytes }, reset));
      } else {
        near = FLOOR_EACH && page !== pages[0] ? await loadPage(server, `${floorTarget.name} (before ${page.name})`, floorTarget.path, floorTarget.cookie) : undefined;
        row = await loadPage(server, target.name, target.path, target.cookie, reset);
      }
      if (DB_STATS) statements.push({ page: page.name, statements: await statementsSinceReset(db, row.requests) });
      rows.push(row);
      if (near) nearFloors.set(row, near);
      say(`${page.name}: ${Math.round(row.rps)} req/s, p97.5 ${ms(row.p975)}${near ? ` (the floor ${FLOOR_ALTERNATE ? "in turns" : "just before"}: ${Math.round(near.rps)} req/s, p97.5 ${ms(near.p975)})` : ""}`);
    }
    // The floor runs first, while the server's code may still be warming up, which would flatter
    // every ratio; it runs again at the end and the faster of the two (the stricter reference) counts.
    if (rows.length > 1) {
      const again = await loadPage(server, `${pages[0]!.name} (again)`, pages[0]!.path(world), cookies[pages[0]!.as]);
      rows.push(again);
      say(`${again.name}: ${Math.round(again.rps)} req/s, p97.5 ${ms(again.p975)}`);
    }
    const views: ViewFigures[] = BROWSER_VIEWS > 0
      ? await measureBrowserViews({
          origin: server.origin,
          pages: pages.slice(1).map((page) => ({ name: page.name, path: page.path(world), cookie: cookies[page.as] })),
          views: BROWSER_VIEWS,
          appCpuMs: () => treeCpuMs(server!.pid),
        })
      : [];
    const saverCookies = await Promise.all(world.saveEditors.map((e) => sessionCookie(db, e.id)));
    // Each editor's case version and last answer, carried from one run to the next.
    const state = world.saveEditors.map((editor) => ({ version: 4, previous: editor.problem as unknown }));
    const paced = SAVERS > 0 ? await loadSaves(server, world, saverCookies, AUTOSAVE_DEBOUNCE_MS, SAVE_DURATION, state) : undefined;
    const stress = SAVERS > 0 ? await loadSaves(server, world, saverCookies, 0, DURATION, state) : undefined;

    const floorRuns = [rows[0]!, ...(rows.length > 1 ? [rows.at(-1)!] : [])];
    const floor = floorRuns.reduce((best, run) => (run.p975 < best.p975 ? run : best));
    const width = Math.max(...rows.map((r) => r.name.length));
    const nearRange = (pick: (f: PageFigures) => number, unit: string) => {
      const values = [...nearFloors.values()].map(pick);
      return `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}${unit}`;
    };
    const reference = nearFloors.size
      ? `${FLOOR_ALTERNATE ? `the floor measured in turns with each page, ${ROUNDS} turns of ${DURATION / ROUNDS} s each, read together` : "the floor measured just before each page"} (${nearRange((f) => f.rps, " req/s")}, p97.5 ${nearRange((f) => f.p975, " ms")}); first and last: ${floor.name}`
      : floor.name;
    console.log(`\n${CASES} cases, ${CONNECTIONS} connections, ${DURATION} s per page (autocannon); floor = ${reference}\n`);
    console.log(`| ${"page".padEnd(width)} | req/s | p50 | p97.5 | × floor (p97.5) | CPU/request app + db | × floor (CPU) | HTML | goal |`);
    console.log(`|${"-".repeat(width + 2)}|---|---|---|---|---|---|---|---|`);
    for (const row of rows) {
      const ratio = row.p975 / (nearFloors.get(row) ?? floor).p975;
      const cpu = cpuRatio(row, nearFloors.get(row) ?? floor);
      const met = floorRuns.includes(row) ? "" : ratio <= 3 && row.rps >= 150 ? "met" : "NOT met";
      const failures = row.failures ? ` (${row.failures} failed)` : "";
      console.log(
        `| ${row.name.padEnd(width)} | ${Math.round(row.rps)}${failures} | ${ms(row.p50)} | ${ms(row.p975)} | ${ratioText(ratio)}${nearFloors.has(row) ? ` (of ${ms(nearFloors.get(row)!.p975)})` : ""} | ${cpuText(row)} | ${cpu === null ? "n/a" : cpu.toFixed(1)} | ${Math.round(row.bytes / 1024)} kB | ${met} |`,
      );
    }
    if (statements.length) printStatementStats(statements);
    if (views.length) {
      console.log(`\nIn a browser (headless Chromium, ${BROWSER_VIEWS} views per page after one unmeasured, scrolled to the end): requests per view and the app's CPU per view, all of its requests together\n`);
      console.log(`| ${"page".padEnd(width)} | page requests | fetches by its scripts (prefetches) | app CPU per view |`);
      console.log(`|${"-".repeat(width + 2)}|---|---|---|`);
      for (const v of views) {
        console.log(`| ${v.name.padEnd(width)} | ${v.documents.toFixed(1)} | ${v.fetches.toFixed(1)} (${v.prefetches.toFixed(1)}) | ${v.appCpu === null ? "–" : `${v.appCpu.toFixed(1)} ms`} |`);
      }
    }
    for (const [label, saves] of [[`${SAVERS} editors typing without stopping (each saves ${AUTOSAVE_DEBOUNCE_MS}–${2 * AUTOSAVE_DEBOUNCE_MS} ms after the last answer came back: the page's autosave debounce plus typing)`, paced], [`${SAVERS} editors with no pause at all (stress)`, stress]] as const) {
      if (!saves) continue;
      console.log(
        `\nSave action, ${label}: ${saves.saves} saves (${saves.perSecond.toFixed(0)}/s), p50 ${ms(saves.p50)}, p95 ${ms(saves.p95)}, p99 ${ms(saves.p99)}; CPU per save ${cpuText(saves)}; ${saves.refused} not applied.${saves === paced ? ` Goal p95 < 100 ms: ${saves.p95 < 100 ? "met" : "NOT met"}.` : ""}`,
      );
    }
  } finally {
    await server?.stop();
    await db.$disconnect();
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(`\n[bench:load] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
