import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCase } from "@/lib/case/parse";
import type { Case } from "@/lib/case/schema";
import { evaluateCase } from "@/lib/rules/evaluate";
import type { Evaluation } from "@/lib/rules/types";

export const IN_2025 = "2025-03-01";
export const IN_2023 = "2023-06-01";
export const IN_2026 = "2026-02-01";

export function loadExample(name: string): Case {
  const path = fileURLToPath(new URL(`../../../examples/cases/${name}.json`, import.meta.url));
  const parsed = parseCase(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.ok) throw new Error(`${name} is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.case;
}

/** A complete, clean case (the report's fictional example) to mutate in tests. */
export function baseline(): Case {
  return structuredClone(loadExample("norrstrom-fjallviken"));
}

/**
 * The case as if its procurement started on `date` (or, with null, with no start date given): the
 * direct-award limit is the one in force when the procurement starts (LOU 5 kap.), so a test of a
 * year's limit moves the start date, not only the day of the assessment.
 */
export function startingOn(c: Case, date: string | null): Case {
  const moved = structuredClone(c);
  if (date === null) delete moved.procurement.procurementStartDate;
  else moved.procurement.procurementStartDate = date;
  return moved;
}

export function mutate(change: (c: Case) => void): Case {
  const c = baseline();
  change(c);
  return c;
}

export function codes(evaluation: Evaluation): string[] {
  return evaluation.findings.map((f) => f.code);
}

export function evaluate(c: Case, date: string = IN_2025): Evaluation {
  return evaluateCase(c, date);
}

export function route(evaluation: Evaluation, id: string) {
  const r = evaluation.procurement.routes.find((x) => x.route === id);
  if (!r) throw new Error(`no route ${id}`);
  return r;
}
