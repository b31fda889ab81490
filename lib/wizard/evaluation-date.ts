import type { Case } from "@/lib/case";
import { todayInStockholm } from "@/lib/format";

/**
 * The date a case is assessed on: the day the agreement is planned to be concluded, when the
 * case says so, because that day's procurement limits apply; otherwise today.
 */
export function caseEvaluationDate(c: Case, today: string = todayInStockholm()): string {
  return c.procurement.plannedAwardDate ?? today;
}
