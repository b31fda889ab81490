import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IDLE } from "@/lib/forms/action-state";
import { POSTED_WITH, decisionFormId } from "@/lib/review/components/form-anchors";
import { CommentToggle, DecisionToggle } from "@/lib/review/components/form-toggle";

const comment = {
  action: async () => IDLE,
  caseId: "c1",
  anchorKind: "ANSWER" as const,
  anchor: "needs.problem",
  about: "svaret Problem",
};

const decision = {
  action: async () => IDLE,
  caseId: "c1",
  findingKey: "CLAUSE_MISSING@clauses",
  about: "om iakttagelsen Avtalet saknar uppsägning",
  verify: false,
};

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("forms on the review page that open when asked for", () => {
  it("Kommentera is a link to the page with this form open, and no form, until asked for", () => {
    const html = renderToStaticMarkup(createElement(CommentToggle, { ...comment, open: false }));
    expect(html).toContain(`href="?kommentera=answer%3Aneeds.problem#kommentera-answer-needs.problem"`);
    expect(text(html)).toBe("Kommentera svaret Problem");
    expect(html).not.toContain("<form");
  });

  it("Kommentera is the comment form, named for what it comments on, when the page was asked for it", () => {
    const html = renderToStaticMarkup(createElement(CommentToggle, { ...comment, open: true }));
    expect(html).toContain(`aria-label="Ny kommentar om svaret Problem"`);
    expect(html).toContain(`name="anchor" value="needs.problem"`);
    expect(html).toContain("Spara kommentaren");
    expect(html).not.toContain("?kommentera=");
  });

  it("Besluta is a link until asked for, then the decision form on that finding", () => {
    const closed = renderToStaticMarkup(createElement(DecisionToggle, { ...decision, open: false }));
    expect(text(closed)).toBe("Besluta om iakttagelsen Avtalet saknar uppsägning");
    expect(closed).toContain(`href="?besluta=CLAUSE_MISSING%40clauses#besluta-CLAUSE_5fMISSING_40clauses"`);
    expect(closed).not.toContain("<form");
    // A finding the jurist has decided: the link changes the decision (a walk read "Besluta" beside one).
    const decided = renderToStaticMarkup(createElement(DecisionToggle, { ...decision, open: false, current: { kind: "ACCEPTED_RISK", motivation: "Godtas.", source: null } }));
    expect(text(decided)).toBe("Ändra beslutet om iakttagelsen Avtalet saknar uppsägning");
    const opened = renderToStaticMarkup(createElement(DecisionToggle, { ...decision, open: true }));
    expect(opened).toContain(`aria-label="Beslut om iakttagelsen Avtalet saknar uppsägning"`);
    expect(opened).toContain(`name="findingKey" value="CLAUSE_MISSING@clauses"`);
    expect(text(opened)).toContain("Ska åtgärdas");
    expect(text(opened)).toContain("Accepterad risk");
    expect(text(opened)).toContain("Inte tillämplig");
    expect(text(opened)).toContain("Motivering");
    // "Verifierad" and its source only where the finding asks for a fact to be verified; the
    // party only for a reviewer of more than one party.
    expect(text(opened)).not.toContain("Verifierad");
    expect(opened).not.toContain(`name="organizationId"`);
  });

  it("Besluta offers Verifierad with a source, and the party, where they apply", () => {
    const parties = [{ value: "o1", label: "Norrströms kommun" }, { value: "o2", label: "Fjällvikens kommun" }];
    const html = renderToStaticMarkup(createElement(DecisionToggle, { ...decision, verify: true, parties, open: true }));
    expect(text(html)).toContain("Verifierad");
    expect(html).toContain(`name="source"`);
    expect(html).toContain(`name="organizationId"`);
    expect(text(html)).toContain("Fjällvikens kommun");
  });

  // A walk changed a decision to "Verifierad" and kept a motivation arguing for the old one.
  it("Besluta, changing a standing decision, says the motivation it starts from is the old decision's", () => {
    const current = { kind: "MUST_FIX", motivation: "Andelarna står vid fel part.", source: null };
    const changing = text(renderToStaticMarkup(createElement(DecisionToggle, { ...decision, current, open: true })));
    expect(changing).toContain("Andelarna står vid fel part.");
    expect(changing).toContain("Texten är motiveringen till ditt gällande beslut: ändrar du beslutet, skriv om den så att den stämmer med det nya.");
    const first = text(renderToStaticMarkup(createElement(DecisionToggle, { ...decision, open: true })));
    expect(first).not.toContain("gällande beslut");
  });

  it("the server's render of a form has no sign of JavaScript: posted before the script runs, or without it, the save is answered with a redirect", () => {
    const html = renderToStaticMarkup(createElement(CommentToggle, { ...comment, open: true }));
    expect(html).not.toContain(`name="${POSTED_WITH.scripted}"`);
  });

  it("gives each finding key its own form id, usable in a URL fragment", () => {
    const keys = ["CLAUSE_MISSING", "CLAUSE_MISSING@clauses", "CLAUSE_MISSING@clauses#2", "A_B", "A-B", "A.B", "A_2eB", "x@a,b", "x@a.b"];
    const ids = keys.map(decisionFormId);
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(id).toMatch(/^besluta-[A-Za-z0-9_-]+$/);
    expect(decisionFormId("CLAUSE_MISSING@clauses")).toBe("besluta-CLAUSE_5fMISSING_40clauses");
  });
});
