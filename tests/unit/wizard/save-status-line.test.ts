import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SaveStatusLine } from "@/lib/wizard/components/save-status";
import type { SaveStatus } from "@/lib/wizard/components/use-autosave";

const render = (status: SaveStatus) => renderToStaticMarkup(createElement(SaveStatusLine, { status }));
/** The text of the live region (role="status"), the part a screen reader reads out as it changes. */
const announced = (html: string) => /<p role="status" aria-live="polite">(.*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "") ?? null;

// A screen-reader walk: each pause in typing was said three times, "Ändrat – sparas strax.",
// "Sparar …" and "Sparat kl. … Serverns kontroll: …". Only the lasting states are read out now.
describe("the save line's live region", () => {
  it("is empty while an answer is on its way, which the line still shows", () => {
    for (const status of [{ kind: "pending" }, { kind: "saving" }] as const) {
      const html = render(status);
      expect(announced(html)).toBe("");
      expect(html).toContain(status.kind === "pending" ? "Ändrat – sparas strax." : "Sparar …");
    }
  });

  it("says a save, a choice in a conflict and a failure", () => {
    expect(announced(render({ kind: "saved", at: "2026-12-08T00:40:00Z", blockers: 1, choice: "Din version gäller nu." }))).toBe(
      "Sparat kl. 01:40. Din version gäller nu. Serverns kontroll: 1 hinder i hela ärendet.",
    );
    expect(announced(render({ kind: "error", message: "Samma svar har ändrats på annat håll. Välj vilken version som ska gälla.", conflict: true }))).toBe(
      "Kunde inte spara: Samma svar har ändrats på annat håll. Välj vilken version som ska gälla. Visa de två versionerna",
    );
    expect(announced(render({ kind: "offline" }))).toMatch(/^Kunde inte spara: ingen kontakt med servern\./);
  });
});
