import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Case } from "@/lib/case";
import type { AnswerParty } from "@/lib/decisions/parties";
import { CASE_END_ROW_SELECT, caseEndForStatistics } from "@/lib/decisions/data";
import { STANDING } from "@/lib/decisions/selects";
import { CASE_END_BANDS, caseEndBand } from "@/lib/decisions/status";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db/client";
import { COLLABORATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS } from "@/lib/case/enums";
import { STEP_IDS } from "@/lib/guide/step-ids";
import { AREAS, DEFAULT_MIN_COUNT, type SuppressedTable, areaOfCase, groupOfCase, suppressSharedMargins } from "@/lib/anonymisation";
import { suppressMultiResponse } from "@/lib/anonymisation/multi-response";
import { hiddenTotalsLast } from "@/lib/anonymisation/suppression";
import { MUNICIPALITY_GROUP_IDS } from "@/lib/reference/municipalities";
import { RULES, evaluateCase, evaluationDateKey } from "@/lib/rules";
import { routeVerdictLabel } from "@/lib/rules/types";
import { todayInStockholm } from "@/lib/format";
import { CASE_FACTS_SELECT, type CaseFactsRow, caseFactsCache } from "@/lib/wizard/case-facts";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { findingsInStartedSteps } from "@/lib/wizard/progress";

export const UNKNOWN_GROUP = "Okänd";
export const GROUP_COLUMNS = [...MUNICIPALITY_GROUP_IDS, UNKNOWN_GROUP];

/** The tables, in the page's order: each id (the CSV's and the page's address), title and what it counts. */
export const STATISTICS_TABLES = {
  fynd: {
    title: "Vanligaste iakttagelserna",
    description:
      "Antal ärenden där iakttagelsen visas i dag i ett steg som ärendet har påbörjat (med minst ett svar), de tio vanligaste. Ett ärende kan ha flera iakttagelser och räknas då på flera rader, så kolumnerna summeras inte.",
  },
  upphandling: {
    title: "Upphandlingsvägar och bedömning",
    description: "Antal ärenden per väg som parterna stöder sig på, med Samverkas bedömning. Ett ärende kan stödja sig på flera vägar och räknas då på flera rader, så kolumnerna summeras inte.",
  },
  samverkansform: { title: "Samverkansformer", description: "Antal ärenden per vald samverkansform." },
  verksamhet: { title: "Verksamhetsområden", description: "Antal ärenden per verksamhetsområde (frågan i steg 1, eller exemplets område för ett ärende som delats som exempel)." },
  stopp: { title: "Steg där ärenden står still", description: "Det första steget som inte är markerat klart." },
  godkannande: { title: "Tid från start till juridiskt godkännande", description: "Tiden från att ärendet startades till den första juridiska granskarens godkännande." },
  tid: { title: "Tid från start till klart avtal", description: "Tiden från att ärendet startades till att steg 4 (avtalet) markerades klart." },
  slut: {
    title: "Beslut och underskrift",
    description:
      "Hur långt ärendet har kommit efter avtalet, enligt det som ärendets redigerare har registrerat: om varje parts senaste beslut var att anta förslaget (i nämnd, styrelse, fullmäktige eller på delegation) och om parten har undertecknat avtalet. Ett förslag som avslogs, återremitterades eller bordlades räknas inte som beslutat. Om rätt organ beslutade visas på ärendets sida, inte här. En part som steg 2B nämner räknas, även om den inte använder Samverka. Ett ärende med bara en part räknas aldrig som att alla parter har beslutat eller undertecknat: samverkan kräver minst två.",
  },
} as const satisfies Record<string, { title: string; description: string }>;
export type StatisticsTableId = keyof typeof STATISTICS_TABLES;

export interface StatisticsTable {
  id: string;
  title: string;
  description: string;
  table: SuppressedTable;
}

/** Minimum count per cell; SAMVERKA_MIN_CELL overrides the default of 5. */
export function configuredMinCount(): number {
  const value = Number(process.env.SAMVERKA_MIN_CELL);
  return Number.isInteger(value) && value >= 2 ? value : DEFAULT_MIN_COUNT;
}

