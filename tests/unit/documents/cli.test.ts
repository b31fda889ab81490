import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentsForCase } from "@/lib/documents";
import { exampleCase, openDocx } from "../../support/documents";

// `npm run documents`: what a jurist or an analyst runs on a case file, checked as they would see
// the result (files on disk, the exit code, the message naming what is wrong).

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");
const EXAMPLE = "examples/cases/norrstrom-fjallviken.json";

/** The CLI's exit code and output. Asynchronous, so the tests (each its own process) run side by side. */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/documents-cli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 180_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), "samverka-documents-cli-"));

describe.concurrent("documents CLI", () => {
  it("writes every document of the example case as DOCX and PDF, dated and numbered as asked", async () => {
    const out = join(tempDir(), "ut");
    const result = await run([EXAMPLE, "--out", out, "--date", "2026-11-25", "--dnr", "KS 2026/9", "--version", "3"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = readdirSync(out).sort();
    const expected = documentsForCase(exampleCase()).length;
    expect(files.filter((f) => f.endsWith(".docx"))).toHaveLength(expected);
    expect(files.filter((f) => f.endsWith(".pdf"))).toHaveLength(expected);
    // One stdout line per file, naming it.
    expect(result.stdout.trim().split("\n").map((line) => line.split("\t")[0]).sort()).toEqual(files);
    for (const pdf of files.filter((f) => f.endsWith(".pdf"))) {
      const text = execFileSync("pdftotext", [join(out, pdf), "-"], { encoding: "utf8" });
      // The shared documents carry --dnr; each party's own document its own Dnr from the case file,
      // and the direct award's record its buyer's (Fjällviken, the one uppdragsgivare).
      const dnr = pdf.includes("fjallvikens") || pdf.includes("direktupphandling") ? "SON 2026/112" : pdf.includes("norrstroms") ? "SN 2026/41" : "KS 2026/9";
      expect(text, pdf).toContain(`Dnr ${dnr} · Ärendeversion 3 · 2026-11-25`);
      expect(text, pdf).toContain("UTKAST – ej juridiskt granskat");
    }
  }, 180_000);

  it("writes only the asked party's documents with --party, and the DOCX opens with the party's name", async () => {
    const out = tempDir();
    const result = await run([EXAMPLE, "--out", out, "--party", "fjallviken", "--date", "2026-11-25"]);
    expect(result.status).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBe(documentsForCase(exampleCase(), "fjallviken").length * 2);
    const memo = files.find((f) => f.endsWith(".docx") && /tjansteskrivelse/i.test(f));
    expect(memo, files.join(", ")).toBeDefined();
    const opened = await openDocx(readFileSync(join(out, memo!)));
    expect(opened.paragraphs.join("\n")).toContain("Fjällvikens kommun");
  }, 180_000);

  it("exits 2 and names the bad fields of an invalid case, writing nothing", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ formatVersion: 2, parties: [{ id: "a", name: 7 }], economy: { costShares: [{ partyId: "a", percent: 150 }] } }));
    const out = join(dir, "ut");
    const result = await run([file, "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Fel fält");
    expect(result.stderr).toContain("economy.costShares[0].percent");
    expect(result.stderr).toMatch(/parties\[0\]\.name/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it.each([
    ["an unknown party", ["--party", "ingen"], /--party: "ingen".*norrstrom, fjallviken/],
    ["an impossible date", ["--date", "2026-02-30"], /--date: "2026-02-30"/],
    ["a version that is not a whole number", ["--version", "1.5"], /--version: "1.5"/],
    ["no output folder", [], /--out saknas/],
  ])("exits 2 on %s, naming the flag", async (_name, extra, message) => {
    const dir = tempDir();
    const args = extra[0] === undefined ? [EXAMPLE] : [EXAMPLE, "--out", join(dir, "ut"), ...extra];
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(dir, "ut"))).toBe(false);
  }, 60_000);

  it("exits 2 when the file is not JSON", async () => {
    const dir = tempDir();
    const file = join(dir, "inte.json");
    writeFileSync(file, "{ inte json");
    const result = await run([file, "--out", join(dir, "ut")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Kunde inte läsa ärendefilen ${file} som JSON`);
  }, 60_000);
});
