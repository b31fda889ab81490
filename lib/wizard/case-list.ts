import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/authorize";
import { changesSinceShown } from "@/lib/cases/assessment";
import { listMyCases } from "@/lib/cases/data";
import { listedCaseEnds } from "@/lib/decisions/data";
import type { CaseEnd } from "@/lib/decisions/status";
import type { AssessmentChange } from "@/lib/rules/assessment-diff";
import { type ListedReviewState, reviewStates } from "@/lib/review/queries";
import { type DerivedCase, derivedCases, evaluationOn, summaryOn } from "./case-cache";
import type { CaseSummary } from "./case-summary";
import { caseEvaluationDate } from "./evaluation-date";

export type MyCaseRow = Awaited<ReturnType<typeof listMyCases>>["cases"][number] & {
  /** Null when the stored document cannot be read (logged); the list still shows the case. */
  summary: CaseSummary | null;
  changes: AssessmentChange[];
  review: ListedReviewState;
  /** Where its decisions and signatures stand, once any is recorded; null before. */
  end: CaseEnd | null;
};

const NOT_REVIEWED: ListedReviewState = { overall: "not_reviewed", parties: [] };

export type MyCasesPage = Omit<Awaited<ReturnType<typeof listMyCases>>, "cases"> & { cases: MyCaseRow[] };

/**
 * "Mina ärenden": one page of the actor's cases (`input`: { sida }), each with its summary, what
 * changed in its assessment since this person last saw it, and its legal review state.
 * Documents are read from the database only for versions this process has not derived yet
 * (lib/wizard/case-cache.ts).
 */
export async function listMyCasesWithSummaries(actor: Actor, today: string, input: unknown = {}): Promise<MyCasesPage> {
  const { cases: rows, ...paging } = await listMyCases(actor, input);
  const scope = caseScope(actor, "case.view");
  const derived = scope ? await derivedCases(rows, scope) : new Map<string, DerivedCase | null>();
  const [states, ends] = await Promise.all([
    reviewStates(rows.flatMap((row) => {
      const entry = derived.get(row.id);
      return entry ? [{ id: row.id, ownerOrganizationId: row.ownerOrganizationId, reviewHash: entry.reviewHash }] : [];
    })),
    scope ? listedCaseEnds(scope, rows.map((row) => ({ id: row.id, parties: derived.get(row.id)?.doc.parties ?? [] }))) : new Map<string, CaseEnd>(),
  ]);
  const cases = rows.map((row) => {
    const entry = derived.get(row.id);
    const end = ends.get(row.id) ?? null;
    const review = states.get(row.id) ?? NOT_REVIEWED;
    if (!entry) return { ...row, summary: null, changes: [], review, end };
    const date = caseEvaluationDate(entry.doc, today);
    const evaluation = evaluationOn(entry, date);
    return {
      ...row,
      summary: summaryOn(entry, date, row.completedSteps),
      changes: changesSinceShown(row.assessmentShown[0]?.snapshot, evaluation),
      review,
      end,
    };
  });
  return { ...paging, cases };
}
