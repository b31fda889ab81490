import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evaluateCase } from "@/lib/rules";
import { answerFieldOf, answerRowId } from "@/lib/review/components/answer-anchors";
import { AuthorityValuation, ReviewEconomy } from "@/lib/review/components/review-economy";
import { exampleCase } from "../../support/documents";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\u00a0/g, " ").replace(/\s+/g, " ");

describe("the review page's economy", () => {
  it("shows the self-cost budget, each party's payment per year and over the term, and the contractor's own share", () => {
    const c = exampleCase();
    const html = renderToStaticMarkup(createElement(ReviewEconomy, { caseId: "c1", doc: c }));
    const shown = text(html);
    expect(shown).toContain("Uppdragstagarens självkostnad per år 5 000 000 kr");
    expect(shown).toMatch(/Fjällvikens kommun 50 % 2 500 000 kr \d[\d ]* kr/);
    // Over the term too, the contractor's own share: "–" read as nothing, where step 2A shows it (a walk).
    expect(shown).toMatch(/Norrströms kommun \(uppdragstagare, egen andel\) 50 % 2 500 000 kr \d[\d ]* kr/);
    expect(shown).toContain("Uppdragstagarens egen andel per år 2 500 000 kr");
    // The answer is in the review page's part with the answers, at its step.
    expect(html).toContain(`href="/arenden/c1/juridisk-granskning?del=svar&amp;steg=2a&amp;avsnitt=ekonomi#${answerRowId("economy.selfCostBudget")}"`);
  });

  it("says what is missing for an empty economy instead of showing zero", () => {
    const c = exampleCase();
    c.economy.selfCostBudget = undefined;
    c.economy.costShares = [];
    const shown = text(renderToStaticMarkup(createElement(ReviewEconomy, { caseId: "c1", doc: c })));
    expect(shown).toContain("Uppdragstagarens självkostnad per år Saknas");
    expect(shown).not.toContain(" 0 kr");
  });

  it("lists each contracting authority's estimated value and what is compared with the limit", () => {
    const c = exampleCase();
    const evaluation = evaluateCase(c, "2025-10-01");
    const shown = text(renderToStaticMarkup(createElement(AuthorityValuation, { evaluation })));
    expect(evaluation.procurement.estimatedValue.perAuthority.length).toBeGreaterThan(0);
    for (const a of evaluation.procurement.estimatedValue.perAuthority) expect(shown).toContain(a.label);
    expect(shown).toContain("Värde per upphandlande myndighet (LOU 5 kap.)");
  });
});

describe("links from a finding to its answers", () => {
  it("find the answer row that holds a finding's field", () => {
    expect(answerFieldOf("economy.costShares[1].percent")?.path).toBe("economy.costShares");
    expect(answerFieldOf("needs.problem")?.path).toBe("needs.problem");
    expect(answerFieldOf("agreement.clauses.parter")?.kind).toBe("clauses");
    expect(answerFieldOf("no.such.answer")).toBeUndefined();
  });
});
