// Who marked a step complete, and when. Two municipalities fill in one case; a step shown as
// "Klart" said nothing of who decided so (a walk), and the history was the only place it stood.
// Stored with the case (Case.stepCompletedBy) and kept in step with completedSteps.

import * as z from "zod/mini";
import { pageByKey } from "./pages";

const markSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** The party the person marked it for (their organisation in the case); a partner read a name alone as nobody in particular (a walk). */
  organization: z.optional(z.string()),
  at: z.iso.datetime(),
});
export type CompletionMark = z.infer<typeof markSchema>;
export type CompletionMarks = Readonly<Record<string, CompletionMark>>;

/** The stored marks that can be read: an unreadable one is left out, and hides no other step's. */
export function readCompletionMarks(raw: unknown): CompletionMarks {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const marks: Record<string, CompletionMark> = {};
  for (const [step, value] of Object.entries(raw)) {
    const parsed = markSchema.safeParse(value);
    if (parsed.success) marks[step] = parsed.data;
  }
  return marks;
}

/**
 * The marks for the steps complete after a change (applyCompletion's result): the step marked
 * now gets `who`; the others keep theirs. A topic that took over from its whole step (a step
 * stored complete as one, before its topics were marked each) keeps the step's mark.
 */
export function marksAfter(marks: CompletionMarks, completedAfter: readonly string[], key: string, complete: boolean, who: CompletionMark): Record<string, CompletionMark> {
  const next: Record<string, CompletionMark> = {};
  for (const step of completedAfter) {
    const mark = step === key && complete ? who : (marks[step] ?? marks[pageByKey(step)?.step.id ?? ""]);
    if (mark) next[step] = mark;
  }
  return next;
}

/** The mark of a page: its own, or its whole step's where the step was marked complete as one. */
export function markOfPage(marks: CompletionMarks, pageKey: string): CompletionMark | undefined {
  return marks[pageKey] ?? marks[pageByKey(pageKey)?.step.id ?? ""];
}
