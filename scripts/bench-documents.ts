/**
 * Measures document generation for a case file (default: the demo case Norrström–Fjällviken):
 *   npm run bench:documents [-- <case.json>] [--runs N]
 * Prints p50/p95 server time for the agreement DOCX (budget p95 < 300 ms) and PDF (budget < 3 s),
 * and every document's size, page count (pdfinfo, when installed) and time.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCase } from "../lib/case/parse";
import { buildDocument, documentsForCase } from "../lib/documents";
import { renderDocx } from "../lib/documents/render/docx";
import { closePdfRenderer, renderPdf } from "../lib/documents/render/pdf";

const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 40;
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs") ?? "examples/cases/norrstrom-fjallviken.json";
const parsed = parseCase(JSON.parse(readFileSync(file, "utf8")));
if (!parsed.ok) {
  process.stderr.write(`Ogiltigt ärende: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}\n`);
  process.exit(2);
}
const c = parsed.case;
const options = { date: "2026-11-25", caseVersion: 1, dnr: "SN 2026/41" };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function pages(bytes: Buffer): string {
  try {
    const path = join(mkdtempSync(join(tmpdir(), "bench-doc-")), "doc.pdf");
    writeFileSync(path, bytes);
    return /^Pages:\s+(\d+)$/m.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))?.[1] ?? "?";
  } catch {
    return "? (pdfinfo saknas)";
  }
}

async function main() {
  process.stdout.write(`Ärende: ${file}, ${runs} körningar per mätning, Node ${process.version}\n\n`);
  // Build + render, as the server does per request.
  const agreementDocx = async () => renderDocx(buildDocument(c, { kind: "avtal" }, options));
  const agreementPdf = async () => renderPdf(buildDocument(c, { kind: "avtal" }, options));
  for (let i = 0; i < 5; i++) await agreementDocx();
  const coldPdf = await time(agreementPdf);
  const docx: number[] = [];
  for (let i = 0; i < runs; i++) docx.push(await time(agreementDocx));
  const pdf: number[] = [];
  for (let i = 0; i < Math.max(5, Math.round(runs / 4)); i++) pdf.push(await time(agreementPdf));
  const line = (label: string, values: number[], budget: number) =>
    `${label.padEnd(22)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(7)} ms   budget p95 < ${budget} ms: ${percentile(values, 95) < budget ? "OK" : "ÖVER"}\n`;
  process.stdout.write(line("Avtal DOCX", docx, 300));
  process.stdout.write(line("Avtal PDF (varm)", pdf, 3000));
  process.stdout.write(`Avtal PDF (kall start, Chromium startas): ${coldPdf.toFixed(0)} ms\n\n`);

  process.stdout.write(`${"Dokument".padEnd(48)} ${"DOCX".padStart(9)} ${"ms".padStart(6)}  ${"PDF".padStart(9)} ${"ms".padStart(6)}  sidor\n`);
  for (const spec of documentsForCase(c)) {
    const model = buildDocument(c, spec, options);
    let docxBytes: Buffer = Buffer.alloc(0);
    let pdfBytes: Buffer = Buffer.alloc(0);
    const docxMs = await time(async () => (docxBytes = await renderDocx(model)));
    const pdfMs = await time(async () => (pdfBytes = await renderPdf(model)));
    process.stdout.write(
      `${spec.label.padEnd(48)} ${`${Math.round(docxBytes.length / 1024)} kB`.padStart(9)} ${docxMs.toFixed(0).padStart(6)}  ${`${Math.round(pdfBytes.length / 1024)} kB`.padStart(9)} ${pdfMs.toFixed(0).padStart(6)}  ${pages(pdfBytes)}\n`,
    );
  }
  await closePdfRenderer();
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  await closePdfRenderer();
  process.exit(1);
});
