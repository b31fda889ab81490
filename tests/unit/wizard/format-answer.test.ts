import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { NO_ANSWER, formatAnswer, formatAnswerValue } from "@/lib/wizard/format-answer";
import { stepSpec } from "@/lib/wizard/steps";

const NBSP = "\u00a0";

describe("an answer shown to a person", () => {
  const doc = { ...emptyCase(), parties: [{ id: "p1", name: "Norrströms kommun" }, { id: "p2", name: "Fjällvikens kommun" }] };

  it("shows a list answer in the conflict panel item by item, never as JSON", () => {
    const goals = [{ id: "g1", description: "Kortare väntan.", keyFigure: "Dagar till första behandling", baseline: 45, target: 14, unit: "dagar", targetDate: "2027-12-31" }];
    const lines = formatAnswerValue(doc, "needs.goals", goals);
    expect(lines).toEqual(["Kortare väntan. Nyckeltal: Dagar till första behandling. Värde från 45 till 14 dagar. Senast 2027-12-31."]);
    expect(lines.join("")).not.toMatch(/[{}"]|keyFigure/);
  });

  it("names a cost share's party and a choice by its label, and says when there is no answer", () => {
    expect(formatAnswerValue(doc, "economy.costShares", [{ partyId: "p2", percent: 40 }])).toEqual([`Fjällvikens kommun: 40${NBSP}%`]);
    expect(formatAnswerValue(doc, "economy.costSplitMethod", "befolkning")[0]).not.toBe("befolkning");
    expect(formatAnswerValue(doc, "economy.selfCostBudget", 2_500_000)).toEqual([`2${NBSP}500${NBSP}000${NBSP}kr`]);
    expect(formatAnswerValue(doc, "needs.benefits", [])).toEqual([NO_ANSWER]);
    expect(formatAnswerValue(doc, "agreement.clauses.parter", "Avtalet gäller mellan …")).toEqual(["Avtalet gäller mellan …"]);
  });

  it("joins a goal's parts without a stop before a comma", () => {
    const spec = stepSpec("1").groups.flatMap((g) => g.fields).find((f) => f.path === "needs.goals")!;
    const [line] = formatAnswer({ ...doc, needs: { ...doc.needs, goals: [{ id: "g", description: "Utan lång väntan.", keyFigure: "Dagar" }] } }, spec);
    expect(line).toBe("Utan lång väntan. Nyckeltal: Dagar.");
    expect(line).not.toContain(".,");
  });
});
