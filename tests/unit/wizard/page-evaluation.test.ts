import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { demoExampleCases } from "@/lib/demo/example-cases";
import { evaluateCase } from "@/lib/rules";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { EconomyPanel } from "@/lib/wizard/components/economy-panel";
import { LiveEvaluationContext, type LiveEvaluation } from "@/lib/wizard/components/live-evaluation";
import { pageEvaluation } from "@/lib/wizard/page-evaluation";
import { findPage } from "@/lib/wizard/pages";

// A step page sends its assessment with the page, for the server's render and until the browser's
// own has loaded; of the procurement assessment it sends only what the economy calculator shows.
// What it leaves out must not change what the calculator shows, on any demo case.

const panel = (value: LiveEvaluation, onRouteChoicePage = false) =>
  renderToStaticMarkup(createElement(LiveEvaluationContext.Provider, { value }, createElement(EconomyPanel, { caseId: "c1", onRouteChoicePage })));

describe("the economy calculator's part of an assessment", () => {
  const cases = demoExampleCases();

  it.each(["ekonomi", "juridik"])("renders on step 2A %s as the whole assessment does, for every demo case", (topic) => {
    const page = findPage("2a", topic)!;
    let directAwards = 0;
    for (const { key, doc } of cases) {
      const whole = evaluateCase(doc, caseEvaluationDate(doc));
      const sent = pageEvaluation(whole, page);
      const shown = panel({ doc, evaluation: sent });
      expect(shown, key).toBe(panel({ doc, evaluation: whole }));
      if (shown.includes("Bedömning av direktupphandling")) directAwards++;
    }
    // The comparison is of a calculator that shows the direct award's verdict, not of empty ones.
    expect(directAwards).toBeGreaterThan(cases.length / 2);
  });

  it("leaves out the routes' facts, assumptions and grounds", () => {
    const { doc } = cases.find((c) => c.key === "norrstrom-fjallviken")!;
    const whole = evaluateCase(doc, caseEvaluationDate(doc));
    const sent = pageEvaluation(whole, findPage("2a", "juridik")!);
    expect(sent.procurement?.routes).toEqual([
      expect.objectContaining({ route: "direktupphandling", verdict: whole.procurement.routes.find((r) => r.route === "direktupphandling")!.verdict }),
    ]);
    expect(JSON.stringify(sent.procurement).length).toBeLessThan(JSON.stringify(whole.procurement).length / 2);
    expect(pageEvaluation(whole, findPage("2a", "organisation")!).procurement).toBeNull();
  });
});

// A walk: shares of 80 % and 30 % under "Betalningarna … täcker kostnaden utan att överstiga den".
describe("the economy calculator's word on the self-cost", () => {
  const { doc } = demoExampleCases().find((c) => c.key === "norrstrom-fjallviken")!;
  const withShares = (percents: number[]) => {
    const changed = structuredClone(doc);
    changed.economy.costSplitMethod = "fast";
    changed.economy.costShares = changed.parties.map((p, i) => ({ partyId: p.id, percent: percents[i] }));
    return panel({ doc: changed, evaluation: evaluateCase(changed, caseEvaluationDate(changed)) });
  };

  it("says the payments cover the cost only when the shares make 100 %", () => {
    expect(withShares([50, 50])).toContain("så de täcker kostnaden utan att överstiga den (kommunallagen 2 kap. 6 §)");
    const over = withShares([80, 30]);
    expect(over).not.toContain("utan att överstiga den");
    expect(over).toContain("Andelarna blir tillsammans 110");
    expect(over).toContain("inte 100 %: betalningarna och den egna andelen räknas då fram ur mer än hela självkostnaden.");
    const under = withShares([50, 40]);
    expect(under).toContain("så en del av självkostnaden bärs inte av någon part. Enligt SKR:s rapport bör ersättningen täcka uppdragstagarens kostnad.");
  });
});

// A walk on 2A Ekonomi read "Inte tillämplig" for the direct award the parties rely on, with no
// finding on the page (the Hinder stands at the route choice on 2A Juridik) and no way to it.
describe("the economy calculator over the direct-award limit", () => {
  const { doc } = demoExampleCases().find((c) => c.key === "norrstrom-fjallviken")!;
  const over = structuredClone(doc);
  over.economy.term = { kind: "tillsvidare" };
  over.economy.selfCostBudget = 50_000_000;
  const evaluation = evaluateCase(over, caseEvaluationDate(over));

  it("leads from Ekonomi to the route choice where the Hinder stands, and says it is higher up on Juridik", () => {
    expect(evaluation.procurement.routes.find((r) => r.route === "direktupphandling")).toMatchObject({ reliedOn: true, verdict: "does_not_apply" });
    expect(panel({ doc: over, evaluation })).toContain('Hindret står vid valet av grund <a href="/arenden/c1/steg/2a/juridik#f-procurement-reliedOnRoutes" data-client-nav="" class="text-brand-700 underline">i steg 2A Juridik och upphandling</a>.');
    expect(panel({ doc: over, evaluation }, true)).toContain('Hindret står vid valet av grund <a href="#f-procurement-reliedOnRoutes" class="text-brand-700 underline">högre upp på sidan</a>.');
  });

  it("says nothing of a Hinder when the direct award is possible, or ruled out with no Hinder", () => {
    expect(panel({ doc, evaluation: evaluateCase(doc, "2025-06-01") })).not.toContain("Hindret står");
    // Every task myndighetsutövning: the direct award relied on is "Inte tillämplig", and no blocker says so.
    const authorityOnly = structuredClone(over);
    for (const task of authorityOnly.tasks) task.kind = "myndighetsutovning";
    const ruledOut = evaluateCase(authorityOnly, caseEvaluationDate(authorityOnly));
    expect(ruledOut.procurement.routes.find((r) => r.route === "direktupphandling")).toMatchObject({ reliedOn: true, verdict: "does_not_apply" });
    expect(ruledOut.findings.map((f) => f.code)).not.toContain("PROC_DIRECT_AWARD_OVER_LIMIT");
    expect(panel({ doc: authorityOnly, evaluation: ruledOut })).not.toContain("Hindret står");
  });
});
