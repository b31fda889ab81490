import type { ClauseCheck, Evaluation, Finding, ProcurementAssessment, RouteAssessment } from "@/lib/rules";
import { findingsForStep, type WizardPage } from "./pages";

/**
 * What step 2A's economy calculator (components/economy-panel.tsx) shows of the procurement
 * assessment: the estimated value, the limits and the direct award's verdict. The routes' facts,
 * assumptions and grounds are shown on "Kontrollera svaren" and the legal review, not here; sent
 * with every view of the calculator's pages they were a third of the form's data.
 */
export interface PanelProcurement {
  readonly estimatedValue: ProcurementAssessment["estimatedValue"];
  readonly limits: ProcurementAssessment["limits"];
  readonly routes: readonly Pick<RouteAssessment, "route" | "verdict" | "conclusion" | "awaitingAnswers" | "reliedOn">[];
}

/** The calculator's part of an assessment; a whole assessment (the browser's own) is one too. */
export function panelProcurement(procurement: ProcurementAssessment): PanelProcurement {
  return {
    estimatedValue: procurement.estimatedValue,
    limits: procurement.limits,
    routes: procurement.routes.filter((r) => r.route === "direktupphandling").map(({ route, verdict, conclusion, awaitingAnswers, reliedOn }) => ({ route, verdict, conclusion, reliedOn, ...(awaitingAnswers ? { awaitingAnswers } : {}) })),
  };
}

/**
 * What a step page shows of the rules' assessment: its step's findings, and the procurement and
 * clause checks only on the pages that show them. The server sends this with the page; the
 * browser replaces it with its own live assessment as soon as the rules engine has loaded.
 */
export interface PageEvaluation {
  readonly evaluationDate: string;
  readonly findings: readonly Finding[];
  /** Null on pages without the economy calculator. */
  readonly procurement: PanelProcurement | null;
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
    procurement: showsEconomyPanel(page) ? panelProcurement(evaluation.procurement) : null,
    clauses: showsClauses(page) ? evaluation.clauses : null,
  };
}
