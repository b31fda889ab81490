import { caseSchema, type Case } from "@/lib/case/schema";
import { getAt, setAt } from "./paths";

/**
 * The answers on the page as a valid case, for the live findings. An invalid answer (too long a
 * text, a negative amount) shows its own field error; for the findings it counts as the last
 * saved answer, so a 20 001-character description is reported as too long, never as "not
 * described". Only an answer that is invalid in the saved document too is left out.
 */
export function validAnswers(values: unknown, saved: Case): Case {
  let candidate = values;
  for (let attempt = 0; attempt < 6; attempt++) {
    const parsed = caseSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      const previous = attempt < 3 ? getAt(saved as never, path) : undefined;
      candidate = setAt(candidate, path, previous);
    }
  }
  return saved;
}
