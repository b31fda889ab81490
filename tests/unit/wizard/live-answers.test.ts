import { describe, expect, it } from "vitest";
import { evaluateCase } from "@/lib/rules";
import { validAnswers } from "@/lib/wizard/live-answers";
import { baseline } from "../rules/helpers";

// Issue 9 §4: over-long text gets the length error (the schema's 20 000-character limit), not
// "not described". The live findings keep the last saved answer for a field that is invalid on the page.
describe("live answers for the findings", () => {
  it("keeps the saved text for a field whose new text is too long, so no 'not described' finding appears", () => {
    const saved = baseline();
    const onPage = structuredClone(saved) as unknown as { needs: { problem: string } };
    onPage.needs.problem = "x".repeat(20_001);
    const doc = validAnswers(onPage, saved);
    expect(doc.needs.problem).toBe(saved.needs.problem);
    expect(evaluateCase(doc, "2025-03-01").findings.map((f) => f.code)).not.toContain("NEEDS_PROBLEM_MISSING");
  });

  it("leaves out an answer that was never valid", () => {
    const saved = baseline();
    delete saved.economy.selfCostBudget;
    const onPage = structuredClone(saved) as unknown as { economy: { selfCostBudget: number } };
    onPage.economy.selfCostBudget = -5;
    expect(validAnswers(onPage, saved).economy.selfCostBudget).toBeUndefined();
  });

  it("keeps the saved amount while one with öre is typed, so the economy panel never shows it rounded (a re-walk)", () => {
    const saved = baseline();
    const onPage = structuredClone(saved) as unknown as { economy: { selfCostBudget: number } };
    onPage.economy.selfCostBudget = 4_200_000.5;
    expect(validAnswers(onPage, saved).economy.selfCostBudget).toBe(saved.economy.selfCostBudget);
  });

  it("reads a saved amount with öre, stored before amounts were whole kronor, as stored, and still holds a new one to whole kronor", () => {
    const saved = baseline();
    saved.economy.selfCostBudget = 4_200_000.5;
    const onPage = structuredClone(saved) as unknown as { needs: { problem: string }; economy: { pricePerMonth?: number } };
    onPage.needs.problem = "Ett nytt behov.";
    onPage.economy.pricePerMonth = 350_000.25;
    const doc = validAnswers(onPage, saved);
    expect([doc.economy.selfCostBudget, doc.needs.problem, doc.economy.pricePerMonth]).toEqual([4_200_000.5, "Ett nytt behov.", saved.economy.pricePerMonth]);
  });
});
