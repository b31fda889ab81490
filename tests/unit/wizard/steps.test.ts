import { describe, expect, it } from "vitest";
import { GUIDE_STEPS, STEP_IDS } from "@/lib/guide";
import { STEP_SPECS, answerPaths, stepOfField } from "@/lib/wizard/steps";

const guideQuestionIds = new Set(GUIDE_STEPS.flatMap((step) => step.questions.map((q) => q.id)));

describe("the wizard's step forms", () => {
  it("have one form per guide step, in the guide's order", () => {
    expect(STEP_SPECS.map((spec) => spec.id)).toEqual([...STEP_IDS]);
  });

  it("label every field with a question the guide really asks", () => {
    for (const spec of STEP_SPECS) {
      for (const field of spec.groups.flatMap((g) => g.fields)) {
        expect(guideQuestionIds.has(field.question), `${spec.id} ${field.path} → ${field.question}`).toBe(true);
      }
    }
  });

  it("give every guide question a place to be answered", () => {
    for (const question of GUIDE_STEPS.flatMap((step) => step.questions)) {
      const path = question.field.replace(/\[\]/g, ".0");
      expect(stepOfField(path), `${question.id} → ${question.field}`).toBeDefined();
    }
  });

  it("never let two steps own the same answer", () => {
    const all = STEP_SPECS.flatMap(answerPaths);
    expect(new Set(all).size).toBe(all.length);
  });
});