const RULE_TITLES = new Map(RULES.map((r) => [r.code, r.title]));

/** Equal totals are listed in this order of their labels (readers can tell, see suppressMultiResponse). */
const byLabel = (a: string, b: string) => a.localeCompare(b, "sv");

function tabulate(rowsOf: Array<{ group: string; rows: string[] }>, rowOrder?: string[], limit?: number) {
  const counts = new Map<string, Map<string, number>>();
  for (const item of rowsOf) {
    for (const row of new Set(item.rows)) {
      const byGroup = counts.get(row) ?? new Map<string, number>();
      byGroup.set(item.group, (byGroup.get(item.group) ?? 0) + 1);
      counts.set(row, byGroup);
    }
  }
  const total = (row: string) => [...(counts.get(row)?.values() ?? [])].reduce((a, b) => a + b, 0);
  let rows = rowOrder ? rowOrder.filter((r) => counts.has(r)) : [...counts.keys()].sort((a, b) => total(b) - total(a) || byLabel(a, b));
  if (limit) rows = rows.slice(0, limit);
  return { rows, columns: GROUP_COLUMNS, counts: rows.map((r) => GROUP_COLUMNS.map((g) => counts.get(r)?.get(g) ?? 0)) };
}

const monthsBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / (30.44 * 86_400_000);
function durationBand(months: number): string {
  if (months < 3) return "Under 3 månader";
  if (months < 6) return "3–6 månader";
  if (months < 12) return "6–12 månader";
  return "Mer än 12 månader";
}
const DURATION_ORDER = ["Under 3 månader", "3–6 månader", "6–12 månader", "Mer än 12 månader", "Inte klart än"];
const APPROVAL_ORDER = [...DURATION_ORDER.slice(0, -1), "Inte godkänt än"];

/**
 * Aggregates over every case in the system, each broken down by municipality group, with
 * small cells and their complements suppressed. Nothing here names a case.
 */
export async function computeStatistics(actor: Actor, action: "statistics.read" | "api.catalogue" = "statistics.read"): Promise<StatisticsTable[]> {
  await authorize(actor, action);
  const minCount = configuredMinCount();
  const key = JSON.stringify([await statisticsInputVersion(), todayInStockholm(), minCount]);
  // Every SKR reader sees the same tables, and reading every case costs seconds with thousands
  // of them: computed once per change of their input, and shared by requests that ask meanwhile.
  if (cached?.key !== key) {
    const tables = aggregate(minCount);
    cached = { key, tables };
    tables.catch(() => {
      if (cached?.tables === tables) cached = undefined;
    });
  }
  return cached.tables;
}

let cached: { key: string; tables: Promise<StatisticsTable[]> } | undefined;

/**
 * Changes whenever anything the tables are made of changes: a case written, added or removed
 * (every write moves its updatedAt, steps marked complete included), a legal approval, an
 * organisation's code, an example's area, a person joining a case (its parties), a decision or
 * signature recorded or withdrawn. One cheap query instead of reading every case.
 */
async function statisticsInputVersion(): Promise<unknown> {
  const [row] = await prisma.$queryRaw<unknown[]>`
    SELECT
      (SELECT count(*)::int FROM "Case") AS cases,
      (SELECT max("updatedAt") FROM "Case") AS "casesChanged",
      (SELECT count(*)::int FROM "CaseApproval") AS approvals,
      (SELECT max("createdAt") FROM "CaseApproval") AS "approvalsChanged",
      (SELECT count(*)::int FROM "Organization") AS organizations,
      (SELECT max("updatedAt") FROM "Organization") AS "organizationsChanged",
      (SELECT md5(coalesce(string_agg("caseId"::text || ':' || area, ',' ORDER BY "caseId"), '')) FROM "CaseExample") AS examples,
      (SELECT count(*)::int FROM "CaseMember") AS members,
      (SELECT count(*)::int FROM "PartyDecision" WHERE "withdrawnAt" IS NULL) AS decisions,
      (SELECT max(coalesce("withdrawnAt", "createdAt")) FROM "PartyDecision") AS "decisionsChanged",
      (SELECT count(*)::int FROM "AgreementSignature" WHERE "withdrawnAt" IS NULL) AS signatures,
      (SELECT max(coalesce("withdrawnAt", "createdAt")) FROM "AgreementSignature") AS "signaturesChanged"`;
  return row;
}

