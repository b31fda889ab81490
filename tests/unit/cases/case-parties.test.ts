import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { caseSchema, emptyCase } from "@/lib/case";
import { CaseParties } from "@/lib/cases/components/case-parties";

const example = caseSchema.parse(JSON.parse(readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")));
const shown = (doc = example, ownOrganization?: string) => renderToStaticMarkup(createElement("dl", null, createElement(CaseParties, { doc, ownOrganization }))).replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");

// A walk: Fjällviken's socialchef met the shared case with nothing on its overview saying whose
// task it was, or what their own municipality was in it.
describe("the overview's parties", () => {
  it("names each party with what its role means in the collaboration", () => {
    expect(shown()).toContain("|Parter (steg 2B)|Norrströms kommun (uppdragstagare, utför uppgiften) och Fjällvikens kommun (uppdragsgivare, får uppgiften utförd och betalar för den)|");
  });

  it("says which party the person works for, and its role, however its name is written in step 2B", () => {
    expect(shown(example, "Fjällvikens kommun")).toContain("|Du företräder|Fjällvikens kommun, som är uppdragsgivare: uppgiften utförs åt er och ni betalar för den|");
    const renamed = { ...example, parties: example.parties.map((party) => (party.name === "Norrströms kommun" ? { ...party, name: "Norrström" } : party)) };
    expect(shown(renamed, "Norrströms kommun")).toContain("|Du företräder|Norrströms kommun, som är uppdragstagare och utför uppgiften|");
  });

  it("says so when step 2B names no parties yet, or not the person's own", () => {
    expect(shown(emptyCase(), "Norrströms kommun")).toContain("|Parter (steg 2B)|Inga angivna i steg 2B än|Du företräder|Norrströms kommun, som inte är namngiven bland parterna i steg 2B|");
    // Someone in no party of the case (a system admin reading it) is told nothing of their own.
    expect(shown()).not.toContain("Du företräder");
  });
});
