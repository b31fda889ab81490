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

// A route missing answers reads "kan inte bedömas än", not "kräver juridisk bedömning": the notice
// of what changed says it the way the page around it does, and a question that was only waiting
// for answers and now turns on the law is a change worth saying.
describe("a route that was waiting for answers", () => {
  const noBudget = mutate((x) => { x.economy.selfCostBudget = undefined; });
  const longTerm = mutate((x) => { x.economy.selfCostBudget = 960_000; x.economy.term = { kind: "fast", months: 210, extensionMonths: 0 }; });

  it("is named as not assessable yet when its verdict changes", () => {
    const changes = compareAssessments(snapshotAssessment(evaluate(noBudget, IN_2025)), snapshotAssessment(evaluate(mutate(() => {}), IN_2025)));
    expect(changes.map((x) => x.text)).toContain("Direktupphandling: kan inte bedömas än → tillämplig");
  });

  it("is a change when the answers come and the law leaves the question open, the verdict alike", () => {
    const before = snapshotAssessment(evaluate(noBudget, IN_2025));
    const after = snapshotAssessment(evaluate(longTerm, IN_2025));
    expect(before.verdicts.direktupphandling).toBe(after.verdicts.direktupphandling);
    expect(compareAssessments(before, after).map((x) => x.text)).toContain("Direktupphandling: kan inte bedömas än → kräver juridisk bedömning");
    // A snapshot stored before the field was kept compares its verdicts alone.
    const stored = { ...before, awaiting: undefined };
    expect(compareAssessments(stored, after).filter((x) => x.kind === "verdict")).toEqual([]);
  });
});
