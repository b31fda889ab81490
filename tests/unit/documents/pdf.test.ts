import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocument, documentsForCase, type BuildOptions } from "@/lib/documents";
import { closePdfRenderer, renderPdf } from "@/lib/documents/render/pdf";
import { exampleCase } from "../../support/documents";

// Checked with poppler-utils (pdfinfo, pdftotext), as a reader's tools would see the file.

const OPTIONS: BuildOptions = { date: "2026-11-25", caseVersion: 7, dnr: "SN 2026/123" };
const dir = mkdtempSync(join(tmpdir(), "samverka-pdf-"));

function write(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

afterAll(closePdfRenderer);

describe("PDF", { timeout: 120_000 }, () => {
  it("every document of the example case is tagged, in Swedish, titled, and carries the draft mark, Dnr and version on each page", async () => {
    const c = exampleCase();
    for (const spec of documentsForCase(c)) {
      const model = buildDocument(c, spec, OPTIONS);
      const file = write(`${model.fileStem}.pdf`, await renderPdf(model));
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info, spec.label).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(new RegExp(`^Title:\\s+${model.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(0);
      const raw = execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      expect(raw).toMatch(/\bH1\b/);
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      expect(text.match(/UTKAST – ej juridiskt granskat/g)?.length).toBeGreaterThanOrEqual(pages);
      // A party's own document carries the party's Dnr; the shared ones the case's.
      // The direct award's record carries its buyer's Dnr (the one uppdragsgivare).
      const ownerOf = spec.partyId ?? (spec.kind === "direktupphandling" ? c.parties.find((p) => p.role === "uppdragsgivare")!.id : undefined);
      const dnr = ownerOf ? c.parties.find((p) => p.id === ownerOf)!.diaryNumber! : "SN 2026/123";
      expect(text.split(`Dnr ${dnr} · Ärendeversion 7 · 2026-11-25`).length - 1, spec.label).toBe(pages);
      expect(text).toContain(`Sida ${pages} av ${pages}`);
    }
  });

  it("keeps the footer's date whole and its page number inside the margin, however long the Dnr", async () => {
    // A walk: a long Dnr (each party's own) wrapped the footer inside the date, "2026-11-" above "25".
    const dnr = "Norrströms kommun SN 2026/41, Fjällvikens kommun SOC 2026/118, Bengtsfors kommun KS 2026/777 och Melleruds kommun";
    const file = write("long-dnr.pdf", await renderPdf(buildDocument(exampleCase(), { kind: "avtal" }, { ...OPTIONS, dnr })));
    const words = [...execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", file, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, text]) => ({ xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), text }),
    );
    expect(words.map((word) => word.text)).toContain("2026-11-25");
    // A4 is 595.3 pt wide and the right margin 20 mm (56.7 pt): "Sida 1 av N" ends inside it.
    const sida = words.findLast((word) => word.text === "Sida");
    expect(sida).toBeDefined();
    const pageNumber = words.filter((word) => Math.abs(word.yMin - sida!.yMin) < 2 && word.xMin >= sida!.xMin);
    expect(pageNumber.map((word) => word.text).slice(0, 3)).toEqual(["Sida", "1", "av"]);
    expect(Math.max(...pageNumber.map((word) => word.xMax))).toBeLessThanOrEqual(595.3 - 56.7 + 1);
  });

  it("sets the document language and has lists and tables in its structure", async () => {
    const model = buildDocument(exampleCase(), { kind: "tjansteskrivelse", partyId: "fjallviken" }, OPTIONS);
    const bytes = await renderPdf(model);
    // The catalog's /Lang entry (uncompressed in Chromium's output).
    expect(bytes.toString("latin1")).toMatch(/\/Lang \(sv\)/);
    const file = write("memo.pdf", bytes);
    const struct = execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(struct).toMatch(/\bTable\b/);
    expect(struct).toMatch(/\bTH\b/);
    expect(struct).toMatch(/\bL\b/);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Förslag till beslut");
    expect(text).toContain("Fjällvikens kommun");
    expect(text).toMatch(/2\s500\s000\skr/);
    expect(text).toMatch(/Median antal\s+dagar/);
  });

  it("the agreement ends with a signature block for each party", async () => {
    const model = buildDocument(exampleCase(), { kind: "avtal" }, OPTIONS);
    const text = execFileSync("pdftotext", ["-layout", write("avtal.pdf", await renderPdf(model)), "-"], { encoding: "utf8" });
    expect(text).toMatch(/För Norrströms kommun\s+För Fjällvikens kommun/);
    expect(text.match(/Namnförtydligande/g)?.length).toBe(2);
  });
});
