import { HAMBURG_SHARE_LIMIT, MIN_TASK_DESCRIPTION_LENGTH } from "./thresholds";
import type { RuleDefinition } from "./types";

/** What docs/rules.md says of a rule beyond its Swedish texts: when it fires and why it exists (English). */
export type RuleDoc = Pick<RuleDefinition, "firesWhen" | "why">;

/**
 * Each rule's documentation, by code, in the catalogue's order. It lives apart from the rules
 * (lib/rules/rules/*.ts) because the browser runs the rules for the live findings but never shows
 * this text: kept here, it stays out of the step page's JavaScript. A rule without an entry fails
 * the unit tests (tests/unit/rules/docs.test.ts). Plain data only, so a bundler can leave the
 * module out wherever it is not read.
 */
export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  // Personal data in free text
  PERSONAL_DATA_IN_FREE_TEXT: {
    firesWhen: "Any string in the case contains a valid Swedish personnummer or samordningsnummer (YYMMDD-XXXX, YYMMDD+XXXX, YYYYMMDD-XXXX, with or without dash; real date, day + 60 for samordningsnummer, Luhn check digit). One finding per field; the step follows the field's section.",
    why: "A case describes a collaboration between organisations, not clients. Identity numbers in a case document are unnecessary personal data and would spread to every reader of the case.",
  },
  // Needs (step 1)
  NEEDS_PROBLEM_MISSING: {
    firesWhen: "`needs.problem` is empty.",
    why: "Step 1 of the method guide starts from a concrete problem; a precise need makes the task possible to define.",
  },
  NEEDS_SCOPE_MISSING: {
    firesWhen: "`needs.inScope` or `needs.outOfScope` is empty.",
    why: "The guide asks what the collaboration covers and what it does not; the tasks must be precisely defined, especially when a procurement exception is relied on.",
  },
  NEEDS_GOALS_NOT_MEASURABLE: {
    firesWhen: "No goal in `needs.goals` has both a key figure and a target value.",
    why: "The report recommends measurable goals so that committees can review whether the collaboration reached its purpose; the Mellerud minutes show politicians asking for measurable goals and key figures.",
  },
  NEEDS_BENEFITS_MISSING: {
    firesWhen: "`needs.benefits` is empty.",
    why: "The guide's needs analysis names the expected benefits, which later form the basis for follow-up.",
  },
  // Parties
  PARTIES_TOO_FEW: {
    firesWhen: "The case has fewer than two parties.",
    why: "Avtalssamverkan is an agreement in which one municipality or region performs a task for another; it needs at least two parties.",
  },
  PARTY_NOT_ELIGIBLE: {
    firesWhen: "A party has type kommunalt_bolag, privat_aktor or statlig_myndighet.",
    why: "Only municipalities and regions (and, within their remit, kommunalförbund) may be parties to avtalssamverkan; municipal companies, private actors and the state may not.",
  },
  PARTY_KOMMUNALFORBUND_VERIFY: {
    firesWhen: "A party has type kommunalforbund.",
    why: "The report says a kommunalförbund may be a party when the task is within its remit; this has not been confirmed against other sources, so it is shown as a verify item.",
  },
  PARTY_TYPE_MISSING: {
    firesWhen: "A party has no type.",
    why: "Whether a party may enter avtalssamverkan depends on what kind of organisation it is.",
  },
  PARTY_ROLE_MISSING: {
    firesWhen: "A party has no role (uppdragsgivare, uppdragstagare or both).",
    why: "The report asks the parties to settle who is client and who is contractor; responsibility, delegation and compensation follow from the roles.",
  },
  PARTIES_NO_CLIENT: {
    firesWhen: "Every party has a role, and none is uppdragsgivare (or both).",
    why: "Without a client no task is handed over, so there is no avtalssamverkan.",
  },
  PARTIES_NO_CONTRACTOR: {
    firesWhen: "Every party has a role, and none is uppdragstagare (or both).",
    why: "Someone must perform the task for the others.",
  },
  // Tasks
  TASKS_MISSING: {
    firesWhen: "The case has no tasks.",
    why: "Avtalssamverkan concerns specific tasks; without them nothing else can be assessed.",
  },
  TASK_KIND_MISSING: {
    firesWhen: "A task has no kind (exercise of public authority, or performing a service that could be bought).",
    why: "Exercise of public authority is outside LOU while services may be covered; the whole procurement assessment depends on the distinction.",
  },
  TASK_OUTSIDE_COMPETENCE: {
    firesWhen: "A task has `withinOwnCompetence` = false.",
    why: "A municipality may only collaborate on tasks it could perform itself.",
  },
  TASK_COMPETENCE_UNCONFIRMED: {
    firesWhen: "A task has no answer to `withinOwnCompetence`.",
    why: "Competence must be confirmed for each task before the agreement is drawn up.",
  },
  TASK_DESCRIPTION_VAGUE: {
    firesWhen: `The case relies on a procurement exception (direct award, Hamburg, non-economic services or exercise of public authority) and a task description is missing or shorter than ${MIN_TASK_DESCRIPTION_LENGTH} characters.`,
    why: "The report stresses that tasks must be clearly defined, particularly when a procurement exception is relied on.",
  },
  TASK_GOVERNING_LAW_MISSING: {
    firesWhen: "A task has no `governingLaw`.",
    why: "Legislation that governs the task itself (for example the Social Services Act) still applies in avtalssamverkan and must be identified.",
  },
  // Organisation and staff
  ORG_HUVUDMANNASKAP_TRANSFERRED: {
    firesWhen: "`organisation.huvudmannaskapRetained` is false and the case is not a joint unit (`organisation.jointUnit`).",
    why: "In avtalssamverkan the client keeps huvudmannaskap for its own residents; it is not transferred. A joint unit, where the operating municipality answers for the unit and each placing municipality for its individual, is not a transfer.",
  },
  ORG_HUVUDMANNASKAP_UNCONFIRMED: {
    firesWhen: "`organisation.huvudmannaskapRetained` is not answered and the case is not a joint unit (`organisation.jointUnit`).",
    why: "The parties should confirm that huvudmannaskap stays with the client (report ch. 5 example).",
  },
  ORG_TAKE_BACK_NOT_POSSIBLE: {
    firesWhen: "`organisation.takeBackPossible` is false.",
    why: "The task stays the client's own under KL 9 kap. 37 §; the report reads this as requiring that the client can take it back if problems arise. The statute does not say so in terms, so the citation is marked verify.",
  },
  ORG_TAKE_BACK_UNADDRESSED: {
    firesWhen: "`organisation.takeBackPossible` is not answered.",
    why: "The ability to take the task back follows from retained huvudmannaskap and should be planned.",
  },
  ORG_TASK_ALLOCATION_MISSING: {
    firesWhen: "`organisation.taskAllocation` is empty.",
    why: "The report's fictional example names unclear allocation of responsibility as the main problem that arose.",
  },
  STAFF_TRANSFER_OF_UNDERTAKING: {
    firesWhen: "`staff.changesEmployer` is true.",
    why: "A transfer of undertaking moves employment contracts and terms to the new employer automatically.",
  },
  STAFF_WORK_ENVIRONMENT_NOT_PLACED: {
    firesWhen: "The case has tasks or affected staff, and `staff.workEnvironmentResponsibilityPlaced` is not true.",
    why: "Client and contractor have parallel responsibility for the work environment; the long-term responsibility lies with the employer, and the split must be settled.",
  },
  // External delegation
  DELEGATION_TO_NON_EMPLOYEES: {
    firesWhen: "`delegation.delegateTo` contains `konsulter` or `andra`.",
    why: "External delegation is only possible to employees of the contracting municipality or region; consultants are not employees.",
  },
  DELEGATION_SUBDELEGATION_NOT_ADDRESSED: {
    firesWhen: "`delegation.used` is true and `delegation.subDelegation` is not answered.",
    why: "The agreement should state whether sub-delegation is allowed.",
  },
  DELEGATION_SCOPE_MISSING: {
    firesWhen: "`delegation.used` is true and `delegation.scope` is empty.",
    why: "The extent of external delegation should be agreed; the report lists it among the parts every agreement should contain, and some matters may not be delegated at all.",
  },
  DELEGATION_UNANSWERED_FOR_AUTHORITY: {
    firesWhen: "At least one task is myndighetsutövning and `delegation.used` is not answered.",
    why: "When the contractor handles exercise of public authority, decisions are made on external delegation; whether and how must be settled.",
  },
  // Economy
  ECON_COMPENSATION_ABOVE_COST: {
    firesWhen: "The agreement states a price (per month or a fixed total) or the payment is a valued counter-performance, and the clients' payments (the counter-performance's value included) plus the contractor's own share exceed `economy.selfCostBudget` per year.",
    why: "KL 2 kap. 6 § caps charges at the cost of what the municipality provides, judged over a period; all payments together are compared with the contractor's cost.",
  },
  ECON_COMPENSATION_BELOW_COST: {
    firesWhen: "The agreement states a price or the payment is a valued counter-performance, and the clients' payments (the counter-performance's value included) plus the contractor's own share fall below `economy.selfCostBudget` per year.",
    why: "The report advises that compensation should cover the contractor's cost; otherwise its own residents fund the service for others. This is the report's advice, not KL 2 kap. 6 §, which only caps charges.",
  },
  ECON_SELF_COST_UNCHECKABLE: {
    firesWhen: "`economy.selfCostBudget` is missing.",
    why: "Each party's payment is derived from the contractor's self-cost budget, and a counter-performance is compared with it too; without it neither the payments nor the self-cost cap can be checked.",
  },
  ECON_COUNTER_PERFORMANCE_UNVALUED: {
    firesWhen: "`economy.compensationForm` is a counter-performance and its description or annual value is missing.",
    why: "A counter-performance is payment in kind: it must be stated and valued to check self-cost and to value the purchase under LOU 5 kap.",
  },
  ECON_SPLIT_METHOD_MISSING: {
    firesWhen: "The case has at least two parties and `economy.costSplitMethod` is not set.",
    why: "The report advises that the economic terms say how costs are divided; the report's examples split by population or by share of staff costs.",
  },
  ECON_SHARE_MISSING: {
    firesWhen: "A cost share has no percentage, typed or derived from the parties' inhabitants.",
    why: "Every listed party's share must be known before the split can be checked.",
  },
  ECON_SHARES_NOT_100: {
    firesWhen: "Every cost share has a percentage and they do not add up to 100 (±0.005).",
    why: "If the shares do not add up to 100 %, part of the cost is unfunded or charged twice.",
  },
  ECON_NOT_PREPARED_FOR_DECISION: {
    firesWhen: "`economy.preparedForDecision` is not true.",
    why: "Officials decide only on delegation, and matters of principled character may not be delegated; the report advises preparing the economic terms for the committees and, where required, the council.",
  },
  // Procurement
  PROC_HAMBURG_COOPERATION_NOT_MET: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.establishesCooperation` is false.",
    why: "All four Hamburg criteria are cumulative; criterion 1 (the contract establishes or governs cooperation between the authorities) is not met.",
  },
  PROC_HAMBURG_COOPERATION_UNANSWERED: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.establishesCooperation` is not answered.",
    why: "Criterion 1 (the contract establishes or governs cooperation between the authorities) must be shown to hold before the exception can be relied on.",
  },
  PROC_HAMBURG_COMMON_GOALS_NOT_MET: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.publicServicesCommonGoals` is false.",
    why: "All four Hamburg criteria are cumulative; criterion 2 (the cooperation ensures public services the authorities must provide, for shared goals) is not met.",
  },
  PROC_HAMBURG_COMMON_GOALS_UNANSWERED: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.publicServicesCommonGoals` is not answered.",
    why: "Criterion 2 (the cooperation ensures public services the authorities must provide, for shared goals) must be shown to hold before the exception can be relied on.",
  },
  PROC_HAMBURG_PUBLIC_INTEREST_NOT_MET: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.publicInterestOnly` is false.",
    why: "All four Hamburg criteria are cumulative; criterion 3 (the cooperation is governed only by public-interest considerations) is not met.",
  },
  PROC_HAMBURG_PUBLIC_INTEREST_UNANSWERED: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.publicInterestOnly` is not answered.",
    why: "Criterion 3 (the cooperation is governed only by public-interest considerations) must be shown to hold before the exception can be relied on.",
  },
  PROC_NO_ROUTE_CHOSEN: {
    firesWhen: "At least one task is a service that could be bought (or unclassified) and `procurement.reliedOnRoutes` is empty.",
    why: "Avtalssamverkan about services is covered by procurement law unless an exception applies; the parties must say which route they rely on.",
  },
  PROC_VALUE_NOT_ESTIMABLE: {
    firesWhen: "At least one task is a service that could be bought (or unclassified), the case relies on direct award or on no route yet, and the contract value cannot be estimated under LOU 5 kap. 13 §.",
    why: "Whether direct award is possible depends on the estimated value over the whole term.",
  },
  PROC_SERVICE_CATEGORY_MISSING: {
    firesWhen: "At least one task is a service that could be bought (or unclassified), the case relies on direct award or on no route yet, and `procurement.serviceCategory` is not set.",
    why: "Social and other specific services have a much higher direct-award limit than other services.",
  },
  PROC_LIMIT_UNKNOWN: {
    firesWhen: "At least one task is a service that could be bought (or unclassified), the case relies on direct award or on no route yet, and no direct-award limit is known for the valuation date (the procurement start date, or else the evaluation date).",
    why: "Limits change; the engine never guesses one. 2026 values have not been confirmed.",
  },
  PROC_DIRECT_AWARD_OVER_LIMIT: {
    firesWhen: "The case relies on direct award, has service tasks, and some paying authority's own value (plus its other direct awards of the same kind) reaches the limit, on every reading.",
    why: "Direct award on the ground of low value is only allowed when the estimated value is below the direct-award limit; its other grounds (extreme urgency, the conditions for a negotiated procedure without notice) are not assessed here.",
  },
  PROC_DIRECT_AWARD_PER_MUNICIPALITY: {
    firesWhen: "The case relies on direct award, each paying authority's value is below the limit, but the clients' payments together reach it.",
    why: "The report counts the limit per participating municipality, but the procurement authority calls the legal position on joint purchases unclear; relying on it is an assumption.",
  },
  PROC_DIRECT_AWARD_TERM_READING: {
    firesWhen: "The case relies on direct award, the service category and the limit are known, and every paying authority at the limit reaches it only with the higher of the two readings of a fixed term over 48 months with a known price per period (the total over the term with extensions, or the monthly value times 48).",
    why: "LOU 5 kap. 13 § gives the 48-month rule for contracts without a total price; whether a known price per period over a longer fixed term is a total price is left to a jurist, and the route's verdict is `needs_legal_assessment`. Without this finding nothing asked the jurist for it before approval.",
  },
  PROC_DIRECT_AWARD_ASSUMPTIONS: {
    firesWhen: "The case relies on direct award and the direct-award verdict is `applies`. Its fields are every answer the valuation reads, the service category and the procurement start (which pick the limit) and, split by inhabitants, the populations, so a jurist's verification reopens when the value or the limit moves.",
    why: "The conclusion rests on assumptions that must be checked: each authority's direct awards of the same kind in one financial year are counted together, and the limit in force when the procurement starts applies.",
  },
  PROC_DIRECT_AWARD_DOCUMENTATION: {
    firesWhen: "The case relies on direct award, the direct-award verdict is `applies` (as for PROC_DIRECT_AWARD_ASSUMPTIONS: over the limit the blocker speaks, and an open verdict is settled first), and `procurement.directAward.documented` or `procurement.directAward.internalGuidelines` is not answered yes.",
    why: "Direct award is a procedure under LOU 19 a kap., not an exception: the authority must document a direct award worth at least 100 000 kronor (\"uppgår till minst 100 000 kronor\", LOU 19 a kap. 11 § as Upphandlingsmyndigheten's question portal has it, 2022-03-31) and decide on guidelines for its use where needed. Only the chapter is cited: the paragraphs are not checked against the statute.",
  },
  PROC_HAMBURG_MARKET_SHARE_TOO_HIGH: {
    firesWhen: `The case relies on the Hamburg exception and \`procurement.hamburg.openMarketSharePercent\` is ${HAMBURG_SHARE_LIMIT} or more.`,
    why: `The participating authorities must perform less than ${HAMBURG_SHARE_LIMIT} % of the activities concerned on the open market.`,
  },
  PROC_HAMBURG_MARKET_SHARE_UNKNOWN: {
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.openMarketSharePercent` is not given.",
    why: `The ${HAMBURG_SHARE_LIMIT} % market-share test cannot be made without the share.`,
  },
  PROC_HAMBURG_PAYMENT_ONLY: {
    firesWhen: "The case relies on the Hamburg exception and some party's contribution is only payment.",
    why: "Real cooperation requires contributions from the parties toward shared goals; one authority buying a service from another is not cooperation (C-429/19 Remondis).",
  },
  PROC_HAMBURG_CONTRIBUTIONS_UNANSWERED: {
    firesWhen: "The case relies on the Hamburg exception and some party's contribution to the cooperation is not answered.",
    why: "Without each party's contribution it cannot be judged whether the arrangement is real cooperation (C-429/19 Remondis).",
  },
  PROC_HAMBURG_LEGAL_REVIEW: {
    firesWhen: "The case relies on the Hamburg exception.",
    why: "Exceptions from the procurement rules are read restrictively (the Court of Justice's case law) and the legal position is partly unclear; legal review is advised (\"bör\").",
  },
  PROC_TECKAL_BETWEEN_MUNICIPALITIES: {
    firesWhen: "The case relies on the Teckal exception and no party is a municipal company or a kommunalförbund.",
    why: "Teckal covers purchases from entities the authority controls (its own companies); it is not a route for avtalssamverkan between municipalities.",
  },
  PROC_NON_ECONOMIC_SERVICES_RELIED: {
    firesWhen: "The case relies on the exception for non-economic services of general interest.",
    why: "There is no case law and the legal position is unclear (SOU 2016:78).",
  },
  PROC_AUTHORITY_ROUTE_MISSES_SERVICES: {
    firesWhen: "The case relies on the exercise-of-public-authority route and on no other, and at least one task is a service that could be bought.",
    why: "The exercise-of-public-authority route covers only the tasks that are exercise of public authority; services need a route of their own.",
  },
  PROC_ORDINARY_PROCUREMENT_REQUIRED: {
    firesWhen: "The ordinary-procurement assessment is `applies` (no route remains open), the case does not say it will procure under LOU, and no relied-on route already has its own blocker (one fact, one blocker).",
    why: "When no exception applies, services must be procured in competition; avtalssamverkan cannot replace the procurement.",
  },
  PROC_PROCUREMENT_REQUIRED_UNLESS_OPEN_ROUTE: {
    firesWhen: "Direct award is out (`does_not_apply`), the ordinary-procurement assessment is `needs_legal_assessment` because another route (Hamburg, Teckal, non-economic services, or an unclassified task) is still open, the case does not say it will procure under LOU, and no relied-on route already has its own blocker.",
    why: "While a route still needs legal assessment, \"must procure\" is not yet true: procurement is required unless that route holds. One fact gives one finding, as strong as the law and no stronger.",
  },
  // Collaboration form (step 2C)
  FORM_NOT_CHOSEN: {
    firesWhen: "`collaborationForm.chosen` is not set.",
    why: "Step 2C asks the parties to decide the form of collaboration after comparing the alternatives in Table 1.",
  },
  FORM_NOT_AVTALSSAMVERKAN: {
    firesWhen: "`collaborationForm.chosen` is set to a form other than avtalssamverkan.",
    why: "The guide and this engine assess avtalssamverkan under KL 9 kap. 37 §; other forms follow other rules.",
  },
  FORM_SAMORDNINGSFORBUND_SCOPE: {
    firesWhen: "`collaborationForm.chosen` is samordningsforbund.",
    why: "A samordningsförbund only coordinates and funds rehabilitation for individuals and cannot be used for other purposes.",
  },
  FORM_ALTERNATIVES_NOT_COMPARED: {
    firesWhen: "`collaborationForm.alternativesConsidered` is empty.",
    why: "The decision on form should rest on a comparison with the alternatives.",
  },
  // Control and reporting (step 3A)
  CONTROL_NO_FOLLOW_UP: {
    firesWhen: "`control.followUpRoutine` is empty.",
    why: "The client keeps huvudmannaskap and should be able to follow up the tasks it is responsible for; the report recommends a follow-up routine and lists follow-up among the parts every agreement should contain.",
  },
  CONTROL_NO_ANNUAL_REPORT: {
    firesWhen: "`control.annualReportToCouncil` is not true.",
    why: "KL 9 kap. 38 § (SFS 2018:569): the executive board shall report to the council every year on the municipality's avtalssamverkan; the report (2.1.2) says the same (\"krävs\") and where the report may be given.",
  },
  CONTROL_NO_INTERNAL_CONTROL: {
    firesWhen: "`control.internalControl` is empty.",
    why: "Each committee remains responsible for internal control of the tasks covered by the collaboration.",
  },
  CONTROL_OVERSIGHT_UNADDRESSED: {
    firesWhen: "`control.executiveBoardOversight` is not true.",
    why: "The executive board has an oversight duty over the collaboration and must be able to act on problems.",
  },
  // Information handling (step 3B)
  INFO_PERSONAL_DATA_UNANSWERED: {
    firesWhen: "The case has tasks and `information.personalData` is not answered.",
    why: "Whether personal data are processed decides which data-protection arrangements are needed.",
  },
  INFO_PERSONAL_DATA_DENIED_FOR_CASEWORK: {
    firesWhen: "`information.personalData` is false and a task is myndighetsutövning, or `needs.activityArea` is an area of individual casework (not ledning or övrigt).",
    why: "Information about the individuals whose matters social services handle is personal data, and performing the task processes it (GDPR art. 4.1–4.2); a \"Nej\" there removes every data-protection finding, so it is checked, not taken on trust.",
  },
  INFO_SEPARATE_CONTROLLERS_VERIFY: {
    firesWhen: "`information.personalData` is true and `information.controllerModel` is separata_personuppgiftsansvariga.",
    why: "Each nämnd may be the controller of its own processing (GDPR art. 4.7), needing neither art. 26 nor art. 28; which model fits avtalssamverkan is not settled, so the product says so and asks for a jurist's view instead of choosing.",
  },
  INFO_NO_CONTROLLER_ARRANGEMENT: {
    firesWhen: "`information.personalData` is true and the document the chosen `information.controllerModel` needs is missing (a joint-controller arrangement, or a processor agreement); without a model, when neither exists.",
    why: "Joint controllers need a written arrangement (GDPR art. 26); a processor relationship must be governed by an agreement (GDPR art. 28).",
  },
  INFO_AUTHORITY_RECORDS_ROUTINES_MISSING: {
    firesWhen: "At least one task is myndighetsutövning and registration or archiving routines are not confirmed.",
    why: "When avtalssamverkan includes exercise of public authority and case handling, registration and archiving must be arranged.",
  },
  INFO_SECRET_DATA_NO_LEGAL_BASIS: {
    firesWhen: "`information.secretData` is true and `information.secrecyLegalBasis` is empty or says it is not known (e.g. \"Vet inte – juristen ska ta ställning\").",
    why: "Secret data may only pass between authorities with legal support; which OSL provision applies in avtalssamverkan is not confirmed.",
  },
  INFO_SECRECY_BASIS_VERIFY: {
    firesWhen: "`information.secretData` is true and a legal basis is given (not an answer saying it is unknown).",
    why: "The provision has not been confirmed and must be checked before it is relied on.",
  },
  INFO_SENSITIVE_DATA_UNANSWERED: {
    firesWhen: "`information.personalData` is true and `information.sensitiveData` is not answered.",
    why: "Social services data are often special categories of personal data (GDPR art. 9), which need a specific basis and the social services' own data-processing rules.",
  },
  INFO_SOCIAL_SERVICES_DATA_RULES_UNCHECKED: {
    firesWhen: "`information.personalData` is true and `information.socialServicesDataRulesChecked` is not answered yes.",
    why: "Processing personal data in the social services is governed by the social services' own rules besides the GDPR; the agreement's data-protection clause can only say processing follows them once they have been gone through. Which act and provisions apply after SoL 2025:400 is not confirmed, so the citation is marked verify.",
  },
  INFO_ARCHIVING_ROUTINE_NO: {
    firesWhen: "`information.archivingRoutine` is false and no task is myndighetsutövning (then INFO_AUTHORITY_RECORDS_ROUTINES_MISSING already says it).",
    why: "The report lists registration and archiving among the document-handling questions every agreement should settle; a \"no\" is a gap, not an answer.",
  },
  INFO_SECURITY_ROUTINES_MISSING: {
    firesWhen: "Personal data or secret data are handled and `information.securityRoutines` is empty.",
    why: "Step 3B asks for routines for security and information handling to protect sensitive information.",
  },
  // Anchoring (step 3C)
  ANCHOR_CONTRACTOR_MANDATE_UNCONFIRMED: {
    firesWhen: "`anchoring.contractorMandate` is not true.",
    why: "The contractor's nämnd performs the task for others; its tasks are set by its fullmäktige in the reglemente (KL 6 kap. 44 §), and where that gives no support its fullmäktige decides. The report (5.1) asks that the collaboration be possible to set up within one's own municipality.",
  },
  ANCHOR_NO_DECISION_PATH: {
    firesWhen: "`anchoring.committeeDecisionPlanned` is not true.",
    why: "The agreement and its economic terms must be decided by the responsible committees (and the council where required).",
  },
  ANCHOR_COUNCIL_DECISION_MISSING: {
    firesWhen: "`anchoring.principledCharacter` is true and `anchoring.councilDecisionPlanned` is not true.",
    why: "Matters of principled character or greater importance are decided by the council.",
  },
  ANCHOR_PRINCIPLED_UNASSESSED: {
    firesWhen: "`anchoring.principledCharacter` is not answered.",
    why: "Whether the agreement is of principled character or greater importance decides if the council must decide.",
  },
  ANCHOR_NO_UNION_CONSULTATION: {
    firesWhen: "Staff are affected (or change employer) and `anchoring.unionConsultation` is neither done nor planned.",
    why: "Important changes affecting employees require negotiation with the unions before decision.",
  },
  ANCHOR_INTERNAL_COMMUNICATION_MISSING: {
    firesWhen: "`anchoring.internalCommunication` is empty.",
    why: "Step 3C asks each party to anchor the collaboration in its own organisation so staff understand goals and routines.",
  },
  // Agreement (step 4)
  AGREEMENT_REQUIRED_CLAUSE_MISSING: {
    firesWhen: "One of the always-required clauses (parter, uppdrag, extern_delegering, ekonomi, informationshantering, uppfoljning, avtalstid, uppsagning) is empty in `agreement.clauses`. One finding per clause.",
    why: "KL 9 kap. 37 § prescribes no agreement contents; the report lists the parts every agreement should contain (\"bör\"). A warning, not a blocker: advice cannot make a collaboration impossible to enter. The report is cited.",
  },
  AGREEMENT_CONDITIONAL_CLAUSE_MISSING: {
    firesWhen: "A conditional clause is required by the case's answers (dataskydd, sekretess, arbetsresultat, forsakring, personal_arbetsmiljo; see the clause table) and is empty. One finding per clause.",
    why: "Depending on scope the report advises that the agreement also regulate data protection, confidentiality, rights to work results, insurance and staff matters.",
  },
  AGREEMENT_NO_TERM_NOR_NOTICE: {
    firesWhen: "`economy.term.kind` is not set and `agreement.noticePeriodMonths` is not set.",
    why: "The report lists term and termination among the parts every agreement should contain (\"bör\"); without either the agreement does not say when or how it ends (general contract law usually allows ending an open agreement with reasonable notice, but what is reasonable is then open to dispute) and the client cannot plan to take the task back. No statute prescribes it, so it is a warning citing the report. What the term means for the contract value is shown in the valuation trace, not here.",
  },
  AGREEMENT_OPEN_TERM_NO_NOTICE: {
    firesWhen: "`economy.term.kind` is tillsvidare and `agreement.noticePeriodMonths` is not set.",
    why: "An open-ended agreement can only end by notice; the notice period must be agreed.",
  },
  AGREEMENT_TERMINATION_WITHOUT_NOTICE: {
    firesWhen: "The term is fixed (`economy.term.kind` fast), `agreement.noticePeriodMonths` is not set, and the written termination clause gives a right to terminate (\"säga upp\", \"sägas upp\", \"säger upp\", \"uppsägning\") with no period in any unit (days, weeks, months or years, in figures or words) and no gap marker; not where no notice is meant (no party may terminate, \"utan föregående uppsägning\", \"omedelbar verkan\").",
    why: "The report (2.1.2) lists the notice period among what every agreement should settle; a right to terminate with no period leaves open when the agreement ends. SKR's advice, so a warning, with no statute.",
  },
  AGREEMENT_NOTICE_PERIODS_DIFFER: {
    firesWhen: "`agreement.noticePeriodMonths` is set and `organisation.takeBackDescription` states a notice period in months (\"6 månaders uppsägningstid\", \"sex (6) månaders uppsägningstid\", \"uppsägningstiden är tre månader\") other than it.",
    why: "The report (2.1.2) lists the notice period among what every agreement should settle. The suggestion for the termination clause carries both answers, so the agreement would state two periods without saying for whom each holds, and the figure check cannot see it (both figures are in the answers). SKR's advice, so a warning with no statute; a point to verify, since different periods for different parties may be meant.",
  },
  AGREEMENT_CLAUSE_FIGURES_NOT_IN_ANSWERS: {
    firesWhen: "A clause text in `agreement.clauses` has an amount (kr), a share (%) or a number of months that no clause suggestion built from today's answers has, or a line or sentence naming one party only (by its name, in the name's own letter case; not also a party by its role, such as “uppdragstagaren”) gives a share or an amount that the answers give another party and not that one (shares written the wrong way round). One finding per clause, listing the figures.",
    why: "The tjänsteskrivelse and its attachments are built from the answers; a clause filled from an older suggestion puts other figures in the agreement than in the decision's basis. A point to verify, so the jurist's approval waits for it; a figure that is right for another reason is verified with its source.",
  },
  AGREEMENT_CLAUSE_HAS_GAPS: {
    firesWhen: "A clause text in `agreement.clauses` still contains the draft gap marker “[…]”. One finding per clause.",
    why: "Drafts built from the answers mark what the answers did not settle; a clause with open gaps is not ready to be signed.",
  },
};
