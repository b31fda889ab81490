import type { ClauseCheck, Evaluation, Finding, ProcurementAssessment } from "@/lib/rules";
import { findingsForStep, type WizardPage } from "./pages";

/**
 * What a step page shows of the rules' assessment: its step's findings, and the procurement and
 * clause checks only on the pages that show them. The server sends this with the page; the
 * browser replaces it with its own live assessment as soon as the rules engine has loaded.
 */
export interface PageEvaluation {
  readonly evaluationDate: string;
  readonly findings: readonly Finding[];
  /** Null on pages without the economy calculator. */
  readonly procurement: ProcurementAssessment | null;
  /** Null on pages without the agreement's clauses. */
  readonly clauses: ClauseCheck | null;
}

/** Step 2A's economy calculator sits on the topics about money and law, not on the organisation. */
export function showsEconomyPanel(page: WizardPage): boolean {
  return page.step.id === "2A" && page.topic?.slug !== "organisation";
}

export function showsClauses(page: WizardPage): boolean {
  return page.groups.some((group) => group.fields.some((field) => field.kind === "clauses"));
}

export function pageEvaluation(evaluation: Evaluation, page: WizardPage): PageEvaluation {
  return {
    evaluationDate: evaluation.evaluationDate,
    findings: findingsForStep(evaluation, page.step.id),
    procurement: showsEconomyPanel(page) ? evaluation.procurement : null,
    clauses: showsClauses(page) ? evaluation.clauses : null,
  };
}
