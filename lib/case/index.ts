export { CASE_FORMAT_VERSION } from "./version";
export { caseSchema, caseInputSchema, attentionItemSchema, type Case, type CaseInput, type AttentionItem } from "./schema";
export { upgrade, upgradeWithReport, type UpgradeOptions, type UpgradeReport } from "./upgrade";
export { salvageCase } from "./salvage";
export { deriveEconomy, fixedTermMonths, isPayingRole, type DerivedEconomy, type PartyEconomy } from "./economy";
export { parseCase, type ParseCaseResult } from "./parse";
export { formatPath, type CaseError } from "./errors";
export { emptyCase } from "./empty";
export * from "./enums";
export { partySchema, partiesSchema, type Party } from "./sections/parties";
export { goalSchema, needsSchema, type Goal, type Needs } from "./sections/needs";
export { taskSchema, tasksSchema, type Task } from "./sections/tasks";
export {
  organisationSchema,
  delegationSchema,
  staffSchema,
  type Organisation,
  type Delegation,
  type Staff,
} from "./sections/organisation";
export {
  economySchema,
  costShareSchema,
  termSchema,
  counterPerformanceSchema,
  type CounterPerformance,
  type Economy,
  type CostShare,
  type Term,
} from "./sections/economy";
export {
  procurementSchema,
  hamburgSchema,
  contributionSchema,
  otherDirectAwardSchema,
  directAwardSchema,
  type Procurement,
  type Hamburg,
  type Contribution,
  type OtherDirectAward,
} from "./sections/procurement";
export { collaborationFormSchema, type CollaborationForm } from "./sections/collaboration-form";
export { controlSchema, type Control } from "./sections/control";
export { informationSchema, type Information } from "./sections/information";
export { anchoringSchema, type Anchoring } from "./sections/anchoring";
export { agreementSchema, clausesSchema, type Agreement, type Clauses } from "./sections/agreement";
export { MAX_AMOUNT_KR, MAX_TEXT } from "./sections/common";
export { MAX_TITLE, textLimit } from "./limits";
