import { caseInputSchema, caseSchema, type Case } from "@/lib/case/schema";
import { getAt, setAt } from "./paths";

/**
 * The answers on the page as a valid case, for the live findings. An invalid answer (too long a
 * text, a negative amount, an amount with öre) shows its own field error; for the findings it
 * counts as the last saved answer, so a 20 001-character description is reported as too long,
 * never as "not described". Held to what a new answer is held to (caseInputSchema), so the
 * economy panel never shows a refused "4 200 000,50" as 4 200 001 kr (a re-walk); where the saved
 * document itself is below that (stored before a limit), as the stored schema reads it. Only an
 * answer that is invalid in the saved document too is left out.
 */
export function validAnswers(values: unknown, saved: Case): Case {
  return settle(caseInputSchema, values, saved, false) ?? settle(caseSchema, values, saved, true) ?? saved;
}

/** The candidate with each invalid answer put back as saved (and, with `drop`, then left out), or undefined. */
function settle(schema: typeof caseSchema | typeof caseInputSchema, values: unknown, saved: Case, drop: boolean): Case | undefined {
  let candidate = values;
  for (let attempt = 0; attempt < (drop ? 6 : 3); attempt++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      const previous = attempt < 3 ? getAt(saved as never, path) : undefined;
      candidate = setAt(candidate, path, previous);
    }
  }
  return undefined;
}
