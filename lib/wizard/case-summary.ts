import type { Case } from "@/lib/case";
import type { Evaluation } from "@/lib/rules";
import { countedSummary, stepProgress, type StepProgress } from "./progress";

export type CaseStatus = "not_started" | "in_progress" | "all_steps_complete";

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  not_started: "Inte påbörjat",
  in_progress: "Pågår",
  all_steps_complete: "Alla steg klara",
};

export interface CaseSummary {
  partners: string[];
  status: CaseStatus;
  blockers: number;
  progress: StepProgress[];
}

/** What "Mina ärenden" shows about a case: its partners, where it stands and how many blockers are open. */
export function summarizeCase(doc: Case, completedSteps: readonly string[], evaluation: Evaluation): CaseSummary {
  const progress = stepProgress(doc, evaluation, completedSteps);
  const status: CaseStatus = progress.every((p) => p.status === "completed")
    ? "all_steps_complete"
    : progress.every((p) => p.answered === 0)
      ? "not_started"
      : "in_progress";
  return {
    partners: doc.parties.map((p) => p.name?.trim()).filter((name): name is string => Boolean(name)),
    status,
    // A step recommended for later, and untouched, does not yet count against the case.
    blockers: countedSummary(evaluation, progress).blockers,
    progress,
  };
}
