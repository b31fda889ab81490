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
  // First each answer a new one may not be (an amount with öre) as saved; what then still fails is
  // as saved (stored before a limit), and the stored schema reads it.
  let candidate = values;
  for (let attempt = 0; attempt < 2; attempt++) {
    const parsed = caseInputSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      candidate = setAt(candidate, path, getAt(saved as never, path));
    }
  }
  for (let attempt = 0; attempt < 6; attempt++) {
    const parsed = caseSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      candidate = setAt(candidate, path, attempt < 3 ? getAt(saved as never, path) : undefined);
    }
  }
  return saved;
}
