import { describe, expect, it } from "vitest";
import { buildDocument } from "@/lib/documents";
import { renderDocx } from "@/lib/documents/render/docx";
import { renderHtml } from "@/lib/documents/render/html";
import { keepReferencesTogether } from "@/lib/documents/typography";
import { exampleCase, openDocx } from "../../support/documents";

const NBSP = "\u00a0";

describe("a reference to the law is not broken over two lines", () => {
  it("keeps a chapter's or paragraph's number with its sign, and an article's with its word", () => {
    expect(keepReferencesTogether("KL 9 kap. 37 §")).toBe(`KL 9${NBSP}kap.${NBSP}37${NBSP}§`);
    expect(keepReferencesTogether("LOU 19 a kap. 1 §")).toBe(`LOU 19${NBSP}a${NBSP}kap.${NBSP}1${NBSP}§`);
    expect(keepReferencesTogether("6 kap. 37 § första st. och GDPR art. 28")).toBe(`6${NBSP}kap.${NBSP}37${NBSP}§ första st. och GDPR art.${NBSP}28`);
    expect(keepReferencesTogether("enligt artikel 28 i dataskyddsförordningen. Art. 26 gäller")).toBe(`enligt artikel${NBSP}28 i dataskyddsförordningen. Art.${NBSP}26 gäller`);
    // A chapter and its paragraph are one reference; a chapter alone is followed by an ordinary space.
    expect(keepReferencesTogether("enligt 9 kap. 37 § kommunallagen")).toBe(`enligt 9${NBSP}kap.${NBSP}37${NBSP}§ kommunallagen`);
    expect(keepReferencesTogether("LOU 19 a kap. och 5 kap. 13 §")).toBe(`LOU 19${NBSP}a${NBSP}kap. och 5${NBSP}kap.${NBSP}13${NBSP}§`);
  });

  it("leaves other numbers and words as they are", () => {
    expect(keepReferencesTogether("Avtalet gäller i 24 månader från 2027-01-01.")).toBe("Avtalet gäller i 24 månader från 2027-01-01.");
    expect(keepReferencesTogether("")).toBe("");
  });

  it("holds in the PDF's HTML and in the Word file, not in the model", () => {
    const model = buildDocument(exampleCase(), { kind: "avtal" }, { date: "2026-11-25", caseVersion: 2 });
    const modelText = JSON.stringify(model);
    expect(modelText, "the example's agreement cites KL 9 kap. 37 §").toContain("9 kap. 37 §");
    expect(modelText).not.toContain(NBSP);
    const html = renderHtml(model, { mode: "pdf" });
    expect(html).toContain(`9${NBSP}kap.${NBSP}37${NBSP}§`);
    // Dates are kept whole in the PDF's HTML.
    expect(html).toMatch(/<span class="nowrap">\d{4}-\d{2}-\d{2}<\/span>/);
    // Every date in the text between tags (an attribute's is not drawn).
    const text = html.replace(/<(?!span class="nowrap"|\/span)[^>]*>/g, "<>");
    expect(text).not.toMatch(/[^>]\b\d{4}-\d{2}-\d{2}\b(?!<\/span>)/);
    return renderDocx(model)
      .then(openDocx)
      .then((docx) => {
        const text = docx.paragraphs.join("\n");
        expect(text).toContain(`9${NBSP}kap.${NBSP}37${NBSP}§`);
        expect(text).not.toMatch(/\d kap\./);
      });
  });
});