/** What the tables take from one case's document. */
interface DocumentFacts {
  group: string;
  findings: string[];
  routes: string[];
  form: string;
  area: string;
  /** Step 2B's parties (id, name and type only): with the case's organisations, whose decisions and signatures count (lib/decisions). */
  parties: readonly AnswerParty[];
}

function documentFacts(doc: Case, row: CaseFactsRow, today: string): DocumentFacts {
  const evaluation = evaluateCase(doc, caseEvaluationDate(doc, today));
  const area = areaOfCase(doc, row.example?.area);
  return {
    group: groupOfCase(doc, row.ownerOrganization) ?? UNKNOWN_GROUP,
    findings: findingsInStartedSteps(doc, evaluation).map((f) => RULE_TITLES.get(f.code) ?? f.code),
    routes: evaluation.procurement.routes.filter((r) => r.reliedOn).map((r) => `${PROCUREMENT_ROUTE_LABELS[r.route]}: ${routeVerdictLabel(r).toLocaleLowerCase("sv")}`),
    form: doc.collaborationForm.chosen ? COLLABORATION_FORM_LABELS[doc.collaborationForm.chosen] : "Ingen form vald än",
    area: area ? (AREAS[area as keyof typeof AREAS] ?? AREAS.ovrigt) : "Inte angivet",
    parties: doc.parties.map(({ id, name, type }) => ({ id, name, type })),
  };
}

/**
 * The document facts of every case. With editors at work a case changes between two views of
 * the statistics; reading, checking and assessing every document again took seconds with 10 000
 * cases, so only the documents whose facts are not known for their current version are read.
 * They depend on the day too, through the assessment, but only on what it reads of the day (its
 * year and the procurement limits in force): a new day alone does not read every document again.
 */
const caseFacts = caseFactsCache<DocumentFacts, string>({ derive: documentFacts, contextKey: (today) => evaluationDateKey(today) });

