import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { keyFindings } from "@/lib/review/findings";
import { StepTaskList, answeredOf } from "@/lib/wizard/components/step-task-list";
import { mustFixByPage } from "@/lib/wizard/pages";
import { stepProgress } from "@/lib/wizard/progress";
import { baseline, evaluate } from "../rules/helpers";

describe("the task list's count of answered questions", () => {
  it("lets the noun agree with the total and the participle with the count (Swedish uses the plural for 0)", () => {
    expect(answeredOf({ answered: 3, total: 7 })).toBe("3 av 7 frågor besvarade");
    expect(answeredOf({ answered: 1, total: 7 })).toBe("1 av 7 frågor besvarad");
    expect(answeredOf({ answered: 1, total: 1 })).toBe("1 av 1 fråga besvarad");
    expect(answeredOf({ answered: 0, total: 1 })).toBe("0 av 1 fråga besvarade");
  });

  it("says what it counts: a walk saw seven questions with a choice each on step 2C against \"3 av 4 frågor besvarade\"", () => {
    const c = baseline();
    const html = renderToStaticMarkup(createElement(StepTaskList, { caseId: "c", progress: stepProgress(c, evaluate(c), []) })).replace(/<[^>]+>/g, " ");
    expect(html).toContain("Frågor som får lämnas tomma räknas inte, och svaret ”Vet inte än” räknas som obesvarat.");
  });
});

describe("the task list beside the jurists' decisions", () => {
  // A walk: "Juridik och upphandling: 1 upplysning · Klart" while Fjällviken's jurist had decided
  // "Ska åtgärdas" on that very point; only "Kontrollera svaren" said so, further down.
  const c = baseline();
  const evaluation = evaluate(c);
  const keyed = keyFindings(evaluation.findings);
  const onLaw = keyed.find((k) => k.finding.code === "PROC_DIRECT_AWARD_ASSUMPTIONS")!;

  it("counts per topic and per step the points a jurist decided 'Ska åtgärdas' on, while the decision holds", () => {
    expect(mustFixByPage(keyed, [{ findingKey: onLaw.key, kind: "MUST_FIX", holds: true }])).toEqual(new Map([["2A:juridik", 1], ["2A", 1]]));
    // Two parties deciding so on one point is one point; a decision on changed facts no longer holds; others are not "Ska åtgärdas".
    expect(mustFixByPage(keyed, [{ findingKey: onLaw.key, kind: "MUST_FIX", holds: true }, { findingKey: onLaw.key, kind: "MUST_FIX", holds: true }]).get("2A")).toBe(1);
    expect(mustFixByPage(keyed, [{ findingKey: onLaw.key, kind: "MUST_FIX", holds: false }]).size).toBe(0);
    expect(mustFixByPage(keyed, [{ findingKey: onLaw.key, kind: "VERIFIED", holds: true }]).size).toBe(0);
  });

  it("says it on the step's row and the topic's", () => {
    const html = renderToStaticMarkup(
      createElement(StepTaskList, { caseId: "c", progress: stepProgress(c, evaluation, []), mustFix: mustFixByPage(keyed, [{ findingKey: onLaw.key, kind: "MUST_FIX", holds: true }]) }),
    ).replace(/<[^>]+>/g, " ");
    expect(html.match(/1 iakttagelse med beslutet ”Ska åtgärdas”\./g)).toHaveLength(2);
  });
});
