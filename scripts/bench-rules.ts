/**
 * Times evaluateCase over 10 000 generated cases: npm run bench:rules
 * Budget: median under 0.2 ms per case on a 2-core machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { caseArbitrary } from "../lib/case/arbitrary";
import { parseCase } from "../lib/case/parse";
import type { Case } from "../lib/case/schema";
import { evaluateCase } from "../lib/rules/evaluate";

const CASES = 10_000;
const WARMUP_ROUNDS = 2;
const DATES = ["2023-06-01", "2025-03-01", "2026-02-01"] as const;
const BUDGET_MS = 0.2;

function exampleCases(): Case[] {
  const dir = fileURLToPath(new URL("../examples/cases/", import.meta.url));
  const cases: Case[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const parsed = parseCase(JSON.parse(readFileSync(dir + file, "utf8")));
    if (parsed.ok) cases.push(parsed.case);
  }
  return cases;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

// A fixed seed makes runs comparable; a share of realistic example cases keeps the mix honest.
const generated = fc.sample(caseArbitrary, { numRuns: CASES - 500, seed: 20240601 });
const examples = exampleCases();
const cases: Case[] = [...generated];
for (let i = 0; cases.length < CASES; i++) cases.push(examples[i % examples.length] as Case);

let sink = 0;
for (let round = 0; round < WARMUP_ROUNDS; round++) {
  for (let i = 0; i < cases.length; i++) sink += evaluateCase(cases[i] as Case, DATES[i % DATES.length] as string).findings.length;
}

const times = new Float64Array(cases.length);
for (let i = 0; i < cases.length; i++) {
  const c = cases[i] as Case;
  const date = DATES[i % DATES.length] as string;
  const start = performance.now();
  sink += evaluateCase(c, date).findings.length;
  times[i] = performance.now() - start;
}
const sorted = Array.from(times).sort((a, b) => a - b);
const median = percentile(sorted, 50);
const p99 = percentile(sorted, 99);
const total = sorted.reduce((a, b) => a + b, 0);

process.stdout.write(
  [
    `Evaluated ${cases.length} cases (${generated.length} generated, ${cases.length - generated.length} from examples/cases) after ${WARMUP_ROUNDS} warm-up rounds.`,
    `median: ${median.toFixed(4)} ms per case`,
    `p99:    ${p99.toFixed(4)} ms per case`,
    `mean:   ${(total / cases.length).toFixed(4)} ms per case`,
    `budget: median < ${BUDGET_MS} ms – ${median < BUDGET_MS ? "OK" : "OVER BUDGET"}`,
    `(checksum ${sink})`,
    "",
  ].join("\n"),
);
if (median >= BUDGET_MS) process.exitCode = 1;
