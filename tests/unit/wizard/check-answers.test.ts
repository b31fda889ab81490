import { describe, expect, it } from "vitest";
import { checkAnswersPageName, checkAnswersPageOf, checkAnswersPath } from "@/lib/wizard/check-answers";
import { WIZARD_PAGES, findPage } from "@/lib/wizard/pages";

describe("Kontrollera svaren, a page of answers at a time", () => {
  it("opens on the overview without a step, or with one that does not exist", () => {
    expect(checkAnswersPageOf({})).toBeNull();
    expect(checkAnswersPageOf({ steg: "9" })).toBeNull();
    expect(checkAnswersPageOf({ steg: ["1", "2b"] })).toBeNull();
    expect(checkAnswersPath("c1")).toBe("/arenden/c1/granska");
  });

  it("finds every wizard page again from its own address", () => {
    for (const page of WIZARD_PAGES) {
      const search = new URL(checkAnswersPath("c1", page), "https://samverka.example").searchParams;
      expect(checkAnswersPageOf({ steg: search.get("steg") ?? undefined, avsnitt: search.get("avsnitt") ?? undefined })).toBe(page);
    }
  });

  it("opens a split step's first topic when no topic, or an unknown one, is asked for", () => {
    expect(checkAnswersPageOf({ steg: "2a" })).toBe(findPage("2a", "organisation"));
    expect(checkAnswersPageOf({ steg: "2a", avsnitt: "finns-inte" })).toBe(findPage("2a", "organisation"));
    expect(checkAnswersPageOf({ steg: "1", avsnitt: "ekonomi" })).toBe(findPage("1"));
  });

  it("reads a step typed in capitals, as the step is named in the guide", () => {
    expect(checkAnswersPageOf({ steg: "2A", avsnitt: "Ekonomi" })).toBe(findPage("2a", "ekonomi"));
  });

  it("names a page by its step's title, or its topic's", () => {
    expect(checkAnswersPageName(findPage("2a", "juridik")!)).toBe("Svaren i steg 2A: Juridik och upphandling");
    expect(checkAnswersPageName(findPage("1")!)).toMatch(/^Svaren i steg 1: \S/);
    expect(checkAnswersPath("c1", findPage("2a", "juridik"), "upphandlingsbedomning")).toBe("/arenden/c1/granska?steg=2a&avsnitt=juridik#upphandlingsbedomning");
  });
});
