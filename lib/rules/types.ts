import { PROCUREMENT_ROUTE_AGREEMENT, type ClauseId, type ProcurementRoute } from "../case/enums";
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
  /**
   * The procurement route whose assessment a "verifiera" finding checks: the route's own
   * "verifiera" (RouteAssessment.verify) is the same point, settled by a jurist's "Verifierad"
   * on the finding (lib/review/findings.ts, routesVerifiedByJurist).
   */
  readonly route?: ProcurementRoute;
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

const APPLICABLE = { common: "tillämplig", neuter: "tillämpligt", plural: "tillämpliga" } as const;

/**
 * A route's verdict as a label said of the route, the adjective agreeing with the route's name
 * (PROCUREMENT_ROUTE_AGREEMENT): "Direktupphandling: Tillämplig", "Teckalundantaget: Inte tillämpligt",
 * "Icke-ekonomiska tjänster av allmänt intresse: Tillämpliga", "Hamburgundantaget: Kräver juridisk bedömning".
 * Capitalised as a label; lower-case it with toLocaleLowerCase("sv") inside a sentence.
 */
export function verdictLabel(route: ProcurementRoute, verdict: Verdict): string {
  // The advertised procurement is no route one may take but what is required when none is: its
  // verdict says whether it is. "Upphandling enligt LOU: Inte tillämplig" read as "LOU does not
  // apply" beside a direct award, which is a procedure under LOU (the walk).
  if (route === "ordinarie_upphandling" && verdict !== "needs_legal_assessment") return verdict === "applies" ? "Krävs" : "Krävs inte";
  const applicable = APPLICABLE[PROCUREMENT_ROUTE_AGREEMENT[route]];
  if (verdict === "applies") return `${applicable.charAt(0).toLocaleUpperCase("sv")}${applicable.slice(1)}`;
  if (verdict === "does_not_apply") return `Inte ${applicable}`;
  return "Kräver juridisk bedömning";
}

/** A route's verdict as shown: "Kan inte bedömas än" while answers it needs are missing, else verdictLabel's. */
export function routeVerdictLabel(route: Pick<RouteAssessment, "route" | "verdict" | "awaitingAnswers">): string {
  return route.awaitingAnswers ? "Kan inte bedömas än" : verdictLabel(route.route, route.verdict);
}

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
  /**
   * The verdict is `needs_legal_assessment` only because answers it needs are missing: said
   * "Kan inte bedömas än", not "Kräver juridisk bedömning", which sent a walk's head of social
   * services to a jurist for want of the parties' roles (routeVerdictLabel).
   */
  readonly awaitingAnswers?: true;
}

/**
 * kontraktsvarde: a fixed total price (main rule, LOU 5 kap.); hela_avtalstiden: a fixed term of at
 * most 48 months; manadsvarde_x48: no fixed term (5 kap. 13 §); hogre_lasning: a fixed term over
 * 48 months with a known price per period, where the total over the term and the ×48 reading
 * differ and the higher one is compared (marked for legal assessment); okant: not estimable.
 */
export type ValuationMethod = "kontraktsvarde" | "hela_avtalstiden" | "manadsvarde_x48" | "hogre_lasning" | "okant";

/** What one contracting authority buys: its own payments over the valuation period (LOU 5 kap.). */
export interface AuthorityValue {
  readonly partyId: string;
  readonly label: string;
  readonly method: ValuationMethod;
  /** This authority's estimated value of the contract. */
  readonly amount: number | undefined;
  readonly monthlyValue: number | undefined;
  readonly countedMonths: number | undefined;
  /** Both readings, when a fixed term over 48 months has a known price per period. */
  readonly readings: { readonly overTerm: number; readonly times48: number } | undefined;
  /** This authority's other direct awards of the same kind in the financial year, when given. */
  readonly otherSameKind: number | undefined;
  /** amount + otherSameKind: what is compared with the direct-award limit. */
  readonly compared: number | undefined;
  /** True when the valuation method itself needs a jurist's assessment. */
  readonly legalAssessment: boolean;
  readonly steps: readonly string[];
  readonly missing: readonly string[];
}

/** The estimated contract value per contracting authority (LOU 5 kap.), with the calculation shown. */
export interface ValueEstimate {
  /** Method of the highest authority value. */
  readonly method: ValuationMethod;
  /** The highest value of any paying authority; undefined when none can be estimated. */
  readonly amount: number | undefined;
  readonly monthlyValue: number | undefined;
  readonly countedMonths: number | undefined;
  /** The date the value is estimated on: when the procurement starts (or the evaluation date). */
  readonly valuationDate: string;
  readonly perAuthority: readonly AuthorityValue[];
  /** False when no LOU route is relevant (only exercise of public authority). */
  readonly relevant: boolean;
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
