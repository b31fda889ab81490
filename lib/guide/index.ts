import { step1 } from "./step-1";
import { step2A, step2B, step2C } from "./step-2";
import { step3A, step3B, step3C, step4 } from "./step-3-4";
import type { GuideStep } from "./types";

export { STEP_IDS, type StepId } from "./step-ids";
export type { GuideStep, GuideQuestion, ChecklistItem, HelpText } from "./types";
export { conditionHolds, type AnswerCondition } from "./conditions";
export { GLOSSARY, type GlossaryEntry, type GlossarySource } from "./glossary";
export {
  COLLABORATION_FORM_TABLE,
  LEGAL_PERSON_LABELS,
  type CollaborationFormComparison,
} from "./collaboration-forms";

/** The method guide in step order. */
export const GUIDE_STEPS: readonly GuideStep[] = [step1, step2A, step2B, step2C, step3A, step3B, step3C, step4];

export function guideStep(id: GuideStep["id"]): GuideStep {
  const step = GUIDE_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`Unknown guide step ${id}`);
  return step;
}
