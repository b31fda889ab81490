import { describe, expect, it } from "vitest";
import { commentFormHref, decisionFormHref } from "@/lib/review/components/form-anchors";
import { answerRowPath, answersPageName, answersPageOf, reviewView } from "@/lib/review/components/answer-anchors";
import { partOfAnchor, reviewPartOf, reviewPartPath, reviewPartSearch } from "@/lib/review/components/review-parts";

describe("the review page's parts", () => {
  it("reads ?del= as a part, and anything else as the first part (findings and decisions)", () => {
    expect(reviewPartOf("svar")).toBe("svar");
    expect(reviewPartOf("ekonomi")).toBe("ekonomi");
    expect(reviewPartOf("avtal")).toBe("avtal");
    for (const other of [undefined, "", "SVAR", "beslut", ["svar", "avtal"], "../svar"]) expect(reviewPartOf(other)).toBe("beslut");
  });

  it("counts a comment in the part that shows what it is about", () => {
    expect(partOfAnchor("ANSWER")).toBe("svar");
    expect(partOfAnchor("CLAUSE")).toBe("avtal");
    expect(partOfAnchor("FINDING")).toBe("beslut");
  });

  it("opens a form on the page as it is shown, its part and step kept and any other form closed", () => {
    const answers = new URLSearchParams("del=svar&steg=2a&besluta=Y");
    expect(commentFormHref("ANSWER", "economy.selfCostBudget", answers)).toBe("?del=svar&steg=2a&kommentera=answer%3Aeconomy.selfCostBudget#kommentera-answer-economy.selfCostBudget");
    expect(commentFormHref("CLAUSE", "termination", new URLSearchParams("del=avtal&kommentera=clause%3Aother"))).toBe("?del=avtal&kommentera=clause%3Atermination#kommentera-clause-termination");
    expect(commentFormHref("FINDING", "X@clauses", null)).toBe("?kommentera=finding%3AX%40clauses#kommentera-finding-X@clauses");
    expect(decisionFormHref("X@clauses", new URLSearchParams("kommentera=finding%3AX"))).toBe("?besluta=X%40clauses#besluta-X_40clauses");
  });

  it("links to a part, and to an answer's row in the part with every answer", () => {
    expect(reviewPartPath("c1", "beslut")).toBe("/arenden/c1/juridisk-granskning");
    expect(reviewPartPath("c1", "avtal", "klausuler")).toBe("/arenden/c1/juridisk-granskning?del=avtal#klausuler");
    // At the answer's page of the wizard: the answers are shown a step, or a topic of step 2A, at a time.
    expect(answerRowPath("c1", "economy.selfCostBudget")).toBe("/arenden/c1/juridisk-granskning?del=svar&steg=2a&avsnitt=ekonomi#svar-f-economy-selfCostBudget");
    expect(answerRowPath("c1", "needs.goals")).toBe("/arenden/c1/juridisk-granskning?del=svar&steg=1#svar-f-needs-goals");
    expect(answerRowPath("c1", "parties")).toBe("/arenden/c1/juridisk-granskning?del=svar&steg=2b#svar-f-parties");
  });

  it("reads ?steg= and ?avsnitt= as a page of answers, and anything else as the first", () => {
    expect(answersPageName(answersPageOf("3b", undefined))).toBe("Svaren i steg 3B");
    expect(answersPageName(answersPageOf("2a", "juridik"))).toBe("Svaren i steg 2A: Juridik och upphandling");
    // A split step without its topic opens on its first topic; a topic of another step is not one.
    expect(answersPageName(answersPageOf("2a", undefined))).toBe("Svaren i steg 2A: Organisation");
    expect(answersPageName(answersPageOf("2a", "okänd"))).toBe("Svaren i steg 2A: Organisation");
    expect(answersPageName(answersPageOf("1", "ekonomi"))).toBe("Svaren i steg 1");
    for (const [steg, avsnitt] of [[undefined, undefined], ["", ""], ["2A", undefined], ["9", undefined], [["2a"], "ekonomi"]]) expect(answersPageName(answersPageOf(steg, avsnitt))).toBe("Svaren i steg 1");
    expect(reviewPartSearch("beslut")).toBe("");
  });

  it("shows what a form asked for is about, whatever part or step the address names", () => {
    const shown = (query: Parameters<typeof reviewView>[0]) => {
      const view = reviewView(query);
      return `${view.part} ${answersPageName(view.answers)}`;
    };
    // An answer's comment form opens at the answer's own step (a handmade or old address).
    expect(shown({ del: "svar", steg: "2b", kommentera: "answer:needs.problem" })).toBe("svar Svaren i steg 1");
    expect(shown({ del: "ekonomi", kommentera: "answer:economy.selfCostBudget" })).toBe("svar Svaren i steg 2A: Ekonomi");
    expect(shown({ kommentera: "clause:termination" }).split(" ")[0]).toBe("avtal");
    expect(shown({ del: "svar", kommentera: "finding:X@clauses" }).split(" ")[0]).toBe("beslut");
    expect(shown({ del: "avtal", besluta: "X@clauses" }).split(" ")[0]).toBe("beslut");
    // Without a form, the address decides; an answer that is no field leaves the step asked for.
    expect(shown({ del: "svar", steg: "3b" })).toBe("svar Svaren i steg 3B");
    expect(shown({ del: "svar", steg: "3b", kommentera: "answer:nothing.here" })).toBe("svar Svaren i steg 3B");
    expect(shown({ del: ["svar"], kommentera: ["answer:needs.problem"] })).toBe("beslut Svaren i steg 1");
  });
});
