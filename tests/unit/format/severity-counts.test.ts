import { describe, expect, it } from "vitest";
import { formatSeverityCounts } from "@/lib/format";
import { renderPretty } from "@/lib/rules/pretty";
import { findingSummary } from "@/lib/wizard/components/step-task-list";
import { evaluate, loadExample } from "../rules/helpers";

// Findings are counted by severity wherever a case's findings are summed up. Swedish counts agree with
// the number ("1 varning", "2 varningar"), and "information" has no plural and is not counted
// ("1 information", "2 information" are not Swedish): a finding of the severity Information is an
// "upplysning", as the plain-text report already counts it. Counts are listed as a Swedish list, the
// last joined with "och", as the case's summary does ("0 hinder och 2 varningar; 3 punkter att verifiera (räknas för sig: …)").
describe("findings counted by severity", () => {
  it("count the information severity as upplysning / upplysningar", () => {
    expect(formatSeverityCounts({ blockers: 0, warnings: 0, infos: 1 })).toBe("1 upplysning");
    expect(formatSeverityCounts({ blockers: 0, warnings: 0, infos: 2 })).toBe("2 upplysningar");
  });

  it("leave out the severities with none, and join the rest as a Swedish list", () => {
    expect(formatSeverityCounts({ blockers: 1, warnings: 2, infos: 1 })).toBe("1 hinder, 2 varningar och 1 upplysning");
    expect(formatSeverityCounts({ blockers: 2, warnings: 0, infos: 3 })).toBe("2 hinder och 3 upplysningar");
    expect(formatSeverityCounts({ blockers: 0, warnings: 1, infos: 0 })).toBe("1 varning");
    expect(formatSeverityCounts({ blockers: 0, warnings: 0, infos: 0 })).toBe("");
  });

  it("on the task list of the case's steps", () => {
    expect(findingSummary({ blockers: 0, warnings: 1, infos: 1 })).toBe("1 varning och 1 upplysning");
    expect(findingSummary({ blockers: 0, warnings: 0, infos: 2 })).toBe("2 upplysningar");
    expect(findingSummary({ blockers: 0, warnings: 0, infos: 0 })).toBe("Inga iakttagelser");
  });

  it("in the plain-text report's summary", () => {
    const c = loadExample("norrstrom-fjallviken");
    const e = evaluate(c);
    const line = renderPretty(c, e).split("\n").find((l) => l.startsWith("Sammanfattning: "))!;
    const { blockers, warnings, infos, verifyItems } = e.summary;
    const forms = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
    expect(line).toBe(
      `Sammanfattning: ${forms(blockers, "hinder", "hinder")}, ${forms(warnings, "varning", "varningar")} och ${forms(infos, "upplysning", "upplysningar")}; ${forms(verifyItems, "punkt att verifiera", "punkter att verifiera")}.`,
    );
  });
});
