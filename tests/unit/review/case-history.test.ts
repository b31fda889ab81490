import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { CaseHistory } from "@/lib/review/components/case-history";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();

describe("the case's history on its overview", () => {
  it("says what an answer was and became in the wizard's words, not as stored codes and keys", () => {
    const doc = { ...emptyCase(), parties: [{ id: "fbb87ca2", name: "Norrströms kommun", type: "kommun" as const }] };
    const history = {
      total: 1,
      page: 1,
      pages: 1,
      entries: [
        {
          kind: "revision" as const,
          id: "r1",
          at: new Date("2026-12-01T09:00:00Z"),
          who: "Nora Ström",
          version: 4,
          changes: [
            { path: "needs.activityArea", before: undefined, after: "familjeratt" },
            { path: "economy.costShares", before: [], after: [{ partyId: "fbb87ca2", percent: 100 }] },
            { path: "collaborationForm.decisionAid", before: {}, after: { privateActors: false, stateAgencies: false } },
          ],
        },
      ],
    };
    const shown = text(renderToStaticMarkup(createElement(CaseHistory, { history, caseId: "c", doc })));
    expect(shown).toContain("från ”(inget svar)” till ”Familjerätt”");
    expect(shown).toContain("till ”Norrströms kommun: 100");
    expect(shown).toContain("Privata aktörer med: Nej");
    // Named as the pages name the form advice, not by the question of the form chosen (a walk).
    expect(shown).toContain("Frågor om samverkansform");
    expect(shown).not.toContain("Vilken samverkansform väljer ni?");
    expect(shown).not.toMatch(/familjeratt|partyId|fbb87ca2|privateActors|stateAgencies/);
  });

  it("says which step or topic was marked complete or not, and what was left open", () => {
    const event = (id: string, details: Record<string, unknown>) => ({ kind: "event" as const, id, at: new Date("2026-12-01T09:00:00Z"), who: "Nora Ström", action: "case.update", details });
    const history = {
      total: 4,
      page: 1,
      pages: 1,
      entries: [
        event("e1", { step: "2A:ekonomi", completed: true, blockers: 1, unanswered: 2 }),
        event("e2", { step: "2B", completed: false }),
        event("e3", { step: "1", completed: true }),
        event("e4", { step: "3A", completed: true, unanswered: 1 }),
      ],
    };
    const shown = text(renderToStaticMarkup(createElement(CaseHistory, { history, caseId: "c", doc: emptyCase() })));
    expect(shown).toContain("Nora Ström markerade avsnittet Ekonomi i steg 2A som klart, med 1 hinder och 2 obesvarade frågor kvar.");
    expect(shown).toContain("Nora Ström markerade steg 2B som inte klart.");
    expect(shown).toContain("Nora Ström markerade steg 1 som klart.");
    expect(shown).toContain("Nora Ström markerade steg 3A som klart, med 1 obesvarad fråga kvar.");
    expect(shown).not.toContain("case.update");
  });

  it("says an invitation was withdrawn, beside the one that sent it", () => {
    const event = (id: string, action: string) => ({ kind: "event" as const, id, at: new Date("2026-12-01T09:00:00Z"), who: "Nora Ström", action, details: { email: "fel@fjallviken.se", role: "EDITOR" } });
    const history = { total: 2, page: 1, pages: 1, entries: [event("e1", "case.invitation.revoke"), event("e2", "case.invite")] };
    const shown = text(renderToStaticMarkup(createElement(CaseHistory, { history, caseId: "c", doc: emptyCase() })));
    expect(shown).toContain("Nora Ström återkallade inbjudan till fel@fjallviken.se (redigerare)");
    expect(shown).toContain("Nora Ström bjöd in fel@fjallviken.se (redigerare)");
    expect(shown).not.toContain("case.invitation.revoke");
  });

  it("says when the documents were created, and when a press found them there already", () => {
    const event = (id: string, details: Record<string, unknown>) => ({ kind: "event" as const, id, at: new Date("2026-12-01T09:00:00Z"), who: "Nora Ström", action: "case.document.generate", details });
    const history = { total: 2, page: 1, pages: 1, entries: [event("e1", { version: 4, created: 14 }), event("e2", { version: 4, created: 0 })] };
    const shown = text(renderToStaticMarkup(createElement(CaseHistory, { history, caseId: "c", doc: emptyCase() })));
    expect(shown).toContain("skapade 14 filer (Word och PDF) för version 4");
    expect(shown).toContain("skapade inga nya filer för version 4: de fanns redan");
  });
});
