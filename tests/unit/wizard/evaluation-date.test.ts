import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { evaluateCase } from "@/lib/rules";
import { assessedOnText, caseEvaluationDate } from "@/lib/wizard/evaluation-date";

describe("caseEvaluationDate", () => {
  it("assesses a case on the day its procurement starts (LOU 5 kap.: value estimated then), else today", () => {
    const c = emptyCase();
    expect(caseEvaluationDate(c, "2026-11-24")).toBe("2026-11-24");
    c.procurement.procurementStartDate = "2025-03-01";
    expect(caseEvaluationDate(c, "2026-11-24")).toBe("2025-03-01");
  });

  it("so the limits of that day are the ones compared with", () => {
    const c = emptyCase();
    c.procurement.serviceCategory = "sociala_och_andra_sarskilda_tjanster";
    c.procurement.procurementStartDate = "2025-03-01";
    const limits = evaluateCase(c, caseEvaluationDate(c, "2026-11-24")).procurement.limits;
    expect(limits.map((l) => l.amount)).toContain(8_109_450);
  });
});

describe("assessedOnText", () => {
  it("says a past date is the procurement's start, not when the case was assessed", () => {
    const c = emptyCase();
    expect(assessedOnText(c, "2026-12-05")).toBe("bedömd 2026-12-05");
    c.procurement.procurementStartDate = "2025-10-01";
    expect(assessedOnText(c, "2025-10-01", "bedömt", "2025-09-30")).toBe("bedömt per 2025-10-01, den dag upphandlingen påbörjas enligt ärendet");
    expect(assessedOnText(c, "2025-10-01", "bedömt", "2025-10-01")).toBe("bedömt per 2025-10-01, den dag upphandlingen påbörjas enligt ärendet");
  });

  // The value is estimated as of the day the procurement starts (directive 2014/24/EU art. 5.4; see
  // LOU_5_MAIN_RULE), and the limit is that day's; a start already passed is either history or a plan
  // that slipped, and says so.
  it("says when the procurement's start date has passed", () => {
    const c = emptyCase();
    c.procurement.procurementStartDate = "2025-10-01";
    expect(assessedOnText(c, "2025-10-01", "bedömt", "2026-12-07")).toBe(
      "bedömt per 2025-10-01, den dag upphandlingen påbörjas enligt ärendet (ett datum som har passerat: ändra det om upphandlingen påbörjas senare)",
    );
  });
});
