import {
  ACTIVITY_AREA_LABELS,
  CLAUSE_IDS,
  COLLABORATION_FORM_LABELS,
  COMPENSATION_FORM_LABELS,
  CONTROLLER_MODEL_LABELS,
  COST_SPLIT_METHOD_LABELS,
  DELEGATE_KIND_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  SERVICE_CATEGORY_LABELS,
  SUB_DELEGATION_LABELS,
  TERM_KIND_LABELS,
  UNION_CONSULTATION_LABELS,
} from "@/lib/case/enums";
import type { StepId } from "@/lib/guide";

// How each guide step's answers are entered. Labels and help come from the guide (lib/guide)
// through `question`; this file only says which input each answer needs and where it goes.

type Options = Readonly<Record<string, string>>;

export type FieldSpec =
  | { kind: "text" | "textarea" | "date" | "amount" | "months" | "percent" | "yesno"; path: string; question: string }
  | { kind: "choice" | "multichoice"; path: string; question: string; options: Options }
  | { kind: "textlist"; path: string; question: string }
  | {
      kind: "goals" | "tasks" | "parties" | "costShares" | "otherDirectAwards" | "contributions" | "attention" | "formAdvice" | "clauses";
      path: string;
      question: string;
    };

export interface FieldGroup {
  heading: string;
  fields: FieldSpec[];
}

/** A part of a long step with a page of its own (step 2A: organisation, economy, law and procurement). */
export interface StepTopic {
  slug: string;
  title: string;
  groups: FieldGroup[];
}

export interface StepSpec {
  id: StepId;
  slug: string;
  /** Every question of the step; for a step with topics, the topics' groups in order. */
  groups: FieldGroup[];
  /**
   * Steps whose answers this one builds on. Every step can be opened; until these have begun,
   * the step is marked as better done later and its findings are not counted against the case.
   */
  dependsOn: StepId[];
  topics?: readonly StepTopic[];
}

const f = (kind: "text" | "textarea" | "date" | "amount" | "months" | "percent" | "yesno", path: string, question: string): FieldSpec => ({
  kind,
  path,
  question,
});
const choice = (path: string, question: string, options: Options): FieldSpec => ({ kind: "choice", path, question, options });
const multi = (path: string, question: string, options: Options): FieldSpec => ({ kind: "multichoice", path, question, options });

