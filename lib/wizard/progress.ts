import type { Case } from "@/lib/case";
import type { StepId } from "@/lib/guide";
import type { Evaluation, Finding } from "@/lib/rules";
import { getAt } from "./paths";
import { STEP_SPECS, answerPaths, type StepSpec } from "./steps";

export type StepStatus = "not_started" | "in_progress" | "completed" | "has_problems" | "cannot_start";

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  not_started: "Inte påbörjat",
  in_progress: "Pågår",
  completed: "Klart",
  has_problems: "Har problem",
  cannot_start: "Kan inte påbörjas än",
};

export interface StepProgress {
  step: StepId;
  status: StepStatus;
  answered: number;
  total: number;
  blockers: number;
  warnings: number;
  infos: number;
  /** Steps that must be begun first; set only when the status is cannot_start. */
  waitingFor: StepId[];
}

/** Whether an answer has been given: text with content, a number, a yes/no, a non-empty list or record. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(isAnswered);
  return false;
}

export function findingsForStep(evaluation: Evaluation, step: StepId): Finding[] {
  return evaluation.findings.filter((finding) => finding.step === step);
}

function answeredCount(c: Case, spec: StepSpec): { answered: number; total: number } {
  const paths = answerPaths(spec);
  return { answered: paths.filter((path) => isAnswered(getAt(c, path))).length, total: paths.length };
}

/**
 * Where each step stands. A step the user marked complete is "completed" unless it still has
 * blockers; a started step with blockers "has problems"; a step is "cannot start yet" while
 * the steps it builds on are untouched and it has no answers itself.
 */
export function stepProgress(c: Case, evaluation: Evaluation, completedSteps: readonly string[]): StepProgress[] {
  const counts = new Map(STEP_SPECS.map((spec) => [spec.id, answeredCount(c, spec)]));
  return STEP_SPECS.map((spec) => {
    const { answered, total } = counts.get(spec.id)!;
    const findings = findingsForStep(evaluation, spec.id);
    const blockers = findings.filter((f) => f.severity === "blocker").length;
    const warnings = findings.filter((f) => f.severity === "warning").length;
    const infos = findings.length - blockers - warnings;
    const waitingFor = spec.dependsOn.filter((dep) => (counts.get(dep)?.answered ?? 0) === 0);
    let status: StepStatus;
    if (completedSteps.includes(spec.id)) status = blockers > 0 ? "has_problems" : "completed";
    else if (answered === 0 && waitingFor.length > 0) status = "cannot_start";
    else if (answered === 0) status = "not_started";
    else if (blockers > 0) status = "has_problems";
    else status = "in_progress";
    return { step: spec.id, status, answered, total, blockers, warnings, infos, waitingFor: status === "cannot_start" ? waitingFor : [] };
  });
}