async function aggregate(minCount: number): Promise<StatisticsTable[]> {
  const cases = await prisma.case.findMany({ select: { ...CASE_FACTS_SELECT, createdAt: true, completedSteps: true } });
  // Two clocks: the first legal approval (lib/review) and the first time step 4 (the agreement)
  // was marked complete, from the audit log.
  const approvals = await prisma.caseApproval.findMany({ select: { caseId: true, createdAt: true }, orderBy: { createdAt: "asc" } });
  const firstApproval = new Map<string, Date>();
  for (const a of approvals) if (!firstApproval.has(a.caseId)) firstApproval.set(a.caseId, a.createdAt);
  const step4Done = await prisma.auditLog.findMany({
    where: { action: "case.update", outcome: "SUCCESS", details: { path: ["step"], equals: "4" }, AND: { details: { path: ["completed"], equals: true } } },
    select: { caseId: true, at: true },
    orderBy: { at: "asc" },
  });
  const firstStep4 = new Map<string, Date>();
  for (const e of step4Done) if (e.caseId && !firstStep4.has(e.caseId)) firstStep4.set(e.caseId, e.at);

  // The case's end: its organisations and standing entries, read only for the cases with an entry
  // (a case without one is in the last band; reading all 10 000 tripled a recount: 110 → 320 ms).
  const withEntries = { OR: [{ partyDecisions: { some: STANDING } }, { signatures: { some: STANDING } }] };
  const ends = new Map((await prisma.case.findMany({ where: withEntries, select: CASE_END_ROW_SELECT })).map((row) => [row.id, row]));
  const facts = await caseFacts(cases, todayInStockholm());
  // A case removed between the two reads has no facts and is left out.
  const items = cases.flatMap((c) => {
    const known = facts.get(c.id)?.facts;
    if (!known) return [];
    const stalled = STEP_IDS.find((s) => !c.completedSteps.includes(s));
    const done = c.completedSteps.includes("4") ? firstStep4.get(c.id) : undefined;
    const approved = firstApproval.get(c.id);
    const endRow = ends.get(c.id);
    return [
      {
        ...known,
        stalled: stalled ? `Steg ${stalled}` : "Alla steg klara",
        duration: done ? durationBand(monthsBetween(c.createdAt, done)) : "Inte klart än",
        toApproval: approved ? durationBand(monthsBetween(c.createdAt, approved)) : "Inte godkänt än",
        end: endRow ? caseEndBand(caseEndForStatistics(endRow, known.parties)) : CASE_END_BANDS[3],
      },
    ];
  });
  type Spec = { id: StatisticsTableId; rows: Array<{ group: string; rows: string[] }>; order?: string[]; limit?: number };
  const spec = (id: StatisticsTableId, rows: Spec["rows"], order?: string[], limit?: number): Spec => ({ id, rows, order, limit });
  // A case can have several findings and rely on several routes: these tables' column sums
  // count findings and routes, not cases, so they are not published (suppressMultiResponse).
  // "Ingen väg angiven" puts every case in some row of the routes, and readers know it.
  const multiValued = [
    { ...spec("fynd", items.map((i) => ({ group: i.group, rows: i.findings })), undefined, 10), everyCaseInARow: false },
    { ...spec("upphandling", items.map((i) => ({ group: i.group, rows: i.routes.length ? i.routes : ["Ingen väg angiven"] }))), everyCaseInARow: true },
  ];
  // Every case is in exactly one row of each of these, so they share their column totals (the
  // number of cases per group) and grand total: suppressSharedMargins hides a total in all or none.
  const oneRowPerCase = [
    spec("samverkansform", items.map((i) => ({ group: i.group, rows: [i.form] }))),
    spec("verksamhet", items.map((i) => ({ group: i.group, rows: [i.area] }))),
    spec("stopp", items.map((i) => ({ group: i.group, rows: [i.stalled] })), [...STEP_IDS.map((s) => `Steg ${s}`), "Alla steg klara"]),
    spec("godkannande", items.map((i) => ({ group: i.group, rows: [i.toApproval] })), APPROVAL_ORDER),
    spec("tid", items.map((i) => ({ group: i.group, rows: [i.duration] })), DURATION_ORDER),
    spec("slut", items.map((i) => ({ group: i.group, rows: [i.end] })), [...CASE_END_BANDS]),
  ];
  const shared = suppressSharedMargins(oneRowPerCase.map((t) => tabulate(t.rows, t.order, t.limit)), minCount);
  // Each group's number of cases bounds every cell of the multi-response tables. The
  // single-response tables publish it or hide it (alike in all of them): the multi-response
  // suppression takes it as known, and must not give away the hidden ones.
  const groupSizes = GROUP_COLUMNS.map((g) => items.filter((i) => i.group === g).length);
  const hiddenGroups = shared[0]?.hiddenColumnTotals;
  const standalone = multiValued.map((t) =>
    suppressMultiResponse(tabulate(t.rows, t.order, t.limit), { minCount, groupSizes, hiddenGroups, everyCaseInARow: t.everyCaseInARow, tieBreak: byLabel }),
  );
  // A table listed by total lists its hidden totals after the shown ones (hiddenTotalsLast).
  const tables = [...multiValued, ...oneRowPerCase].map((t, i) => {
    const table = [...standalone, ...shared][i]!;
    return { id: t.id, ...STATISTICS_TABLES[t.id], table: t.order ? table : hiddenTotalsLast(table, byLabel) };
  });
  // The page's order: findings, routes, forms, areas, stalls, approval, agreement.
  return tables;
}
