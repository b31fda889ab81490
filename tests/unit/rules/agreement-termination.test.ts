import { describe, expect, it } from "vitest";
import { evaluateCase } from "@/lib/rules";
import { exampleCase } from "../../support/documents";

// Report 2.1.2: the notice period is among what every agreement should settle. A right to terminate
// with no period leaves open when the agreement ends; a clause that rules termination out, ends the
// term by itself or terminates with immediate effect for breach needs none (a review's cases).
const fires = (clause: string) => {
  const c = exampleCase();
  c.economy.term = { kind: "fast", months: 36, extensionMonths: 0 };
  delete c.agreement.noticePeriodMonths;
  c.agreement.clauses.uppsagning = clause;
  return evaluateCase(c, "2026-11-25").findings.some((f) => f.code === "AGREEMENT_TERMINATION_WITHOUT_NOTICE");
};

describe("a termination clause without a notice period", () => {
  it.each(["Varje part får säga upp avtalet skriftligen.", "Avtalet kan sägas upp skriftligen.", "Om en part säger upp avtalet ska uppgiften återgå."])("is found: %s", (clause) => {
    expect(fires(clause)).toBe(true);
  });

  it.each([
    "Avtalet upphör utan föregående uppsägning den 31 december 2028.",
    "Ingen part får säga upp avtalet under avtalstiden.",
    "Vid väsentligt avtalsbrott får part säga upp avtalet med omedelbar verkan.",
    "Varje part får säga upp avtalet med en månads uppsägningstid.",
    "Varje part får säga upp avtalet med sex (6) månaders uppsägningstid.",
    "Varje part får säga upp avtalet med ett års uppsägningstid.",
    "Varje part får säga upp avtalet med 90 dagars uppsägningstid.",
    "Varje part får säga upp avtalet med 3 månaders uppsägningstid.",
    "Uppgiften återtas enligt plan.",
  ])("is not found: %s", (clause) => {
    expect(fires(clause)).toBe(false);
  });
});
