import { describe, expect, it } from "vitest";
import { GUIDE_STEPS, conditionHolds } from "@/lib/guide";

const answers = (values: Record<string, unknown>) => (field: string) => values[field];
const questions = GUIDE_STEPS.flatMap((step) => step.questions);

describe("conditionHolds", () => {
  it("always holds without a condition", () => {
    expect(conditionHolds(undefined, answers({}))).toBe(true);
  });

  it("compares an answer exactly, so an unanswered question keeps the follow-up hidden", () => {
    const condition = { field: "delegation.used", equals: true } as const;
    expect(conditionHolds(condition, answers({ "delegation.used": true }))).toBe(true);
    expect(conditionHolds(condition, answers({ "delegation.used": false }))).toBe(false);
    expect(conditionHolds(condition, answers({}))).toBe(false);
    expect(conditionHolds(condition, answers({ "delegation.used": "true" }))).toBe(false);
  });

  it("looks for a choice among several", () => {
    const condition = { field: "procurement.reliedOnRoutes", includes: "hamburg" } as const;
    expect(conditionHolds(condition, answers({ "procurement.reliedOnRoutes": ["direktupphandling", "hamburg"] }))).toBe(true);
    expect(conditionHolds(condition, answers({ "procurement.reliedOnRoutes": ["direktupphandling"] }))).toBe(false);
    expect(conditionHolds(condition, answers({ "procurement.reliedOnRoutes": "hamburg" }))).toBe(false);
  });
});

describe("the guide's follow-up questions", () => {
  const conditional = questions.filter((q) => q.appliesWhen);

  it("ask the delegation's details only when decisions are delegated (KL 6 kap. 37 §, report 2.1.2)", () => {
    const ids = conditional.filter((q) => q.appliesWhen?.field === "delegation.used").map((q) => q.id);
    expect(ids.sort()).toEqual(["2A.delegering-omfattning", "2A.delegering-till", "2A.vidaredelegering"]);
  });

  it("ask every Hamburg criterion (LOU 3 kap. 17 §) and the contributions only when the exception is relied on", () => {
    const hamburg = questions.filter((q) => q.field.startsWith("procurement.hamburg."));
    expect(hamburg.length).toBeGreaterThanOrEqual(6);
    for (const q of hamburg) expect(q.appliesWhen, q.id).toEqual({ field: "procurement.reliedOnRoutes", includes: "hamburg" });
  });

  it("depend only on a question the guide asks, which itself always applies", () => {
    for (const q of conditional) {
      const source = questions.find((other) => other.field.replace(/\[\]$/, "") === q.appliesWhen!.field);
      expect(source, `${q.id} depends on ${q.appliesWhen!.field}`).toBeDefined();
      expect(source!.appliesWhen, `${q.id} → ${source!.id}`).toBeUndefined();
    }
  });
});
