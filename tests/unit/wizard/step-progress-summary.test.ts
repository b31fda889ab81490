import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StepProgressSummary } from "@/lib/wizard/components/step-progress-summary";
import type { StepProgress } from "@/lib/wizard/progress";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
// Pairs, not an object: an object would put the key "4" before "2A".
const of = (statuses: [string, StepProgress["status"]][]) => statuses.map(([step, status]) => ({ step, status }) as StepProgress);

describe("the step summary in Mina ärenden", () => {
  it("groups the steps by status, problems first, and leaves out empty groups", () => {
    const html = renderToStaticMarkup(
      createElement(StepProgressSummary, { progress: of([["1", "completed"], ["2A", "has_problems"], ["2B", "completed"], ["2C", "in_progress"], ["3A", "not_started"], ["3B", "not_started"], ["3C", "not_started"], ["4", "not_started"]]) }),
    );
    expect(text(html)).toBe("Steg – har problem: 2A · pågår: 2C · klara: 1, 2B · inte påbörjade: 3A, 3B, 3C, 4");
  });

  it("says so in one group when every step has the same status", () => {
    const html = renderToStaticMarkup(createElement(StepProgressSummary, { progress: of([["1", "not_started"], ["2A", "not_started"]]) }));
    expect(text(html)).toBe("Steg – inte påbörjade: 1, 2A");
  });
});
