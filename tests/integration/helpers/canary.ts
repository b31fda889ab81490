import { expect } from "vitest";
import { CASE_FORMAT_VERSION, caseSchema } from "@/lib/case";
import type { DemoCaseSpec } from "@/lib/demo/example-cases";

// Issue 12's canary test: cases full of identifying values go through the whole flow
// (propose → approve), and nothing SKR staff can reach may contain any of them.

export const CANARY_PERSON = "Kanarie Fågelsdotter"; // a user of the case
export const MARKED_PERSON = "Pippi Kanarieberg"; // marked by the editors
export const CANARIES = [
  "Kanarie", "Fågelsdotter", "Pippi", "Kanarieberg", "Kanarieby", "Kanarievik", "Kiruna", "Haparanda", "Pajala",
  "19121212", "121212-1212", "701063-2391", "kanarie@", "987 65 43", "0980-55", "212000-0142", "2025/999", "Kanariegatan", "Tornedalen", "4 870 000",
];
const DIRT =
  `Kanarieby kommun och Kanarieviks kommun samverkar med Kiruna, Haparanda kommun och Region Norrbotten. ` +
  `Ansvarig: ${CANARY_PERSON}, kanarie@kanarieby.se, 070-987 65 43 eller 0980-55 12 34. Barnet 19121212-1212 och 121212-1212, samordningsnummer 701063-2391. ` +
  `Förbundet har org.nr 212000-0142, dnr SN 2025/999. Adress: Kanariegatan 7, 981 31 Kanarieby. ${MARKED_PERSON} i Tornedalen ringde. Kostnad 4 870 000 kr.`;

export function canaryCase(n: number): DemoCaseSpec {
  const doc = caseSchema.parse({
    formatVersion: CASE_FORMAT_VERSION,
    title: `Familjehem i Kanarieby ${n}, ${CANARY_PERSON}`,
    parties: [
      { id: "a", name: "Kanarieby kommun", type: "kommun", role: "uppdragstagare", population: 8_000 },
      { id: "b", name: "Kanarieviks kommun", type: "kommun", role: "uppdragsgivare", population: 5_000 },
    ],
    needs: { problem: `Placeringar långt bort. ${DIRT}`, inScope: DIRT, outOfScope: DIRT, benefits: [DIRT], goals: [{ id: "g", description: DIRT, keyFigure: DIRT, unit: "procent", baseline: 1, target: 2 }] },
    tasks: [{ id: "t", description: DIRT, kind: "insats", governingLaw: DIRT }],
    organisation: { taskAllocation: DIRT, takeBackDescription: DIRT },
    delegation: { scope: DIRT },
    economy: { deficitSharing: DIRT, counterPerformance: { description: DIRT } },
    collaborationForm: { chosen: "avtalssamverkan", motivation: DIRT },
    information: { secrecyLegalBasis: DIRT, securityRoutines: DIRT },
    procurement: { reliedOnRoutes: ["hamburg"], notes: DIRT, procurementStartDate: "2025-10-01", hamburg: { marketShareBasis: DIRT, contributions: [{ partyId: "b", kinds: [], description: DIRT }] } },
    agreement: { clauses: { parter: DIRT, uppdrag: DIRT, ekonomi: DIRT, informationshantering: DIRT, uppfoljning: DIRT, avtalstid: DIRT, uppsagning: DIRT, dataskydd: DIRT, sekretess: DIRT } },
  });
  return { key: `kanarie-${n}`, doc, owner: { name: "Kanarieby kommun", type: "KOMMUN", officialCode: null }, completedSteps: ["1", "2A"], startedAt: "2025-01-01" };
}

export function expectNoCanary(label: string, text: string) {
  for (const canary of CANARIES) expect(text.includes(canary), `${label} contains "${canary}"`).toBe(false);
}

