import type { Case } from "./schema";
import { CASE_FORMAT_VERSION } from "./version";

/** A new case with every section present and nothing answered. */
export function emptyCase(): Case {
  return {
    formatVersion: CASE_FORMAT_VERSION,
    parties: [],
    needs: { benefits: [], goals: [] },
    tasks: [],
    organisation: {},
    delegation: { delegateTo: [] },
    staff: {},
    economy: { costShares: [], counterPerformance: {}, term: {} },
    procurement: { reliedOnRoutes: [], otherDirectAwards: [], directAward: {}, hamburg: { contributions: [] } },
    collaborationForm: { decisionAid: {}, alternativesConsidered: [] },
    control: {},
    information: {},
    anchoring: {},
    agreement: { clauses: {} },
    needsAttention: [],
  };
}
