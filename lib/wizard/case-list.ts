import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/authorize";
import { changesSinceShown } from "@/lib/cases/assessment";
import { listMyCases } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import type { AssessmentChange } from "@/lib/rules/assessment-diff";
import { reviewStates } from "@/lib/review/queries";
import type { PartyReviewState } from "@/lib/review/labels";
import { type DerivedCase, cachedCase, evaluationOn, rememberCase, summaryOn } from "./case-cache";
import type { CaseSummary } from "./case-summary";
import { caseEvaluationDate } from "./evaluation-date";

export type MyCaseRow = Awaited<ReturnType<typeof listMyCases>>["cases"][number] & {
  /** Null when the stored document cannot be read (logged); the list still shows the case. */
  summary: CaseSummary | null;
  changes: AssessmentChange[];
  reviewState: PartyReviewState;
};

export type MyCasesPage = Omit<Awaited<ReturnType<typeof listMyCases>>, "cases"> & { cases: MyCaseRow[] };

/**
 * "Mina ärenden": one page of the actor's cases (`input`: { sida }), each with its summary, what
 * changed in its assessment since this person last saw it, and its legal review state.
 * Documents are read from the database only for versions this process has not derived yet
 * (lib/wizard/case-cache.ts).
 */
export async function listMyCasesWithSummaries(actor: Actor, today: string, input: unknown = {}): Promise<MyCasesPage> {
  const { cases: rows, ...paging } = await listMyCases(actor, input);
  const derived = new Map<string, DerivedCase | null>();
  const missing: string[] = [];
  for (const row of rows) {
    const hit = cachedCase(row);
    if (hit) derived.set(row.id, hit);
    else missing.push(row.id);
  }
  const scope = caseScope(actor, "case.view");
  if (missing.length && scope) {
    const stored = await prisma.case.findMany({
      where: { AND: [{ id: { in: missing } }, scope] },
      select: { id: true, version: true, updatedAt: true, title: true, data: true },
    });
    for (const row of stored) {
      try {
        derived.set(row.id, rememberCase(row));
      } catch (error) {
        // One unreadable document (readDocument has logged why) must not take the whole list down.
        logger.warn({ err: error, caseId: row.id }, "case left out of the list summaries");
        derived.set(row.id, null);
      }
    }
  }
  const states = await reviewStates(rows.flatMap((row) => {
    const entry = derived.get(row.id);
    return entry ? [{ id: row.id, reviewHash: entry.reviewHash }] : [];
  }));
  const cases = rows.map((row) => {
    const entry = derived.get(row.id);
    if (!entry) return { ...row, summary: null, changes: [], reviewState: states.get(row.id) ?? "not_reviewed" };
    const date = caseEvaluationDate(entry.doc, today);
    const evaluation = evaluationOn(entry, date);
    return {
      ...row,
      summary: summaryOn(entry, date, row.completedSteps),
      changes: changesSinceShown(row.assessmentShown[0]?.snapshot, evaluation),
      reviewState: states.get(row.id) ?? "not_reviewed",
    };
  });
  return { ...paging, cases };
}
