import { CLAUSE_IDS, type Case } from "@/lib/case";
import type { StepId } from "@/lib/guide";
import { NOUNS, formatCount, joinList } from "@/lib/format";
import type { Evaluation, EvaluationSummary, Finding } from "@/lib/rules";
import { fieldApplies, findingsForPage, findingsForStep, isPageCompleted, isStepCompleted, pageByKey, pagesOfStep, type WizardPage } from "./pages";
import { getAt } from "./paths";
import { guideQuestions } from "./questions";
import { STEP_SPECS } from "./steps";

export type StepStatus = "not_started" | "in_progress" | "completed" | "has_problems";

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  not_started: "Inte påbörjat",
  in_progress: "Pågår",
  completed: "Klart",
  has_problems: "Har problem",
};

interface Counts {
  status: StepStatus;
  /** Questions that apply to the case as answered, and how many of them have an answer. */
  answered: number;
  total: number;
  blockers: number;
  warnings: number;
  infos: number;
}

/** One topic of a split step (2A), with its own status on the task list. */
export interface PageProgress extends Counts {
  key: string;
  path: string;
  title: string;
}

export interface StepProgress extends Counts {
  step: StepId;
  /** Steps we recommend beginning first because this one builds on them; none once this step has answers. */
  recommendFirst: StepId[];
  /**
   * True while the step is untouched and the steps it builds on are too: it can be opened and
   * read, but its findings are not yet counted against the case.
   */
  deferred: boolean;
  /** The step's topics, each with its own status; empty for a step that is one page. */
  topics: PageProgress[];
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

/**
 * The answers a page asks for as the case stands: questions that do not apply are not counted,
 * nor a question that may be left empty on purpose, nor the list of older answers to look over
 * (it is dealt with by removing its items, and is shown only when it has any). Of the agreement's
 * clauses, those the case needs: a clause marked "Valfri för det här ärendet" is left out as an
 * optional price is in 2A (a walk read "14 av 15" with every needed clause written).
 */
function applicablePaths(c: Case, evaluation: Evaluation, page: WizardPage): string[] {
  const questions = guideQuestions();
  const neededClauses = evaluation.clauses.required.map((r) => r.clauseId);
  return page.groups
    .flatMap((group) => group.fields)
    .filter((field) => field.kind !== "attention" && !questions[field.question]?.optional && fieldApplies(field, c, questions))
    .flatMap((field) => (field.kind === "clauses" ? CLAUSE_IDS.filter((id) => neededClauses.includes(id)).map((id) => `${field.path}.${id}`) : [field.path]));
}

/** What marking a step, or one topic of a split step ("2A:ekonomi"), complete would leave open. */
export interface OpenOnCompletion {
  blockers: number;
  /** Questions that apply to the case as answered and have no answer, of `total`. */
  unanswered: number;
  total: number;
}

export function openOnCompletion(c: Case, evaluation: Evaluation, key: string): OpenOnCompletion {
  const page = pageByKey(key);
  // A topic answers for its own questions and findings; a whole step (or a split step's key) for all of its own.
  const stepId = (page?.step.id ?? key) as StepId;
  const pages = page?.topic ? [page] : pagesOfStep(stepId);
  const own = page?.topic ? findingsForPage(evaluation.findings, page) : findingsForStep(evaluation, stepId);
  const paths = pages.flatMap((p) => applicablePaths(c, evaluation, p));
  const unanswered = paths.filter((path) => !isAnswered(getAt(c, path))).length;
  return { blockers: own.filter((f) => f.severity === "blocker").length, unanswered, total: paths.length };
}

/**
 * After "Är avsnittet klart?", what the case overview adds to "Ditt val för steg … är sparat.": a page
 * marked complete with blockers left is not counted among the steps done, and says so.
 */
export function completionNotice(page: WizardPage, progress: readonly StepProgress[], completedSteps: readonly string[]): string {
  if (!isPageCompleted(page, completedSteps)) return "";
  const step = progress.find((p) => p.step === page.step.id);
  const status = page.topic ? step?.topics.find((t) => t.key === page.key)?.status : step?.status;
  return status === "has_problems"
    ? " Avsnittet är markerat som klart men har hinder kvar, och räknas som klart först när de är lösta."
    : " Avsnittet är markerat som klart.";
}

function tally(findings: readonly Finding[]) {
  const blockers = findings.filter((f) => f.severity === "blocker").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return { blockers, warnings, infos: findings.length - blockers - warnings };
}

function statusOf(completed: boolean, answered: number, blockers: number): StepStatus {
  if (completed) return blockers > 0 ? "has_problems" : "completed";
  if (answered === 0) return "not_started";
  return blockers > 0 ? "has_problems" : "in_progress";
}

/**
 * Where each step, and each topic of a split step, stands. A page the user marked complete is
 * "completed" unless it still has blockers; a started page with blockers "has problems". No
 * step is locked: a step whose groundwork is untouched is only marked as better done after it.
 */
export function stepProgress(c: Case, evaluation: Evaluation, completedSteps: readonly string[]): StepProgress[] {
  const steps = STEP_SPECS.map((spec) => {
    const findings = findingsForStep(evaluation, spec.id);
    const topics: PageProgress[] = spec.topics
      ? pagesOfStep(spec.id).map((page) => {
          const paths = applicablePaths(c, evaluation, page);
          const answered = paths.filter((path) => isAnswered(getAt(c, path))).length;
          const counts = tally(findingsForPage(findings, page));
          return { key: page.key, path: page.path, title: page.topic!.title, answered, total: paths.length, ...counts, status: statusOf(isPageCompleted(page, completedSteps), answered, counts.blockers) };
        })
      : [];
    const paths = pagesOfStep(spec.id).flatMap((page) => applicablePaths(c, evaluation, page));
    const answered = paths.filter((path) => isAnswered(getAt(c, path))).length;
    const counts = tally(findings);
    return { spec, topics, answered, total: paths.length, ...counts, status: statusOf(isStepCompleted(spec, completedSteps), answered, counts.blockers) };
  });
  const answeredByStep = new Map(steps.map((s) => [s.spec.id, s.answered]));
  return steps.map(({ spec, ...rest }) => {
    const recommendFirst = rest.answered > 0 ? [] : spec.dependsOn.filter((dep) => (answeredByStep.get(dep) ?? 0) === 0);
    return { step: spec.id, ...rest, recommendFirst, deferred: recommendFirst.length > 0 };
  });
}

/**
 * The findings that count against the case: those of every step that can sensibly start. A
 * step recommended for later, and untouched, does not yet add its blockers to the case.
 */
export function countedFindings(evaluation: Evaluation, progress: readonly StepProgress[]): Finding[] {
  const deferred = new Set(progress.filter((p) => p.deferred).map((p) => p.step));
  return evaluation.findings.filter((finding) => !deferred.has(finding.step));
}

export function countedSummary(evaluation: Evaluation, progress: readonly StepProgress[]): EvaluationSummary {
  const findings = countedFindings(evaluation, progress);
  return { ...tally(findings), verifyItems: findings.filter((f) => f.verify).length };
}

/**
 * The findings the case's counts leave out (steps recommended for later and untouched), said
 * beside those counts: the legal review counts every step's, so without this sentence the
 * overview's "3 hinder" and the review's "7 hinder" would read as a contradiction. "" when none.
 */
export function deferredFindingsText(evaluation: Evaluation, progress: readonly StepProgress[]): string {
  const deferred = new Set(progress.filter((p) => p.deferred).map((p) => p.step));
  const findings = evaluation.findings.filter((f) => deferred.has(f.step));
  const blockers = findings.filter((f) => f.severity === "blocker").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const verifyItems = findings.filter((f) => f.verify).length;
  // Points to verify are counted apart, as in the summary (formatFindingCounts): one may be one of the warnings.
  const what = joinList([blockers ? formatCount(blockers, NOUNS.blocker) : "", warnings ? formatCount(warnings, NOUNS.warning) : ""]);
  const verify = verifyItems ? formatCount(verifyItems, NOUNS.verifyItem) : "";
  if (what === "" && verify === "") return "";
  const listed = what === "" ? verify : verify === "" ? what : `${what} och ${verify} (kan vara samma iakttagelse)`;
  // The steps named: "steg som ni inte har påbörjat" read as every step not begun, while steps not
  // begun that wait for nothing (2C, 4) are in the counts before it (a walk).
  const steps = progress.filter((p) => p.deferred && findings.some((f) => f.step === p.step && (f.severity !== "info" || f.verify))).map((p) => p.step);
  return `Därtill finns i steg ${joinList(steps)}, som väntar på steg ni inte har påbörjat, ${listed}; den juridiska granskningen räknar ${blockers + warnings + verifyItems === 1 ? "den" : "dem"} också.`;
}

/**
 * A step marked complete or not, as the audit log stores it ({ step, completed, blockers?,
 * unanswered? }), in words for the case's history and the audit log: "markerade avsnittet Ekonomi
 * i steg 2A som klart, med 1 hinder och 2 obesvarade frågor kvar". `where` follows the step's
 * name (" i ärendet …").
 */
export function stepCompletionText(details: Record<string, unknown>, where = ""): string {
  const page = typeof details.step === "string" ? pageByKey(details.step) : undefined;
  const name = page?.topic ? `avsnittet ${page.topic.title} i steg ${page.step.id}` : `steg ${String(details.step)}`;
  if (details.completed !== true) return `markerade ${name}${where} som inte klart`;
  const count = (value: unknown) => (typeof value === "number" && value > 0 ? value : 0);
  const blockers = count(details.blockers);
  const unanswered = count(details.unanswered);
  const left = joinList([blockers ? formatCount(blockers, NOUNS.blocker) : "", unanswered ? formatCount(unanswered, NOUNS.unansweredQuestion) : ""]);
  return `markerade ${name}${where} som klart${left ? `, med ${left} kvar` : ""}`;
}

/**
 * The findings of the steps a case has begun (at least one answer): SKR's table of the most
 * common findings counts these, not what an unanswered step lacks (a walk found it led by
 * "Självkostnaden kan inte kontrolleras" from cases that had not reached the economy).
 */
export function findingsInStartedSteps(c: Case, evaluation: Evaluation): Finding[] {
  const started = new Set(stepProgress(c, evaluation, []).flatMap((step) => (step.answered > 0 ? [step.step] : [])));
  return evaluation.findings.filter((finding) => started.has(finding.step));
}