const STEP_2A_TOPICS: readonly StepTopic[] = [
  {
    slug: "organisation",
    title: "Organisation",
    groups: [
      { heading: "Uppgifter", fields: [{ kind: "tasks", path: "tasks", question: "2A.uppgift" }] },
      {
        heading: "Organisation och huvudmannaskap",
        fields: [
          f("textarea", "organisation.taskAllocation", "2A.ansvar"),
          f("yesno", "organisation.huvudmannaskapRetained", "2A.huvudman"),
          f("yesno", "organisation.jointUnit", "2A.gemensam-enhet"),
          f("yesno", "organisation.takeBackPossible", "2A.ateruppta"),
          f("textarea", "organisation.takeBackDescription", "2A.ateruppta-hur"),
        ],
      },
      {
        heading: "Personal och arbetsmiljö",
        fields: [
          f("yesno", "staff.changesEmployer", "2A.arbetsgivare"),
          f("yesno", "staff.workEnvironmentResponsibilityPlaced", "2A.arbetsmiljo"),
          f("textarea", "staff.workEnvironmentDescription", "2A.arbetsmiljo-hur"),
        ],
      },
    ],
  },
  {
    slug: "ekonomi",
    title: "Ekonomi",
    groups: [
      {
        heading: "Ekonomi",
        fields: [
          { kind: "attention", path: "needsAttention", question: "2A.se-over" },
          f("amount", "economy.selfCostBudget", "2A.kostnad"),
          choice("economy.costSplitMethod", "2A.fordelning", COST_SPLIT_METHOD_LABELS),
          { kind: "costShares", path: "economy.costShares", question: "2A.andel" },
          choice("economy.compensationForm", "2A.ersattningsform", COMPENSATION_FORM_LABELS),
          f("textarea", "economy.counterPerformance.description", "2A.motprestation"),
          f("amount", "economy.counterPerformance.annualValue", "2A.motprestation-varde"),
          f("textarea", "economy.deficitSharing", "2A.underskott"),
          choice("economy.term.kind", "2A.avtalstid", TERM_KIND_LABELS),
          f("months", "economy.term.months", "2A.manader"),
          f("months", "economy.term.extensionMonths", "2A.forlangning"),
          f("amount", "economy.pricePerMonth", "2A.pris-manad"),
          f("amount", "economy.fixedTotalPrice", "2A.totalpris"),
          f("yesno", "economy.preparedForDecision", "2A.beslutsunderlag"),
        ],
      },
    ],
  },
  {
    slug: "juridik",
    title: "Juridik och upphandling",
    groups: [
      {
        heading: "Extern delegering",
        fields: [
          f("yesno", "delegation.used", "2A.delegering"),
          multi("delegation.delegateTo", "2A.delegering-till", DELEGATE_KIND_LABELS),
          f("textarea", "delegation.scope", "2A.delegering-omfattning"),
          choice("delegation.subDelegation", "2A.vidaredelegering", SUB_DELEGATION_LABELS),
        ],
      },
      {
        heading: "Upphandling",
        fields: [
          f("date", "procurement.procurementStartDate", "2A.avtalsdatum"),
          choice("procurement.serviceCategory", "2A.tjanstetyp", SERVICE_CATEGORY_LABELS),
          multi("procurement.reliedOnRoutes", "2A.grund", PROCUREMENT_ROUTE_LABELS),
          { kind: "otherDirectAwards", path: "procurement.otherDirectAwards", question: "2A.andra-direkt" },
          f("yesno", "procurement.directAward.documented", "2A.direkt-dokumentation"),
          f("yesno", "procurement.directAward.internalGuidelines", "2A.direkt-riktlinjer"),
          { kind: "contributions", path: "procurement.hamburg.contributions", question: "2A.hamburg-bidrag" },
          f("yesno", "procurement.hamburg.establishesCooperation", "2A.hamburg-1"),
          f("yesno", "procurement.hamburg.publicServicesCommonGoals", "2A.hamburg-2"),
          f("yesno", "procurement.hamburg.publicInterestOnly", "2A.hamburg-3"),
          f("percent", "procurement.hamburg.openMarketSharePercent", "2A.hamburg-4"),
          f("textarea", "procurement.hamburg.marketShareBasis", "2A.hamburg-matt"),
          f("textarea", "procurement.notes", "2A.upphandling-anteckningar"),
        ],
      },
    ],
  },
];

