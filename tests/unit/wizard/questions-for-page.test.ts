import { describe, expect, it } from "vitest";
import { guideQuestions, questionsForPage } from "@/lib/wizard/questions";
import { STEP_SPECS } from "@/lib/wizard/steps";

describe("the questions a step page sends to the browser", () => {
  const step1 = STEP_SPECS.find((s) => s.id === "1")!;
  const own = new Set(step1.groups.flatMap((g) => g.fields.map((f) => f.question)));
  const all = guideQuestions();
  const sent = questionsForPage(step1);

  it("are its own questions whole, with help, source and glossary", () => {
    expect(own.size).toBeGreaterThan(3);
    for (const id of own) expect(sent[id]).toEqual(all[id]);
  });

  it("name every other question by its label (and condition) only, without empty help fields", () => {
    const others = Object.keys(all).filter((id) => !own.has(id));
    expect(others.length).toBeGreaterThan(20);
    for (const id of others) {
      const { label, appliesWhen } = all[id]!;
      expect(sent[id]).toEqual(appliesWhen ? { label, appliesWhen } : { label });
    }
    expect(Object.keys(sent).sort()).toEqual(Object.keys(all).sort());
  });
});
