/**
 * Evaluates one case file:
 *   npm run rules -- <case.json> [--date YYYY-MM-DD] [--compare-date YYYY-MM-DD] [--pretty]
 * Without --date the case is assessed like the wizard does: on its procurement start date, or
 * today. --compare-date also assesses it on a second date and prints what changed.
 * Older case format versions are upgraded before parsing.
 * Exit codes: 0 evaluated, 2 bad input (usage, unreadable file, invalid case).
 */
import { readFileSync } from "node:fs";
import { parseCase } from "../lib/case/parse";
import { isIsoDate, todayInStockholm } from "../lib/format/date";
import { evaluateCase } from "../lib/rules/evaluate";
import { renderPretty } from "../lib/rules/pretty";
import { compareAssessments, snapshotAssessment } from "../lib/rules/assessment-diff";
import { caseEvaluationDate } from "../lib/wizard/evaluation-date";

const USAGE = "Användning: npm run rules -- <ärende.json> [--date ÅÅÅÅ-MM-DD] [--compare-date ÅÅÅÅ-MM-DD] [--pretty]";

interface Options {
  file: string;
  date: string | undefined;
  compareDate: string | undefined;
  pretty: boolean;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  let date: string | undefined;
  let compareDate: string | undefined;
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--pretty") pretty = true;
    else if (arg === "--date") {
      date = argv[++i];
      if (date === undefined) fail(`--date kräver ett datum. ${USAGE}`);
    } else if (arg.startsWith("--date=")) date = arg.slice("--date=".length);
    else if (arg === "--compare-date") {
      compareDate = argv[++i];
      if (compareDate === undefined) fail(`--compare-date kräver ett datum. ${USAGE}`);
    } else if (arg.startsWith("--compare-date=")) compareDate = arg.slice("--compare-date=".length);
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("--")) fail(`Okänd flagga: ${arg}. ${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(`Bara en ärendefil kan anges. ${USAGE}`);
  }
  if (file === undefined) fail(USAGE);
  if (date !== undefined && !isIsoDate(date)) fail(`Ogiltigt datum: "${date}". Datum ska skrivas ÅÅÅÅ-MM-DD.`);
  if (compareDate !== undefined && !isIsoDate(compareDate)) fail(`Ogiltigt datum: "${compareDate}". Datum ska skrivas ÅÅÅÅ-MM-DD.`);
  return { file, date, compareDate, pretty };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(options.file, "utf8");
  } catch (error) {
    fail(`Kunde inte läsa filen ${options.file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`Filen ${options.file} är inte giltig JSON: ${(error as Error).message}`);
  }
  const parsed = parseCase(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  - ${e.path}: ${e.message}`);
    fail(`Ärendet i ${options.file} är ogiltigt. Fel fält:\n${lines.join("\n")}`);
  }
  // The same date the wizard uses: the case's procurement start date, otherwise today.
  const date = options.date ?? caseEvaluationDate(parsed.case, todayInStockholm());
  const evaluation = evaluateCase(parsed.case, date);
  if (options.compareDate === undefined) {
    process.stdout.write(options.pretty ? renderPretty(parsed.case, evaluation) : `${JSON.stringify(evaluation, null, 2)}\n`);
    return;
  }
  const other = evaluateCase(parsed.case, options.compareDate);
  const changes = compareAssessments(snapshotAssessment(other), snapshotAssessment(evaluation));
  if (options.pretty) {
    const lines = changes.length === 0 ? ["Ingen skillnad i bedömningen."] : changes.map((c) => `- ${c.text}`);
    process.stdout.write(`Jämförelse ${options.compareDate} → ${date}:\n${lines.join("\n")}\n\n${renderPretty(parsed.case, evaluation)}`);
  } else {
    process.stdout.write(`${JSON.stringify({ date, compareDate: options.compareDate, changes, evaluation }, null, 2)}\n`);
  }
}

main();
