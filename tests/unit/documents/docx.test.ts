import { describe, expect, it } from "vitest";
import { buildDocument, documentsForCase, type BuildOptions } from "@/lib/documents";
import { renderDocx } from "@/lib/documents/render/docx";
import { exampleCase, headingStyles, openDocx, paragraphTexts, wordElements, wordValues } from "../../support/documents";

const OPTIONS: BuildOptions = { date: "2026-11-25", caseVersion: 7, dnr: "SN 2026/123" };

describe("DOCX", () => {
  it("every document of the example case opens as Word XML with built-in headings, Swedish language, the draft mark and the version", async () => {
    const c = exampleCase();
    for (const spec of documentsForCase(c)) {
      const model = buildDocument(c, spec, OPTIONS);
      const opened = await openDocx(await renderDocx(model));
      const styles = wordValues(opened.document, "pStyle");
      // Word's built-in heading styles, so the navigation pane lists the sections.
      expect(styles, spec.label).toContain("Heading1");
      // Word matches built-in style names case-insensitively; the outline level drives the navigation pane.
      expect(headingStyles(opened).find((s) => s.styleId === "Heading1")?.name.toLowerCase()).toBe("heading 1");
      const heading1 = wordElements(opened.styles, "style").find((el) => el.getAttribute("w:styleId") === "Heading1")!;
      expect(wordValues(heading1 as never, "outlineLvl")).toEqual(["0"]);
      expect(new Set(wordValues(opened.document, "lang"))).toEqual(new Set(["sv-SE"]));
      expect(wordValues(opened.styles, "lang")).toContain("sv-SE");
      const header = opened.headers.flatMap(paragraphTexts).join("\n");
      expect(header).toContain("UTKAST – ej juridiskt granskat");
      const footer = opened.footers.flatMap(paragraphTexts).join("\n");
      // The direct award's record carries its buyer's Dnr (the one uppdragsgivare).
      const ownerOf = spec.partyId ?? (spec.kind === "direktupphandling" ? c.parties.find((p) => p.role === "uppdragsgivare")!.id : undefined);
      const dnr = ownerOf ? c.parties.find((p) => p.id === ownerOf)!.diaryNumber! : "SN 2026/123";
      expect(footer, spec.label).toContain(`Dnr ${dnr} · Ärendeversion 7 · 2026-11-25`);
      expect(wordElements(opened.footers[0]!, "instrText").map((e) => e.textContent?.trim())).toEqual(expect.arrayContaining(["PAGE", "NUMPAGES"]));
      expect(opened.core.getElementsByTagName("dc:title")[0]?.textContent).toContain(model.title);
    }
  });

  it("the agreement has its sections, the parties' names and a bulleted list; the memo an economy table in Swedish kronor", async () => {
    const c = exampleCase();
    c.agreement.clauses = {};
    const agreement = await openDocx(await renderDocx(buildDocument(c, { kind: "avtal" }, OPTIONS)));
    const headings = agreement.paragraphs.filter((_, i) => wordElements(agreement.document, "p")[i]?.getElementsByTagName("w:pStyle")[0]?.getAttribute("w:val") === "Heading1");
    expect(headings.slice(0, 5)).toEqual(["1. Parter", "2. Bakgrund och syfte", "3. Uppdragstagarens uppgifter", "4. Extern delegering", "5. Ekonomi"]);
    expect(headings).toContain("14. Tvister");
    const body = agreement.paragraphs.join("\n");
    expect(body).toContain("Norrströms kommun");
    expect(body).toContain("För Fjällvikens kommun");
    expect(body).toContain("5\u00a0000\u00a0000\u00a0kr");
    expect(wordElements(agreement.document, "numPr").length).toBeGreaterThan(0);
    expect(agreement.numbering).toBeDefined();
    expect(wordValues(agreement.numbering!, "numFmt")).toEqual(expect.arrayContaining(["bullet", "decimal"]));

    const memo = await openDocx(await renderDocx(buildDocument(c, { kind: "tjansteskrivelse", partyId: "fjallviken" }, OPTIONS)));
    const tables = wordElements(memo.document, "tbl");
    expect(tables.length).toBeGreaterThanOrEqual(2);
    const tableText = tables.map((t) => paragraphTexts(t as never).join(" | ")).join("\n");
    expect(tableText).toContain("Betalning per år | 2\u00a0500\u00a0000\u00a0kr");
    expect(memo.paragraphs).toContain("Förslag till beslut");
  });

  it("an approved version says so on every page instead of the draft mark", async () => {
    const model = buildDocument(exampleCase(), { kind: "avtal" }, { ...OPTIONS, approval: { version: 7, approvedAt: "2026-11-24", reviewers: ["Anna Jurist"] } });
    const opened = await openDocx(await renderDocx(model));
    const header = opened.headers.flatMap(paragraphTexts).join("\n");
    expect(header).toContain("Juridiskt granskat och godkänt: version 7, 2026-11-24 av Anna Jurist");
    expect(header).not.toContain("UTKAST");
  });
});
