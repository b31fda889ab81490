import { describe, expect, it } from "vitest";
import { ITEM_FIELD_QUESTIONS, itemFields, type ItemListKind } from "@/lib/wizard/item-fields";
import { guideQuestions, questionsForPage, type QuestionInfo } from "@/lib/wizard/questions";
import { STEP_SPECS } from "@/lib/wizard/steps";

describe("the questions a step page sends to the browser", () => {
  const step1 = STEP_SPECS.find((s) => s.id === "1")!;
  const own = new Set(step1.groups.flatMap((g) => g.fields.map((f) => f.question)));
  const all = guideQuestions();
  const sent = questionsForPage(step1);

  it("are its own questions whole, with help, source, glossary and condition", () => {
    expect(own.size).toBeGreaterThan(3);
    for (const id of own) expect(sent[id]).toEqual(all[id]);
  });

  it("name the questions a list item's parts are labelled by, by their label only, and no other question", () => {
    for (const id of ITEM_FIELD_QUESTIONS) {
      expect(all[id], id).toBeDefined();
      expect(sent[id]).toEqual(own.has(id) ? all[id] : { label: all[id]!.label });
    }
    expect(Object.keys(sent).sort()).toEqual([...new Set([...own, ...ITEM_FIELD_QUESTIONS])].sort());
    expect(Object.keys(all).length).toBeGreaterThan(Object.keys(sent).length + 20);
  });

  it("cover every question a list item names: the labels the form draws are the guide's, never a fallback", () => {
    const asked = new Set<string>();
    const recording = new Proxy(all, { get: (target, id: string) => (asked.add(id), target[id]) }) as Readonly<Record<string, QuestionInfo>>;
    for (const kind of ["goals", "tasks", "parties"] satisfies ItemListKind[]) itemFields(kind, recording);
    expect([...asked].sort()).toEqual([...ITEM_FIELD_QUESTIONS].sort());
    for (const step of STEP_SPECS) {
      const labels = (q: Readonly<Record<string, QuestionInfo>>) => (["goals", "tasks", "parties"] as const).map((kind) => itemFields(kind, q).fields.map((f) => f.label));
      expect(labels(questionsForPage(step)), step.id).toEqual(labels(all));
    }
  });
});
