import { describe, expect, it } from "vitest";
import { GUIDE_STEPS } from "@/lib/guide";
import { fieldLabel, labelForPath, UNKNOWN_ANSWER_LABEL } from "@/lib/wizard/field-labels";
import { guideQuestions } from "@/lib/wizard/questions";
import { STEP_SPECS, answerPaths, stepSpec } from "@/lib/wizard/steps";

const questions = guideQuestions();
// A field path ("economy.monthlyValue", "needs.goals") or an internal key must never be shown.
const LOOKS_LIKE_A_PATH = /^[a-z]+[A-Z.]|\b[a-z]+\.[a-zA-Z]+\b/;

describe("every answer is named by a Swedish label, never by its path", () => {
  for (const spec of STEP_SPECS) {
    for (const group of spec.groups) {
      for (const field of group.fields) {
        it(`step ${spec.id}: ${field.path} has a label of its own`, () => {
          // The label comes from the guide's question (or the field's kind), not the group heading fallback.
          const label = fieldLabel(field, questions, "");
          expect(label.trim()).not.toBe("");
          expect(label).not.toMatch(LOOKS_LIKE_A_PATH);
          expect(label).not.toContain(field.path);
        });
      }
    }
    it(`step ${spec.id}: every answer path it saves has a label`, () => {
      for (const path of answerPaths(spec)) {
        const label = labelForPath(spec, path, questions);
        expect(label).not.toBe(UNKNOWN_ANSWER_LABEL);
        expect(label).not.toMatch(LOOKS_LIKE_A_PATH);
      }
    });
  }

  // A bad baseline was reported as "Vilket nyckeltal visar att målet nås? (punkt 1)": the list's
  // question, not the one the editor had answered.
  it("names a part of a list answer by the item and the part's own question, and an item by the list's question and its place", () => {
    expect(labelForPath(stepSpec("1"), "needs.goals.1.target", questions)).toBe("Mål 2: Vilket målvärde ska nås?");
    expect(labelForPath(stepSpec("1"), "needs.goals.0.baseline", questions)).toBe("Mål 1: Vilket är utgångsvärdet i dag?");
    expect(labelForPath(stepSpec("1"), "needs.goals.0.targetDate", questions)).toBe("Mål 1: När ska målvärdet vara nått?");
    expect(labelForPath(stepSpec("1"), "needs.benefits.2", questions)).toBe(`${questions["1.fordelar"]!.label} (punkt 3)`);
    expect(labelForPath(stepSpec("1"), "needs.problem", questions)).toBe(questions["1.problem"]!.label);
  });

  // A walk: a colleague's change of a goal's target was said as "Vilket nyckeltal visar att målet
  // nås?", the key figure's question, which had not changed.
  it("names the goals as a whole by what they are, and one goal by its place", () => {
    expect(labelForPath(stepSpec("1"), "needs.goals", questions)).toBe("Mätbara mål");
    expect(labelForPath(stepSpec("1"), "needs.goals.1", questions)).toBe("Mål 2");
  });

  it("names one clause of the agreement by its title, and the list as a whole by its kind", () => {
    expect(labelForPath(stepSpec("4"), "agreement.clauses.ekonomi", questions)).toBe("Avtalsklausul: Ekonomiska villkor och redovisning");
    expect(labelForPath(stepSpec("4"), "agreement.clauses", questions)).toBe("Avtalets klausuler");
  });

  it("says a path outside the step is an answer, not what the path is", () => {
    expect(labelForPath(stepSpec("1"), "economy.monthlyValue", questions)).toBe(UNKNOWN_ANSWER_LABEL);
  });

  it("asks each goal question once: the target value and its date are separate questions", () => {
    const step1 = GUIDE_STEPS.find((s) => s.id === "1")!;
    const target = step1.questions.find((q) => q.id === "1.mal-malvarde")!;
    expect(target.label).not.toMatch(/när/i);
  });
});
