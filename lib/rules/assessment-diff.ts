/**
 * The last assessment a case was shown, in a small stored form, and what changed since. A verdict
 * can change without anyone editing the case: a new limit is registered, or the assessment date
 * passes into a year without a confirmed limit. Pure, so the CLI, the pages and tests share it.
 */
import { z } from "zod";
import { PROCUREMENT_ROUTE_LABELS, PROCUREMENT_ROUTES, type ProcurementRoute } from "../case/enums";
import { formatKronor } from "../format/money";
import { routeVerdictLabel, type Evaluation, type Verdict } from "./types";

const VERDICTS = ["applies", "does_not_apply", "needs_legal_assessment"] as const;

export const assessmentSnapshotSchema = z.strictObject({
  evaluationDate: z.string().max(10),
  verdicts: z.partialRecord(z.enum(PROCUREMENT_ROUTES), z.enum(VERDICTS)),
  /** Direct-award limit per category on the assessment date, or null when none is known. */
  limits: z.record(z.string().max(100), z.number().nullable()),
  blockers: z.number().int().min(0),
  /** Finding codes, to name blockers that appeared or went away. */
  blockerCodes: z.array(z.string().max(100)).max(500),
  /**
   * The routes whose verdict stands only for want of answers (RouteAssessment.awaitingAnswers),
   * said "kan inte bedömas än". Absent from snapshots stored before it was kept: their verdicts
   * are compared alone.
   */
  awaiting: z.array(z.enum(PROCUREMENT_ROUTES)).max(PROCUREMENT_ROUTES.length).optional(),
});

export type AssessmentSnapshot = z.infer<typeof assessmentSnapshotSchema>;

export function snapshotAssessment(e: Evaluation): AssessmentSnapshot {
  const verdicts: Partial<Record<ProcurementRoute, Verdict>> = {};
  for (const r of e.procurement.routes) verdicts[r.route] = r.verdict;
  const limits: Record<string, number | null> = {};
  for (const l of e.procurement.limits) limits[l.category] = l.amount ?? null;
  const blockerCodes = [...new Set(e.findings.filter((f) => f.severity === "blocker").map((f) => f.code))].sort();
  const awaiting = e.procurement.routes.filter((r) => r.awaitingAnswers).map((r) => r.route);
  return { evaluationDate: e.evaluationDate, verdicts, limits, blockers: e.summary.blockers, blockerCodes, awaiting };
}

/** A route's verdict inside the sentence: "tillämplig", "inte tillämpligt" (agreeing with the route's name), "kan inte bedömas än". */
const verdictWords = (route: ProcurementRoute, verdict: Verdict, awaiting: readonly ProcurementRoute[] | undefined) =>
  routeVerdictLabel({ route, verdict, ...(awaiting?.includes(route) ? { awaitingAnswers: true as const } : {}) }).toLocaleLowerCase("sv");

export interface AssessmentChange {
  readonly kind: "verdict" | "limit" | "blockers";
  readonly route?: ProcurementRoute;
  /** Swedish, e.g. "Direktupphandling: tillämplig → kräver juridisk bedömning, eftersom gränsen för 2026 saknas". */
  readonly text: string;
}

function limitReason(previous: AssessmentSnapshot, current: AssessmentSnapshot): string | undefined {
  for (const [category, now] of Object.entries(current.limits)) {
    const before = previous.limits[category];
    if (before !== undefined && before !== null && now === null) return `eftersom gränsen för ${current.evaluationDate.slice(0, 4)} saknas`;
    if (before === null && now !== null) return `eftersom en gräns för ${current.evaluationDate.slice(0, 4)} har registrerats (${formatKronor(now)})`;
    if (before !== undefined && before !== null && now !== null && before !== now) return `eftersom gränsen har ändrats från ${formatKronor(before)} till ${formatKronor(now)}`;
  }
  return undefined;
}

/** What differs between the assessment last shown and today's, in Swedish sentences. */
export function compareAssessments(previous: AssessmentSnapshot, current: AssessmentSnapshot): AssessmentChange[] {
  const changes: AssessmentChange[] = [];
  const reason = limitReason(previous, current);
  for (const route of PROCUREMENT_ROUTES) {
    const before = previous.verdicts[route];
    const now = current.verdicts[route];
    if (before === undefined || now === undefined) continue;
    // The same verdict, with answers missing before and not now or the other way round, is a change
    // ("kan inte bedömas än" → "kräver juridisk bedömning"), once the stored snapshot says which.
    const awaitingChanged = previous.awaiting !== undefined && previous.awaiting.includes(route) !== (current.awaiting ?? []).includes(route);
    if (before === now && !awaitingChanged) continue;
    const why = route === "direktupphandling" && reason ? `, ${reason}` : "";
    changes.push({ kind: "verdict", route, text: `${PROCUREMENT_ROUTE_LABELS[route]}: ${verdictWords(route, before, previous.awaiting)} → ${verdictWords(route, now, current.awaiting)}${why}` });
  }
  if (reason && !changes.some((c) => c.route === "direktupphandling")) {
    changes.push({ kind: "limit", text: `Direktupphandlingsgränsen: ändrad ${reason.replace(/^eftersom /, "")}` });
  }
  const added = current.blockerCodes.filter((c) => !previous.blockerCodes.includes(c)).length;
  const removed = previous.blockerCodes.filter((c) => !current.blockerCodes.includes(c)).length;
  if (previous.blockers !== current.blockers || added > 0 || removed > 0) {
    changes.push({ kind: "blockers", text: `Hinder: ${previous.blockers} → ${current.blockers}` });
  }
  return changes;
}
