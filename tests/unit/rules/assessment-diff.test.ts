import { describe, expect, it } from "vitest";
import { compareAssessments, snapshotAssessment } from "@/lib/rules/assessment-diff";
import { IN_2023, IN_2025, IN_2026, evaluate, mutate, startingOn } from "./helpers";

// Issue 9 §5. Limits as dated data: 7 802 550 kr (2022–2023), 8 109 450 kr (2024–2025), none confirmed for 2026.
describe("what changed in the assessment", () => {
  // No start date given: the limit is the one of the day the case is assessed on.
  const c = startingOn(mutate(() => {}), null);

  it("names the missing 2026 limit as the reason direct award needs legal assessment", () => {
    const changes = compareAssessments(snapshotAssessment(evaluate(c, IN_2025)), snapshotAssessment(evaluate(c, IN_2026)));
    expect(changes.map((x) => x.text)).toContain("Direktupphandling: tillämplig → kräver juridisk bedömning, eftersom gränsen för 2026 saknas");
  });

  it("reports a changed limit even when the verdict holds", () => {
    const changes = compareAssessments(snapshotAssessment(evaluate(c, IN_2023)), snapshotAssessment(evaluate(c, IN_2025)));
    expect(changes.map((x) => x.text).join(" ")).toContain("från 7\u00a0802\u00a0550\u00a0kr till 8\u00a0109\u00a0450\u00a0kr");
  });

  it("says nothing when nothing changed", () => {
    expect(compareAssessments(snapshotAssessment(evaluate(c, IN_2025)), snapshotAssessment(evaluate(c, "2025-06-01")))).toEqual([]);
  });
});
