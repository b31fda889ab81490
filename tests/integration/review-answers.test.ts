import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { emptyCase } from "@/lib/case";
import { ReviewAnswers } from "@/lib/review/components/review-answers";
import type { ReviewData } from "@/lib/review/queries";
import { findPage } from "@/lib/wizard/pages";

// Found by trying the review as a jurist: the answers per step listed questions that do not apply
// to the case as answered ("Vilken motprestation lämnas?" when payment is in money) as "Inte
// besvarat", and a row "Svar som behöver ses över: Inga", where "Kontrollera svaren" leaves both out.

const economy = findPage("2a", "ekonomi")!;
const render = (review: Partial<ReviewData>) =>
  renderToStaticMarkup(createElement(ReviewAnswers, { review: { caseId: "c", threads: [], can: { comment: false, decide: false, resolveAny: false }, ...review } as unknown as ReviewData, page: economy }));

describe("the review's answers of a step", () => {
  it("leave out questions that do not apply and an empty list of answers to look over", () => {
    const doc = { ...emptyCase(), economy: { ...emptyCase().economy, compensationForm: "pengar" as const } };
    const html = render({ doc });
    expect(html).toContain("Betalas ersättningen i pengar eller som motprestation?");
    expect(html).not.toContain("Vilken motprestation lämnas?");
    expect(html).not.toContain("Svar som behöver ses över");
  });

  it("keep a question that does not apply while it has a comment thread", () => {
    const doc = { ...emptyCase(), economy: { ...emptyCase().economy, compensationForm: "pengar" as const } };
    const thread = { id: "t", anchorKind: "ANSWER", anchor: "economy.counterPerformance.description", resolvedAt: null, resolvedByName: null, createdById: "u", comments: [{ id: "k", authorName: "Julia Jurist", body: "Gäller detta?", createdAt: new Date("2026-12-01T09:00:00Z"), authorId: "u" }] };
    const html = render({ doc, threads: [thread] as unknown as ReviewData["threads"] });
    expect(html).toContain("Vilken motprestation lämnas?");
    expect(html).toContain("Gäller detta?");
  });
});
