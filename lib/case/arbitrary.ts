/**
 * fast-check arbitraries that produce schema-valid case documents in the current format, complete
 * or not. Used by property tests and the benchmark; not for application code. Built from the
 * frozen version-1 arbitrary through `upgrade`, plus the answers only version 2 can hold, so the
 * generated cases include migrated ones with answers that need attention.
 */
import fc from "fast-check";
import { CONTRIBUTION_KINDS } from "./enums";
import { caseSchema, type Case } from "./schema";
import { upgrade } from "./upgrade";
import { caseV1Arbitrary, evaluationDateArbitraryV1 } from "./v1/arbitrary-v1";

const amount = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.double({ min: 0, max: 1e8, noNaN: true, noDefaultInfinity: true }));
const optionalAmount = fc.option(amount, { nil: undefined });
const isoDate = evaluationDateArbitraryV1;

const v2Extras = fc.record({
  selfCostBudget: optionalAmount,
  pricePerMonth: optionalAmount,
  fixedTotalPrice: optionalAmount,
  counterValue: optionalAmount,
  startDate: fc.option(isoDate, { nil: undefined }),
  otherAwards: fc.array(optionalAmount, { maxLength: 6 }),
  contributions: fc.array(fc.subarray([...CONTRIBUTION_KINDS]), { maxLength: 6 }),
  documented: fc.option(fc.boolean(), { nil: undefined }),
  guidelines: fc.option(fc.boolean(), { nil: undefined }),
  sensitiveData: fc.option(fc.boolean(), { nil: undefined }),
});

function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const caseArbitrary: fc.Arbitrary<Case> = fc.tuple(caseV1Arbitrary, v2Extras).map(([v1, x]) => {
  const c = caseSchema.parse(upgrade(v1));
  const ids = c.parties.map((p) => p.id);
  const doc: Case = {
    ...c,
    economy: defined({
      ...c.economy,
      selfCostBudget: c.economy.selfCostBudget ?? x.selfCostBudget,
      pricePerMonth: x.pricePerMonth,
      fixedTotalPrice: c.economy.fixedTotalPrice ?? x.fixedTotalPrice,
      counterPerformance: defined({ annualValue: x.counterValue }),
    }),
    procurement: defined({
      ...c.procurement,
      procurementStartDate: c.procurement.procurementStartDate ?? x.startDate,
      otherDirectAwards: c.procurement.otherDirectAwards.length
        ? c.procurement.otherDirectAwards
        : ids.slice(0, x.otherAwards.length).map((partyId, i) => defined({ partyId, valueKr: x.otherAwards[i] })),
      directAward: defined({ documented: x.documented, internalGuidelines: x.guidelines }),
      hamburg: { ...c.procurement.hamburg, contributions: ids.slice(0, x.contributions.length).map((partyId, i) => ({ partyId, kinds: x.contributions[i] ?? [] })) },
    }),
    information: defined({ ...c.information, sensitiveData: x.sensitiveData }),
  };
  return doc;
});

export const evaluationDateArbitrary = isoDate;
