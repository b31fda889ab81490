import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_ANSWER_PATHS } from "@/lib/wizard/steps";
import { resetDatabase } from "./reset-db";
import pg from "pg";
import { type ProductionServer, type ServerActionRef, serverActions, startProductionServer } from "./helpers/production-server";
import { type ActionCall, callAction } from "./helpers/server-actions";
import { EMAILS, type World, seedWorld, sessionCookie } from "./helpers/world";

// Issue 8 §5: every server action, driven over HTTP against the production server with
// arbitrary arguments. Expected, over FUZZ_CALLS calls (default 10 000):
// - no HTTP 500, no reset connection, and nothing logged as an unexpected error;
// - no database change from a refused call (content hash of every non-volatile table);
// - an audit row for every refusal.
// Calls run in small concurrent batches; a batch in which every call was refused must
// leave the snapshot unchanged and add at least one audit row per call.

const CALLS = Number(process.env.FUZZ_CALLS ?? 10_000);
const BATCH = 12;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000;

type ActorName = "anonymous" | "ownerEditor" | "otherEditor" | "admin";
interface Call {
  action: string;
  actor: ActorName;
  args: unknown[];
}

let server: ProductionServer;
let ids: Map<string, ServerActionRef>;
let world: World;
const cookies: Partial<Record<ActorName, string>> = {};

const FIELD_NAMES = [
  "title", "diaryNumber", "email", "password", "passwordConfirm", "next", "name", "role", "organizationId", "organizationName", "caseId", "step", "complete", "confirmIncomplete", "remindersShown", "code", "type", "version",
  // Legal review, administration and examples.
  "threadId", "anchorKind", "anchor", "body", "findingKey", "kind", "motivation", "source", "message", "summary", "reviewerId", "officialCode", "bekrafta",
  "CASE_EDITOR", "LEGAL_REVIEWER", "ORG_ADMIN", "invitationId", "area", "lessonsLearned", "markedNames", "section:behov",
  // Decisions and signatures.
  "id", "party", "bodyName", "decidedOn", "paragraph", "outcome", "caseVersion", "signedOn", "signatoryName", "signatoryTitle",
];
const ANSWER_PATHS = [...ALL_ANSWER_PATHS];

const nastyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("\u0000", "\ud800", "\udc00", "\u202e", "\u0007", "a", "å", "\n"), maxLength: 10 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", " ", "\u0000", "a\u0000b", "\ud800", "x\udc00y", "😀", "'; DROP TABLE \"Case\"; --", "<script>alert(1)</script>", "../../etc/passwd", "nope", "SYSTEM_ADMIN", "EDITOR", "ja", "nej", "1A", "2A", "4"),
  },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(20_001), "y".repeat(120_000)) },
);

const jsonish = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 10n ** 30n, new Date(0), new Map([["a", 1]]), new Set([1]), [[[[[[]]]]]]) },
  // Objects that String() cannot convert. fast-check makes such keys only now and then; a
  // run whose seed made one found a crash, so every run sends them.
  { weight: 1, arbitrary: fc.constantFrom<unknown>({ toString: 0, valueOf: 0 }, { toString: "x", valueOf: [] }) },
  { weight: 2, arbitrary: nastyText },
);

function formOf(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const formArb = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: nastyText }), nastyText), { maxLength: 8 }).map(formOf) },
  { weight: 1, arbitrary: fc.constant(null).map(() => formOf(Array.from({ length: 150 }, (_, i) => [`f${i}`, "x"]))) },
  { weight: 1, arbitrary: jsonish },
);

function worldIdArb() {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(world.caseId, world.otherCaseId) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: jsonish },
  );
}

function orgIdArb() {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(world.org.norrstrom, world.org.lund) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: jsonish },
  );
}

function userIdArb() {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(world.users.colleague, world.users.lundEditor, world.users.partner) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: jsonish },
  );
}

