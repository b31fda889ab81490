import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildIntent, inlineText } from "@/lib/documents";
import { ReviewEconomy } from "@/lib/review/components/review-economy";
import { formatAnswerValue } from "@/lib/wizard/format-answer";
import { evaluate, mutate } from "./helpers";

// The valuation shows how the term is counted (LOU 5 kap.: extensions count in the value). Swedish
// counts agree with the number: "1 månad", "2 månader", and in the genitive "1 månads", "12 månaders".
// An extension of 0 months is no extension option at all.
const termSteps = (months: number, extensionMonths: number | undefined) => {
  const c = mutate((x) => {
    x.economy.term = { kind: "fast", months, ...(extensionMonths === undefined ? {} : { extensionMonths }) };
  });
  return evaluate(c).procurement.estimatedValue.perAuthority[0]!.steps.filter((s) => s.startsWith("Avtalstiden är"));
};

describe("the fixed term in the valuation's calculation", () => {
  it("says there is no extension option when the extension is 0 months", () => {
    const [step] = termSteps(12, 0);
    expect(step).toBe("Avtalstiden är 12 månader, utan möjlighet till förlängning.");
    expect(step).not.toContain("0 månaders");
  });

  it("bends the extension in the genitive: 1 månads, 12 månaders", () => {
    expect(termSteps(24, 1)[0]).toBe("Avtalstiden är 24 månader plus 1 månads möjlig förlängning, sammanlagt 25 månader.");
    expect(termSteps(24, 12)[0]).toBe("Avtalstiden är 24 månader plus 12 månaders möjlig förlängning, sammanlagt 36 månader.");
  });

  it("says 1 månad, not 1 månader", () => {
    expect(termSteps(1, 0)[0]).toBe("Avtalstiden är 1 månad, utan möjlighet till förlängning.");
  });

  it("does not call an unanswered extension none: the case does not give one", () => {
    expect(termSteps(12, undefined)[0]).toBe("Avtalstiden är 12 månader; ärendet anger ingen möjlig förlängning, så 12 månader räknas.");
  });
});

describe("a term of one month elsewhere", () => {
  const oneMonth = mutate((x) => {
    x.economy.term = { kind: "fast", months: 1, extensionMonths: 0 };
  });

  it("in the check-answers page's answer", () => {
    expect(formatAnswerValue(oneMonth, "economy.term.months", 1)).toEqual(["1 månad"]);
    expect(formatAnswerValue(oneMonth, "economy.term.months", 36)).toEqual(["36 månader"]);
  });

  it("in the review's economy", () => {
    const shown = renderToStaticMarkup(createElement(ReviewEconomy, { caseId: "c1", doc: oneMonth })).replace(/<!-- -->/g, "");
    expect(shown).toContain("<dd>1 månad</dd>");
  });

  it("in the avsiktsförklaring", () => {
    const intent = buildIntent(oneMonth, { date: "2026-11-25", caseVersion: 1 });
    const text = intent.blocks.flatMap((b) => (b.kind === "paragraph" ? [inlineText(b.content)] : [])).join("\n");
    expect(text).toContain("Avtalet ska gälla i 1 månad.");
  });
});

describe("the valuation's products", () => {
  // A monthly value shown in whole kronor: 104 167 × 12 is 1 250 004, so "= 1 250 000 kr" would be
  // a wrong sum on the page (a tester read one). A product that is exact keeps "=".
  const productLine = (annual: number) => {
    const c = mutate((x) => {
      x.economy.term = { kind: "fast", months: 12, extensionMonths: 0 };
      x.economy.selfCostBudget = annual;
    });
    return evaluate(c).procurement.estimatedValue.perAuthority.flatMap((p) => p.steps).find((s) => s.includes(" × 12 "));
  };

  it("says ≈ where the rounded monthly figure does not give the amount, = where it does", () => {
    const rounded = productLine(2_500_000);
    const exact = productLine(1_200_000);
    // The example's payer pays half: 104 166,67 kr a month, and 50 000 kr.
    expect(rounded).toContain("104\u00a0167\u00a0kr × 12 ≈ 1\u00a0250\u00a0000\u00a0kr");
    expect(exact).toContain("50\u00a0000\u00a0kr × 12 = 600\u00a0000\u00a0kr");
  });
});

describe("what the valuation misses", () => {
  it("names a payer's missing share in Swedish that reads, not \"part 2 (Fjällvikens kommun)s andel\" (a walk)", () => {
    const c = mutate((x) => {
      x.economy.costShares = [];
      x.economy.pricePerMonth = undefined;
    });
    const missing = evaluate(c).procurement.estimatedValue.perAuthority.flatMap((a) => a.missing ?? []);
    const share = missing.find((m) => m.includes("andel"));
    expect(share).toMatch(/^andelen av kostnaderna för /);
    expect(share).not.toMatch(/\)s andel/);
  });
});
