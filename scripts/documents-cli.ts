/**
 * Writes every document of one case file as DOCX and PDF, without the web app:
 *   npm run documents -- <case.json> --out <dir> [--party <id>] [--date YYYY-MM-DD] [--version N] [--dnr X]
 * Exit codes: 0 written, 2 bad input (usage, unreadable file, invalid case, unknown party),
 * 1 a file could not be rendered or written.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCase } from "../lib/case/parse";
import { isIsoDate, todayInStockholm } from "../lib/format/date";
import { buildDocument, documentsForCase } from "../lib/documents";
import { closePdfRenderer } from "../lib/documents/render/pdf";
import { renderFile, type DocumentFormat } from "../lib/documents/render/files";

const USAGE = "Användning: npm run documents -- <ärende.json> --out <katalog> [--party <part-id>] [--date ÅÅÅÅ-MM-DD] [--version N] [--dnr DIARIENUMMER]";

interface Options {
  file: string;
  out: string;
  party: string | undefined;
  date: string | undefined;
  version: number;
  dnr: string | undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const values: Record<string, string | undefined> = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const match = /^--(out|party|date|version|dnr)(?:=(.*))?$/.exec(arg);
    if (match) {
      const value = match[2] ?? argv[++i];
      if (value === undefined || value.startsWith("--")) fail(`--${match[1]} kräver ett värde. ${USAGE}`);
      values[match[1]!] = value;
    } else if (arg.startsWith("--")) fail(`Okänd flagga: ${arg}. ${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(`Bara en ärendefil kan anges. ${USAGE}`);
  }
  if (file === undefined) fail(`Ärendefil saknas. ${USAGE}`);
  if (values.out === undefined) fail(`--out saknas: ange katalogen dokumenten ska skrivas till. ${USAGE}`);
  if (values.date !== undefined && !isIsoDate(values.date)) fail(`Ogiltigt datum i --date: "${values.date}". Datum ska skrivas ÅÅÅÅ-MM-DD.`);
  const version = values.version === undefined ? 1 : Number(values.version);
  if (!Number.isInteger(version) || version < 1) fail(`Ogiltig version i --version: "${values.version}". Ange ett heltal från 1.`);
  return { file, out: values.out, party: values.party, date: values.date, version, dnr: values.dnr };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(options.file, "utf8"));
  } catch (error) {
    fail(`Kunde inte läsa ärendefilen ${options.file} som JSON: ${(error as Error).message}`);
  }
  const parsed = parseCase(json);
  if (!parsed.ok) {
    fail(`Ärendet i ${options.file} är ogiltigt. Fel fält:\n${parsed.errors.map((e) => `  - ${e.path}: ${e.message}`).join("\n")}`);
  }
  const c = parsed.case;
  if (options.party !== undefined && !c.parties.some((p) => p.id === options.party)) {
    fail(`Okänd part i --party: "${options.party}". Parter i ärendet: ${c.parties.map((p) => p.id).join(", ") || "inga"}.`);
  }
  // The document's date; the legal assessment inside uses the case's procurement start date, as the wizard does.
  const date = options.date ?? todayInStockholm();
  mkdirSync(options.out, { recursive: true });
  const formats: DocumentFormat[] = ["docx", "pdf"];
  try {
    for (const spec of documentsForCase(c, options.party)) {
      const doc = buildDocument(c, spec, { date, caseVersion: options.version, dnr: options.dnr });
      for (const format of formats) {
        const file = await renderFile(doc, format);
        writeFileSync(join(options.out, file.fileName), file.bytes);
        process.stdout.write(`${file.fileName}\t${file.bytes.length} byte\t${file.milliseconds.toFixed(0)} ms\tsha256 ${file.sha256}\n`);
      }
    }
  } finally {
    await closePdfRenderer();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Dokumenten kunde inte skapas: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