function saveInputArb() {
  const change = fc.record(
    {
      path: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ANSWER_PATHS) }, { weight: 1, arbitrary: nastyText }),
      value: fc.oneof(
        jsonish,
        fc.array(fc.record({ partyId: fc.oneof(fc.constantFrom("nope", "p1"), nastyText), percent: fc.oneof(fc.double(), fc.integer(), jsonish) }, { requiredKeys: [] }), { maxLength: 3 }),
        fc.array(fc.array(jsonish, { maxLength: 2 }), { maxLength: 2 }),
      ),
      base: jsonish,
    },
    { requiredKeys: ["path"] },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ caseId: worldIdArb(), baseVersion: fc.oneof(fc.integer({ min: -1, max: 5 }), jsonish), changes: fc.oneof({ weight: 4, arbitrary: fc.array(change, { maxLength: 4 }) }, { weight: 1, arbitrary: jsonish }) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: jsonish },
  );
}

const prevState = fc.oneof(fc.constant({ status: "idle" }), jsonish);

/** fast-check may build objects without a prototype, which React's encoding refuses; a browser sends plain ones. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== "object" || value instanceof FormData || value instanceof Date || value instanceof Map || value instanceof Set) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

/** Arguments per action, keyed "file#export". A new action without an entry fails the test. */
function argumentArbitraries(): Record<string, fc.Arbitrary<unknown[]>> {
  const formAction = fc.tuple(prevState, formArb).map((a) => [...a] as unknown[]);
  const boundFormAction = fc.tuple(worldIdArb(), prevState, formArb).map((a) => [...a] as unknown[]);
  const extra = fc.array(jsonish, { maxLength: 3 });
  return {
    "lib/auth/actions.ts#signInAction": formAction,
    "lib/auth/actions.ts#signOutAction": extra,
    "lib/auth/actions.ts#signOutEverywhereAction": extra,
    "lib/auth/actions.ts#requestPasswordResetAction": formAction,
    "lib/auth/actions.ts#completePasswordResetAction": fc.tuple(fc.oneof(fc.string({ minLength: 20, maxLength: 60 }), jsonish), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/cases/actions.ts#createCaseAction": formAction,
    "lib/cases/actions.ts#updateCaseAction": boundFormAction,
    "lib/cases/actions.ts#createInvitationAction": boundFormAction,
    "lib/cases/actions.ts#revokeCaseInvitationAction": boundFormAction,
    "lib/cases/actions.ts#acceptInvitationAction": fc.tuple(fc.oneof(fc.string({ minLength: 20, maxLength: 60 }), jsonish), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/organizations/actions.ts#createOrganizationAction": formAction,
    "lib/organizations/actions.ts#updateOrganizationAction": fc.tuple(orgIdArb(), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/organizations/actions.ts#inviteMemberAction": fc.tuple(orgIdArb(), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/organizations/actions.ts#revokeOrganizationInvitationAction": fc.tuple(orgIdArb(), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/organizations/actions.ts#updateMemberRolesAction": fc.tuple(orgIdArb(), userIdArb(), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/organizations/actions.ts#acceptOrganizationInvitationAction": fc.tuple(fc.oneof(fc.string({ minLength: 20, maxLength: 60 }), jsonish), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/users/actions.ts#deactivateUserAction": fc.tuple(userIdArb(), fc.oneof(fc.constantFrom("/admin/anvandare", "/admin"), nastyText, jsonish), prevState, formArb).map((a) => [...a] as unknown[]),
    "lib/users/actions.ts#reactivateUserAction": fc
      .tuple(userIdArb(), fc.oneof(fc.constantFrom("/admin/anvandare?q=a&sida=2", "//evil.example/admin", "/admin/../arenden"), nastyText, jsonish), prevState, formArb)
      .map((a) => [...a] as unknown[]),
    "lib/review/actions.ts#requestReviewAction": formAction,
    "lib/review/actions.ts#withdrawRequestAction": formAction,
    "lib/review/actions.ts#startThreadAction": formAction,
    "lib/review/actions.ts#replyAction": formAction,
    "lib/review/actions.ts#resolveThreadAction": formAction,
    "lib/review/actions.ts#decideFindingAction": formAction,
    "lib/review/actions.ts#approveAction": formAction,
    "lib/review/actions.ts#returnAction": formAction,
    "lib/examples/actions.ts#proposeExampleAction": boundFormAction,
    "lib/examples/actions.ts#editExampleAction": boundFormAction,
    "lib/examples/actions.ts#approveExampleAction": boundFormAction,
    "lib/examples/actions.ts#withdrawExampleAction": boundFormAction,
    "lib/decisions/actions.ts#recordDecisionAction": boundFormAction,
    "lib/decisions/actions.ts#recordSignatureAction": boundFormAction,
    "lib/decisions/actions.ts#withdrawDecisionAction": boundFormAction,
    "lib/decisions/actions.ts#withdrawSignatureAction": boundFormAction,
    // Only ids nobody in the fuzz may act on: a granted call renders PDFs for seconds, which
    // would swamp the run; the refusal path is what is exercised here.
    "lib/case-documents/actions.ts#generateDocumentsAction": fc.tuple(fc.oneof(fc.constant(world.otherCaseId), fc.uuid(), jsonish), extra).map(([id, rest]) => [id, ...rest]),
    "lib/wizard/actions.ts#saveAnswersAction": fc.tuple(saveInputArb(), fc.array(jsonish, { maxLength: 1 })).map(([input, rest]) => [input, ...rest]),
    "lib/wizard/actions.ts#setStepCompletionAction": formAction,
    "lib/wizard/actions.ts#readAnswersAction": fc
      .tuple(fc.oneof({ weight: 4, arbitrary: fc.record({ caseId: worldIdArb(), knownVersion: fc.oneof(fc.integer({ min: -1, max: 5 }), jsonish) }, { requiredKeys: [] }) }, { weight: 1, arbitrary: jsonish }), fc.array(jsonish, { maxLength: 1 }))
      .map(([input, rest]) => [input, ...rest]),
  };
}

function describeArgs(args: unknown[]): string {
  const text = JSON.stringify(args, (_key, value: unknown) => {
    if (value instanceof FormData) return { formData: [...value.entries()].map(([k, v]) => [k, typeof v === "string" ? v.slice(0, 80) : "[file]"]) };
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value === "string") return value.slice(0, 80);
    return value;
  });
  return (text ?? "undefined").slice(0, 600);
}

/**
 * Lines in the server log that mean an unexpected error: the app's own error entries (pino
 * level 50+, or "unexpected"), an uncaught exception, and Next.js's "⨯" error lines beyond
 * those the request gate reported as framework refusals (each of which Next.js logs once).
 */
function unexpectedLogLines(lines: string[]): string[] {
  const unexpected: string[] = [];
  const framework: string[] = [];
  let gateRefusals = 0;
  for (const line of lines) {
    if (line.startsWith("{")) {
      try {
        const entry = JSON.parse(line) as { level?: number | string; msg?: string; source?: string };
        if (entry.source === "request-gate" && entry.msg?.includes("refused by the framework")) gateRefusals++;
        else if ((typeof entry.level === "number" && entry.level >= 50) || /unexpected/i.test(entry.msg ?? "")) unexpected.push(line);
      } catch {
        unexpected.push(line);
      }
    } else if (/uncaught|^\w*Error:/i.test(line)) unexpected.push(line);
    else if (line.startsWith("⨯")) framework.push(line);
  }
  return [...unexpected, ...framework.slice(gateRefusals)];
}

// The same tables and hash as helpers/snapshot.ts, in one statement on one connection: it
// runs after every batch, so it must be cheap.
const VOLATILE = new Set(["AuditLog", "Session", "SignInThrottle", "AuthRateLimit", "_prisma_migrations"]);
let db: pg.Client;
let snapshotSql = "";

async function prepareSnapshot(): Promise<void> {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const parts = rows
    .filter((r) => !VOLATILE.has(r.tablename))
    .map((r) => `(SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM "${r.tablename}" t) AS "${r.tablename}"`);
  snapshotSql = `SELECT ${parts.join(", ")}, (SELECT count(*)::int FROM "AuditLog") AS "auditRows"`;
}

async function snapshotAndAudits(): Promise<{ snapshot: string; audits: number }> {
  const { rows } = await db.query<Record<string, string | number>>(snapshotSql);
  const { auditRows, ...tables } = rows[0]!;
  return { snapshot: JSON.stringify(tables), audits: Number(auditRows) };
}

beforeAll(async () => {
  await resetDatabase();
  server = await startProductionServer();
  ids = serverActions();
  world = await seedWorld();
  cookies.ownerEditor = await sessionCookie(EMAILS.ownerEditor);
  cookies.otherEditor = await sessionCookie(EMAILS.otherEditor);
  cookies.admin = await sessionCookie(EMAILS.admin);
  await prepareSnapshot();
}, 900_000);

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe("every server action over HTTP, with arbitrary input", () => {
  it("covers every action in the production build", () => {
    expect([...ids.keys()].sort()).toEqual(Object.keys(argumentArbitraries()).sort());
  });

  it(`${CALLS} calls: no 500, no reset, no unexpected error, no change from a refusal, every refusal audited`, async () => {
    const arbitraries = argumentArbitraries();
    const callArb: fc.Arbitrary<Call> = fc
      .tuple(fc.constantFrom(...Object.keys(arbitraries)), fc.constantFrom<ActorName>("anonymous", "ownerEditor", "otherEditor", "admin"))
      .chain(([action, actor]) =>
        arbitraries[action]!.map((args) => ({
          action,
          // Signing out would end the session the next calls use.
          actor: action.includes("signOut") ? "anonymous" : actor,
          args: plain(args) as unknown[],
        })),
      );
    const calls = fc.sample(callArb, { numRuns: CALLS, seed: SEED });
    const tally = { calls: 0, refused: 0, succeeded: 0, http500: 0, resets: 0, unexpected: 0, changedByRefusal: 0, unaudited: 0, byStatus: {} as Record<number, number> };
    const failures: string[] = [];
    let { snapshot, audits } = await snapshotAndAudits();
    let logSeen = server.log.length;
    const started = Date.now();

    for (let i = 0; i < calls.length; i += BATCH) {
      const batch = calls.slice(i, i + BATCH);
      const results: ActionCall[] = await Promise.all(
        batch.map((call) => callAction(server, ids.get(call.action)!, call.args, { cookie: cookies[call.actor], timeoutMs: 20_000 })),
      );
      if (i % 1_000 === 0) console.log(`[action-fuzz] ${i} calls, ${Math.round((Date.now() - started) / 1000)} s`);
      let allRefused = true;
      let refusedHere = 0;
      results.forEach((result, j) => {
        tally.calls++;
        tally.byStatus[result.status] = (tally.byStatus[result.status] ?? 0) + 1;
        if (result.networkError) tally.resets++;
        if (result.status >= 500) tally.http500++;
        if ((result.networkError || result.status >= 500) && failures.length < 10) {
          failures.push(`${batch[j]!.action} as ${batch[j]!.actor} → ${result.status} ${result.networkError ?? ""} ${result.body.slice(0, 300)} args ${describeArgs(batch[j]!.args)}`);
        }
        if (result.refused) {
          tally.refused++;
          refusedHere++;
        } else {
          tally.succeeded++;
          allRefused = false;
        }
      });
      const newLines = unexpectedLogLines(server.log.slice(logSeen));
      logSeen = server.log.length;
      if (newLines.length) {
        tally.unexpected += newLines.length;
        if (failures.length < 10) failures.push(`logged: ${newLines[0]!.slice(0, 500)} (batch ${batch.map((c) => c.action.split("#")[1]).join(", ")})`);
      }
      const { snapshot: nextSnapshot, audits: nextAudits } = await snapshotAndAudits();
      if (allRefused) {
        if (nextSnapshot !== snapshot) {
          tally.changedByRefusal++;
          if (failures.length < 10) failures.push(`database changed by refused calls: ${batch.map((c) => c.action).join(", ")}`);
        }
        const gateRefusals = results.filter((r) => r.status >= 400).length;
        // The request gate's own 4xx answers come before app code; they are logged, not audited.
        if (nextAudits - audits < refusedHere - gateRefusals) {
          tally.unaudited += refusedHere - gateRefusals - (nextAudits - audits);
          if (failures.length < 10) failures.push(`refusals without audit rows: ${batch.map((c) => c.action).join(", ")}`);
        }
      }
      snapshot = nextSnapshot;
      audits = nextAudits;
    }

    const seconds = Math.round((Date.now() - started) / 100) / 10;
    console.log(`[action-fuzz] seed ${SEED}: ${JSON.stringify(tally)} in ${seconds} s`);
    expect(failures).toEqual([]);
    expect(tally).toMatchObject({ calls: CALLS, http500: 0, resets: 0, unexpected: 0, changedByRefusal: 0, unaudited: 0 });
  }, 1_800_000);
});