export const STEP_SPECS: readonly StepSpec[] = [
  {
    id: "1",
    slug: "1",
    dependsOn: [],
    groups: [
      {
        heading: "Behovet",
        fields: [
          f("text", "title", "1.titel"),
          f("textarea", "needs.problem", "1.problem"),
          choice("needs.activityArea", "1.verksamhetsomrade", ACTIVITY_AREA_LABELS),
          f("textarea", "needs.inScope", "1.ingar"),
          f("textarea", "needs.outOfScope", "1.ingar-inte"),
          { kind: "textlist", path: "needs.benefits", question: "1.fordelar" },
        ],
      },
      { heading: "Mätbara mål", fields: [{ kind: "goals", path: "needs.goals", question: "1.mal-nyckeltal" }] },
    ],
  },
  {
    id: "2A",
    slug: "2a",
    dependsOn: ["1"],
    topics: STEP_2A_TOPICS,
    groups: STEP_2A_TOPICS.flatMap((topic) => topic.groups),
  },
  {
    id: "2B",
    slug: "2b",
    dependsOn: ["1"],
    groups: [{ heading: "Parter", fields: [{ kind: "parties", path: "parties", question: "2B.namn" }] }],
  },
  {
    id: "2C",
    slug: "2c",
    dependsOn: ["1"],
    groups: [
      { heading: "Vilken form passar?", fields: [{ kind: "formAdvice", path: "collaborationForm.decisionAid", question: "2C.form" }] },
      {
        heading: "Ert beslut",
        fields: [
          choice("collaborationForm.chosen", "2C.form", COLLABORATION_FORM_LABELS),
          f("textarea", "collaborationForm.motivation", "2C.motivering"),
          multi("collaborationForm.alternativesConsidered", "2C.alternativ", COLLABORATION_FORM_LABELS),
        ],
      },
    ],
  },
  {
    id: "3A",
    slug: "3a",
    dependsOn: ["2C"],
    groups: [
      {
        heading: "Styrning och uppföljning",
        fields: [
          f("textarea", "control.followUpRoutine", "3A.uppfoljning"),
          f("yesno", "control.annualReportToCouncil", "3A.fullmaktige"),
          f("textarea", "control.internalControl", "3A.internkontroll"),
          f("yesno", "control.executiveBoardOversight", "3A.uppsikt"),
        ],
      },
    ],
  },
  {
    id: "3B",
    slug: "3b",
    dependsOn: ["2C"],
    groups: [
      {
        heading: "Personuppgifter",
        fields: [
          f("yesno", "information.personalData", "3B.personuppgifter"),
          f("yesno", "information.sensitiveData", "3B.kansliga"),
          f("yesno", "information.socialServicesDataRulesChecked", "3B.socialtjanstdata"),
          choice("information.controllerModel", "3B.modell", CONTROLLER_MODEL_LABELS),
          f("yesno", "information.jointControllerArrangementDocumented", "3B.gemensamt"),
          f("yesno", "information.processorAgreement", "3B.bitrade"),
        ],
      },
      {
        heading: "Handlingar, sekretess och säkerhet",
        fields: [
          f("yesno", "information.registrationRoutine", "3B.diarium"),
          f("yesno", "information.archivingRoutine", "3B.arkiv"),
          f("yesno", "information.secretData", "3B.sekretess"),
          f("textarea", "information.secrecyLegalBasis", "3B.sekretessgrund"),
          f("textarea", "information.securityRoutines", "3B.sakerhet"),
        ],
      },
    ],
  },
  {
    id: "3C",
    slug: "3c",
    dependsOn: ["2C"],
    groups: [
      {
        heading: "Beslut",
        fields: [
          f("yesno", "anchoring.committeeDecisionPlanned", "3C.namnd"),
          f("yesno", "anchoring.principledCharacter", "3C.principiell"),
          f("yesno", "anchoring.councilDecisionPlanned", "3C.fullmaktige"),
          f("yesno", "anchoring.contractorMandate", "3C.mandat"),
        ],
      },
      {
        heading: "Medarbetare",
        fields: [
          f("yesno", "anchoring.staffAffected", "3C.personal"),
          choice("anchoring.unionConsultation", "3C.mbl", UNION_CONSULTATION_LABELS),
          f("textarea", "anchoring.internalCommunication", "3C.information"),
        ],
      },
    ],
  },
  {
    id: "4",
    slug: "4",
    dependsOn: ["2A", "2B"],
    groups: [
      {
        heading: "Avtalets villkor",
        fields: [
          f("months", "agreement.noticePeriodMonths", "4.uppsagningstid"),
          f("yesno", "agreement.createsWorkResults", "4.arbetsresultat-fraga"),
        ],
      },
      { heading: "Avtalets klausuler", fields: [{ kind: "clauses", path: "agreement.clauses", question: "4.parter" }] },
    ],
  },
];

export function stepSpec(id: StepId): StepSpec {
  const spec = STEP_SPECS.find((s) => s.id === id);
  if (!spec) throw new Error(`Unknown step ${id}`);
  return spec;
}

export function stepBySlug(slug: string): StepSpec | undefined {
  return STEP_SPECS.find((s) => s.slug === slug);
}

/**
 * The answer paths a step owns; a save for the step may only touch these. Each clause is an
 * answer of its own, so two people drafting different clauses never conflict.
 */
export function answerPaths(spec: { groups: readonly FieldGroup[] }): string[] {
  return spec.groups.flatMap((g) =>
    g.fields.flatMap((field) => (field.kind === "clauses" ? CLAUSE_IDS.map((id) => `${field.path}.${id}`) : [field.path])),
  );
}

/** Every answer path of every step, to check a save request against. */
export const ALL_ANSWER_PATHS: ReadonlySet<string> = new Set(STEP_SPECS.flatMap(answerPaths));

/** The step whose form holds an answer (or a part of one, e.g. "parties.0.type"). */
export function stepOfField(fieldPath: string): StepSpec | undefined {
  return STEP_SPECS.find((spec) => answerPaths(spec).some((answer) => fieldPath === answer || fieldPath.startsWith(`${answer}.`)));
}
