import { describe, expect, it } from "vitest";
import type { Case } from "@/lib/case";
import { demoExampleCases } from "@/lib/demo/example-cases";
import { evaluateCase } from "@/lib/rules";
import { standingDecisions } from "@/lib/review/data";
import { keyFindings } from "@/lib/review/findings";
import { findingFingerprint } from "@/lib/review/hash";

// A decision holds while the facts its finding rests on are unchanged (issue 9): the fingerprints
// are remembered with the assessment, and must still be of the document they are asked about.
const doc = structuredClone(demoExampleCases().find((s) => s.key === "norrstrom-fjallviken")!.doc) as Case;
const evaluation = evaluateCase(doc, "2026-12-05");
const secrecy = keyFindings(evaluation.findings).find((k) => k.key === "INFO_SECRECY_BASIS_VERIFY")!;

function decided(fingerprint: string) {
  return [
    { findingKey: secrecy.key, kind: "VERIFIED" as const, motivation: "Kontrollerat mot OSL.", source: null, decidedByName: "Julia Rätt", createdAt: new Date("2026-12-01T10:00:00Z"), organizationId: "org-a", caseVersion: 3, fingerprint },
  ];
}

describe("standingDecisions", () => {
  it("holds a decision on the facts it was made on, and not after they change, with one assessment object", () => {
    const rows = decided(findingFingerprint(doc, secrecy.finding));
    expect(standingDecisions(rows, doc, evaluation)[0]!.holds).toBe(true);
    const changed = structuredClone(doc);
    changed.information.secrecyLegalBasis = "En annan bestämmelse (verifiera)";
    // The same assessment object, asked about another document: its fingerprint is of that document.
    expect(standingDecisions(rows, changed, evaluation)[0]!.holds).toBe(false);
    expect(standingDecisions(rows, doc, evaluation)[0]!.holds).toBe(true);
  });

  it("does not hold a decision whose fingerprint differs, or whose finding is gone", () => {
    expect(standingDecisions(decided("0".repeat(64)), doc, evaluation)[0]!.holds).toBe(false);
    const gone = [{ ...decided(findingFingerprint(doc, secrecy.finding))[0]!, findingKey: "NO_SUCH_RULE" }];
    expect(standingDecisions(gone, doc, evaluation)[0]!.holds).toBe(false);
  });
});
