/**
 * FROZEN: fast-check arbitrary of stored case documents in format VERSION 1, as they were written
 * before version 2. The upgrade test runs the migration over these; never change them to follow
 * the current schema. Not for application code.
 */
import fc from "fast-check";

const CONTROLLER_MODELS_V1 = ["gemensamt_personuppgiftsansvar", "personuppgiftsbitrade"] as const;
import {
  CLAUSE_IDS,
  COLLABORATION_FORMS,
  COMPENSATION_FORMS,
  COST_SPLIT_METHODS,
  DELEGATE_KINDS,
  PARTY_ROLES,
  PARTY_TYPES,
  PROCUREMENT_ROUTES,
  SERVICE_CATEGORIES,
  SUB_DELEGATION,
  TASK_KINDS,
  TERM_KINDS,
  UNION_CONSULTATION,
} from "../enums";

const optional = { requiredKeys: [] as never[] };

// Mixes realistic Swedish text, digit runs and real identity numbers so the
// free-text scan is exercised on both hits and near misses.
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.constantFrom("", "  ", "Strukturerad familjebehandling för barn 12–17 år i öppenvård.", "Ingår inte", "Årlig uppföljning i nämnd") },
  { weight: 1, arbitrary: fc.constantFrom("Kontakt 811218-9876", "Ref 19121212-1212", "Belopp 8109450 kr", "Tel 0701234567", "Samordningsnr 701063-2391") },
);
const bool = fc.boolean();
const amount = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.double({ min: 0, max: 1e8, noNaN: true, noDefaultInfinity: true }));
const percent = fc.oneof(fc.constantFrom(0, 10, 20, 25, 50, 70, 100), fc.double({ min: 0, max: 100, noNaN: true }));
const months = fc.integer({ min: 0, max: 120 });
const isoDate = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const party = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: text,
      type: fc.constantFrom(...PARTY_TYPES),
      role: fc.constantFrom(...PARTY_ROLES),
      population: fc.integer({ min: 0, max: 1_000_000 }),
      officialCode: fc.constantFrom("0180", "01", "212000-0142"),
    },
    { requiredKeys: ["id"] },
  );

const task = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      description: text,
      kind: fc.constantFrom(...TASK_KINDS),
      withinOwnCompetence: bool,
      governingLaw: text,
    },
    { requiredKeys: ["id"] },
  );

const goal = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      description: text,
      keyFigure: text,
      baseline: fc.integer({ min: -100, max: 1000 }),
      target: fc.integer({ min: -100, max: 1000 }),
      unit: text,
      targetDate: isoDate,
    },
    { requiredKeys: ["id"] },
  );

