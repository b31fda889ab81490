// When a question applies. Some of the guide's questions only make sense after a particular
// earlier answer: the details of a delegation only when decisions are delegated, the Hamburg
// criteria only when the parties consider the Hamburg exception. The condition is data, so the
// step pages, the check-answers page and the tests read the same rule.

/** An answer at `field` (a case path) that must hold for a question to apply. */
export type AnswerCondition =
  | { readonly field: string; readonly equals: string | boolean }
  | { readonly field: string; readonly includes: string };

/**
 * Whether a question with this condition applies, given a way to read an answer by path. A
 * question without a condition always applies; an unanswered condition means it does not yet.
 */
export function conditionHolds(condition: AnswerCondition | undefined, answerAt: (field: string) => unknown): boolean {
  if (!condition) return true;
  const answer = answerAt(condition.field);
  if ("equals" in condition) return answer === condition.equals;
  return Array.isArray(answer) && answer.includes(condition.includes);
}

/** Delegation details (KL 9 kap. 37 §, 6 kap. 37 §) follow from "Ska beslutanderätt delegeras?". */
export const WHEN_DELEGATING: AnswerCondition = { field: "delegation.used", equals: true };
/** The four Hamburg criteria (LOU 3 kap. 17 §) and the contributions, only when the exception is relied on. */
export const WHEN_HAMBURG: AnswerCondition = { field: "procurement.reliedOnRoutes", includes: "hamburg" };
/** LOU 19 a kap.'s documentation and guidelines, only when direct award is relied on. */
export const WHEN_DIRECT_AWARD: AnswerCondition = { field: "procurement.reliedOnRoutes", includes: "direktupphandling" };
/** The arrangement for joint controllers (GDPR art. 26), only when the parties chose that model. */
export const WHEN_JOINT_CONTROLLERS: AnswerCondition = { field: "information.controllerModel", equals: "gemensamt_personuppgiftsansvar" };
/** The processor agreement (GDPR art. 28), only when a party is the other's processor. */
export const WHEN_PROCESSOR: AnswerCondition = { field: "information.controllerModel", equals: "personuppgiftsbitrade" };
/** The counter-performance, only when compensation is paid in kind. */
export const WHEN_IN_KIND: AnswerCondition = { field: "economy.compensationForm", equals: "motprestation" };
