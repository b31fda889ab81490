import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case/empty";
import { evaluateCase } from "@/lib/rules/evaluate";
import { RULE_CATALOGUE } from "@/lib/rules/catalogue";

describe("evaluateCase", () => {
  it("converts an instant to its Europe/Stockholm date", () => {
    expect(evaluateCase(emptyCase(), new Date("2025-12-31T23:30:00Z")).evaluationDate).toBe("2026-01-01");
  });

  it("rejects a malformed date string instead of guessing", () => {
    expect(() => evaluateCase(emptyCase(), "2025-02-30")).toThrow(RangeError);
  });

  it("orders findings blockers first, then warnings, then information", () => {
    const order = { blocker: 0, warning: 1, info: 2 };
    const severities = evaluateCase(emptyCase(), "2025-03-01").findings.map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });

  it("reports an empty case as incomplete without throwing", () => {
    const e = evaluateCase(emptyCase(), "2025-03-01");
    expect(e.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["PARTIES_TOO_FEW", "TASKS_MISSING", "NEEDS_PROBLEM_MISSING"]));
  });

  it("says the parties are missing from the answers, not from the case: the case's organisations may be two while step 2B names none", () => {
    const finding = evaluateCase(emptyCase(), "2025-03-01").findings.find((f) => f.code === "PARTIES_TOO_FEW");
    expect(finding?.explanation).toContain("Inga parter är angivna i steg 2B.");
    expect(finding?.explanation).not.toContain("Ärendet har inga parter");
  });

  it("exposes the catalogue without the executable check", () => {
    for (const rule of RULE_CATALOGUE) expect("check" in rule).toBe(false);
  });
});
