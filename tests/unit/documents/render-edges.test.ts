import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emptyCase, type Case } from "@/lib/case";
import { buildDocument, documentsForCase, type BuildOptions, type DocumentKind } from "@/lib/documents";
import { renderDocx } from "@/lib/documents/render/docx";
import { closePdfRenderer, renderPdf } from "@/lib/documents/render/pdf";
import { exampleCase, openDocx, paragraphTexts } from "../../support/documents";

// Large or incomplete cases still give real files (not only a model) that say what is missing.

const OPTIONS: BuildOptions = { date: "2026-11-25", caseVersion: 2 };
const dir = mkdtempSync(join(tmpdir(), "samverka-edges-"));

afterAll(closePdfRenderer);

async function rendered(c: Case, spec: { kind: DocumentKind; partyId?: string }, name: string) {
  const model = buildDocument(c, spec, OPTIONS);
  const docx = await openDocx(await renderDocx(model));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(model));
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return {
    docxText: docx.paragraphs.join("\n"),
    footer: docx.footers.flatMap(paragraphTexts).join("\n"),
    pdfText: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }),
    pdfPages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]),
    tagged: /^Tagged:\s+yes$/m.test(info),
  };
}

function fortyParties(): Case {
  const big = exampleCase();
  big.parties = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `Kommun ${i + 1}`, type: "kommun" as const, role: i === 0 ? ("uppdragstagare" as const) : ("uppdragsgivare" as const) }));
  big.economy.costShares = [];
  big.needs.problem = "Lång text om behovet. ".repeat(800);
  return big;
}

describe("an empty case", { timeout: 120_000 }, () => {
  it("gives every document as DOCX and a tagged PDF that list the open points", async () => {
    const specs = documentsForCase(emptyCase());
    expect(specs.map((s) => s.kind)).toEqual(["avtal", "avsiktsforklaring"]);
    for (const spec of specs) {
      const out = await rendered(emptyCase(), spec, `tom-${spec.kind}`);
      expect(out.tagged, spec.label).toBe(true);
      expect(out.pdfPages).toBeGreaterThan(0);
      for (const text of [out.docxText, out.pdfText]) {
        expect(text, spec.label).toContain("Öppna punkter");
        expect(text, spec.label).toContain("[…]");
        expect(text, spec.label).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      // No Dnr given: the footer leaves it open instead of printing nothing.
      expect(out.footer).toContain("Dnr […] · Ärendeversion 2 · 2026-11-25");
    }
  });
});

describe("a case with 40 parties", { timeout: 240_000 }, () => {
  it("the agreement names all 40 in DOCX and PDF and has a signature block for each", async () => {
    const out = await rendered(fortyParties(), { kind: "avtal" }, "stor-avtal");
    expect(out.tagged).toBe(true);
    expect(out.pdfPages).toBeGreaterThan(3);
    for (const text of [out.docxText, out.pdfText]) {
      expect(text).toContain("Kommun 1");
      expect(text).toContain("Kommun 40");
      expect(text.match(/För Kommun \d+/g)?.length).toBe(40);
    }
    expect(out.pdfText).toContain(`Sida ${out.pdfPages} av ${out.pdfPages}`);
  });

  it("a party's tjänsteskrivelse and self-cost calculation render, and say the cost shares are missing", async () => {
    const big = fortyParties();
    for (const kind of ["tjansteskrivelse", "sjalvkostnad"] as const) {
      const out = await rendered(big, { kind, partyId: "p39" }, `stor-${kind}`);
      expect(out.tagged, kind).toBe(true);
      for (const text of [out.docxText, out.pdfText]) {
        expect(text, kind).toContain("Kommun 40");
        expect(text, kind).toContain("Öppna punkter");
        expect(text, kind).not.toMatch(/undefined|NaN/);
      }
    }
  });
});
