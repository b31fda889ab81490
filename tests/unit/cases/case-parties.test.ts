import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { caseSchema, emptyCase } from "@/lib/case";
import { CaseParties } from "@/lib/cases/components/case-parties";

const example = caseSchema.parse(JSON.parse(readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")));
const shown = (doc = example, ...ownOrganizations: string[]) => renderToStaticMarkup(createElement("dl", null, createElement(CaseParties, { doc, ownOrganizations }))).replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");

// A walk: Fjällviken's socialchef met the shared case with nothing on its overview saying whose
// task it was, or what their own municipality was in it.
describe("the overview's parties", () => {
  it("names each party with its role", () => {
    expect(shown()).toContain("|Parter (steg 2B)|Norrströms kommun (uppdragstagare) och Fjällvikens kommun (uppdragsgivare)|");
  });

  it("says which party the person works for, and what its role means, however its name is written in step 2B", () => {
    // As the glossary defines the roles: the uppdragsgivare keeps the responsibility for the task (KL 9 kap. 37 §).
    expect(shown(example, "Fjällvikens kommun")).toContain("|Din organisation i ärendet|Fjällvikens kommun, uppdragsgivare: den part som lämnar över utförandet av en uppgift och behåller ansvaret för den|");
    const renamed = { ...example, parties: example.parties.map((party) => (party.name === "Norrströms kommun" ? { ...party, name: "Norrström" } : party)) };
    expect(shown(renamed, "Norrströms kommun")).toContain("|Din organisation i ärendet|Norrströms kommun, uppdragstagare: den part som utför uppgiften åt uppdragsgivaren enligt avtalet och får ersättning för det|");
  });

  it("says when step 2B names the parties but not the person's own, and nothing of a role before it names any", () => {
    expect(shown(emptyCase(), "Norrströms kommun")).toContain("|Parter (steg 2B)|Inga parter är angivna i steg 2B än|Din organisation i ärendet|Norrströms kommun|");
    expect(shown(example, "Melleruds kommun")).toContain("|Din organisation i ärendet|Melleruds kommun, som inte finns bland parterna i steg 2B|");
    // Someone in no party of the case (a system admin reading it) is told nothing of their own.
    expect(shown()).not.toContain("Din organisation i ärendet");
  });

  it("names each party of a person who works for two, with its role, in one description beside the term", () => {
    // Two <dd> under one <dt> broke the overview's two-column grid: the second fell into the narrow label column (a final walk).
    expect(renderToStaticMarkup(createElement(CaseParties, { doc: example, ownOrganizations: ["Norrströms kommun", "Fjällvikens kommun"] })).match(/<dd>/g)).toHaveLength(2);
    // A walk: Norrström's jurist, invited to review for Fjällviken too, read only "Fjällvikens kommun".
    expect(shown(example, "Norrströms kommun", "Fjällvikens kommun")).toContain(
      "|Dina organisationer i ärendet|Norrströms kommun, uppdragstagare: den part som utför uppgiften åt uppdragsgivaren enligt avtalet och får ersättning för det|Fjällvikens kommun, uppdragsgivare: den part som lämnar över utförandet av en uppgift och behåller ansvaret för den|",
    );
  });
});
