import type { Case } from "@/lib/case";
import { todayInStockholm } from "@/lib/format";

/**
 * The date a case is assessed on: the day the procurement (or direct award) starts, when the case
 * says so, because the value is estimated and the limits apply as of that day; otherwise today.
 */
export function caseEvaluationDate(c: Case, today: string = todayInStockholm()): string {
  return c.procurement.procurementStartDate ?? today;
}

/**
 * "bedömd 2026-12-05", or for a case assessed as of its procurement's start: "bedömd per
 * 2025-10-01, den dag upphandlingen påbörjas enligt ärendet" (a bare past date read as if the
 * case had been assessed then). A start already passed says so: the value and the direct-award
 * limit follow that day, and a jurist read a plan from last year as today's (a walk).
 */
export function assessedOnText(c: Case, evaluationDate: string, word: "bedömd" | "bedömt" = "bedömd", today: string = todayInStockholm()): string {
  if (c.procurement.procurementStartDate !== evaluationDate) return `${word} ${evaluationDate}`;
  const passed = evaluationDate < today ? " (ett datum som har passerat: ändra det om upphandlingen påbörjas senare)" : "";
  return `${word} per ${evaluationDate}, den dag upphandlingen påbörjas enligt ärendet${passed}`;
}
