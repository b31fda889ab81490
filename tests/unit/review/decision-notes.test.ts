import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type DecisionNote, DecisionNotes } from "@/lib/review/components/decision-notes";
import { textDifference } from "@/lib/format/text-difference";

const note: DecisionNote = {
  findingKey: "INFO_SECRECY_BASIS_VERIFY",
  kind: "VERIFIED",
  holds: true,
  partyName: "Norrströms kommun",
  decidedByName: "Julia Rätt",
  decidedAt: "2026-12-05T12:23:00.000Z",
  motivation: "Kontrollerat mot OSL.",
  source: null,
};
const text = (notes: DecisionNote[]) => renderToStaticMarkup(createElement(DecisionNotes, { notes })).replace(/<[^>]+>/g, "");

describe("a jurist's decision on a finding", () => {
  it("names the decision, the party, the jurist and when", () => {
    expect(text([note])).toMatch(/^Verifierad för Norrströms kommun, av Julia Rätt, /);
  });

  it("whose facts changed says it no longer holds, without crediting the jurist with reopening it", () => {
    const shown = text([{ ...note, holds: false }]);
    expect(shown).toMatch(/^Gäller inte längre: Verifierad för Norrströms kommun, av Julia Rätt, /);
    expect(shown).toContain("Underlaget har ändrats sedan beslutet, så det gäller inte längre. Juristen behöver besluta igen.");
    expect(shown).not.toMatch(/Öppnad igen/);
  });

  it("that reopened says what changed: each answer its finding rests on, from what to what, or that only the finding's text did", () => {
    const changes = [{ question: "Steg 3B: Vilken sekretessbestämmelse gäller?", before: "OSL 26 kap. 1 §", after: "OSL 25 kap. 1 §" }];
    expect(text([{ ...note, holds: false, changes }])).toContain("Ändrat sedan beslutet:Steg 3B: Vilken sekretessbestämmelse gäller?Förut: OSL 26 kap. 1 §Nu: OSL 25 kap. 1 §");
    const textOnly = text([{ ...note, holds: false, changes: [] }]);
    expect(textOnly).toContain("Svaren som iakttagelsen gäller är desamma. Det som har ändrats är själva iakttagelsen");
    expect(textOnly).not.toContain("Ändrat sedan beslutet");
    // A decision that holds says nothing of changes, whatever it carries.
    expect(text([{ ...note, changes }])).not.toContain("Ändrat sedan beslutet");
  });

  it("lists a change once where two parties' decisions reopened on it", () => {
    // A walk read the same change twice under one finding, once per party's decision.
    const changes = [{ question: "Steg 3B: Vilken sekretessbestämmelse gäller?", before: "OSL 26 kap. 1 §", after: "OSL 25 kap. 1 §" }];
    const shown = text([{ ...note, holds: false, changes }, { ...note, partyName: "Fjällvikens kommun", decidedAt: "2026-12-05T12:30:00.000Z", holds: false, changes }]);
    expect(shown.match(/Förut: OSL 26 kap\. 1 §/g)).toHaveLength(1);
    expect(shown).toContain("Samma ändringar som för beslutet ovan.");
  });

  it("marks a long answer's change word by word, not the whole text struck through and written again", () => {
    // A walk: a paragraph with one word added read as two whole paragraphs, the word not found.
    const before = "Uppgifterna lämnas till Fjällvikens kommun enligt OSL 26 kap. 1 § och 10 kap. 28 §.";
    const after = before.replace("26 kap.", "25 kap.");
    const changes = [{ question: "Steg 3B: Vilken sekretessbestämmelse gäller?", before, after, marked: textDifference(before, after) }];
    const shown = text([{ ...note, holds: false, changes }]);
    expect(shown).toContain("Överstruken text har tagits bort, understruken har lagts till:Uppgifterna lämnas till Fjällvikens kommun enligt OSL (borttaget: 26) (tillagt: 25) kap. 1 §");
    expect(shown).not.toContain("Förut:");
  });
});
