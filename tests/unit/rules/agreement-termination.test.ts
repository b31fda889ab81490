import { describe, expect, it } from "vitest";
import { evaluateCase } from "@/lib/rules";
import { noticePeriodsIn } from "@/lib/rules/clause-figures";
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

// Report 2.1.2: the agreement should settle the notice period. A walk answered 3 months while the
// description of how the task is taken back said six; the clause suggestion wrote both.
describe("notice periods that differ between the answers", () => {
  it.each([
    ["Varje part får säga upp avtalet med 3 månaders uppsägningstid. Fjällviken kan säga upp avtalet med sex månaders uppsägningstid.", [3, 6]],
    ["med sex (6) månaders uppsägningstid", [6]],
    ["Uppsägningstiden är tre månader.", [3]],
    ["Uppsägningstid: 12 månader", [12]],
    ["Ömsesidig uppsägningstid om sex månader.", [6]],
    ["med en månads uppsägningstid", [1]],
    ["med 90 dagars uppsägningstid", []],
    ["Handlingarna lämnas tillbaka inom en månad.", []],
  ])("reads the notice periods in months of: %s", (text, months) => {
    expect(noticePeriodsIn(text)).toEqual(months);
  });

  const differ = (answered: number | undefined, described: string) => {
    const c = exampleCase();
    if (answered === undefined) delete c.agreement.noticePeriodMonths;
    else c.agreement.noticePeriodMonths = answered;
    c.organisation.takeBackDescription = described;
    return evaluateCase(c, "2026-11-25").findings.filter((f) => f.code === "AGREEMENT_NOTICE_PERIODS_DIFFER");
  };

  it("is a point to verify naming both periods where the answer and the description differ", () => {
    const [finding, ...more] = differ(3, "Fjällviken kan säga upp avtalet med sex månaders uppsägningstid och ta tillbaka insatsen i egen regi.");
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ severity: "warning", verify: true, reportChapter: "2.1.2", legalBasis: [] });
    expect(finding!.explanation).toMatch(/^Uppsägningstiden är 3\u00a0månader i svaret om uppsägningstid men 6\u00a0månader i beskrivningen av hur uppgiften tas tillbaka\./);
    expect(finding!.fields).toContain("agreement.clauses.uppsagning");
  });

  it("is not found where they agree, where the description states none, or where no period is answered", () => {
    expect(differ(6, "Fjällviken kan säga upp avtalet med sex månaders uppsägningstid.")).toEqual([]);
    expect(differ(3, "Uppgiften lämnas tillbaka med en övergångstid på två månader.")).toEqual([]);
    expect(differ(undefined, "Med sex månaders uppsägningstid.")).toEqual([]);
  });
});