const ids = (prefix: string, max: number) =>
  fc.integer({ min: 0, max }).map((n) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`));

const clauses = fc
  .subarray([...CLAUSE_IDS])
  .chain((keys) => fc.tuple(...keys.map(() => text)).map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]]))));

/** A stored version-1 document (plain JSON, as read from the database or a file). */
export type CaseDocumentV1 = Record<string, unknown> & { formatVersion: 1 };

export const caseV1Arbitrary: fc.Arbitrary<CaseDocumentV1> = fc
  .record({ partyIds: ids("p", 6), taskIds: ids("t", 4), goalIds: ids("g", 3) })
  .chain(({ partyIds, taskIds, goalIds }) =>
    fc.record({
      formatVersion: fc.constant(1 as const),
      title: fc.option(text, { nil: undefined }),
      parties: fc.tuple(...partyIds.map(party)),
      needs: fc.record(
        {
          problem: fc.option(text, { nil: undefined }),
          inScope: fc.option(text, { nil: undefined }),
          outOfScope: fc.option(text, { nil: undefined }),
          benefits: fc.array(text, { maxLength: 3 }),
          goals: fc.tuple(...goalIds.map(goal)),
        },
        { requiredKeys: ["benefits", "goals"] },
      ),
      tasks: fc.tuple(...taskIds.map(task)),
      organisation: fc.record(
        { taskAllocation: text, huvudmannaskapRetained: bool, takeBackPossible: bool, takeBackDescription: text },
        optional,
      ),
      delegation: fc.record(
        {
          used: fc.option(bool, { nil: undefined }),
          delegateTo: fc.subarray([...DELEGATE_KINDS]),
          scope: fc.option(text, { nil: undefined }),
          subDelegation: fc.option(fc.constantFrom(...SUB_DELEGATION), { nil: undefined }),
        },
        { requiredKeys: ["delegateTo"] },
      ),
      staff: fc.record({ changesEmployer: bool, workEnvironmentResponsibilityPlaced: bool, workEnvironmentDescription: text }, optional),
      economy: fc.record(
        {
          annualCost: fc.option(amount, { nil: undefined }),
          annualCompensation: fc.option(amount, { nil: undefined }),
          compensationForm: fc.option(fc.constantFrom(...COMPENSATION_FORMS), { nil: undefined }),
          costSplitMethod: fc.option(fc.constantFrom(...COST_SPLIT_METHODS), { nil: undefined }),
          costShares: fc
            .subarray(partyIds)
            .chain((sharedIds) =>
              fc.tuple(...sharedIds.map((partyId) => fc.record({ partyId: fc.constant(partyId), percent: percent }, { requiredKeys: ["partyId"] }))),
            ),
          contractValue: fc.option(amount, { nil: undefined }),
          monthlyValue: fc.option(amount, { nil: undefined }),
          term: fc.record({ kind: fc.constantFrom(...TERM_KINDS), months, extensionMonths: months }, optional),
          preparedForDecision: fc.option(bool, { nil: undefined }),
        },
        { requiredKeys: ["costShares", "term"] },
      ),
      procurement: fc.record(
        {
          serviceCategory: fc.option(fc.constantFrom(...SERVICE_CATEGORIES), { nil: undefined }),
          reliedOnRoutes: fc.subarray([...PROCUREMENT_ROUTES]),
          otherDirectAwardsSameKindValue: fc.option(amount, { nil: undefined }),
          hamburg: fc.record(
            {
              establishesCooperation: bool,
              publicServicesCommonGoals: bool,
              publicInterestOnly: bool,
              openMarketSharePercent: percent,
              marketShareBasis: text,
            },
            optional,
          ),
        },
        { requiredKeys: ["reliedOnRoutes", "hamburg"] },
      ),
      collaborationForm: fc.record(
        {
          decisionAid: fc.record({ ownLegalPerson: bool, stateAgencies: bool, privateActors: bool, bindingAgreement: bool }, optional),
          chosen: fc.option(fc.constantFrom(...COLLABORATION_FORMS), { nil: undefined }),
          motivation: fc.option(text, { nil: undefined }),
          alternativesConsidered: fc.subarray([...COLLABORATION_FORMS]),
        },
        { requiredKeys: ["decisionAid", "alternativesConsidered"] },
      ),
      control: fc.record({ followUpRoutine: text, annualReportToCouncil: bool, internalControl: text, executiveBoardOversight: bool }, optional),
      information: fc.record(
        {
          personalData: bool,
          // The two values format version 1 knew; CONTROLLER_MODELS has gained one since.
          controllerModel: fc.constantFrom(...CONTROLLER_MODELS_V1),
          jointControllerArrangementDocumented: bool,
          processorAgreement: bool,
          registrationRoutine: bool,
          archivingRoutine: bool,
          secretData: bool,
          secrecyLegalBasis: text,
          securityRoutines: text,
        },
        optional,
      ),
      anchoring: fc.record(
        {
          committeeDecisionPlanned: bool,
          councilDecisionPlanned: bool,
          principledCharacter: bool,
          staffAffected: bool,
          unionConsultation: fc.constantFrom(...UNION_CONSULTATION),
          internalCommunication: text,
        },
        optional,
      ),
      agreement: fc.record(
        { clauses, noticePeriodMonths: fc.option(months, { nil: undefined }), createsWorkResults: fc.option(bool, { nil: undefined }) },
        { requiredKeys: ["clauses"] },
      ),
    }),
  )
  .map((c) => stripUndefined(c) as CaseDocumentV1);

// fc.option with nil: undefined yields explicit undefined keys; stored JSON never has them.
function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v);
    return out;
  }
  return value;
}

export const evaluationDateArbitraryV1 = isoDate;
