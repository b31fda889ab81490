import type { ClauseId, ProcurementRoute } from "../case/enums";
import type { StepId } from "../guide/step-ids";
import type { LegalBasis } from "../reference/legal";
import type { ReportSection } from "../reference/report";

export type Severity = "blocker" | "warning" | "info";

export const SEVERITY_LABELS: Record<Severity, string> = {
  blocker: "Hinder",
  warning: "Varning",
  info: "Information",
};

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly step: StepId;
  /** Case paths, e.g. `economy.costShares[1].percent`. */
  readonly fields: readonly string[];
  readonly title: string;
  readonly explanation: string;
  readonly nextAction: string;
  readonly legalBasis: readonly LegalBasis[];
  readonly reportChapter: ReportSection;
  /** True when the finding rests on a fact that must be verified before it is relied on. */
  readonly verify: boolean;
}

/** Static description of a rule; docs/rules.md is generated from these. */
export interface RuleDefinition {
  readonly code: string;
  readonly severity: Severity;
  readonly step: StepId;
  readonly area: RuleArea;
  /** English: the condition under which the rule fires. */
  readonly firesWhen: string;
  /** English: why the rule exists. */
  readonly why: string;
  readonly title: string;
  readonly explanation: string;
  readonly nextAction: string;
  readonly legalBasis: readonly LegalBasis[];
  readonly reportChapter: ReportSection;
  readonly verify?: boolean;
}

export type RuleArea =
  | "parties"
  | "needs"
  | "tasks"
  | "delegation"
  | "organisation"
  | "economy"
  | "procurement"
  | "form"
  | "control"
  | "information"
  | "anchoring"
  | "agreement"
  | "personal-data";

export type Verdict = "applies" | "does_not_apply" | "needs_legal_assessment";

export const VERDICT_LABELS: Record<Verdict, string> = {
  applies: "Tillämplig",
  does_not_apply: "Inte tillämplig",
  needs_legal_assessment: "Kräver juridisk bedömning",
};

/** One fact the assessment used, with the case path it came from. */
export interface TraceFact {
  readonly label: string;
  readonly value: string;
  readonly field?: string;
}

export interface RouteAssessment {
  readonly route: ProcurementRoute;
  readonly title: string;
  readonly verdict: Verdict;
  /** True when the case says the parties rely on this route. */
  readonly reliedOn: boolean;
  readonly facts: readonly TraceFact[];
  readonly assumptions: readonly string[];
  readonly conclusion: string;
  readonly legalBasis: readonly LegalBasis[];
  readonly reportChapter: ReportSection;
  readonly verify: boolean;
}

export type ValuationMethod = "kontraktsvarde" | "hela_avtalstiden" | "manadsvarde_x48" | "okant";

/** The estimated contract value per LOU 5 kap. 13 §, with the calculation shown. */
export interface ValueEstimate {
  readonly method: ValuationMethod;
  readonly amount: number | undefined;
  readonly monthlyValue: number | undefined;
  readonly countedMonths: number | undefined;
  readonly steps: readonly string[];
  readonly assumptions: readonly string[];
  readonly missing: readonly string[];
  readonly fields: readonly string[];
}

export interface DirectAwardLimitInfo {
  readonly category: string;
  readonly amount: number | undefined;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
  readonly source: string | undefined;
}

export interface ProcurementAssessment {
  readonly estimatedValue: ValueEstimate;
  readonly limits: readonly DirectAwardLimitInfo[];
  readonly routes: readonly RouteAssessment[];
}

export interface ClauseRequirement {
  readonly clauseId: ClauseId;
  readonly title: string;
  readonly always: boolean;
  /** Swedish: why this clause is required for this case. */
  readonly reason: string;
  readonly present: boolean;
  readonly legalBasis: readonly LegalBasis[];
  readonly reportChapter: ReportSection;
}

export interface ClauseCheck {
  readonly required: readonly ClauseRequirement[];
  readonly missing: readonly ClauseId[];
  /** Clauses written in the case that no rule requires; kept, not criticised. */
  readonly additional: readonly ClauseId[];
}

export interface EvaluationSummary {
  readonly blockers: number;
  readonly warnings: number;
  readonly infos: number;
  readonly verifyItems: number;
}

export interface Evaluation {
  readonly evaluationDate: string;
  readonly findings: readonly Finding[];
  readonly procurement: ProcurementAssessment;
  readonly clauses: ClauseCheck;
  readonly summary: EvaluationSummary;
}
