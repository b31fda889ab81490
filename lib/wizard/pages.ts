import { conditionHolds, type AnswerCondition } from "@/lib/guide/conditions";
import type { StepId } from "@/lib/guide/step-ids";
import type { Finding } from "@/lib/rules";
import { getAt } from "./paths";
import { STEP_SPECS, answerPaths, type FieldGroup, type FieldSpec, type StepSpec, type StepTopic } from "./steps";

// A wizard page is a step, or one topic of a step that is split into topics (2A). Each page has
// its own address, its own answers to save, its own findings and its own "Är avsnittet klart?".

export interface WizardPage {
  step: StepSpec;
  topic?: StepTopic;
  /** What "Är avsnittet klart?" stores in the case's completed steps: "1", "2A:ekonomi". */
  key: string;
  /** The address under /arenden/<id>/steg/: "1", "2a/ekonomi". */
  path: string;
  groups: readonly FieldGroup[];
}

export const WIZARD_PAGES: readonly WizardPage[] = STEP_SPECS.flatMap((step): WizardPage[] =>
  step.topics
    ? step.topics.map((topic) => ({ step, topic, key: `${step.id}:${topic.slug}`, path: `${step.slug}/${topic.slug}`, groups: topic.groups }))
    : [{ step, key: step.id, path: step.slug, groups: step.groups }],
);

/** Everything "Är avsnittet klart?" may store: a whole step, or one topic of a split step. */
export const COMPLETION_KEYS = [...new Set([...STEP_SPECS.map((s) => s.id as string), ...WIZARD_PAGES.map((p) => p.key)])] as [string, ...string[]];

export function findPage(stepSlug: string, topicSlug?: string): WizardPage | undefined {
  return WIZARD_PAGES.find((page) => page.step.slug === stepSlug && page.topic?.slug === topicSlug);
}

export function pageByKey(key: string): WizardPage | undefined {
  return WIZARD_PAGES.find((page) => page.key === key);
}

export function pagesOfStep(step: StepId): WizardPage[] {
  return WIZARD_PAGES.filter((page) => page.step.id === step);
}

// The pages are fixed, and lists of cases ask which page holds a finding for every finding of
// every case: computed once per page, not per question.
const answerPathsOfPage = new WeakMap<WizardPage, string[]>();

export function pageAnswerPaths(page: WizardPage): string[] {
  let paths = answerPathsOfPage.get(page);
  if (!paths) answerPathsOfPage.set(page, (paths = answerPaths(page)));
  return paths;
}

/** The page whose form holds an answer (or a part of one, e.g. "economy.costShares.0.percent"). */
export function pageOfField(fieldPath: string): WizardPage | undefined {
  // Rule paths index lists with brackets ("costShares[1]"), form paths with dots.
  const path = fieldPath.replace(/\[(\d+)\]/g, ".$1");
  return WIZARD_PAGES.find((page) => pageAnswerPaths(page).some((answer) => path === answer || path.startsWith(`${answer}.`)));
}

/** The page that asks a question of the step specs. */
export function pageOfQuestion(field: FieldSpec): WizardPage | undefined {
  return WIZARD_PAGES.find((page) => page.groups.some((group) => group.fields.includes(field)));
}

export function pageHref(caseId: string, page: WizardPage, fieldAnchor?: string): string {
  return `/arenden/${caseId}/steg/${page.path}${fieldAnchor ? `#${fieldAnchor}` : ""}`;
}

/** "Steg 2A: Ekonomi" for a topic, "Steg 2B" for a whole step. */
export function pageName(page: WizardPage): string {
  return page.topic ? `Steg ${page.step.id}: ${page.topic.title}` : `Steg ${page.step.id}`;
}

/**
 * The page a finding belongs to: its step's page, or for a split step the topic holding the
 * first of its fields that the step asks; a finding with none goes to the step's first topic.
 */
export function pageOfFinding(finding: Finding): WizardPage | undefined {
  const pages = pagesOfStep(finding.step);
  if (pages.length <= 1) return pages[0];
  for (const field of finding.fields) {
    const page = pageOfField(field);
    if (page && pages.includes(page)) return page;
  }
  return pages[0];
}

type Keyed = { key: string; finding: Finding };
type HoldingDecision = { findingKey: string; kind: string; holds: boolean };

/** The findings a party's jurist decided "Ska åtgärdas" on, on the facts as they are, each with the page that answers it. */
export function mustFixFindings<K extends Keyed>(keyed: readonly K[], decisions: readonly HoldingDecision[]): (K & { page: WizardPage })[] {
  return keyed.flatMap((item) => {
    const page = pageOfFinding(item.finding);
    return page && decisions.some((d) => d.findingKey === item.key && d.holds && d.kind === "MUST_FIX") ? [{ ...item, page }] : [];
  });
}

/**
 * Per page key ("1", "2A:ekonomi") and per split step ("2A"): how many findings a party's jurist
 * decided "Ska åtgärdas" on (mustFixFindings). The step lists showed "1 upplysning · Klart" for a
 * topic whose point the jurist had sent back to be fixed (a walk).
 */
export function mustFixByPage(keyed: readonly Keyed[], decisions: readonly HoldingDecision[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { page } of mustFixFindings(keyed, decisions)) {
    for (const at of new Set([page.key, page.step.id])) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return counts;
}

export function findingsForStep(evaluation: { readonly findings: readonly Finding[] }, step: StepId): Finding[] {
  return evaluation.findings.filter((finding) => finding.step === step);
}

export function findingsForPage(findings: readonly Finding[], page: WizardPage): Finding[] {
  return findings.filter((finding) => pageOfFinding(finding) === page);
}

/** A step is complete when it, or every one of its topics, is marked complete. */
export function isPageCompleted(page: WizardPage, completedSteps: readonly string[]): boolean {
  return completedSteps.includes(page.key) || completedSteps.includes(page.step.id);
}

export function isStepCompleted(step: StepSpec, completedSteps: readonly string[]): boolean {
  return completedSteps.includes(step.id) || (step.topics !== undefined && pagesOfStep(step.id).every((page) => completedSteps.includes(page.key)));
}

/**
 * The completed steps after "Är avsnittet klart?" on one page. A step marked complete as a
 * whole (before it was split, or in the demo data) counts for each of its topics, so it is first
 * written out per topic; then only the answered page changes.
 */
export function applyCompletion(completedSteps: readonly string[], key: string, complete: boolean): string[] {
  const page = pageByKey(key);
  let next = [...completedSteps];
  if (page?.topic && next.includes(page.step.id)) {
    next = next.filter((k) => k !== page.step.id);
    for (const topicPage of pagesOfStep(page.step.id)) if (!next.includes(topicPage.key)) next.push(topicPage.key);
  }
  next = next.filter((k) => k !== key);
  return complete ? [...next, key] : next;
}

/** Each question's condition by question id, as the guide states it (see guideQuestions). */
export type QuestionConditions = Readonly<Record<string, { readonly appliesWhen?: AnswerCondition }>>;

/**
 * Whether a question applies to the case as answered: a follow-up question (the delegation's
 * details, the Hamburg criteria) only when the answer it follows from holds. A question that
 * does not apply is left out of the page and the check-answers page; its answer is kept. The
 * conditions come with the questions (guideQuestions), so a browser form needs no guide text.
 */
export function fieldApplies(field: FieldSpec, doc: unknown, questions: QuestionConditions): boolean {
  return conditionHolds(questions[field.question]?.appliesWhen, (path) => getAt(doc, path));
}
