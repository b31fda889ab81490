import type { Case } from "../case/schema";
import { formatDate, isIsoDate } from "../format/date";
import { PROCUREMENT_LIMITS } from "../reference/procurement-limits";
import { RULES } from "./rule-list";
import { buildContext } from "./context";
import type { Emit } from "./rule";
import type { Evaluation, Finding } from "./types";

const SEVERITY_ORDER = { blocker: 0, warning: 1, info: 2 } as const;

function normaliseDate(evaluationDate: string | Date): string {
  if (typeof evaluationDate === "string") {
    if (!isIsoDate(evaluationDate)) throw new RangeError(`evaluationDate must be YYYY-MM-DD, got "${evaluationDate}"`);
    return evaluationDate;
  }
  return formatDate(evaluationDate);
}

/**
 * What an assessment reads of its date, as a key: the year (a payer's other direct awards count
 * per financial year, LOU 19 a kap.) and which procurement limits are in force. On two dates with
 * the same key a case gets the same findings and the same verdicts; only texts that quote the date
 * differ. Work that keeps what it derives from assessments (SKR's statistics) keys it by this
 * rather than by the day, so a new day does not mean assessing every case again.
 */
export function evaluationDateKey(evaluationDate: string | Date): string {
  const date = normaliseDate(evaluationDate);
  const inForce = PROCUREMENT_LIMITS.filter((limit) => limit.validFrom <= date && date <= limit.validTo).map((limit) => `${limit.category}:${limit.validFrom}`);
  return [date.slice(0, 4), ...inForce].join("|");
}

/**
 * Evaluates a parsed case on a given date (YYYY-MM-DD, or an instant that is
 * converted to its Europe/Stockholm date). Pure: the same input always gives
 * the same output, and nothing outside the arguments is read.
 */
export function evaluateCase(c: Case, evaluationDate: string | Date): Evaluation {
  const date = normaliseDate(evaluationDate);
  const ctx = buildContext(c, date);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const emit: Emit = (fields, detail, step) => {
      findings.push({
        code: rule.code,
        severity: rule.severity,
        step: step ?? rule.step,
        fields,
        title: rule.title,
        explanation: detail ? `${detail} ${rule.explanation}` : rule.explanation,
        nextAction: rule.nextAction,
        legalBasis: rule.legalBasis,
        reportChapter: rule.reportChapter,
        verify: rule.verify === true,
      });
    };
    rule.check(ctx, emit);
  }
  // Stable sort keeps catalogue order within a severity.
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  let blockers = 0;
  let warnings = 0;
  let infos = 0;
  let verifyItems = 0;
  for (const f of findings) {
    if (f.severity === "blocker") blockers++;
    else if (f.severity === "warning") warnings++;
    else infos++;
    if (f.verify) verifyItems++;
  }
  return {
    evaluationDate: date,
    findings,
    procurement: ctx.procurement,
    clauses: ctx.clauses,
    summary: { blockers, warnings, infos, verifyItems },
  };
}
