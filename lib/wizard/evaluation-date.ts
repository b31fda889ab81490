import type { Case } from "@/lib/case";
import { todayInStockholm } from "@/lib/format";

/**
 * The date a case is assessed on: the day the procurement (or direct award) starts, when the case
 * says so, because the value is estimated and the limits apply as of that day; otherwise today.
 */
export function caseEvaluationDate(c: Case, today: string = todayInStockholm()): string {
  return c.procurement.procurementStartDate ?? today;
}
